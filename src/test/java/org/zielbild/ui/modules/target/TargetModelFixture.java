package org.zielbild.ui.modules.target;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.session.SessionService;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.TempAttachments;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The board fixture (four people) with three clusters on the reflection board and a revealed dot
 * vote, a session model over it (notices kept), and the target-picture stage's context.
 */
final class TargetModelFixture {

    final BoardFixture board = new BoardFixture();
    final SessionService service;
    final SessionModel model;
    final List<Message> infos = new ArrayList<>();
    final ModuleContext context;
    final String stageId;
    final Clock clock = Clock.fixed(BoardFixture.T0, ZoneOffset.UTC);
    private final AtomicInteger counter = new AtomicInteger();
    final Supplier<String> ids = () -> "id" + counter.incrementAndGet();

    TargetModelFixture(Path attachments, Language language) {
        Session s = board.session;
        String[][] clusters = {{"c-speed", "Speed"}, {"c-team", "Team spirit"}, {"c-tools", "Old tools"}};
        for (int c = 0; c < clusters.length; c++) {
            s = AddCluster.atEnd(new Cluster(clusters[c][0], board.boardId, clusters[c][1], 0, 300 * c)).apply(s);
            for (int i = 0; i < 2; i++) {
                String id = "n-" + c + "-" + i;
                s = AddNote.onTop(board.note(id, clusters[c][1] + " note " + (i + 1))).apply(s);
                s = new PlaceNotes(List.of(new NotePlacement(id, 0, 10, 300 * c + 10, clusters[c][0]))).apply(s);
            }
        }
        s = AddNote.onTop(board.note("n-loose", "Customers wait two weeks")).apply(s);
        s = new StartVote(board.boardId, DotVote.start("v-1", 3, 3, BoardFixture.T0)).apply(s);
        s = new PlaceDot(board.boardId, "p-ann", "n-0-0").apply(s);
        s = new PlaceDot(board.boardId, "p-ben", "n-0-1").apply(s);
        s = new PlaceDot(board.boardId, "p-cem", "n-2-0").apply(s);
        s = new RevealVote(board.boardId, true).apply(s);
        service = SessionService.inMemory(s);
        model = new SessionModel(service, new TempAttachments(attachments), new Notifier() {
            @Override
            public void info(Message message) {
                infos.add(message);
            }

            @Override
            public void error(Message message) {
            }
        });
        stageId = s.agenda().stages().get(3).id();
        I18n i18n = new I18n(language);
        context = new ModuleContext(stageId, model, i18n, clock, ids);
    }

    TargetViewModel viewModel() {
        return new TargetViewModel(context);
    }

    Session session() {
        return model.session();
    }
}
