package asyncscope.lessons.practice.bug;

/**
 * What a diagnosis found in a run, named as the stage names it. Listed from the most to the least
 * fundamental: a verdict shows the first kinds first.
 */
public enum FindingKind {
    COMPILE_ERROR("does not compile"),
    DID_NOT_FINISH("did not finish"),
    DEADLOCK("deadlock"),
    STD_LOCK_ACROSS_AWAIT("std lock held across .await"),
    PANIC("panic"),
    BLOCKED_WORKER("worker blocked"),
    NEVER_AWAITED("future never awaited"),
    CUT_OFF("task cut off at shutdown"),
    LOST_MESSAGE("message lost"),
    QUEUE_GROWTH("queue grows without bound"),
    TOO_MANY_PERMITS("limit raised"),
    TOO_SLOW("too slow"),
    WRONG_OUTPUT("wrong output");

    private final String title;

    FindingKind(String title) {
        this.title = title;
    }

    /** A short heading ("worker blocked"). */
    public String title() {
        return title;
    }
}
