package org.zielbild.domain;

import java.security.SecureRandom;

/**
 * Identifiers for session objects. They are made when a change is created, never while it is
 * applied, so replaying a journal gives the same objects with the same ids.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private Ids() {
    }

    /** A fresh 12-character id (about 61 bits), readable and short in the JSON files. */
    public static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
