package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ProjectorPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D BEAMER = new Rectangle2D(1920, 0, 1920, 1080);

    @Test
    void withOneScreenItIsANormalWindowOnThatScreen() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(LAPTOP), new Rectangle2D(100, 100, 1280, 800));
        assertThat(p.fullScreen()).isFalse();
        assertThat(LAPTOP.contains(p.bounds())).isTrue();
        assertThat(p.bounds().getWidth() / p.bounds().getHeight()).isEqualTo(16.0 / 9.0);
    }

    @Test
    void withASecondScreenItFillsThatScreen() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(LAPTOP, BEAMER), new Rectangle2D(100, 100, 1280, 800));
        assertThat(p).isEqualTo(new ProjectorPlacement(BEAMER, true));
    }

    @Test
    void itAvoidsTheScreenTheFacilitatorWorksOn() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(LAPTOP, BEAMER), new Rectangle2D(2000, 50, 1280, 800));
        assertThat(p).isEqualTo(new ProjectorPlacement(LAPTOP, true));
    }

    @Test
    void aSmallLaptopScreenGetsASmallerWindow() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 600);
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(small), small);
        assertThat(small.contains(p.bounds())).isTrue();
    }
}
