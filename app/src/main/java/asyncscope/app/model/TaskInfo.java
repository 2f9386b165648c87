package asyncscope.app.model;

import asyncscope.engine.event.SourceSpan;

/**
 * What a trace says about a task once, when it is spawned: its id, dense index (its row in every
 * per-task array of the model), name, parent task, source span and whether it is a blocking job.
 */
public record TaskInfo(long id, int index, String name, long parent, SourceSpan span, boolean blocking,
                       int spawnEvent) {
}
