package org.zielbild.session;

/**
 * A file kept with a session.
 *
 * @param reference what the session's records store to find it again (a name inside the session)
 * @param fileName  the name the file had when it was picked, to show
 * @param bytes     its size
 */
public record StoredAttachment(String reference, String fileName, long bytes) {
}
