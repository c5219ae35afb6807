package org.zielbild.ui.shell.start;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.Message;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.ui.common.I18n;

/**
 * A session that could not be opened because files are damaged: which files and why, that they
 * stay untouched, and what can be opened instead (as a new session).
 */
final class DamagedSessionDialog extends Dialog<RecoveryOption> {

    private static final double WIDTH = 620;
    private static final double OPTIONS_HEIGHT = 300;

    DamagedSessionDialog(Window owner, I18n i18n, SessionDamagedException damage) {
        initOwner(owner);
        setTitle(i18n.t("damaged.title"));
        setHeaderText(i18n.text(damage.userMessage()));
        setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        getDialogPane().setId("damagedDialog");
        getDialogPane().setPrefWidth(WIDTH);

        VBox content = new VBox(8);
        Label problemsHeader = new Label(i18n.t("damaged.problems"));
        problemsHeader.getStyleClass().add(Styles.TEXT_BOLD);
        content.getChildren().add(problemsHeader);
        for (Message problem : damage.problems()) {
            content.getChildren().add(wrapped("• " + i18n.text(problem), "damagedProblem"));
        }
        content.getChildren().add(wrapped(i18n.t("damaged.untouched"), null));

        ToggleGroup choice = new ToggleGroup();
        if (damage.options().isEmpty()) {
            content.getChildren().add(wrapped(i18n.t("damaged.none", damage.location()), "damagedNone"));
        } else {
            Label choose = new Label(i18n.t("damaged.choose"));
            choose.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(choose);
            VBox options = new VBox(8);
            // Every backup is offered (issue 17): at 1280 x 720 the list scrolls rather than push the buttons off screen.
            ScrollPane scroll = new ScrollPane(options);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(OPTIONS_HEIGHT);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setId("recoveryOptions");
            content.getChildren().add(scroll);
            for (int i = 0; i < damage.options().size(); i++) {
                RecoveryOption option = damage.options().get(i);
                RadioButton radio = new RadioButton(i18n.text(option.description()));
                radio.setId("recoveryOption" + i);
                radio.setWrapText(true);
                radio.setMaxWidth(WIDTH - 60); // room for the scroll bar
                radio.setUserData(option);
                radio.setToggleGroup(choice);
                options.getChildren().add(radio);
            }
            choice.selectToggle(choice.getToggles().get(0));
        }
        getDialogPane().setContent(content);

        ButtonType open = new ButtonType(i18n.t("damaged.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(damage.options().isEmpty() ? i18n.t("damaged.close") : i18n.t("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        if (!damage.options().isEmpty()) {
            getDialogPane().getButtonTypes().add(open);
            getDialogPane().lookupButton(open).setId("damagedOpen");
        }
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("damagedClose");
        setResultConverter(button -> button == open && choice.getSelectedToggle() != null
                ? (RecoveryOption) choice.getSelectedToggle().getUserData() : null);
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH - 40);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    Optional<RecoveryOption> ask() {
        return showAndWait();
    }
}
