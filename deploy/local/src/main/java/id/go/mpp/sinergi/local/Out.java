package id.go.mpp.sinergi.local;

import java.time.Duration;
import java.util.Locale;

/** Console output: step lines, durations, and symbols that degrade to ASCII outside UTF-8 terminals. */
final class Out {

    static final int STEPS = 8;
    static final boolean UTF8 = utf8Locale();
    static final String ELLIPSIS = UTF8 ? "…" : "...";
    static final String OK = UTF8 ? "✓" : "ok";
    static final String FAIL = UTF8 ? "✗" : "DOWN";
    static final boolean TTY = System.console() != null;

    private Out() {
    }

    /** Prints "[n/8] Title … " and leaves the line open for {@link #done}. */
    static void step(int n, String title) {
        System.out.print("[" + n + "/" + STEPS + "] " + title + " " + ELLIPSIS + " ");
        System.out.flush();
    }

    static void done(String text) {
        System.out.println(text);
    }

    static void line(String text) {
        System.out.println(text);
    }

    static void error(String text) {
        System.out.flush();
        System.err.println(text);
    }

    static String seconds(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private static boolean utf8Locale() {
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }
}
