package org.zielbild.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * Sessions the size of a long workshop day, for benchmarks: the template day with 40 participants
 * in 5 teams, the boards the modules make (pains and gains, five guiding questions, target picture,
 * feedback and next steps), N notes of realistic length spread over them, about 10 % of the notes
 * in clusters, dot votes with every participant's dots placed, and a check-in mood round. Built
 * through the real changes, so every rule of the domain holds. The same seed gives the same session.
 */
public final class LargeSessions {

    public static final Instant T0 = Instant.parse("2026-11-23T08:30:00Z");
    public static final int PARTICIPANTS = 40;
    /** Share of notes per board, in board order (reflection, 5 customer questions, target picture, closing ×2). */
    private static final int[] WEIGHTS = {30, 8, 8, 8, 8, 8, 20, 5, 5};

    private LargeSessions() {
    }

    /** The whole day with {@code notes} notes. */
    public static Session build(int notes, long seed) {
        return new Builder(new Random(seed)).build(notes);
    }

    private static final class Builder {
        private final Random random;
        private final NoteTexts texts;
        private Session s;
        private int next;

        Builder(Random random) {
            this.random = random;
            this.texts = new NoteTexts(random);
        }

        Session build(int notes) {
            Supplier<String> ids = this::id;
            s = TargetPictureDay.newSession("large-" + notes, new SessionInfo("Zielbild-Workshop " + notes,
                    LocalDate.of(2026, 11, 23), "Köln, Raum „Rhein“", "Anna Schäfer", Language.DE), ids);
            roster();
            List<Board> boards = boards();
            int[] perBoard = split(notes);
            for (int b = 0; b < boards.size(); b++) {
                fill(boards.get(b), perBoard[b]);
            }
            cluster(boards);
            vote(boards.get(1), false);
            vote(boards.get(6), true);
            moods();
            return s;
        }

        private void roster() {
            String[] teams = {"Vertrieb", "Kundenservice", "IT & Betrieb", "Marketing", "Geschäftsleitung"};
            for (int t = 0; t < teams.length; t++) {
                apply(AddTeam.atEnd(new Team("team-" + t, teams[t], TeamColor.forIndex(t))));
            }
            for (int i = 0; i < PARTICIPANTS; i++) {
                apply(AddParticipant.atEnd(new Participant("p-" + i, texts.personName(i), "team-" + (i % teams.length))));
            }
        }

        private List<Board> boards() {
            List<Stage> stages = s.agenda().stages();
            Stage reflection = stage(stages, TargetPictureDay.REFLECTION);
            Stage customer = stage(stages, TargetPictureDay.CUSTOMER);
            Stage target = stage(stages, TargetPictureDay.TARGET_PICTURE);
            Stage closing = stage(stages, TargetPictureDay.CLOSING);
            List<Board> boards = new ArrayList<>();
            boards.add(Board.of("board-reflection", reflection.id(), 0, String.join(" & ", reflection.prompts()),
                    reflection.prompts()));
            for (int i = 0; i < customer.prompts().size(); i++) {
                boards.add(Board.of("board-customer-" + i, customer.id(), i, customer.prompts().get(i), List.of()));
            }
            boards.add(Board.of("board-target", target.id(), 0, target.title(), List.of()));
            for (int i = 0; i < closing.prompts().size(); i++) {
                boards.add(Board.of("board-closing-" + i, closing.id(), i, closing.prompts().get(i), List.of()));
            }
            boards.forEach(b -> apply(new AddBoard(b)));
            return boards;
        }

        private static Stage stage(List<Stage> stages, String moduleId) {
            return stages.stream().filter(st -> st.moduleId().equals(moduleId)).findFirst().orElseThrow();
        }

        private int[] split(int notes) {
            int total = 0;
            for (int w : WEIGHTS) {
                total += w;
            }
            int[] counts = new int[WEIGHTS.length];
            int given = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = notes * WEIGHTS[i] / total;
                given += counts[i];
            }
            counts[0] += notes - given;
            return counts;
        }

        /** Notes typed by the teams, laid out in rows per area as tidy does. */
        private void fill(Board board, int count) {
            for (int i = 0; i < count; i++) {
                int area = i % board.areaCount();
                int row = i / board.areaCount();
                double x = area * 2000 + (row % 8) * 240.0;
                double y = (row / 8) * 170.0;
                String team = "team-" + random.nextInt(5);
                apply(AddNote.onTop(new Note(id(), board.id(), area, texts.noteText(), team, "", x, y, null, null,
                        T0.plus(Duration.ofSeconds(next)))));
            }
        }

        /** About every tenth note joins a cluster of 5 to 12 notes on its board. */
        private void cluster(List<Board> boards) {
            for (Board board : boards) {
                List<Note> notes = s.boards().notesOf(board.id());
                int clustered = notes.size() / 10;
                int from = 0;
                while (clustered - from >= 5) {
                    int size = Math.min(clustered - from, 5 + random.nextInt(8));
                    Cluster c = new Cluster(id(), board.id(), texts.clusterName(), 0, 0);
                    apply(AddCluster.atEnd(c));
                    List<NotePlacement> places = new ArrayList<>();
                    for (int i = from; i < from + size; i++) {
                        Note n = notes.get(i * 10);
                        places.add(new NotePlacement(n.id(), n.area(), n.x(), n.y(), c.id()));
                    }
                    apply(new PlaceNotes(places));
                    from += size;
                }
            }
        }

        /** Every participant places all dots on the board's notes; {@code revealed} shows the result. */
        private void vote(Board board, boolean revealed) {
            List<Note> notes = s.boards().notesOf(board.id());
            if (notes.isEmpty()) {
                return;
            }
            apply(new StartVote(board.id(), DotVote.start(id(), 5, 2, T0.plusSeconds(3600))));
            for (Participant p : s.roster().participants()) {
                for (int dot = 0; dot < 5; dot++) {
                    Note n = notes.get(random.nextInt(notes.size()));
                    try {
                        apply(new PlaceDot(board.id(), p.id(), n.id()));
                    } catch (DomainException full) {
                        // two dots on that note already: the participant picks another next time
                    }
                }
            }
            if (revealed) {
                apply(new RevealVote(board.id(), true));
            }
        }

        private void moods() {
            String stageId = stage(s.agenda().stages(), TargetPictureDay.REFLECTION).id();
            String round = id();
            apply(new AddMoodRound(MoodRound.start(round, stageId, MoodKind.CHECK_IN, true, T0), -1));
            Emotion[] emotions = Emotion.values();
            for (int i = 0; i < PARTICIPANTS; i++) {
                apply(new AddMoodEntry(round, new MoodEntry(id(), null, 1 + random.nextInt(5),
                        List.of(emotions[random.nextInt(emotions.length)]), List.of(), texts.moodSentence())));
            }
        }

        private void apply(Change c) {
            s = c.apply(s);
        }

        private String id() {
            next++;
            return NoteTexts.id(random);
        }
    }
}
