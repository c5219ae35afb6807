package org.zielbild.config;

import java.util.List;
import org.zielbild.domain.Language;

/**
 * The user's preferences, kept across sessions.
 *
 * @param workspace        folder for sessions; null means the default in the app-data folder
 * @param recentFolders    session folders opened from outside the workspace, newest first
 * @param room             chime and projector; null in older settings files (then the defaults)
 */
public record Settings(Language language, String workspace, List<String> recentFolders, RoomSettings room) {

    public static final int MAX_RECENT = 10;

    public Settings {
        language = language == null ? Language.EN : language;
        // A hand-edited file may hold "" or nulls: "" would put the sessions in whatever folder the app was started from.
        workspace = workspace == null || workspace.isBlank() ? null : workspace.strip();
        recentFolders = recentFolders == null ? List.of()
                : recentFolders.stream().filter(f -> f != null && !f.isBlank()).toList();
        room = room == null ? RoomSettings.defaults() : room;
    }

    public Settings(Language language, String workspace, List<String> recentFolders) {
        this(language, workspace, recentFolders, null);
    }

    public static Settings defaults(Language systemLanguage) {
        return new Settings(systemLanguage, null, List.of(), null);
    }

    public Settings withLanguage(Language newLanguage) {
        return new Settings(newLanguage, workspace, recentFolders, room);
    }

    public Settings withWorkspace(String newWorkspace) {
        return new Settings(language, newWorkspace, recentFolders, room);
    }

    public Settings withRoom(RoomSettings newRoom) {
        return new Settings(language, workspace, recentFolders, newRoom);
    }

    /** Remembers a folder at the top of the recent list. */
    public Settings withRecentFolder(String folder) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>(recentFolders);
        list.remove(folder);
        list.add(0, folder);
        return new Settings(language, workspace, list.subList(0, Math.min(list.size(), MAX_RECENT)), room);
    }
}
