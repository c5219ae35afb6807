package org.zielbild.config;

/**
 * What the room hears and sees: the chime when a timer reaches zero and the projector's theme.
 * Missing values (older settings files) get the defaults.
 *
 * @param chime       whether a chime sounds when a timer reaches zero
 * @param chimeVolume 0 to 100
 */
public record RoomSettings(Boolean chime, Integer chimeVolume, ProjectorTheme projectorTheme) {

    public static final int DEFAULT_VOLUME = 60;

    public RoomSettings {
        chime = chime == null ? Boolean.TRUE : chime;
        chimeVolume = chimeVolume == null ? DEFAULT_VOLUME : Math.max(0, Math.min(100, chimeVolume));
        projectorTheme = projectorTheme == null ? ProjectorTheme.LIGHT : projectorTheme;
    }

    public static RoomSettings defaults() {
        return new RoomSettings(null, null, null);
    }

    public boolean chimeOn() {
        return chime;
    }

    public RoomSettings withChime(boolean on, int volume) {
        return new RoomSettings(on, volume, projectorTheme);
    }

    public RoomSettings withProjectorTheme(ProjectorTheme theme) {
        return new RoomSettings(chime, chimeVolume, theme);
    }
}
