package org.zielbild.ui.modules.mandate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.Coverage;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.domain.mandate.MandateTeams;
import org.zielbild.domain.mandate.MoveMandate;
import org.zielbild.domain.mandate.Readiness;
import org.zielbild.domain.mandate.SetMandateText;
import org.zielbild.domain.mandate.SetMandateValue;
import org.zielbild.domain.mandate.StatementLink;
import org.zielbild.domain.mandate.TeamMandate;
import org.zielbild.domain.mandate.UnlinkStatement;
import org.zielbild.domain.mandate.LinkStatement;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.kit.actions.ActionFilter;
import org.zielbild.ui.kit.actions.ActionListModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The team-mandates stage: the teams with their readiness, the selected team's mandate (guidelines
 * through {@link GuidelineCommands}), its actions (the action-list kit), the coverage matrix, and
 * what the wall shows (progress, a team's card while presenting, the matrix). Refusals are shown
 * inline ({@link #problemProperty()}); every command is one undoable change.
 */
public final class MandateViewModel {

    private final SessionModel model;
    private final Clock clock;
    private final I18n room;
    private final ObservableList<TeamRow> teams = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final ObjectProperty<TeamRow> current = new SimpleObjectProperty<>();
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty coverageShown = new SimpleBooleanProperty();
    private final BooleanProperty allStatements = new SimpleBooleanProperty();
    private final ObjectProperty<Message> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MandateWall> wall = new ReadOnlyObjectWrapper<>();
    private final ActionListModel actions;
    private final GuidelineCommands guidelines;
    private final MandateFeed feed;
    private final ChangeListener<Session> onSession = (obs, o, n) -> refresh();

    public MandateViewModel(ModuleContext context) {
        this(context.session(), context.ids(), context.clock(), context.roomI18n());
    }

    MandateViewModel(SessionModel model, Supplier<String> ids, Clock clock, I18n room) {
        this.model = model;
        this.clock = clock;
        this.room = room;
        this.actions = new ActionListModel(model, ids, clock, ActionFilter.team("-"));
        this.guidelines = new GuidelineCommands(model, ids, problem::set);
        this.feed = new MandateFeed(wall.getReadOnlyProperty());
        model.sessionProperty().addListener(onSession);
        selected.addListener((obs, o, n) -> {
            actions.filterProperty().set(ActionFilter.team(n == null ? "-" : n));
            problem.set(null);
            refresh();
        });
        presenting.addListener((obs, o, n) -> refreshWall());
        coverageShown.addListener((obs, o, n) -> refreshWall());
        refresh();
        teams.stream().findFirst().ifPresent(t -> selected.set(t.id()));
    }

    public MandateFeed feed() {
        return feed;
    }

    public ObservableList<TeamRow> teams() {
        return teams;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<TeamRow> currentProperty() {
        return current;
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public BooleanProperty coverageShownProperty() {
        return coverageShown;
    }

    public BooleanProperty allStatementsProperty() {
        return allStatements;
    }

    public ObjectProperty<Message> problemProperty() {
        return problem;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public ActionListModel actions() {
        return actions;
    }

    public GuidelineCommands guidelines() {
        return guidelines;
    }

    public Session session() {
        return model.session();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public void dispose() {
        model.sessionProperty().removeListener(onSession);
        actions.dispose();
    }

    private void refresh() {
        Session s = model.session();
        LocalDate today = today();
        List<TeamRow> now = new ArrayList<>();
        for (TeamMandate t : MandateTeams.of(s)) {
            now.add(new TeamRow(t, Readiness.of(t, s, today)));
        }
        ListPatch.apply(teams, now);
        current.set(now.stream().filter(r -> r.id().equals(selected.get())).findFirst().orElse(null));
        coverage.set(Coverage.of(s));
        refreshWall();
    }

    private void refreshWall() {
        MandateWall.State state = presenting.get() ? MandateWall.State.CARD
                : coverageShown.get() ? MandateWall.State.COVERAGE : MandateWall.State.PROGRESS;
        wall.set(MandateWall.of(model.session(), state, selected.get(), today(), room.language()));
    }

    // --- the selected team's mandate ---

    private boolean apply(Change c) {
        return model.tryApply(c, problem::set);
    }

    public boolean setText(String teamId, String text) {
        return !text.equals(mandate(teamId).text()) && apply(new SetMandateText(teamId, text));
    }

    public boolean setValue(String teamId, String value) {
        return !value.equals(mandate(teamId).value()) && apply(new SetMandateValue(teamId, value));
    }

    /** The team's mandate as written (empty when nothing is). */
    public Mandate mandate(String teamId) {
        return model.session().mandates().mandate(teamId).orElse(Mandate.empty(teamId, ""));
    }

    /**
     * The statements the team may link: those that carried first, the others only when asked
     * ({@link #allStatementsProperty()}) or when linked already; removed but linked ones last.
     */
    public List<StatementOption> statementOptions(String teamId) {
        Session s = model.session();
        Mandate m = mandate(teamId);
        List<StatementOption> out = new ArrayList<>();
        List<Statement> carried = TargetResults.carried(s.target());
        carried.forEach(st -> out.add(new StatementOption(st.id(), st.text(), true, m.links(st.id()), false)));
        for (Statement st : s.target().statements()) {
            if (!carried.contains(st) && (allStatements.get() || m.links(st.id()))) {
                out.add(new StatementOption(st.id(), st.text(), false, m.links(st.id()), false));
            }
        }
        m.statements().stream().filter(l -> l.removedFrom(s.target()))
                .forEach(l -> out.add(new StatementOption(l.statementId(), l.text(), false, true, true)));
        return out;
    }

    /** Links or unlinks a statement; a removed statement can only be unlinked. */
    public boolean setLinked(String teamId, String statementId, boolean linked) {
        Mandate m = mandate(teamId);
        if (m.links(statementId) == linked) {
            return true;
        }
        if (!linked) {
            return apply(new UnlinkStatement(teamId, statementId));
        }
        if (model.session().target().statement(statementId).isEmpty()) {
            problem.set(Message.of("error.target.statementUnknown"));
            return false;
        }
        return apply(new LinkStatement(teamId, StatementLink.to(model.session().target(), statementId)));
    }

    /** Moves a (removed) team's mandate and actions to another team; undo restores both. */
    public boolean moveTo(String fromTeamId, String toTeamId) {
        boolean ok = apply(new MoveMandate(fromTeamId, toTeamId));
        if (ok) {
            selected.set(toTeamId);
        }
        return ok;
    }

    // --- teams one after another ---

    public void nextTeam() {
        step(1);
    }

    public void previousTeam() {
        step(-1);
    }

    private void step(int delta) {
        int i = indexOf(selected.get());
        if (teams.isEmpty()) {
            return;
        }
        int next = Math.max(0, Math.min(teams.size() - 1, i + delta));
        selected.set(teams.get(next).id());
    }

    private int indexOf(String teamId) {
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).id().equals(teamId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<TeamRow> current() {
        return Optional.ofNullable(current.get());
    }
}
