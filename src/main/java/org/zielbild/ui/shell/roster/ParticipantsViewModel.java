package org.zielbild.ui.shell.roster;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveParticipants;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.SetTeamColor;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.SessionModel;

/**
 * The participants-and-teams editor: lists mirrored from the session, commands that go through
 * the session model, the last problem as a message shown next to the form.
 */
public final class ParticipantsViewModel {

    private final SessionModel model;
    private final Supplier<String> ids;
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Team> newTeam = new SimpleObjectProperty<>();
    private final StringProperty newTeamName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportProblem> importProblems = FXCollections.observableArrayList();

    public ParticipantsViewModel(SessionModel model, Supplier<String> ids) {
        this.model = model;
        this.ids = ids;
        sync(model.session().roster());
        model.sessionProperty().addListener((obs, old, now) -> {
            if (old.roster() != now.roster()) {
                sync(now.roster());
            }
        });
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** The team a newly added participant joins; null for none. */
    public ObjectProperty<Team> newTeamProperty() {
        return newTeam;
    }

    public StringProperty newTeamNameProperty() {
        return newTeamName;
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The lines the last import skipped, with the reason. */
    public ObservableList<ImportProblem> importProblems() {
        return importProblems;
    }

    /** Adds the typed name; the field is cleared for the next one only when it worked. */
    public boolean addParticipant() {
        Team team = newTeam.get();
        boolean ok = run(AddParticipant.atEnd(new Participant(ids.get(), newName.get(), team == null ? null : team.id())));
        if (ok) {
            newName.set("");
        }
        return ok;
    }

    public boolean renameParticipant(String id, String name) {
        return run(new RenameParticipant(id, name));
    }

    /** Present today or not (attendance: everyone is present unless marked otherwise). */
    public boolean setPresent(String participantId, boolean present) {
        return run(new SetParticipantPresent(participantId, present));
    }

    public boolean setTeam(String participantId, Team team) {
        return run(new SetParticipantTeam(participantId, team == null ? null : team.id()));
    }

    /** Removes the given participants as one undoable step. */
    public boolean removeParticipants(List<Participant> selected) {
        if (selected.isEmpty()) {
            return false;
        }
        return run(selected.size() == 1 ? new RemoveParticipant(selected.get(0).id())
                : new RemoveParticipants(selected.stream().map(Participant::id).toList()));
    }

    public boolean addTeam() {
        TeamColor color = TeamColor.forIndex(teams.size());
        boolean ok = run(AddTeam.atEnd(new Team(ids.get(), newTeamName.get(), color)));
        if (ok) {
            newTeamName.set("");
        }
        return ok;
    }

    public boolean renameTeam(String id, String name) {
        return run(new RenameTeam(id, name));
    }

    public boolean setTeamColor(String id, TeamColor color) {
        return run(new SetTeamColor(id, color));
    }

    public boolean removeTeam(Team team) {
        return team != null && run(new RemoveTeam(team.id()));
    }

    public ImportPlan previewNames(String text) {
        return new RosterImport(model.session().roster(), ids).names(text);
    }

    public ImportPlan previewCsv(String text) {
        return new RosterImport(model.session().roster(), ids).csv(text);
    }

    /** Adds the good lines of an import as one undo step and keeps the skipped lines on show. */
    public boolean applyImport(ImportPlan plan) {
        importProblems.setAll(plan.problems());
        return plan.asChange().map(this::run).orElse(false);
    }

    public void clearProblem() {
        problem.set(null);
    }

    private boolean run(Change change) {
        return model.tryApply(change, problem::set);
    }

    private void sync(Roster roster) {
        participants.setAll(roster.participants());
        teams.setAll(roster.teams());
        Team selected = newTeam.get();
        if (selected != null) {
            newTeam.set(roster.team(selected.id()).orElse(null));
        }
    }
}
