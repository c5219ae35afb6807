package org.zielbild.ui.shell.agenda;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageInstructions;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.SessionModel;

/** The agenda editor: the stages, the selected one, and the edits as undoable changes. */
public final class AgendaEditorViewModel {

    public static final int DEFAULT_MINUTES = 30;

    private final SessionModel model;
    private final Supplier<String> ids;
    private final ObservableList<Stage> stages = FXCollections.observableArrayList();
    private final ObjectProperty<Stage> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();

    public AgendaEditorViewModel(SessionModel model, Supplier<String> ids) {
        this.model = model;
        this.ids = ids;
        stages.setAll(model.session().agenda().stages());
        model.sessionProperty().addListener((obs, old, now) -> {
            if (old.agenda() != now.agenda()) {
                String keep = selected.get() == null ? null : selected.get().id();
                stages.setAll(now.agenda().stages());
                selected.set(keep == null ? null : now.agenda().find(keep).orElse(null));
            }
        });
    }

    public ObservableList<Stage> stages() {
        return stages;
    }

    public ObjectProperty<Stage> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds a stage of {@code moduleId} after the selected one (or at the end) and selects it. */
    public boolean add(String moduleId, String title) {
        int index = selected.get() == null ? -1 : stages.indexOf(selected.get()) + 1;
        Stage stage = new Stage(ids.get(), title, moduleId, DEFAULT_MINUTES, "", java.util.List.of());
        if (run(new AddStage(stage, index))) {
            selected.set(model.session().agenda().find(stage.id()).orElse(null));
            return true;
        }
        return false;
    }

    /** Removes the selected stage and selects the one that took its place, so Del can be pressed again. */
    public boolean removeSelected() {
        Stage s = selected.get();
        if (s == null) {
            return false;
        }
        int index = stages.indexOf(s);
        if (!run(new RemoveStage(s.id()))) {
            return false;
        }
        selected.set(stages.isEmpty() ? null : stages.get(Math.min(index, stages.size() - 1)));
        return true;
    }

    public boolean moveSelected(int delta) {
        Stage s = selected.get();
        if (s == null) {
            return false;
        }
        int to = stages.indexOf(s) + delta;
        if (to < 0 || to >= stages.size()) {
            return false;
        }
        return run(new MoveStage(s.id(), to));
    }

    public boolean rename(String title) {
        Stage s = selected.get();
        return s != null && !s.title().equals(title) && run(new RenameStage(s.id(), title));
    }

    public boolean setTimeBox(int minutes) {
        Stage s = selected.get();
        return s != null && s.timeBoxMinutes() != minutes && run(new SetStageTimeBox(s.id(), minutes));
    }

    public boolean setInstructions(String text) {
        Stage s = selected.get();
        return s != null && !s.instructions().equals(text) && run(new SetStageInstructions(s.id(), text));
    }

    private boolean run(Change change) {
        return model.tryApply(change, problem::set);
    }
}
