package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.day.StartFreeTimer;
import org.zielbild.testing.CutText;
import org.zielbild.testing.ShellTestSupport;
import org.zielbild.testing.WallFxSupport;
import org.zielbild.testing.WallSessions;

/**
 * The laptop at 1280 × 800 in the walk-through of issue 15 (23 people, 20 notes, a dot vote with its
 * panel open, a side timer "Stilles Schreiben"), in German and English: no text is cut on any stage
 * ("Notizen anklicken, um Pu…", "Stilles Schre…", "Group…" were).
 */
@ExtendWith(ApplicationExtension.class)
class LaptopRoomNoCutFxTest {

    @TempDir
    static Path home;

    private WallFxSupport room;

    @AfterEach
    void close() {
        if (room != null) {
            WaitForAsyncUtils.asyncFx(() -> room.shell().shutdown());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingIsCutOnTheLaptopDuringTheDay(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                room = WallFxSupport.open(stage, home, language, WallSessions.build(language, new WallSessions.Content(20, true)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.asyncFx(() -> {
            var model = room.window().viewModel().model();
            String board = model.session().boards().boards().stream().filter(b -> b.stageId().equals("s2"))
                    .findFirst().orElseThrow().id();
            model.apply(new StartVote(board, DotVote.start("vote-1", 3, 2, ShellTestSupport.CLOCK.instant())));
            model.apply(new StartFreeTimer(7, language == Language.DE ? "Stilles Schreiben" : "Silent writing",
                    ShellTestSupport.CLOCK.instant()));
        });
        WallFxSupport.settle();
        for (String id : new String[] {"s1", "s2", "s3", "s4", "s5", "s6", "s7"}) {
            room.stage(id, 0);
            for (int part = 0; part < room.parts(); part++) {
                room.stage(id, part);
                assertThat(CutText.in(room.shell().sessionWindow().root().getScene()))
                        .as("%s %s part %d", language, id, part).isEmpty();
            }
        }
    }
}
