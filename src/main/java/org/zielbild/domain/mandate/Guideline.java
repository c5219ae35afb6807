package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Texts;

/** An operational guideline of a mandate, made concrete by its behaviours. */
public record Guideline(String id, String text, List<Behaviour> behaviours) {

    public static final int MAX_TEXT = 300;

    public Guideline {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    }

    public static Guideline of(String id, String text) {
        return new Guideline(id, text, List.of());
    }

    Guideline validated() {
        String t = Texts.singleLine(text);
        if (t.isEmpty()) {
            throw DomainException.of("error.mandate.guidelineEmpty");
        }
        List<Behaviour> clean = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Behaviour b : behaviours) {
            if (!ids.add(b.id())) {
                throw DomainException.of("error.duplicateId", b.id());
            }
            clean.add(b.validated());
        }
        return new Guideline(id, Mandate.checked(t, MAX_TEXT), clean);
    }

    Guideline withText(String newText) {
        return new Guideline(id, newText, behaviours);
    }

    Behaviour requireBehaviour(String behaviourId) {
        return behaviours.stream().filter(b -> b.id().equals(behaviourId)).findFirst()
                .orElseThrow(() -> DomainException.of("error.mandate.behaviourUnknown"));
    }

    Guideline withBehaviourAt(int index, Behaviour b) {
        if (behaviours.stream().anyMatch(x -> x.id().equals(b.id()))) {
            throw DomainException.of("error.duplicateId", b.id());
        }
        List<Behaviour> list = new ArrayList<>(behaviours);
        list.add(ListIndex.clamp(index, list.size()), b);
        return new Guideline(id, text, list);
    }

    Guideline withBehaviourReplaced(Behaviour b) {
        Behaviour old = requireBehaviour(b.id());
        List<Behaviour> list = new ArrayList<>(behaviours);
        list.set(list.indexOf(old), b);
        return new Guideline(id, text, list);
    }

    Guideline withoutBehaviour(String behaviourId) {
        List<Behaviour> list = new ArrayList<>(behaviours);
        list.remove(requireBehaviour(behaviourId));
        return new Guideline(id, text, list);
    }
}
