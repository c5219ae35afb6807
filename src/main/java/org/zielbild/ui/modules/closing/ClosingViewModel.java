package org.zielbild.ui.modules.closing;

import java.time.Clock;
import java.util.List;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.board.StageBoards;
import org.zielbild.ui.kit.mood.MoodRoundViewModel;
import org.zielbild.ui.spi.ModuleContext;

/** The closing stage's check-out round (compared with the check-in) and its boards (feedback, next steps). */
public final class ClosingViewModel {

    private final MoodRoundViewModel checkOut;
    private final List<BoardViewModel> boards;

    public ClosingViewModel(ModuleContext context) {
        Clock clock = context.clock();
        this.checkOut = new MoodRoundViewModel(context.session(), context.stageId(), MoodKind.CHECK_OUT, context.ids(), clock);
        this.boards = context.stage().prompts().isEmpty() ? List.of()
                : StageBoards.onePerPrompt(context.session(), context.stage(), context.ids()).stream()
                        .map(id -> new BoardViewModel(context.session(), id, context.ids(), clock)).toList();
    }

    public MoodRoundViewModel checkOut() {
        return checkOut;
    }

    public List<BoardViewModel> boards() {
        return boards;
    }
}
