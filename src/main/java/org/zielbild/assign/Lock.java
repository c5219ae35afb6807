package org.zielbild.assign;

import java.util.Objects;

/** The facilitator has fixed this participant to this coach. */
public record Lock(String participant, String coach) {

    public Lock {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(coach, "coach");
    }
}
