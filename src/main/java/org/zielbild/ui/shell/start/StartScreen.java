package org.zielbild.ui.shell.start;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionSummary;
import org.zielbild.ui.common.DateField;
import org.zielbild.ui.common.FormGrid;
import org.zielbild.ui.common.I18n;

/** The first screen: start a new session from the template, or open one. */
public final class StartScreen {

    private final StartViewModel vm;
    private final I18n i18n;
    private final Runnable onSettings;
    private final FileDialogs files;
    private final VBox root = new VBox();
    private final Button settingsButton = new Button();
    private final TextField titleField = new TextField();
    private ListView<SessionSummary> sessionList;
    private final ReadOnlyBooleanWrapper listAttached = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper laidOut = new ReadOnlyBooleanWrapper();
    private BooleanBinding listShown;

    public StartScreen(StartViewModel vm, I18n i18n, Runnable onSettings) {
        this(vm, i18n, onSettings, FileDialogs.system(i18n));
    }

    public StartScreen(StartViewModel vm, I18n i18n, Runnable onSettings, FileDialogs files) {
        this.vm = vm;
        this.i18n = i18n;
        this.onSettings = onSettings;
        this.files = files;
        build();
    }

    public Parent root() {
        return root;
    }

    /**
     * The list of sessions is on the screen, filled in. It joins the screen just after the screen's
     * first frame: the window is there at once, the sessions a moment later (decision 0090).
     */
    public BooleanBinding listShown() {
        return listShown;
    }

    /** The list is part of the screen (from just after its first frame). */
    public javafx.beans.property.ReadOnlyBooleanProperty listAttachedProperty() {
        return listAttached.getReadOnlyProperty();
    }

