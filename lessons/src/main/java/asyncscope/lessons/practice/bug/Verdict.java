package asyncscope.lessons.practice.bug;

import asyncscope.lessons.practice.run.PracticeRun;
import java.util.List;

/**
 * The judge's answer to a candidate's fix: accepted or not, what was found (most fundamental first), the run
 * the findings come from (the first schedule that failed, or the last one tried), and on how many of the
 * challenge's scheduler seeds it was run.
 */
public record Verdict(boolean accepted, List<Finding> findings, PracticeRun run, int schedulesRun, int schedules) {
    public Verdict {
        findings = List.copyOf(findings);
    }

    /** One line for a status bar. */
    public String summary() {
        if (accepted) {
            return "Accepted: it runs cleanly and does what the task asks"
                    + (schedules > 1 ? ", on all " + schedules + " schedules tried." : ".");
        }
        Finding f = findings.get(0);
        return "Not yet — " + f.heading() + (schedules > 1 && schedulesRun > 1 ? " (on schedule " + schedulesRun + " of "
                + schedules + ")" : "") + ".";
    }
}
