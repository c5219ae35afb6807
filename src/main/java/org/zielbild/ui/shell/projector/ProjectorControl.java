package org.zielbild.ui.shell.projector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The facilitator's side of the projector: on/off, black screen, freeze. Opens the window full
 * screen on a second screen when there is one, else as a normal window, and moves it when
 * screens are plugged in or out. Black and freeze are kept while the window is closed.
 */
public final class ProjectorControl {

    private final Supplier<ProjectorWindow> windows;
    private final Supplier<Window> facilitator;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper black = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper();
    private final ListChangeListener<Screen> screensChanged = c -> placeAgain();
    private ProjectorWindow window;

    /**
     * @param windows     makes a projector window (with its own view-model) each time it opens
     * @param facilitator the session window; the projector avoids its screen
     */
    public ProjectorControl(Supplier<ProjectorWindow> windows, Supplier<Window> facilitator) {
        this.windows = windows;
        this.facilitator = facilitator;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blackProperty() {
        return black.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** The open window, for tests and the key forwarding; null while closed. */
    public ProjectorWindow window() {
        return window;
    }

    public void toggle() {
        if (open.get()) {
            close();
        } else {
            open();
        }
    }

    public void open() {
        if (window != null) {
            return;
        }
        window = windows.get();
        window.stage().setOnHidden(e -> closed());
        window.place(placement());
        Screen.getScreens().addListener(screensChanged);
        open.set(true);
        keepFocusOnLaptop();
    }

    public void close() {
        if (window != null) {
            ProjectorWindow w = window;
            window = null;
            w.close();
        }
        closed();
    }

    public void toggleBlack() {
        black.set(!black.get());
    }

    public void toggleFreeze() {
        frozen.set(!frozen.get());
    }

    private void closed() {
        Screen.getScreens().removeListener(screensChanged);
        if (window != null) {
            ProjectorWindow w = window;
            window = null;
            w.close();
        }
        open.set(false);
    }

    private void placeAgain() {
        if (window != null) {
            window.place(placement());
            keepFocusOnLaptop();
        }
    }

    /** The facilitator keeps typing on the laptop; the wall never keeps the keyboard focus. */
    private void keepFocusOnLaptop() {
        Window laptop = facilitator.get();
        if (laptop != null) {
            laptop.requestFocus();
        }
    }

    private ProjectorPlacement placement() {
        Screen primary = Screen.getPrimary();
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(primary.getBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(primary)).map(Screen::getBounds).forEach(screens::add);
        Window laptop = facilitator.get();
        Rectangle2D own = laptop == null ? primary.getBounds()
                : new Rectangle2D(laptop.getX(), laptop.getY(), Math.max(1, laptop.getWidth()),
                Math.max(1, laptop.getHeight()));
        return ProjectorPlacement.choose(screens, own);
    }
}
