package org.zielbild.store;

import java.util.Random;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.NoteWork;
import org.zielbild.session.SessionService;

/**
 * A seeded stream of board work ({@link NoteWork}) with undo and redo mixed in; the same seed on
 * the same session gives the same actions, like {@link RandomWorkload} does for the rest.
 */
final class BoardWorkload {

    private final Random random;
    private final NoteWork work;

    BoardWorkload(long seed) {
        this.random = new Random(seed);
        this.work = new NoteWork(seed);
    }

    /** One action: mostly a board change, sometimes undo or redo (several notes come back at once). */
    void step(SessionService service) {
        int r = random.nextInt(100);
        try {
            if (r < 10) {
                service.undo();
            } else if (r < 15) {
                service.redo();
            } else {
                service.apply(work.next(service.session()));
            }
        } catch (DomainException e) {
            // refused: the same happens wherever this seed is replayed
        }
    }
}
