package org.zielbild.domain.mandate;

import java.time.LocalDate;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * Something a person commits to: what, who (a participant), by when, the first step and where it
 * stands. Owner and due date may be missing while it is written (readiness flags that).
 *
 * @param teamId    the team whose mandate it belongs to; null for an action of the whole session
 *                  (e.g. a next step agreed at the closing)
 * @param ownerId   a participant's id, or null; when that participant is removed the action keeps
 *                  {@code ownerName}, the copy taken at each change, and reads as "former participant"
 * @param due       the due date, or null; a date in the past is allowed (and flagged)
 * @param link      what it serves (a statement or a mandate), or null
 * @param note      the note it was made from, or null
 */
public record Action(String id, String teamId, String what, String ownerId, String ownerName, LocalDate due,
                     String firstStep, ActionStatus status, ActionLink link, NoteLink note) {

    /** As long as a note may be, so every next-step note can become an action. */
    public static final int MAX_TEXT = 500;

    public Action {
        Objects.requireNonNull(id, "id");
        what = what == null ? "" : what;
        ownerName = ownerName == null ? "" : ownerName;
        firstStep = firstStep == null ? "" : firstStep;
        status = status == null ? ActionStatus.OPEN : status;
    }

    /** A new open action with only its text. */
    public static Action of(String id, String teamId, String what) {
        return new Action(id, teamId, what, null, "", null, "", ActionStatus.OPEN, null, null);
    }

    public boolean hasOwnerAndDue() {
        return ownerId != null && due != null;
    }

    /** Due before {@code today} and not done. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today) && status != ActionStatus.DONE;
    }

    Action validated() {
        String w = Texts.singleLine(what);
        if (w.isEmpty()) {
            throw DomainException.of("error.mandate.actionEmpty");
        }
        if (link != null && Texts.length(link.text()) > ActionLink.MAX_TEXT) {
            throw DomainException.of("error.textTooLong", ActionLink.MAX_TEXT, Texts.length(link.text()));
        }
        return new Action(id, teamId, Mandate.checked(w, MAX_TEXT), ownerId, ownerName, due,
                Mandate.checked(Texts.singleLine(firstStep), MAX_TEXT), status, link, note);
    }

    Action withTeam(String newTeamId) {
        return new Action(id, newTeamId, what, ownerId, ownerName, due, firstStep, status, link, note);
    }

    Action withWhat(String newWhat) {
        return new Action(id, teamId, newWhat, ownerId, ownerName, due, firstStep, status, link, note);
    }

    Action withOwner(String newOwnerId, String newOwnerName) {
        return new Action(id, teamId, what, newOwnerId, newOwnerName, due, firstStep, status, link, note);
    }

    Action withDue(LocalDate newDue) {
        return new Action(id, teamId, what, ownerId, ownerName, newDue, firstStep, status, link, note);
    }

    Action withFirstStep(String newFirstStep) {
        return new Action(id, teamId, what, ownerId, ownerName, due, newFirstStep, status, link, note);
    }

    Action withStatus(ActionStatus newStatus) {
        return new Action(id, teamId, what, ownerId, ownerName, due, firstStep, newStatus, link, note);
    }

    Action withLink(ActionLink newLink) {
        return new Action(id, teamId, what, ownerId, ownerName, due, firstStep, status, newLink, note);
    }
}
