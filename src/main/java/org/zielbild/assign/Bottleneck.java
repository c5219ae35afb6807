package org.zielbild.assign;

import java.util.List;

/**
 * Why not everyone can be placed, as data (for front ends that say it in their own words): these
 * participants can only go to these coaches, which have fewer free places left after locks than
 * there are of them. No coaches at all: forbidden pairs exclude every coach for them.
 */
public record Bottleneck(List<String> participants, List<String> coaches, long freePlaces) {

    public Bottleneck {
        participants = List.copyOf(participants);
        coaches = List.copyOf(coaches);
    }
}
