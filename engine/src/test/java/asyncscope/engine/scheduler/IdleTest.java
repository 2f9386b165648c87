package asyncscope.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who searches, who sleeps, and whom new work wakes. */
class IdleTest {

    @Test
    void atMostHalfTheWorkersSearch() {
        Idle idle = new Idle(4);
        assertTrue(idle.transitionToSearching());
        assertTrue(idle.transitionToSearching());
        assertFalse(idle.transitionToSearching(), "a third searcher out of four is refused");
        assertEquals(2, idle.searchingCount());
    }

    @Test
    void theLastSearcherToFindWorkIsTold() {
        Idle idle = new Idle(4);
        idle.transitionToSearching();
        idle.transitionToSearching();
        assertFalse(idle.transitionFromSearching());
        assertTrue(idle.transitionFromSearching(), "the last searcher wakes another");
    }

    @Test
    void newWorkWakesASleeperOnlyWhenNobodySearches() {
        Idle idle = new Idle(3);
        idle.transitionToParked(0, false);
        idle.transitionToParked(1, false);
        assertEquals(1, idle.unparkedCount());
        idle.transitionToSearching(); // worker 2 is searching
        assertEquals(-1, idle.workerToNotify(), "a searcher will find the work");
        idle.transitionFromSearching();
        int w = idle.workerToNotify();
        assertTrue(w == 0 || w == 1);
        assertEquals(2, idle.unparkedCount());
        assertEquals(1, idle.searchingCount(), "the woken worker comes back searching");
        assertEquals(-1, idle.workerToNotify());
    }

    @Test
    void aWorkerWokenByAnythingElseTakesItselfOffTheSleeperStack() {
        Idle idle = new Idle(2);
        idle.transitionToParked(1, false);
        assertTrue(idle.isParked(1));
        assertTrue(idle.unparkSelf(1));
        assertFalse(idle.isParked(1));
        assertFalse(idle.unparkSelf(1));
        assertEquals(2, idle.unparkedCount());
    }

    @Test
    void parkingAsTheLastSearcherIsReported() {
        Idle idle = new Idle(2);
        idle.transitionToSearching();
        assertTrue(idle.transitionToParked(0, true));
        assertEquals(0, idle.searchingCount());
    }
}
