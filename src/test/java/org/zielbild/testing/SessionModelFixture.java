package org.zielbild.testing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Message;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.kit.board.BoardView;
import org.zielbild.ui.kit.board.BoardViewModel;

/**
 * A session model over the board fixture (two teams, four people, one board) with the notifier's
 * messages kept for assertions, a fixed clock and predictable ids; {@link #board()} is that board's
 * view-model.
 */
public final class SessionModelFixture {

    public final BoardFixture fixture = new BoardFixture();
    public final SessionService service = SessionService.inMemory(fixture.session);
    public final List<Message> errors = new ArrayList<>();
    public final SessionModel model = new SessionModel(service, new Notifier() {
        @Override
        public void info(Message message) {
        }

        @Override
        public void error(Message message) {
            errors.add(message);
        }
    });
    public final Clock clock = Clock.fixed(BoardFixture.T0, ZoneOffset.UTC);
    private final AtomicInteger counter = new AtomicInteger();
    public final Supplier<String> ids = () -> "id" + counter.incrementAndGet();

    public BoardViewModel board() {
        return new BoardViewModel(model, fixture.boardId, ids, clock);
    }

    /** The facilitator's board view of {@code vm} in its own 1300 × 850 window (English). */
    public static BoardView showBoardView(javafx.stage.Stage stage, BoardViewModel vm) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        BoardView view = new BoardView(vm, new org.zielbild.ui.common.I18n(org.zielbild.domain.Language.EN));
        stage.setScene(new javafx.scene.Scene((javafx.scene.Parent) view.root(), 1300, 850));
        stage.show();
        return view;
    }
}
