package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every task a trace mentions, each given a dense index so per-task state can live in flat arrays (cheap
 * to copy into keyframes). Built once from the events: a {@code SPAWN} names a task; a task seen without
 * one (a trace cut mid-run) still gets a row, named after its id.
 */
public final class TaskDirectory {
    private final List<TaskInfo> infos = new ArrayList<>();
    private final Map<Long, Integer> byId = new HashMap<>();
    private int[] small = new int[0]; // id -> index + 1 for small ids, 0 = unknown

    public TaskDirectory(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Payload p = e.payload();
            if (p instanceof Payload.Spawn s) {
                add(e.task(), s.name(), s.parent(), s.span(), s.blocking(), i);
            } else if (p instanceof Payload.Move m) {
                for (long t : m.tasks()) {
                    addIfUnknown(t, i);
                }
            } else if (p instanceof Payload.Steal s) {
                for (long t : s.tasks()) {
                    addIfUnknown(t, i);
                }
            } else if (e.task() >= 0 && concernsTask(p)) {
                addIfUnknown(e.task(), i);
            }
        }
    }

    /** Kinds whose event task is the task the event is about (not just the task that was running). */
    static boolean concernsTask(Payload p) {
        return p instanceof Payload.Schedule || p instanceof Payload.PollStart || p instanceof Payload.PollEnd
                || p instanceof Payload.Wake || p instanceof Payload.Complete || p instanceof Payload.BlockingStart
                || p instanceof Payload.BlockingEnd;
    }

    private void addIfUnknown(long id, int event) {
        if (indexOf(id) < 0) {
            add(id, "task-" + id, -1, SourceSpan.NONE, false, event);
        }
    }

    private void add(long id, String name, long parent, SourceSpan span, boolean blocking, int event) {
        if (indexOf(id) >= 0) {
            return;
        }
        int index = infos.size();
        infos.add(new TaskInfo(id, index, name, parent, span, blocking, event));
        if (id >= 0 && id < 1 << 22) {
            if (id >= small.length) {
                small = java.util.Arrays.copyOf(small, (int) Math.max(id + 1, small.length * 2L));
            }
            small[(int) id] = index + 1;
        } else {
            byId.put(id, index);
        }
    }

    /** The dense index of task {@code id}, or -1 if the trace never mentions it. */
    public int indexOf(long id) {
        if (id >= 0 && id < small.length) {
            return small[(int) id] - 1;
        }
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    public TaskInfo get(int index) {
        return infos.get(index);
    }

    /** The task with this id, or null. */
    public TaskInfo byId(long id) {
        int i = indexOf(id);
        return i < 0 ? null : infos.get(i);
    }

    public int size() {
        return infos.size();
    }

    public List<TaskInfo> all() {
        return Collections.unmodifiableList(infos);
    }
}
