package org.zielbild.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.testing.Sessions;

class AgendaChangesTest {

    private final Session day = Sessions.templateDay(Language.EN);

    @Test
    void stagesCanBeAddedMovedAndRemoved() {
        Stage extra = new Stage("x", "Break", "welcome", 15, "", List.of());
        Session s = new AddStage(extra, 2).apply(day);
        assertThat(s.agenda().stages().get(2).title()).isEqualTo("Break");
        s = new MoveStage("x", 0).apply(s);
        assertThat(s.agenda().stages().get(0).id()).isEqualTo("x");
        s = new RemoveStage("x").apply(s);
        assertThat(s.agenda()).isEqualTo(day.agenda());
    }

    @Test
    void timeBoxMustBeSensible() {
        String stageId = day.agenda().stages().get(0).id();
        DomainException e = catchThrowableOfType(DomainException.class, () -> new SetStageTimeBox(stageId, 0).apply(day));
        assertThat(e.userMessage().key()).isEqualTo("error.stage.timeBox");
        assertThat(new SetStageTimeBox(stageId, 45).apply(day).agenda().stages().get(0).timeBoxMinutes()).isEqualTo(45);
    }

    @Test
    void instructionsAreMultiLineAndCleaned() {
        String stageId = day.agenda().stages().get(1).id();
        Session s = new SetStageInstructions(stageId, "  first\r\n\tsecond  ").apply(day);
        assertThat(s.agenda().require(stageId).instructions()).isEqualTo("first\nsecond");
    }

    @Test
    void movingOutOfRangeIsRefusedWithThePosition() {
        String stageId = day.agenda().stages().get(1).id();
        DomainException e = catchThrowableOfType(DomainException.class, () -> new MoveStage(stageId, 7).apply(day));
        assertThat(e.userMessage()).isEqualTo(Message.of("error.stage.position", 8, 7));
    }
}
