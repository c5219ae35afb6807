package org.zielbild.domain.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;

/** The day's stages in order. */
public record Agenda(List<Stage> stages) {

    public Agenda {
        stages = List.copyOf(stages);
    }

    public static Agenda empty() {
        return new Agenda(List.of());
    }

    public Optional<Stage> find(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The stage, or a domain error naming it when it is gone. */
    public Stage require(String stageId) {
        return find(stageId).orElseThrow(() -> DomainException.of("error.stage.unknown", stageId));
    }

    public int indexOf(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public int totalMinutes() {
        return stages.stream().mapToInt(Stage::timeBoxMinutes).sum();
    }

    Agenda inserted(int index, Stage stage) {
        if (find(stage.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", stage.id());
        }
        List<Stage> list = new ArrayList<>(stages);
        list.add(ListIndex.clamp(index, list.size()), stage);
        return new Agenda(list);
    }

    Agenda removed(String stageId) {
        List<Stage> list = new ArrayList<>(stages);
        list.remove(require(stageId));
        return new Agenda(list);
    }

    Agenda replaced(Stage stage) {
        int i = indexOf(stage.id());
        if (i < 0) {
            throw DomainException.of("error.stage.unknown", stage.id());
        }
        List<Stage> list = new ArrayList<>(stages);
        list.set(i, stage);
        return new Agenda(list);
    }

    Agenda moved(String stageId, int newIndex) {
        Stage stage = require(stageId);
        List<Stage> list = new ArrayList<>(stages);
        list.remove(stage);
        list.add(ListIndex.clamp(newIndex, list.size()), stage);
        return new Agenda(list);
    }
}
