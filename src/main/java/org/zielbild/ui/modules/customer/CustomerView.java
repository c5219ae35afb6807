package org.zielbild.ui.modules.customer;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.ui.board.BoardView;
import org.zielbild.ui.board.BoardViewModel;
import org.zielbild.ui.board.TabbedStageView;
import org.zielbild.ui.common.I18n;

/** A tab per question ("Question 1" … with the question itself as tooltip and board heading). */
final class CustomerView {

    private CustomerView() {
    }

    static TabbedStageView create(CustomerViewModel vm, I18n i18n, I18n roomI18n) {
        List<TabbedStageView.Part> parts = new ArrayList<>();
        for (int i = 0; i < vm.boards().size(); i++) {
            BoardViewModel board = vm.boards().get(i);
            parts.add(TabbedStageView.boardPart(i18n.t("customer.tab", i + 1), board.snapshot().board().title(),
                    new BoardView(board, i18n, roomI18n)));
        }
        return new TabbedStageView(parts);
    }
}
