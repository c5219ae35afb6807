package org.zielbild.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/** A session from the template with two teams, four participants and the reflection stage's board. */
public final class BoardFixture {

    public static final Instant T0 = Instant.parse("2026-11-23T08:30:00Z");

    public final Session session;
    public final String stageId;
    public final String boardId = "board-1";
    public final String teamA = "team-a";
    public final String teamB = "team-b";
    public final List<String> people = List.of("p-ann", "p-ben", "p-cem", "p-dia");
    private final AtomicInteger counter = new AtomicInteger();

    public BoardFixture() {
        Supplier<String> ids = () -> "s" + counter.incrementAndGet();
        Session s = TargetPictureDay.newSession("session-1",
                new SessionInfo("Fixture", LocalDate.of(2026, 11, 23), "", "", Language.EN), ids);
        s = new AddTeam(new Team(teamA, "Sales", TeamColor.ORANGE), -1).apply(s);
        s = new AddTeam(new Team(teamB, "Service", TeamColor.SKY_BLUE), -1).apply(s);
        String[] names = {"Ann", "Ben", "Cem", "Dia"};
        for (int i = 0; i < people.size(); i++) {
            s = AddParticipant.atEnd(new Participant(people.get(i), names[i], i % 2 == 0 ? teamA : teamB)).apply(s);
        }
        stageId = s.agenda().stages().get(1).id();
        Stage reflection = s.agenda().stages().get(1);
        s = new AddBoard(Board.of(boardId, stageId, 0, reflection.title(), reflection.prompts())).apply(s);
        session = s;
    }

    public String newId() {
        return "n" + counter.incrementAndGet();
    }

    public Note note(String id, String text) {
        return new Note(id, boardId, 0, text, teamA, "", 0, 0, null, null, T0);
    }
}
