package asyncscope.app.practice;

import java.util.Locale;

/** How the test's numbers read on screen: "7.5" points, "12:05" for a time. */
final class ResultNumbers {
    private ResultNumbers() {}

    static String points(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.2f", p).replaceAll("0$", "");
    }

    static String time(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
