package org.zielbild.domain.coaching;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * The order the coaches pitch in: chosen by hand ({@code seed} null) or drawn with a seed, which is
 * kept so the minutes can say how the order came about and anyone can draw it again.
 */
public record SetPitchOrder(List<String> order, Long seed) implements Change {

    public SetPitchOrder {
        order = order == null ? List.of() : List.copyOf(order);
    }

    /** The coaches in a random order drawn from {@code seed}: the same seed and coaches, the same order. */
    public static SetPitchOrder drawn(List<String> coachIds, long seed) {
        List<String> sorted = coachIds.stream().sorted().collect(java.util.stream.Collectors.toList());
        java.util.Collections.shuffle(sorted, new Random(seed));
        return new SetPitchOrder(sorted, seed);
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        if (order.size() != c.coaches().size() || !new HashSet<>(order).equals(c.coachIds())) {
            throw DomainException.of("error.coaching.order");
        }
        return session.withCoaching(c.withPitchOrder(order, seed));
    }

    @Override
    public Change inverse(Session before) {
        return new SetPitchOrder(before.coaching().pitchOrder(), before.coaching().orderSeed());
    }

    @Override
    public Message describe() {
        return Message.of(seed == null ? "change.coaching.order" : "change.coaching.orderDrawn");
    }
}
