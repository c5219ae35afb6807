package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.Board;
import org.zielbild.ui.common.SessionModel;

/**
 * Makes sure a stage's boards exist, the first time a module shows them: one board per prompt
 * (guiding questions), or one board with the prompts as its areas (pains and gains). Making a
 * board is journaled bookkeeping, not an undo step.
 */
public final class StageBoards {

    private StageBoards() {
    }

    /** One board per prompt, in prompt order; a stage without prompts gets one board named after it. */
    public static List<String> onePerPrompt(SessionModel model, Stage stage, Supplier<String> ids) {
        List<String> prompts = stage.prompts().isEmpty() ? List.of(stage.title()) : stage.prompts();
        List<String> boardIds = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            boardIds.add(ensure(model, Board.of(ids.get(), stage.id(), i, prompts.get(i), List.of())));
        }
        return boardIds;
    }

    /** One board whose areas are the stage's prompts. */
    public static String withAreas(SessionModel model, Stage stage, Supplier<String> ids) {
        String title = stage.prompts().isEmpty() ? stage.title() : String.join(" & ", stage.prompts());
        return ensure(model, Board.of(ids.get(), stage.id(), 0, title, stage.prompts()));
    }

    private static String ensure(SessionModel model, Board fresh) {
        Optional<Board> existing = model.session().boards().boardFor(fresh.stageId(), fresh.prompt());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        model.applyOrThrow(new AddBoard(fresh));
        return fresh.id();
    }
}
