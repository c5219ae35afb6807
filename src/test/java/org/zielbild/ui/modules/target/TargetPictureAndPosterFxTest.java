package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.PngBytes;

/**
 * A picture on a statement (Ctrl+Shift+I), refused with a clear reason when it is no picture or far
 * too large, and the poster saved as a 1920 × 1080 PNG (Ctrl+Shift+S). The file choosers are
 * replaced: a headless test cannot open native ones.
 */
@ExtendWith(ApplicationExtension.class)
class TargetPictureAndPosterFxTest {

    @TempDir
    static Path dir;

    private TargetModelFixture f;
    private TargetView view;
    private final AtomicReference<File> picked = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new TargetModelFixture(dir.resolve("attachments-" + System.nanoTime()), Language.DE);
        view = new TargetView(f.viewModel(), f.context);
        view.choosers(c -> picked.get(), c -> picked.get());
        stage.setScene(new Scene((Parent) view.facilitatorView(), 1280, 800));
        stage.show();
    }

    private void ctrlShift(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#targetProblem").queryAs(Label.class).getText();
    }

    @Test
    void aPictureIsCheckedCopiedAndShownAndBadFilesAreRefusedInTheUiLanguage(FxRobot robot) throws Exception {
        String id = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> view.viewModel()
                .add("Jeden Montag erzählen uns Kunden, was sie lieben.", "", List.of()).orElseThrow());
        robot.interact(() -> view.statementsPane().list().getSelectionModel().select(0));
        picked.set(Files.writeString(dir.resolve("notizen.png"), "kein Bild").toFile());
        ctrlShift(robot, KeyCode.I);
        assertThat(problem(robot)).contains("„notizen.png“ ist kein Bild");
        File huge = dir.resolve("film.png").toFile();
        try (RandomAccessFile raf = new RandomAccessFile(huge, "rw")) {
            raf.write(PngBytes.TINY);
            raf.setLength(200L * 1024 * 1024);
        }
        picked.set(huge);
        ctrlShift(robot, KeyCode.I);
        assertThat(problem(robot)).contains("„film.png“ ist 200,0 MB", "höchstens 20 MB");
        assertThat(view.viewModel().picture().requireStatement(id).picture()).as("nothing attached").isNull();
        picked.set(Files.write(dir.resolve("team.png"), PngBytes.TINY).toFile());
        ctrlShift(robot, KeyCode.I);
        assertThat(problem(robot)).isEmpty();
        assertThat(view.viewModel().picture().requireStatement(id).picture().fileName()).isEqualTo("team.png");
        assertThat(robot.lookup("#detailPicture").tryQuery()).isPresent();
        assertThat(view.viewModel().feed().wall().cards().get(0).pictureUrl()).isNotNull();
        robot.interact(() -> f.model.undo());
        assertThat(view.viewModel().picture().requireStatement(id).picture()).isNull();
    }

    @Test
    void thePosterIsSavedAsA1080pPng(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.viewModel().add("Jeden Montag erzählen uns Kunden, was sie lieben.", "in 2 Jahren", List.of());
            view.viewModel().add("Wir antworten jedem Kunden am selben Tag.", "", List.of());
        });
        File target = dir.resolve("Zielbild").toFile();
        picked.set(target);
        ctrlShift(robot, KeyCode.S);
        File png = dir.resolve("Zielbild.png").toFile();
        assertThat(png).as("the .png ending is added").exists();
        BufferedImage image = ImageIO.read(png);
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(f.infos).extracting(m -> m.key()).contains("target.poster.saved");
        // Not blank: dark text on the light poster.
        int dark = 0;
        for (int x = 0; x < 1920; x += 4) {
            for (int y = 0; y < 1080; y += 4) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(300);
        picked.set(dir.resolve("missing-folder").resolve("poster.png").toFile());
        ctrlShift(robot, KeyCode.S);
        assertThat(problem(robot)).contains("poster.png");
    }

    @Test
    void theMinutesGetThePosterFromTheBuiltInPictures(FxRobot robot) throws Exception {
        org.zielbild.domain.Session session = org.zielbild.testing.TargetSamples.voting(Language.DE);
        org.zielbild.ui.common.SessionPictures pictures = org.zielbild.app.BuiltInModules.pictures();
        String key = org.zielbild.export.model.Image.posterKey(org.zielbild.testing.TargetSamples.stage(session));
        assertThat(pictures.keys(session)).contains(key);
        AtomicReference<org.zielbild.export.model.Image> drawn = new AtomicReference<>();
        robot.interact(() -> drawn.set(pictures.draw(session, key)));
        // A round is open in this session: the minutes still get the poster (the rounds are listed as text).
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(drawn.get().png()));
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(drawn.get().caption()).isEqualTo(session.agenda().find(org.zielbild.testing.TargetSamples.stage(session))
                .orElseThrow().title());
        assertThat(pictures.keys(org.zielbild.testing.Sessions.templateDay(Language.DE))).noneMatch(k -> k.startsWith("poster:"));
    }
}
