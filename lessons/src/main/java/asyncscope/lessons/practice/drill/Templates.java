package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.drill.templates.*;
import java.util.List;

/** Every shipped drill template, in the order the drill list shows them. */
public final class Templates {
    private Templates() {}

    public static List<Template> all() {
        return List.of(new JoinTiming(), new SelectWinner(), new Backpressure(), new SemaphorePermits(),
                new SpawnOrder(), new YieldInterleave(), new AbortDrop(), new TimeoutOutcome(), new BroadcastLag(),
                new OneshotDropped(), new JoinErrorPanic(), new BlockingWorker(), new JoinSetOrder(), new LazyFutures());
    }
}
