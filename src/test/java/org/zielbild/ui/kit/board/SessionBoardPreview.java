package org.zielbild.ui.kit.board;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.zielbild.domain.Language;
import org.zielbild.testing.BoardSamples;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.ui.shell.Shell;

/**
 * The session window at 1280 × 800 on a board stage full of sample notes, to look at under Xvfb:
 * {@code java -cp ... org.zielbild.ui.kit.board.SessionBoardPreview [de] [list] [vote] [folded]}.
 */
public final class SessionBoardPreview {

    public static void main(String[] args) {
        Language lang = List.of(args).contains("de") ? Language.DE : Language.EN;
        Platform.startup(() -> {
            try {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Stage stage = new Stage();
                Shell shell = RunTheDayFxSupport.openDay(stage, Files.createTempDirectory("zb-preview"), lang);
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1280);
                stage.setHeight(800);
                shell.sessionWindow().viewModel().goTo("s3");
                Platform.runLater(() -> {
                    Node canvas = stage.getScene().lookup("#boardCanvas");
                    BoardSamples.fill(((BoardCanvas) canvas).viewModel(), lang);
                });
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                later.setOnFinished(e -> {
                    if (List.of(args).contains("vote")) {
                        stage.getScene().getRoot().lookupAll("#boardCanvas").stream().filter(SessionBoardPreview::shown)
                                .findFirst().ifPresent(c -> ((BoardCanvas) c).viewModel().voting().start(3, 0));
                    }
                    if (List.of(args).contains("folded")) {
                        stage.getScene().getRoot().lookupAll("#toggleVotePanel").stream().filter(SessionBoardPreview::shown)
                                .findFirst().ifPresent(t -> ((javafx.scene.control.ToggleButton) t).fire());
                    }
                    if (List.of(args).contains("list")) {
                        for (Node list : stage.getScene().getRoot().lookupAll("#showList")) {
                            ((javafx.scene.control.ToggleButton) list).setSelected(true);
                        }
                    }
                });
                later.play();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** On the open tab: the node and all that hold it are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
