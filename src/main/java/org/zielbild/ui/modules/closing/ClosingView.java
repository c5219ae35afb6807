package org.zielbild.ui.modules.closing;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.zielbild.ui.board.BoardView;
import org.zielbild.ui.board.BoardViewModel;
import org.zielbild.ui.board.TabbedStageView;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.mood.MoodPanel;
import org.zielbild.ui.mood.MoodProjection;

/** The check-out tab first, then a tab per board. */
final class ClosingView {

    private ClosingView() {
    }

    static TabbedStageView create(ClosingViewModel vm, I18n i18n, I18n roomI18n) {
        MoodPanel mood = new MoodPanel(vm.checkOut(), i18n);
        List<TabbedStageView.Part> parts = new ArrayList<>();
        parts.add(new TabbedStageView.Part(i18n.t("closing.tab.checkOut"), null, mood.root(),
                new MoodProjection(vm.checkOut(), roomI18n).root(), () -> Platform.runLater(mood::focus), vm.checkOut()::dispose));
        for (BoardViewModel board : vm.boards()) {
            parts.add(TabbedStageView.boardPart(board.snapshot().board().title(), null, new BoardView(board, i18n, roomI18n)));
        }
        return new TabbedStageView(parts);
    }
}
