package org.zielbild.ui.modules.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Message;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.ui.modules.coaching.assignment.ListText;

/** A result in a few sentences: "16 got their 1st choice, 7 their 2nd. 1 was placed with a coach they did not rank." */
final class ResultSummary {

    private ResultSummary() {
    }

    static List<Message> of(AssignmentRun run) {
        List<Message> sentences = new ArrayList<>();
        List<Integer> byRank = run.byRank();
        List<Message> got = new ArrayList<>();
        for (int rank = 1; rank <= byRank.size(); rank++) {
            int count = byRank.get(rank - 1);
            if (count > 0) {
                got.add(Message.of(got.isEmpty() ? "coaching.profile.got" : "coaching.profile.their", count,
                        Message.of("coaching.ordinal", rank)));
            }
        }
        if (!got.isEmpty()) {
            sentences.add(Message.of("coaching.profile.sentence", ListText.of(got)));
        }
        if (run.unranked() > 0) {
            sentences.add(Message.of("coaching.profile.unranked", run.unranked()));
        }
        if (run.notVoted() > 0) {
            sentences.add(Message.of("coaching.profile.notVoted", run.notVoted()));
        }
        return sentences;
    }

    /** How it was computed: when, which policy, which seed. */
    static Message how(AssignmentRun run) {
        return Message.of("coaching.result.how", java.util.Date.from(run.at()),
                Message.of("coaching.policy." + run.policy().name().toLowerCase(java.util.Locale.ROOT)), run.seed());
    }
}
