package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/** A concrete behaviour under a guideline: what we do, and how. */
public record Behaviour(String id, String what, String how) {

    public static final int MAX_TEXT = 300;

    public Behaviour {
        Objects.requireNonNull(id, "id");
        what = what == null ? "" : what;
        how = how == null ? "" : how;
    }

    Behaviour validated() {
        String w = Texts.singleLine(what);
        if (w.isEmpty()) {
            throw DomainException.of("error.mandate.behaviourEmpty");
        }
        return new Behaviour(id, Mandate.checked(w, MAX_TEXT), Mandate.checked(Texts.singleLine(how), MAX_TEXT));
    }
}
