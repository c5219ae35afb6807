package org.zielbild.ui.shell.run;

import java.time.Duration;

/** Timer figures as text: the same on the laptop and on the wall. */
public final class TimerText {

    private TimerText() {
    }

    /** Seconds left as "mm:ss" (or "h:mm:ss"); zero and below as the overrun, "+mm:ss". */
    public static String clock(long seconds) {
        String sign = seconds < 0 ? "+" : "";
        long s = Math.abs(seconds);
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%s%d:%02d:%02d", sign, h, m, sec) : String.format("%s%02d:%02d", sign, m, sec);
    }

    /** A duration in whole minutes, signed when asked: "+12" / "−3" (a real minus sign). */
    public static String minutes(Duration d, boolean signed) {
        long m = Math.round(d.toSeconds() / 60.0);
        if (!signed) {
            return Long.toString(m);
        }
        return m > 0 ? "+" + m : m < 0 ? "\u2212" + (-m) : "0";
    }
}
