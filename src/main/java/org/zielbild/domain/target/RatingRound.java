package org.zielbild.domain.target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;

/**
 * One rating of some statements and/or the picture as a whole. How it counts (mode, base,
 * threshold, the number present) is fixed when it starts and shown before anyone votes. Ballots
 * of an anonymous round name nobody and are kept sorted by their random id, so not even their
 * order tells who voted first.
 *
 * @param present   how many are present, confirmed when the round starts (may be corrected while it runs)
 * @param anonymous private ballots without names (the default); a named round stores who cast each ballot
 * @param revealed  the results are shown; then nothing can be added, typed or withdrawn
 */
public record RatingRound(String id, String stageId, RatingMode mode, CountingBase base, Threshold threshold,
                          int present, boolean anonymous, List<RoundItem> items, List<RatingBallot> ballots,
                          boolean revealed, Instant startedAt) {

    /** More people than any room holds: a typo, not a headcount. */
    public static final int MAX_PRESENT = 10_000;

    public RatingRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(threshold, "threshold");
        items = items == null ? List.of() : List.copyOf(items);
        ballots = ballots == null ? List.of()
                : ballots.stream().sorted(Comparator.comparing(RatingBallot::id)).toList();
    }

    /** A new round without answers. */
    public static RatingRound start(String id, String stageId, RatingMode mode, CountingBase base, Threshold threshold,
                                    int present, boolean anonymous, List<RoundItem> items, Instant startedAt) {
        return new RatingRound(id, stageId, mode, base, threshold, present, anonymous, items, List.of(), false,
                startedAt);
    }

    /** The index of a statement's item, or -1; {@code null} finds the picture as a whole. */
    public int indexOf(String statementId) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).statementId(), statementId)) {
                return i;
            }
        }
        return -1;
    }

    public boolean rates(String statementId) {
        return indexOf(statementId) >= 0;
    }

    public Optional<RatingBallot> ballot(String ballotId) {
        return ballots.stream().filter(b -> b.id().equals(ballotId)).findFirst();
    }

    public Optional<RatingBallot> ballotOf(String participantId) {
        return ballots.stream().filter(b -> participantId.equals(b.participantId())).findFirst();
    }

    /** How many have answered so far: ballots cast, or (show of hands) items with all counts typed. */
    public int answered() {
        return mode == RatingMode.SHOW_OF_HANDS
                ? (int) items.stream().filter(i -> i.hands().complete()).count() : ballots.size();
    }

    /** Whether the results can be shown: every count typed, or at least one ballot cast. */
    public boolean readyToReveal() {
        return mode == RatingMode.SHOW_OF_HANDS ? items.stream().allMatch(i -> i.hands().complete()) : !ballots.isEmpty();
    }

    // --- changes go through these ---

    /** Checks a round as it starts (or comes back with an undo): its items, the number present, its answers. */
    RatingRound validated(Roster roster, TargetPicture picture) {
        if (items.isEmpty()) {
            throw DomainException.of("error.target.roundEmpty");
        }
        List<String> seen = new ArrayList<>();
        for (RoundItem item : items) {
            if (seen.contains(item.statementId())) {
                throw DomainException.of("error.target.itemTwice");
            }
            seen.add(item.statementId());
            if (item.statementId() != null && picture.statement(item.statementId()).isEmpty() && !revealed) {
                throw DomainException.of("error.target.statementUnknown");
            }
        }
        checkPresent(present);
        if (mode == RatingMode.PRIVATE_BALLOTS && !anonymous && roster.present().isEmpty() && ballots.isEmpty()) {
            throw DomainException.of("error.target.noParticipants");
        }
        RatingRound checked = new RatingRound(id, stageId, mode, base, threshold, present, anonymous,
                items.stream().map(i -> i.withHands(HandCounts.NONE)).toList(), List.of(), false, startedAt);
        for (int i = 0; i < items.size(); i++) {
            checked = checked.withHands(i, items.get(i).hands());
        }
        for (RatingBallot b : ballots) {
            checked = checked.withBallot(b, null);
        }
        return checked.withRevealed(revealed);
    }

    RatingRound withRevealed(boolean newRevealed) {
        if (newRevealed && !readyToReveal()) {
            throw DomainException.of(mode == RatingMode.SHOW_OF_HANDS ? "error.target.countsMissing"
                    : "error.target.noBallots");
        }
        return new RatingRound(id, stageId, mode, base, threshold, present, anonymous, items, ballots, newRevealed,
                startedAt);
    }

    RatingRound withPresent(int newPresent) {
        requireOpen();
        checkPresent(newPresent);
        if (ballots.size() > newPresent) {
            throw DomainException.of("error.target.presentBelowBallots", newPresent, ballots.size());
        }
        for (RoundItem item : items) {
            HandCounts h = item.hands();
            int most = Math.max(HandCounts.of(h.benefitYes()) + HandCounts.of(h.benefitNo()),
                    HandCounts.of(h.attractiveYes()) + HandCounts.of(h.attractiveNo()));
            if (most > newPresent) {
                throw DomainException.of("error.target.presentBelowCounts", newPresent, most);
            }
        }
        return new RatingRound(id, stageId, mode, base, threshold, newPresent, anonymous, items, ballots, revealed,
                startedAt);
    }

    RatingRound withHands(int index, HandCounts hands) {
        requireOpen();
        if (index < 0 || index >= items.size()) {
            throw DomainException.of("error.target.statementUnknown");
        }
        if (!hands.equals(HandCounts.NONE) && mode != RatingMode.SHOW_OF_HANDS) {
            throw DomainException.of("error.target.notShowOfHands");
        }
        checkPair(hands.benefitYes(), hands.benefitNo());
        checkPair(hands.attractiveYes(), hands.attractiveNo());
        List<RoundItem> list = new ArrayList<>(items);
        list.set(index, items.get(index).withHands(hands));
        return new RatingRound(id, stageId, mode, base, threshold, present, anonymous, list, ballots, revealed,
                startedAt);
    }

    /** Adds a ballot; {@code roster} checks who cast a named one (null when an undo brings it back). */
    RatingRound withBallot(RatingBallot b, Roster roster) {
        requireOpen();
        if (mode == RatingMode.SHOW_OF_HANDS) {
            throw DomainException.of("error.target.notBallots");
        }
        if (ballot(b.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", b.id());
        }
        if (b.answers().size() != items.size() || b.answers().stream()
                .anyMatch(a -> a == null || a.benefit() == null || a.attractive() == null)) {
            throw DomainException.of("error.target.ballotIncomplete");
        }
        if (anonymous && b.participantId() != null) {
            throw DomainException.of("error.target.anonymous");
        }
        if (!anonymous) {
            if (b.participantId() == null) {
                throw DomainException.of("error.target.whoIsIt");
            }
            if (ballotOf(b.participantId()).isPresent()) {
                throw DomainException.of("error.target.alreadyVoted", name(roster, b.participantId()));
            }
            if (roster != null) {
                Participant p = roster.requireParticipant(b.participantId());
                if (p.absent()) {
                    throw DomainException.of("error.target.voterAbsent", p.name());
                }
            }
        }
        if (ballots.size() >= present) {
            throw DomainException.of("error.target.allVoted", present);
        }
        List<RatingBallot> list = new ArrayList<>(ballots);
        list.add(b);
        return new RatingRound(id, stageId, mode, base, threshold, present, anonymous, items, list, revealed,
                startedAt);
    }

    RatingRound withoutBallot(String ballotId) {
        requireOpen();
        RatingBallot b = ballot(ballotId).orElseThrow(() -> DomainException.of("error.target.noBallot"));
        List<RatingBallot> list = new ArrayList<>(ballots);
        list.remove(b);
        return new RatingRound(id, stageId, mode, base, threshold, present, anonymous, items, list, revealed,
                startedAt);
    }

    private void requireOpen() {
        if (revealed) {
            throw DomainException.of("error.target.revealed");
        }
    }

    private void checkPair(Integer yes, Integer no) {
        for (Integer n : new Integer[] {yes, no}) {
            if (n != null && n < 0) {
                throw DomainException.of("error.target.countNegative");
            }
        }
        int sum = HandCounts.of(yes) + HandCounts.of(no);
        if (sum > present) {
            throw DomainException.of("error.target.countAbovePresent", HandCounts.of(yes), HandCounts.of(no), present);
        }
    }

    private static void checkPresent(int n) {
        if (n < 1) {
            throw DomainException.of("error.target.presentZero");
        }
        if (n > MAX_PRESENT) {
            throw DomainException.of("error.target.presentTooMany", MAX_PRESENT);
        }
    }

    private static String name(Roster roster, String participantId) {
        return roster == null ? participantId
                : roster.participant(participantId).map(Participant::name).orElse(participantId);
    }
}
