package org.zielbild.ui.modules.welcome;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.spi.ModuleView;

/** The welcome stage: the session at a glance for the facilitator, the day's plan for the room. */
final class WelcomeView implements ModuleView {

    private final WelcomeViewModel vm;
    private final I18n i18n;
    private final WelcomeViewModel roomVm;
    private final I18n roomI18n;
    private final ScrollPane facilitator;
    private Node projection;

    WelcomeView(WelcomeViewModel vm, I18n i18n) {
        this(vm, i18n, vm, i18n);
    }

    /** {@code roomVm} and {@code roomI18n} speak the session's language, for the projection. */
    WelcomeView(WelcomeViewModel vm, I18n i18n, WelcomeViewModel roomVm, I18n roomI18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.roomVm = roomVm;
        this.roomI18n = roomI18n;
        this.facilitator = new ScrollPane(build("welcome-facilitator", vm, i18n));
        facilitator.setFitToWidth(true);
    }

    @Override
    public Node facilitatorView() {
        return facilitator;
    }

    @Override
    public Optional<Node> projection() {
        if (projection == null) {
            projection = build("welcome-projection", roomVm, roomI18n);
        }
        return Optional.of(projection);
    }

    @Override
    public void dispose() {
        vm.dispose();
        if (roomVm != vm) {
            roomVm.dispose();
        }
    }

    private static VBox build(String styleClass, WelcomeViewModel vm, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        title.setWrapText(true);
        Label details = new Label();
        details.textProperty().bind(vm.detailsProperty());
        details.getStyleClass().add(Styles.TEXT_MUTED);
        details.setWrapText(true);
        Label people = new Label();
        people.textProperty().bind(vm.peopleProperty());
        Label agendaTitle = new Label(i18n.t("welcome.agenda"));
        agendaTitle.getStyleClass().add(Styles.TITLE_3);
        WelcomeAgenda agenda = new WelcomeAgenda(i18n);
        vm.onUpdate(v -> agenda.show(v.agendaProperty().get()));
        VBox box = new VBox(12, title, details, people, agendaTitle, agenda.node());
        box.setPadding(new Insets(8));
        box.getStyleClass().add(styleClass);
        return box;
    }
}
