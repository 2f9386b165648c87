package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector says about one task up to the playhead: its polls, every wake and who caused it,
 * and how its life so far splits into running (inside polls), queued (scheduled, not yet polled) and
 * waiting (returned Pending, nothing has woken it yet). Durations are in event steps, the timeline's
 * clock, and in runtime nanoseconds where the clock moved.
 */
public record TaskReport(TaskInfo task, int polls, List<WakeRecord> wakes, List<String> drops,
                         int stepsRunning, int stepsQueued, int stepsWaiting, long nanosRunning) {

    /** One wake of the task: at which event, by what kind of thing, and which task was running then. */
    public record WakeRecord(int event, WakeSource source, long byTask) {}

    /** Builds the report of task {@code taskIndex} from the events before {@code upTo}. */
    public static TaskReport of(TraceModel model, int taskIndex, int upTo) {
        TaskInfo info = model.tasks().get(taskIndex);
        int polls = 0;
        int running = 0;
        int queued = 0;
        int waiting = 0;
        long nanos = 0;
        List<WakeRecord> wakes = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        int mark = -1;
        char phase = 'n'; // n = new, q = queued, r = running, w = waiting, d = done
        for (int i : model.eventsOfTask(taskIndex)) {
            if (i >= upTo) {
                break;
            }
            Event e = model.event(i);
            Payload p = e.payload();
            boolean concernsThisTask = e.task() == info.id() || p instanceof Payload.Move || p instanceof Payload.Steal;
            if (!concernsThisTask) {
                continue;
            }
            char next = phase;
            switch (p.kind()) {
                case SCHEDULE, MOVE, STEAL -> next = phase == 'r' || phase == 'd' ? phase : 'q';
                case POLL_START -> {
                    next = 'r';
                    polls++;
                }
                case POLL_END -> {
                    Payload.PollEnd pe = (Payload.PollEnd) p;
                    nanos += pe.durationNanos();
                    next = pe.ready() ? 'd' : 'w';
                }
                case BLOCKING_START -> next = 'r';
                case COMPLETE -> next = 'd';
                case WAKE -> {
                    Payload.Wake w = (Payload.Wake) p;
                    wakes.add(new WakeRecord(i, w.source(), w.by()));
                }
                case DROP -> {
                    Payload.Drop d = (Payload.Drop) p;
                    drops.add(d.reason().name().toLowerCase().replace('_', '-') + ": " + d.what());
                }
                default -> { }
            }
            if (next != phase) {
                int len = mark < 0 ? 0 : i - mark;
                switch (phase) {
                    case 'q' -> queued += len;
                    case 'r' -> running += len;
                    case 'w' -> waiting += len;
                    default -> { }
                }
                phase = next;
                mark = i;
            }
        }
        if (mark >= 0) {
            int len = upTo - mark;
            switch (phase) {
                case 'q' -> queued += len;
                case 'r' -> running += len;
                case 'w' -> waiting += len;
                default -> { }
            }
        }
        return new TaskReport(info, polls, List.copyOf(wakes), List.copyOf(drops), running, queued, waiting, nanos);
    }
}
