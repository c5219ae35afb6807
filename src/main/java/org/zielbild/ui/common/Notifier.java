package org.zielbild.ui.common;

import org.zielbild.domain.Message;

/** Tells the facilitator something without a modal pop-up: the window's status line shows it. */
public interface Notifier {

    void info(Message message);

    void error(Message message);

    /** A notifier that drops everything; for previews and tests that do not look. */
    Notifier SILENT = new Notifier() {
        @Override
        public void info(Message message) {
        }

        @Override
        public void error(Message message) {
        }
    };
}
