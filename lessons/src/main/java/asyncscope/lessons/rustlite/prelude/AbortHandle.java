package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Unit;

/** {@code JoinHandle::abort_handle()}: cancels the task (or asks whether it finished) without owning its result. */
record AbortHandle(RJoinHandle h) implements Methods.HasMethods {
    @Override
    public Object call(Interp in, String name, Object[] args, Insn at) {
        switch (name) {
            case "abort" -> {
                h.handle().abort();
                return Unit.UNIT;
            }
            case "is_finished" -> {
                return h.handle().isFinished();
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }
}
