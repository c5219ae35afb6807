package org.zielbild.ui.modules.customer;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.StagePart;
import org.zielbild.ui.kit.board.BoardView;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.spi.TabbedStageView;

/** A tab per question ("Question 1" … with the question itself as tooltip and board heading). */
final class CustomerView {

    private CustomerView() {
    }

    static TabbedStageView create(CustomerViewModel vm, I18n i18n, I18n roomI18n) {
        List<StagePart> parts = new ArrayList<>();
        for (int i = 0; i < vm.boards().size(); i++) {
            BoardViewModel board = vm.boards().get(i);
            parts.add(new BoardView(board, i18n, roomI18n).stagePart(i18n.t("customer.tab", i + 1),
                    board.snapshot().board().title()));
        }
        return new TabbedStageView(parts);
    }
}
