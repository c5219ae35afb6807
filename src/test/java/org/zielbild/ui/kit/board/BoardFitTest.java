package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.board.Note;
import org.zielbild.testing.SessionModelFixture;

/** Fit-all shows a small board readable and a large one whole (docs/decisions/0044). */
class BoardFitTest {

    /** The board canvas of the reflection stage in a 1280 × 800 window. */
    private static final double LAPTOP_W = 640;
    private static final double LAPTOP_H = 250;
    private static final double READABLE = RenderStyle.LAPTOP.textLod;

    private final SessionModelFixture t = new SessionModelFixture();
    private final BoardViewModel vm = t.board();

    private void type(int area, String... texts) {
        vm.capture().areaProperty().set(area);
        for (String text : texts) {
            vm.capture().textProperty().set(text);
            assertThat(vm.capture().add()).as(text).isTrue();
        }
    }

    private static boolean shows(Viewport v, double w, double h, Bounds b) {
        return v.visible(w, h).contains(b);
    }

    private static Bounds areaName(int area) {
        return new javafx.geometry.BoundingBox(BoardGeometry.areaLeft(area), BoardGeometry.AREA_NAME_TOP,
                BoardGeometry.CELL_W, BoardGeometry.AREA_NAME_BASELINE - BoardGeometry.AREA_NAME_TOP);
    }

    @Test
    void fiveNotesOnALaptopAreReadableWithTheirAreaName() {
        type(0, "Too many meetings", "Unclear priorities", "Great team spirit", "Customers thank us", "Old tools");
        Viewport v = BoardFit.fitAll(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE);
        assertThat(v.scale() * BoardGeometry.NOTE_W).as("note width on screen").isGreaterThanOrEqualTo(READABLE);
        for (Note n : vm.snapshot().notes()) {
            assertThat(shows(v, LAPTOP_W, LAPTOP_H, BoardGeometry.noteBounds(n))).as(n.text()).isTrue();
        }
        assertThat(shows(v, LAPTOP_W, LAPTOP_H, areaName(0))).as("the name of the notes' area").isTrue();
    }

    @Test
    void onALargerScreenTheEmptyAreasNameIsShownToo() {
        type(0, "one", "two", "three");
        Viewport v = BoardFit.fitAll(vm.snapshot(), 1300, 600, READABLE, BoardFit.MAX_SCALE);
        assertThat(v.scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(READABLE);
        assertThat(shows(v, 1300, 600, areaName(0))).isTrue();
        assertThat(shows(v, 1300, 600, areaName(1))).as("Gains, still empty").isTrue();
    }

    @Test
    void aFewNotesAreNeverBlownUpBeyondTheCap() {
        type(0, "alone");
        Viewport v = BoardFit.fitAll(vm.snapshot(), 2560, 1440, READABLE, BoardFit.MAX_SCALE);
        assertThat(v.scale()).isEqualTo(BoardFit.MAX_SCALE);
        assertThat(shows(v, 2560, 1440, BoardGeometry.noteBounds(vm.snapshot().notes().get(0)))).isTrue();
    }

    @Test
    void anEmptyBoardShowsWhereTheFirstNoteGoesReadably() {
        Viewport v = BoardFit.fitAll(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE);
        assertThat(v.scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(READABLE);
        double[] first = BoardGeometry.freeSlots(vm.snapshot(), 0, 1).get(0);
        assertThat(shows(v, LAPTOP_W, LAPTOP_H, new javafx.geometry.BoundingBox(first[0], first[1],
                BoardGeometry.NOTE_W, BoardGeometry.NOTE_H))).isTrue();
    }

    @Test
    void aLargeBoardGetsItsOverviewWithEveryNoteInView() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            texts.add("note " + i);
        }
        type(0, texts.subList(0, 60).toArray(String[]::new));
        type(1, texts.subList(60, 120).toArray(String[]::new));
        Viewport v = BoardFit.fitAll(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE);
        assertThat(v.scale() * BoardGeometry.NOTE_W).as("too many to read at once").isLessThan(READABLE);
        for (Note n : vm.snapshot().notes()) {
            assertThat(shows(v, LAPTOP_W, LAPTOP_H, BoardGeometry.noteBounds(n))).as(n.text()).isTrue();
        }
        assertThat(shows(v, LAPTOP_W, LAPTOP_H, areaName(0))).isTrue();
        assertThat(shows(v, LAPTOP_W, LAPTOP_H, areaName(1))).isTrue();
    }

    @Test
    void theProjectionLeavesOutTheEmptyBoardAroundASmallBoard() {
        type(0, "one", "two", "three");
        Bounds laptopView = new javafx.geometry.BoundingBox(-300, -400, 3000, 1200);
        Bounds shown = BoardFit.cropToContent(laptopView, vm.snapshot());
        assertThat(shown.getWidth()).isLessThan(1000);
        assertThat(shown.getHeight()).isLessThan(500);
        for (Note n : vm.snapshot().notes()) {
            assertThat(shown.contains(BoardGeometry.noteBounds(n))).as(n.text()).isTrue();
        }
        assertThat(shown.contains(areaName(0))).isTrue();
    }

    @Test
    void zoomedIntoALargeBoardTheProjectionShowsExactlyTheFacilitatorsView() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            texts.add("note " + i);
        }
        type(0, texts.toArray(String[]::new));
        Bounds laptopView = new javafx.geometry.BoundingBox(500, 300, 600, 400);
        assertThat(BoardFit.cropToContent(laptopView, vm.snapshot())).isEqualTo(laptopView);
        Bounds empty = new javafx.geometry.BoundingBox(5000, 5000, 600, 400);
        assertThat(BoardFit.cropToContent(empty, vm.snapshot())).as("nothing there: the view as it is").isEqualTo(empty);
    }

    @Test
    void typingIntoTheSecondAreaOfASmallLaptopBoardShowsThatAreaReadably() {
        type(0, "Too many meetings", "Unclear priorities", "Great team spirit", "Customers thank us", "Old tools");
        type(1, "Customers call us by name");
        Viewport all = BoardFit.fitAll(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE);
        for (Note n : vm.snapshot().notes()) {
            assertThat(shows(all, LAPTOP_W, LAPTOP_H, BoardGeometry.noteBounds(n))).as("fit-all: " + n.text()).isTrue();
        }
        Viewport typing = BoardFit.follow(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE, 1);
        assertThat(typing.scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(READABLE);
        assertThat(shows(typing, LAPTOP_W, LAPTOP_H, BoardGeometry.noteBounds(vm.snapshot().notes().get(5)))).isTrue();
        assertThat(shows(typing, LAPTOP_W, LAPTOP_H, areaName(1))).isTrue();
        Viewport back = BoardFit.follow(vm.snapshot(), LAPTOP_W, LAPTOP_H, READABLE, BoardFit.MAX_SCALE, 0);
        assertThat(shows(back, LAPTOP_W, LAPTOP_H, BoardGeometry.noteBounds(vm.snapshot().notes().get(0)))).isTrue();
        assertThat(back.scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(READABLE);
        // Where the whole board can be read, following shows the whole board.
        assertThat(BoardFit.follow(vm.snapshot(), 2560, 1440, READABLE, BoardFit.MAX_SCALE, 1))
                .isEqualTo(BoardFit.fitAll(vm.snapshot(), 2560, 1440, READABLE, BoardFit.MAX_SCALE));
    }
}
