package org.zielbild.ui.modules.reflection;

import java.util.List;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.kit.board.BoardView;
import org.zielbild.ui.kit.mood.MoodPanel;
import org.zielbild.ui.spi.TabbedStageView;

/** Two tabs: the check-in (mood panel) and the pains-and-gains board; the projector follows the open tab. */
final class ReflectionView {

    private ReflectionView() {
    }

    static TabbedStageView create(ReflectionViewModel vm, I18n i18n, I18n roomI18n) {
        MoodPanel mood = new MoodPanel(vm.checkIn(), i18n);
        BoardView board = new BoardView(vm.board(), i18n, roomI18n);
        return new TabbedStageView(List.of(mood.stagePart(i18n.t("reflection.tab.checkIn"), roomI18n),
                board.stagePart(vm.board().snapshot().board().title(), null)));
    }
}
