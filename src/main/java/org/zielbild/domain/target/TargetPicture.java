package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.roster.Roster;

/**
 * The session's shared target picture: its statements in poster order, every rating round (the
 * history: each keeps the wording it rated and its result), and the reasons recorded when a stage
 * was left with the picture's gate unmet. Results are read through {@link TargetResults}.
 */
public record TargetPicture(List<Statement> statements, List<RatingRound> rounds, List<UnmetReason> unmetReasons) {

    public TargetPicture {
        statements = statements == null ? List.of() : List.copyOf(statements);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        unmetReasons = unmetReasons == null ? List.of() : List.copyOf(unmetReasons);
    }

    private static final TargetPicture EMPTY = new TargetPicture(List.of(), List.of(), List.of());

    public static TargetPicture empty() {
        return EMPTY;
    }

    /** Nothing in it yet (the store does not write an empty picture). */
    public boolean isEmpty() {
        return statements.isEmpty() && rounds.isEmpty() && unmetReasons.isEmpty();
    }

    public Optional<Statement> statement(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Statement requireStatement(String id) {
        return statement(id).orElseThrow(() -> DomainException.of("error.target.statementUnknown"));
    }

    public int indexOfStatement(String id) {
        return indexOf(statements, statements.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null));
    }

    public Optional<RatingRound> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public RatingRound requireRound(String id) {
        return round(id).orElseThrow(() -> DomainException.of("error.target.noRound"));
    }

    public int indexOfRound(String id) {
        return indexOf(rounds, round(id).orElse(null));
    }

    /** The round that is collecting answers (not revealed yet), if any: at most one at a time. */
    public Optional<RatingRound> openRound() {
        return rounds.stream().filter(r -> !r.revealed()).findFirst();
    }

    /** The latest round, revealed or not. */
    public Optional<RatingRound> latestRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    public Optional<UnmetReason> unmetReason(String id) {
        return unmetReasons.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The reasons recorded for leaving a stage with the gate unmet, oldest first. */
    public List<UnmetReason> unmetReasonsOf(String stageId) {
        return unmetReasons.stream().filter(r -> r.stageId().equals(stageId)).toList();
    }

    // --- changes go through these, so every path validates the same way ---

    TargetPicture withStatementAt(int index, Statement raw) {
        Statement s = raw.validated();
        if (statement(s.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", s.id());
        }
        List<Statement> list = new ArrayList<>(statements);
        list.add(ListIndex.clamp(index, list.size()), s);
        return new TargetPicture(list, rounds, unmetReasons);
    }

    TargetPicture withoutStatement(String id) {
        Statement s = requireStatement(id);
        if (openRound().filter(r -> r.rates(id)).isPresent()) {
            throw DomainException.of("error.target.statementInRound");
        }
        List<Statement> list = new ArrayList<>(statements);
        list.remove(s);
        return new TargetPicture(list, rounds, unmetReasons);
    }

    TargetPicture withStatementUpdated(String id, UnaryOperator<Statement> update) {
        Statement old = requireStatement(id);
        List<Statement> list = new ArrayList<>(statements);
        list.set(list.indexOf(old), update.apply(old).validated());
        return new TargetPicture(list, rounds, unmetReasons);
    }

    TargetPicture withStatementMoved(String id, int toIndex) {
        Statement s = requireStatement(id);
        if (toIndex < 0 || toIndex >= statements.size()) {
            throw DomainException.of("error.target.position", toIndex + 1, statements.size());
        }
        List<Statement> list = new ArrayList<>(statements);
        list.remove(s);
        list.add(toIndex, s);
        return new TargetPicture(list, rounds, unmetReasons);
    }

    TargetPicture withRoundAt(int index, RatingRound raw, Roster roster) {
        if (round(raw.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", raw.id());
        }
        if (!raw.revealed() && openRound().isPresent()) {
            throw DomainException.of("error.target.roundOpen");
        }
        RatingRound r = raw.validated(roster, this);
        List<RatingRound> list = new ArrayList<>(rounds);
        list.add(ListIndex.clamp(index, list.size()), r);
        return new TargetPicture(statements, list, unmetReasons);
    }

    TargetPicture withoutRound(String id) {
        List<RatingRound> list = new ArrayList<>(rounds);
        list.remove(requireRound(id));
        return new TargetPicture(statements, list, unmetReasons);
    }

    TargetPicture withRoundUpdated(String id, UnaryOperator<RatingRound> update) {
        RatingRound old = requireRound(id);
        List<RatingRound> list = new ArrayList<>(rounds);
        list.set(list.indexOf(old), update.apply(old));
        return new TargetPicture(statements, list, unmetReasons);
    }

    TargetPicture withUnmetReasonAt(int index, UnmetReason raw) {
        UnmetReason r = raw.validated();
        if (unmetReason(r.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", r.id());
        }
        List<UnmetReason> list = new ArrayList<>(unmetReasons);
        list.add(ListIndex.clamp(index, list.size()), r);
        return new TargetPicture(statements, rounds, list);
    }

    TargetPicture withoutUnmetReason(String id) {
        List<UnmetReason> list = new ArrayList<>(unmetReasons);
        list.remove(unmetReason(id).orElseThrow(() -> DomainException.of("error.target.noReason")));
        return new TargetPicture(statements, rounds, list);
    }

    private static <T> int indexOf(List<T> list, T item) {
        return item == null ? -1 : list.indexOf(item);
    }
}
