package org.zielbild.ui.shell.run;

import javafx.beans.value.ObservableValue;
import org.zielbild.config.RoomSettings;

/** Sounds when a timer reaches zero, if the settings say so, at their volume. */
public final class Chime {

    private final ObservableValue<RoomSettings> settings;
    private final Sound sound;

    public Chime(TimerViewModel timers, ObservableValue<RoomSettings> settings, Sound sound) {
        this.settings = settings;
        this.sound = sound;
        timers.addZeroListener(d -> ring());
    }

    /** Plays the chime as configured (also the settings dialog's "test" button). */
    public void ring() {
        RoomSettings room = settings.getValue();
        if (room != null && room.chimeOn() && room.chimeVolume() > 0) {
            sound.play(room.chimeVolume() / 100.0);
        }
    }
}
