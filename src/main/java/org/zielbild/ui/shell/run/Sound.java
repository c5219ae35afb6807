package org.zielbild.ui.shell.run;

/** Something that can be heard; tests use a fake, the app the chime. */
public interface Sound {

    /** Plays the sound once at {@code volume} (0 to 1); never throws. */
    void play(double volume);

    Sound SILENT = volume -> {
    };
}
