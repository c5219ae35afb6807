package org.zielbild.domain.mandate;

/** Where an action stands. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    /** The i18n key of its name, e.g. "mandate.status.IN_PROGRESS". */
    public String nameKey() {
        return "mandate.status." + name();
    }
}
