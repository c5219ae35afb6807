package org.zielbild.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageInstructions;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.SetTeamColor;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.SessionService;

/**
 * A seeded stream of user actions over the existing change types (agenda, roster, session info,
 * batches) plus undo and redo. The same seed on the same session gives the same actions, so a test
 * can repeat in memory what a store (or a killed child process) did.
 */
final class RandomWorkload {

    private static final String ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz";
    /** Names with the text a facilitator really types: umlauts, emoji, quotes, the odd control or lone surrogate. */
    private static final String[] NAME_PARTS = {"Anna", "Jörg", "Zoë", "Łukasz", "Ünal", "O'Brien", "\"Max\"", "Back\\slash",
        "🎯 Ziel", "Ärger", "Mañana", "tab\there", "new\nline", "\u0000nul", "zero\u200Bwidth", "lone\uD83D", "Grüße"};

    private final Random random;
    private final Function<Session, Change> changes;

    RandomWorkload(long seed) {
        this.random = new Random(seed);
        this.changes = this::change;
    }

    /** The same mix of undo and redo around other changes, e.g. board work. */
    RandomWorkload(long seed, Function<Session, Change> changes) {
        this.random = new Random(seed);
        this.changes = changes;
    }

    /** One action: mostly a change, sometimes undo or redo. A refused action changes nothing (on both sides). */
    void step(SessionService service) {
        int r = random.nextInt(100);
        try {
            if (r < 7) {
                service.undo();
            } else if (r < 11) {
                service.redo();
            } else {
                service.apply(changes.apply(service.session()));
            }
        } catch (DomainException e) {
            // refused: the same happens wherever this seed is replayed
        }
    }

    Change change(Session s) {
        int r = random.nextInt(100);
        if (r < 8) {
            int n = 2 + random.nextInt(3);
            List<Change> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(simple(s));
            }
            return new Batch(Message.of("test.batch", n, (long) n * 1_000_000_000L, "x"), parts);
        }
        return simple(s);
    }

    private Change simple(Session s) {
        List<Participant> people = s.roster().participants();
        List<Team> teams = s.roster().teams();
        List<Stage> stages = s.agenda().stages();
        boolean crowded = people.size() > 40;
        int r = random.nextInt(100);
        if (r < (crowded ? 5 : 30)) {
            String team = !teams.isEmpty() && random.nextBoolean() ? pick(teams).id() : null;
            return new AddParticipant(new Participant(id(), name(), team), random.nextInt(people.size() + 2) - 1);
        }
        if (r < 40 && !people.isEmpty()) {
            return new RemoveParticipant(pick(people).id());
        }
        if (r < 50 && !people.isEmpty()) {
            return new RenameParticipant(pick(people).id(), name());
        }
        if (r < 57 && !people.isEmpty()) {
            return new SetParticipantTeam(pick(people).id(), teams.isEmpty() || random.nextInt(4) == 0 ? null : pick(teams).id());
        }
        if (r < 62) {
            return teams.size() > 8 ? new RemoveTeam(pick(teams).id())
                    : new AddTeam(new Team(id(), "Team " + name(), TeamColor.forIndex(random.nextInt(8))), -1);
        }
        if (r < 65 && !teams.isEmpty()) {
            return random.nextBoolean() ? new RenameTeam(pick(teams).id(), "T " + name())
                    : new SetTeamColor(pick(teams).id(), TeamColor.forIndex(random.nextInt(8)));
        }
        if (r < 68 && !teams.isEmpty()) {
            return new RemoveTeam(pick(teams).id());
        }
        if (r < 74) {
            return stages.size() > 12 && !stages.isEmpty() ? new RemoveStage(pick(stages).id())
                    : new AddStage(new Stage(id(), "Stage " + name(), "welcome", 1 + random.nextInt(120), name(),
                    List.of(name(), name())), random.nextInt(stages.size() + 2) - 1);
        }
        if (r < 78 && !stages.isEmpty()) {
            return new MoveStage(pick(stages).id(), random.nextInt(stages.size()));
        }
        if (r < 83 && !stages.isEmpty()) {
            return new RenameStage(pick(stages).id(), name());
        }
        if (r < 88 && !stages.isEmpty()) {
            return new SetStageTimeBox(pick(stages).id(), random.nextInt(200));
        }
        if (r < 93 && !stages.isEmpty()) {
            return new SetStageInstructions(pick(stages).id(), name() + "\n" + name());
        }
        if (r < 96 && !stages.isEmpty()) {
            return new RemoveStage(pick(stages).id());
        }
        return new EditSessionInfo(new SessionInfo("Workshop " + name(), LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                name(), name(), random.nextBoolean() ? Language.EN : Language.DE));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String id() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }

    private String name() {
        return NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + random.nextInt(100_000);
    }
}
