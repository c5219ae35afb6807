package org.zielbild.testing;

import java.util.Base64;

/** A real 1 × 1 PNG, for tests that attach a picture. */
public final class PngBytes {

    public static final byte[] TINY = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private PngBytes() {
    }
}
