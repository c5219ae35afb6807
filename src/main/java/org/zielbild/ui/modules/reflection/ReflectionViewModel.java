package org.zielbild.ui.modules.reflection;

import java.time.Clock;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.board.StageBoards;
import org.zielbild.ui.kit.mood.MoodRoundViewModel;
import org.zielbild.ui.spi.ModuleContext;

/** The reflection stage's state: its check-in round and its pains-and-gains board (made on first show). */
public final class ReflectionViewModel {

    private final MoodRoundViewModel checkIn;
    private final BoardViewModel board;

    public ReflectionViewModel(ModuleContext context) {
        Clock clock = context.clock();
        this.checkIn = new MoodRoundViewModel(context.session(), context.stageId(), MoodKind.CHECK_IN, context.ids(), clock);
        String boardId = StageBoards.withAreas(context.session(), context.stage(), context.ids());
        this.board = new BoardViewModel(context.session(), boardId, context.ids(), clock);
    }

    public MoodRoundViewModel checkIn() {
        return checkIn;
    }

    public BoardViewModel board() {
        return board;
    }
}
