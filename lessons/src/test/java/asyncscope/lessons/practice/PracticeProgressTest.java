package asyncscope.lessons.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.practice.cards.CardState;
import asyncscope.lessons.practice.cards.Leitner;
import asyncscope.lessons.practice.progress.Attempt;
import asyncscope.lessons.practice.progress.BugRecord;
import asyncscope.lessons.practice.progress.PracticeProgress;
import asyncscope.lessons.practice.progress.PracticeStore;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Practice progress survives a round trip; a corrupt or old section loads as nothing, with a warning, and is not rewritten by loading. */
class PracticeProgressTest {
    /** A store in memory that counts its writes. */
    static final class MemoryStore implements PracticeStore {
        String json;
        int writes;

        MemoryStore(String json) {
            this.json = json;
        }

        @Override
        public Optional<String> read() {
            return Optional.ofNullable(json);
        }

        @Override
        public void write(String j) {
            json = j;
            writes++;
        }
    }

    @Test
    void everythingSurvivesARoundTrip() {
        PracticeProgress p = PracticeProgress.empty();
        Leitner l = p.leitner();
        l.answer("join-total-time", true, Instant.ofEpochMilli(1000));
        l.answer("join-total-time", true, Instant.ofEpochMilli(2000));
        p.putCards(l);
        p.recordDrill("join-timing", true, null);
        p.recordDrill("join-timing", false, "sum-not-max");
        p.recordBug("cut-off", new BugRecord(true, 2, false));
        p.recordBug("cut-off", new BugRecord(true, 1, false));
        p.recordBug("cut-off", new BugRecord(false, 0, false));
        MemoryStore store = new MemoryStore(null);
        assertTrue(p.save(store));
        PracticeProgress q = PracticeProgress.load(store);
        assertTrue(q.warning().isEmpty());
        CardState s = q.cards().get("join-total-time");
        assertEquals(2, s.box());
        assertEquals(2, s.reviews());
        assertEquals(2, q.drillStats("join-timing")[0]);
        assertEquals(1, q.drillStats("join-timing")[1]);
        assertEquals(Map.of("sum-not-max", 1), q.misconceptions());
        assertEquals(new BugRecord(true, 1, false), q.bug("cut-off").orElseThrow(), "the best result is kept");
        assertEquals(p.toJson(), q.toJson());
    }

    @Test
    void testsAreKeptInTheHistory() {
        String json = "{\"version\":1,\"tests\":[{\"started\":5,\"questions\":10,\"points\":7.5,\"seconds\":600,"
                + "\"timedOut\":false,\"seed\":3,\"concepts\":{\"join\":[1,1],\"select\":[0.5,2]}}]}";
        PracticeProgress p = PracticeProgress.fromJson(json);
        assertTrue(p.warning().isEmpty(), p.warning().toString());
        Attempt a = p.tests().get(0);
        assertEquals(75, a.percent());
        assertEquals(0.5, a.byConcept().get("select")[0]);
        assertEquals(p.toJson(), PracticeProgress.fromJson(p.toJson()).toJson());
    }

    @Test
    void corruptOrOldProgressLoadsAsNothingWithAWarningAndIsNotRewrittenByLoading() throws IOException {
        for (String bad : new String[] {"{\"version\":1,\"cards\":[", "[1,2]", "{\"cards\":{}}", "{\"version\":0,\"cards\":{}}",
                "{\"version\":1,\"cards\":{\"x\":{\"box\":9}}}", "{\"version\":1,\"drills\":{\"t\":[1,5]}}",
                "{\"version\":1,\"tests\":[{\"questions\":2,\"points\":3}]}", "\u0000garbage"}) {
            MemoryStore store = new MemoryStore(bad);
            PracticeProgress p = PracticeProgress.load(store);
            assertTrue(p.warning().isPresent(), "no warning for " + bad);
            assertTrue(p.warning().orElseThrow().contains("starts from nothing"), p.warning().orElseThrow());
            assertTrue(p.cards().isEmpty() && p.tests().isEmpty(), bad);
            assertEquals(0, store.writes, "loading never writes");
            assertEquals(bad, store.read().orElseThrow(), "the old progress is kept until the next answer");
            p.recordDrill("join-timing", true, null);
            assertTrue(p.save(store));
            assertFalse(PracticeProgress.load(store).warning().isPresent(), "the next save replaces it");
        }
    }

    @Test
    void aStoreThatFailsGivesAWarningNotAnException() {
        PracticeStore broken = new PracticeStore() {
            @Override
            public Optional<String> read() throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void write(String json) throws IOException {
                throw new IOException("read-only");
            }
        };
        PracticeProgress p = PracticeProgress.load(broken);
        assertTrue(p.warning().orElseThrow().contains("disk on fire"));
        assertFalse(p.save(broken));
        assertTrue(p.warning().orElseThrow().contains("read-only"));
    }
}
