package org.zielbild.csv;

/** Mac OS Roman (Apple's table of 1998, with the euro sign at 0xDB), for bytes 0x80 to 0xFF. */
final class MacRoman {

    private static final String HIGH = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü"
            + "†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø"
            + "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ"
            + "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

    private MacRoman() {
    }

    static String decode(byte[] bytes, int start) {
        char[] chars = new char[bytes.length - start];
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i - start] = b < 0x80 ? (char) b : HIGH.charAt(b - 0x80);
        }
        return new String(chars);
    }

    /** The character byte {@code b} (0x80 to 0xFF) stands for. */
    static char high(int b) {
        return HIGH.charAt(b - 0x80);
    }
}
