package org.zielbild.ui.modules.reflection;

import java.util.List;
import javafx.application.Platform;
import org.zielbild.ui.board.BoardView;
import org.zielbild.ui.board.TabbedStageView;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.mood.MoodPanel;
import org.zielbild.ui.mood.MoodProjection;

/** Two tabs: the check-in (mood panel) and the pains-and-gains board; the projector follows the open tab. */
final class ReflectionView {

    private ReflectionView() {
    }

    static TabbedStageView create(ReflectionViewModel vm, I18n i18n, I18n roomI18n) {
        MoodPanel mood = new MoodPanel(vm.checkIn(), i18n);
        MoodProjection moodProjection = new MoodProjection(vm.checkIn(), roomI18n);
        BoardView board = new BoardView(vm.board(), i18n, roomI18n);
        return new TabbedStageView(List.of(
                new TabbedStageView.Part(i18n.t("reflection.tab.checkIn"), null, mood.root(), moodProjection.root(),
                        () -> Platform.runLater(mood::focus), vm.checkIn()::dispose),
                TabbedStageView.boardPart(vm.board().snapshot().board().title(), null, board)));
    }
}
