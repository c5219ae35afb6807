package org.zielbild.ui.modules.closing;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.StagePart;
import org.zielbild.ui.kit.board.BoardView;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.mood.MoodPanel;
import org.zielbild.ui.spi.TabbedStageView;

/** The check-out tab first, then a tab per board. */
final class ClosingView {

    private ClosingView() {
    }

    static TabbedStageView create(ClosingViewModel vm, I18n i18n, I18n roomI18n) {
        MoodPanel mood = new MoodPanel(vm.checkOut(), i18n);
        List<StagePart> parts = new ArrayList<>();
        parts.add(mood.stagePart(i18n.t("closing.tab.checkOut"), roomI18n));
        for (BoardViewModel board : vm.boards()) {
            parts.add(new BoardView(board, i18n, roomI18n).stagePart(board.snapshot().board().title(), null));
        }
        return new TabbedStageView(parts);
    }
}
