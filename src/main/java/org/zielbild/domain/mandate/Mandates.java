package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;

/**
 * The session's team mandates and its actions (one list for the day: a team's actions and the
 * closing's next steps alike). A mandate whose team was removed stays, as do its actions; they are
 * read through {@link MandateTeams}, {@link Readiness} and {@link Coverage}.
 */
public record Mandates(List<Mandate> mandates, List<Action> actions) {

    private static final Mandates EMPTY = new Mandates(List.of(), List.of());

    public Mandates {
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public static Mandates empty() {
        return EMPTY;
    }

    /** Nothing in it (the store does not write it then). */
    public boolean isEmpty() {
        return mandates.isEmpty() && actions.isEmpty();
    }

    /** The team's mandate as stored, if anything was ever written for it. */
    public Optional<Mandate> mandate(String teamId) {
        return mandates.stream().filter(m -> m.teamId().equals(teamId)).findFirst();
    }

    public int indexOfMandate(String teamId) {
        for (int i = 0; i < mandates.size(); i++) {
            if (mandates.get(i).teamId().equals(teamId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Action requireAction(String id) {
        return action(id).orElseThrow(() -> DomainException.of("error.mandate.actionUnknown"));
    }

    public int indexOfAction(String id) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The team's actions in list order ({@code null}: the session's own, in no team). */
    public List<Action> actionsOf(String teamId) {
        return actions.stream().filter(a -> java.util.Objects.equals(a.teamId(), teamId)).toList();
    }

    // --- changes go through these ---

    /** Puts the mandate in place of the team's (or removes it: {@code mandate} null), at {@code index} when new. */
    Mandates withMandate(String teamId, Mandate mandate, int index) {
        List<Mandate> list = new ArrayList<>(mandates);
        int at = indexOfMandate(teamId);
        if (at >= 0) {
            list.remove(at);
        }
        if (mandate != null) {
            Mandate clean = mandate.validated();
            list.add(at >= 0 && index < 0 ? at : ListIndex.clamp(index, list.size()), clean);
        }
        return new Mandates(list, actions);
    }

    Mandates withActionAt(int index, Action raw) {
        Action a = raw.validated();
        if (action(a.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", a.id());
        }
        List<Action> list = new ArrayList<>(actions);
        list.add(ListIndex.clamp(index, list.size()), a);
        return new Mandates(mandates, list);
    }

    Mandates withoutAction(String id) {
        List<Action> list = new ArrayList<>(actions);
        list.remove(requireAction(id));
        return new Mandates(mandates, list);
    }

    Mandates withActionUpdated(String id, UnaryOperator<Action> update) {
        Action old = requireAction(id);
        List<Action> list = new ArrayList<>(actions);
        list.set(list.indexOf(old), update.apply(old).validated());
        return new Mandates(mandates, list);
    }
}
