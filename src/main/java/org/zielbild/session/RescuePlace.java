package org.zielbild.session;

/**
 * Where a rescue copy of a session would be written now, for the question before closing.
 *
 * @param folder          the folder, shown to the user exactly
 * @param otherDisk       whether it is on another disk than the session's folder (the one that fails)
 * @param survivesRestart false for a temporary folder the system empties when it restarts
 */
public record RescuePlace(String folder, boolean otherDisk, boolean survivesRestart) {
}
