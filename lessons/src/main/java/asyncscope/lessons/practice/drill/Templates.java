package asyncscope.lessons.practice.drill;

import asyncscope.lessons.practice.drill.templates.AbortDrop;
import asyncscope.lessons.practice.drill.templates.Backpressure;
import asyncscope.lessons.practice.drill.templates.BlockingWorker;
import asyncscope.lessons.practice.drill.templates.BroadcastLag;
import asyncscope.lessons.practice.drill.templates.JoinErrorPanic;
import asyncscope.lessons.practice.drill.templates.JoinSetOrder;
import asyncscope.lessons.practice.drill.templates.JoinTiming;
import asyncscope.lessons.practice.drill.templates.LazyFutures;
import asyncscope.lessons.practice.drill.templates.OneshotDropped;
import asyncscope.lessons.practice.drill.templates.SelectWinner;
import asyncscope.lessons.practice.drill.templates.SemaphorePermits;
import asyncscope.lessons.practice.drill.templates.SpawnOrder;
import asyncscope.lessons.practice.drill.templates.TimeoutOutcome;
import asyncscope.lessons.practice.drill.templates.YieldInterleave;
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
