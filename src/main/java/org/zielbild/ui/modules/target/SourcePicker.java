package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.zielbild.ui.common.I18n;

/**
 * What the room already made, to start from: the clusters and notes of earlier boards with their
 * dots where the vote was revealed, checked off (ControlsFX's check list) and turned into a new
 * statement's draft (Ctrl+Shift+K) or linked to the selected statement (Ctrl+K).
 */
final class SourcePicker {

    private final I18n i18n;
    private final FilteredList<SourceOption> shown;
    private final CheckListView<SourceOption> list;
    private final VBox root;

    SourcePicker(TargetViewModel vm, I18n i18n, Consumer<List<SourceOption>> draft, Consumer<List<SourceOption>> link) {
        this.i18n = i18n;
        this.shown = new FilteredList<>(vm.sources(), o -> true);
        this.list = new CheckListView<>(shown);
        list.setId("sourceList");
        list.setCellFactory(l -> Cells.wrappingCheck(list::getItemBooleanProperty,
                Cells.text(o -> o == null ? "" : SourceTexts.line(i18n, o))));
        Label intro = new Label(i18n.t("target.sources.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TextField filter = new TextField();
        filter.setId("sourceFilter");
        filter.setPromptText(i18n.t("target.sources.filter"));
        filter.textProperty().addListener((obs, o, n) -> {
            String f = n.toLowerCase(Locale.ROOT).strip();
            shown.setPredicate(x -> f.isEmpty() || x.text().toLowerCase(Locale.ROOT).contains(f)
                    || x.boardTitle().toLowerCase(Locale.ROOT).contains(f));
        });
        Label empty = new Label(i18n.t("target.sources.none"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Button fromButton = new Button(i18n.t("target.sources.draft"), new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        fromButton.setId("draftFromSources");
        fromButton.setOnAction(e -> draft.accept(takeChecked()));
        Button linkButton = new Button(i18n.t("target.sources.link"), new FontIcon(MaterialDesignL.LINK_VARIANT));
        linkButton.setId("linkSources");
        linkButton.setOnAction(e -> link.accept(takeChecked()));
        Runnable enable = () -> {
            boolean none = list.getCheckModel().getCheckedItems().isEmpty();
            fromButton.setDisable(none);
            linkButton.setDisable(none);
        };
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<SourceOption>) c -> enable.run());
        enable.run();
        FlowPane buttons = new FlowPane(8, 8, fromButton, linkButton);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, intro, filter, list, buttons);
        root.getStyleClass().add("source-picker");
    }

    VBox root() {
        return root;
    }

    CheckListView<SourceOption> list() {
        return list;
    }

    /** The checked sources, unchecked again (they went into a draft or a link). */
    List<SourceOption> takeChecked() {
        List<SourceOption> checked = List.copyOf(list.getCheckModel().getCheckedItems());
        list.getCheckModel().clearChecks();
        return checked;
    }
}
