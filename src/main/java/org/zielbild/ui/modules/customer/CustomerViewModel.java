package org.zielbild.ui.modules.customer;

import java.time.Clock;
import java.util.List;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.board.StageBoards;
import org.zielbild.ui.spi.ModuleContext;

/** One board per guiding question of the stage (made the first time the stage is shown). */
public final class CustomerViewModel {

    private final List<BoardViewModel> boards;

    public CustomerViewModel(ModuleContext context) {
        Clock clock = context.clock();
        this.boards = StageBoards.onePerPrompt(context.session(), context.stage(), context.ids()).stream()
                .map(id -> new BoardViewModel(context.session(), id, context.ids(), clock)).toList();
    }

    /** In the order of the questions. */
    public List<BoardViewModel> boards() {
        return boards;
    }
}