    /**
     * The screen has been laid out for its first frame: the sessions may be read now, while that
     * frame is drawn, so they are there when the list joins.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty laidOutProperty() {
        return laidOut.getReadOnlyProperty();
    }

    private void build() {
        root.getStyleClass().add("start-screen");
        root.setPadding(new Insets(32, 40, 32, 40));
        root.setSpacing(24);

        VBox heading = heading();

        VBox form = newSessionForm();
        VBox list = sessionList();
        HBox.setHgrow(form, Priority.SOMETIMES);
        HBox.setHgrow(list, Priority.ALWAYS);
        form.setPrefWidth(440);
        form.setMinWidth(Region.USE_PREF_SIZE); // on a narrow window the list gives way, not the form's fields and examples
        HBox panes = new HBox(24, form, list);
        VBox.setVgrow(panes, Priority.ALWAYS);

        Label error = messageLine("startError", Styles.DANGER, vm.errorProperty());
        Label done = messageLine("startDone", Styles.SUCCESS, vm.doneProperty());
        Label notice = messageLine("startNotice", Styles.WARNING, vm.noticeProperty());
        vm.damagedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                // Shown after the current pulse: the property changes inside a background callback.
                Platform.runLater(() -> new DamagedSessionDialog(window(), i18n, now).ask().ifPresentOrElse(
                        option -> vm.openRecovered(option, i18n.t("start.recoveredTitle", option.state().session().info().title())),
                        vm::dismissDamaged));
            }
        });

        root.getChildren().addAll(heading, error, done, notice, panes);
        listShown = listAttached.getReadOnlyProperty().and(vm.listLoadedProperty());
        focusWhereTheDayStarts();
    }

    /**
     * The app's name with the settings button beside it, and the tagline below both. The tagline is
     * a line of its own in a VBox, so it wraps to the window's width: beside the button, in an HBox,
     * its one long line squeezed the button to "Einst…" and was cut itself at 900–1024 px.
     */
    private VBox heading() {
        Label appTitle = new Label(i18n.t("app.name"));
        appTitle.getStyleClass().add(Styles.TITLE_1);
        appTitle.setGraphic(new FontIcon(MaterialDesignT.TARGET));
        appTitle.setMinWidth(Region.USE_PREF_SIZE);
        settingsButton.setText(i18n.t("settings.title"));
        settingsButton.setGraphic(new FontIcon(MaterialDesignC.COG));
        settingsButton.setId("settingsButton");
        settingsButton.setMinWidth(Region.USE_PREF_SIZE);
        settingsButton.setOnAction(e -> onSettings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, appTitle, spacer, settingsButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label tagline = new Label(i18n.t("start.tagline"));
        tagline.setId("startTagline");
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        tagline.setWrapText(true);
        tagline.setMinHeight(Region.USE_PREF_SIZE); // on a short window the list gives way, never a line of it
        return new VBox(4, titleRow, tagline);
    }

    /**
     * Keyboard first: once the list is loaded, Enter opens the newest session, or, with none yet,
     * the typing goes into the new session's title. Not when the user has already moved on.
     */
    private void focusWhereTheDayStarts() {
        Runnable place = () -> {
            if (root.getScene() == null) {
                return;
            }
            javafx.scene.Node owner = root.getScene().getFocusOwner();
            if (owner != null && owner != settingsButton) {
                return;
            }
            if (sessionList.getItems().isEmpty()) {
                titleField.requestFocus();
            } else {
                sessionList.getSelectionModel().selectFirst();
                sessionList.requestFocus();
            }
        };
        listShown.addListener((obs, was, shown) -> {
            if (shown) {
                Platform.runLater(place);
            }
        });
    }

    /** A line that shows a message from the view-model, and takes no room while there is none. */
    private Label messageLine(String id, String style, javafx.beans.value.ObservableValue<org.zielbild.domain.Message> message) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(style);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE); // on a short window the list gives way, never a message's lines
        line.textProperty().bind(Bindings.createStringBinding(
                () -> message.getValue() == null ? "" : i18n.text(message.getValue()), message));
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private VBox newSessionForm() {
        Label header = new Label(i18n.t("start.new"));
        header.getStyleClass().add(Styles.TITLE_3);

        ChoiceBox<String> template = new ChoiceBox<>();
        template.getItems().add(i18n.t("template.targetPictureDay"));
        template.getSelectionModel().selectFirst();
        template.setMaxWidth(Double.MAX_VALUE);

        TextField title = titleField;
        title.setId("sessionTitle");
        title.setPromptText(i18n.t("start.titlePrompt"));
        title.textProperty().bindBidirectional(vm.titleProperty());
        DateField date = new DateField(i18n);
        date.setId("sessionDate");
        date.editor().setId("sessionDateText");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        TextField place = new TextField();
        place.setId("sessionPlace");
        place.textProperty().bindBidirectional(vm.placeProperty());
        TextField facilitator = new TextField();
        facilitator.setId("sessionFacilitator");
        facilitator.textProperty().bindBidirectional(vm.facilitatorProperty());
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("sessionLanguage");
        language.getItems().setAll(Language.values());
        language.setConverter(languageNames(i18n));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = FormGrid.create();
        addRow(grid, 0, "start.template", template);
        addRow(grid, 1, "start.title", title);
        addRow(grid, 2, "start.date", date);
        addRow(grid, 3, "start.place", place);
        addRow(grid, 4, "start.facilitator", facilitator);
        addRow(grid, 5, "start.language", language);

        Button create = new Button(i18n.t("start.create"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("createSession");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.canCreate().not());
        create.setOnAction(e -> {
            if (date.commit()) { // a date typed wrong stays in its field with a message
                vm.create();
            }
        });
        HBox actions = new HBox(12, create);
        actions.setAlignment(Pos.CENTER_LEFT);
        showBusy(actions);

        VBox box = new VBox(16, header, grid, actions);
        box.getStyleClass().add("panel");
        return box;
    }

    /** The spinning indicator, made the first time something runs (its skin animates; most starts never need it). */
    private void showBusy(HBox actions) {
        vm.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                if (busy) {
                    vm.busyProperty().removeListener(this);
                    ProgressIndicator indicator = new ProgressIndicator();
                    indicator.setId("startBusy");
                    indicator.setPrefSize(20, 20);
                    indicator.visibleProperty().bind(vm.busyProperty());
                    actions.getChildren().add(indicator);
                }
            }
        });
    }

    private VBox sessionList() {
        Label header = new Label(i18n.t("start.sessions"));
        header.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(16, header);
        box.getStyleClass().add("panel");
        attachAfterFirstLayout(box);
        return box;
    }

    /** The list and its buttons: made and added once the screen has been laid out in a window. */
    private List<javafx.scene.Node> listAndButtons() {
        ListView<SessionSummary> list = new ListView<>(vm.sessions());
        sessionList = list;
        list.setId("sessionList");
        list.setCellFactory(v -> new SessionSummaryCell(i18n));
        Label empty = new Label(i18n.t("start.noSessions"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        keepSelection(list);
        SessionListActions actions = new SessionListActions(list, vm, i18n, files, this::window);
        list.setOnKeyPressed(actions::onKey);
        // Shown on request rather than set as the list's context menu: a control's context menu puts
        // its accelerators into the whole scene, and Enter or Ctrl+D in the title field must not act
        // on the selected session.
        // Made on first request: most starts never open it.
        ContextMenu[] menu = new ContextMenu[1];
        list.setOnContextMenuRequested(e -> {
            if (menu[0] == null) {
                menu[0] = actions.contextMenu();
            }
            menu[0].show(list, e.getScreenX(), e.getScreenY());
        });
        return List.of(list, actions.buttons());
    }

    /**
     * Adds the list and its buttons just after the screen's first layout: they (a virtual flow,
     * scroll bars, seven buttons with icons) are the costliest part of the screen. The first frame
     * does not wait for them; they are made while it is drawn, and the sessions are read then too.
     */
    private void attachAfterFirstLayout(VBox box) {
        root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene == null) {
                    return;
                }
                root.sceneProperty().removeListener(this);
                Runnable[] attach = new Runnable[1];
                attach[0] = () -> {
                    scene.removePostLayoutPulseListener(attach[0]);
                    laidOut.set(true);
                    // After this pulse, so the frame it draws is the first one.
                    Platform.runLater(() -> {
                        box.getChildren().addAll(listAndButtons());
                        listAttached.set(true);
                    });
                };
                scene.addPostLayoutPulseListener(attach[0]);
            }
        });
    }

    /** After a rename or a copy the list is reloaded; the session the user had selected stays selected. */
    private static void keepSelection(ListView<SessionSummary> list) {
        String[] selected = {null};
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected[0] = now.location();
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<SessionSummary>) change -> {
            if (list.getSelectionModel().getSelectedItem() == null && selected[0] != null) {
                list.getItems().stream().filter(s -> s.location().equals(selected[0])).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s));
            }
        });
    }

    private void addRow(GridPane grid, int row, String labelKey, javafx.scene.Node field) {
        FormGrid.row(grid, row, i18n.t(labelKey), field);
    }

    /** Language names as the user reads them: "English", "Deutsch". */
    public static StringConverter<Language> languageNames(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : i18n.t("language." + language.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        };
    }
}
