package asyncscope.engine.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Select;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinHandle;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace files round-trip exactly, and every kind of damage gives a clear error instead of a crash. */
class TraceFileTest {

    static Trace sample(int workers, String driver) {
        Recorder rec = new Recorder();
        Runtime.Builder b = Runtime.builder().multiThread(workers).seed(3).recorder(rec);
        if (driver.equals("sim")) {
            b.simulated(3);
        }
        try (Runtime rt = b.build()) {
            rt.blockOn(Rt.inside(() -> {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    int k = i;
                    hs.add(Handle.current().spawn(Futures.then(new YieldNow(), v -> Futures.ready(k))));
                }
                hs.add(Handle.current().spawnBlocking(() -> 7));
                hs.add(Handle.current().spawn(Futures.map(Select.of(new YieldNow(), Futures.ready(null)), w -> w.index())));
                return Futures.sequence(hs);
            }));
            return rec.toTrace(rt.config().asMap(), "fn main() {}\n// ünïcödé");
        }
    }

    @Test
    void roundTripsEveryEvent(@TempDir Path dir) throws Exception {
        for (String driver : new String[] {"sim", "threaded"}) {
            Trace t = sample(4, driver);
            Path f = dir.resolve("t-" + driver + ".trace");
            TraceFile.write(t, f);
            Trace back = TraceFile.read(f);
            assertEquals(t.settings(), back.settings());
            assertEquals(t.program(), back.program());
            assertEquals(t.events(), back.events());
            assertArrayEquals(TraceFile.toBytes(t), Files.readAllBytes(f));
        }
    }

    @Test
    void truncationAnywhereIsReportedClearly() throws Exception {
        byte[] bytes = TraceFile.toBytes(sample(2, "sim"));
        for (int cut = 0; cut < bytes.length; cut += Math.max(1, bytes.length / 400)) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.fromBytes(part, "lesson.trace"));
            assertTrue(e.getMessage().startsWith("lesson.trace: "), e.getMessage());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not an Asyncscope trace")
                    || e.getMessage().contains("corrupt"), e.getMessage());
        }
    }

    @Test
    void flippedBytesAreCaught() {
        byte[] bytes = TraceFile.toBytes(sample(2, "sim"));
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 300; i++) {
            byte[] bad = bytes.clone();
            int at = 8 + r.nextInt(bad.length - 8);
            bad[at] ^= (byte) (1 + r.nextInt(255));
            TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.fromBytes(bad, "x.trace"),
                    "flip at " + at);
            assertTrue(e.getMessage().startsWith("x.trace: "));
        }
    }

    /** A trace ends at its end marker: bytes appended after it (one, or a second whole trace) are corruption. */
    @Test
    void bytesAfterTheEndMarkerAreRefused(@TempDir Path dir) throws Exception {
        byte[] bytes = TraceFile.toBytes(sample(1, "sim"));
        for (byte[] tail : new byte[][] {{0}, "\n".getBytes(), bytes}) {
            byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
            System.arraycopy(tail, 0, longer, bytes.length, tail.length);
            TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceFile.fromBytes(longer, "x.trace"));
            assertEquals("x.trace: corrupt: " + tail.length + " byte" + (tail.length == 1 ? "" : "s")
                    + " after the trace's end marker (at byte " + bytes.length + ")", e.getMessage());
            Path f = dir.resolve("appended.trace");
            Files.write(f, longer);
            assertThrows(TraceFormatException.class, () -> TraceFile.read(f));
        }
    }

    @Test
    void rejectsOtherFilesAndNewerVersions() {
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> TraceFile.fromBytes("hello world, not a trace".getBytes(), "notes.txt"));
        assertTrue(e.getMessage().contains("not an Asyncscope trace"));
        byte[] bytes = TraceFile.toBytes(sample(1, "sim"));
        bytes[9] = 9; // version
        e = assertThrows(TraceFormatException.class, () -> TraceFile.fromBytes(bytes, "future.trace"));
        assertTrue(e.getMessage().contains("version 9 is newer"), e.getMessage());
    }

    /** The Chrome export is valid JSON with a track per worker, a slice per poll and wake flows. */
    @Test
    void chromeExportHasTracksSlicesFlowsAndCounters() throws Exception {
        Trace t = sample(2, "sim");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChromeTrace.write(t, out);
        Map<String, Integer> phases = new HashMap<>();
        List<String> threadNames = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out.toByteArray())) {
            String field = null;
            String ph = null;
            int depth = 0;
            while (p.nextToken() != null) {
                JsonToken tok = p.currentToken();
                if (tok == JsonToken.START_OBJECT) {
                    depth++;
                } else if (tok == JsonToken.END_OBJECT) {
                    if (depth == 2 && ph != null) {
                        phases.merge(ph, 1, Integer::sum);
                        ph = null;
                    }
                    depth--;
                } else if (tok == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (tok == JsonToken.VALUE_STRING && depth == 2 && "ph".equals(field)) {
                    ph = p.getText();
                } else if (tok == JsonToken.VALUE_STRING && depth == 3 && "name".equals(field) && p.getText().startsWith("worker ")) {
                    threadNames.add(p.getText());
                }
            }
        }
        long polls = t.events().stream().filter(e -> e.kind() == EventKind.POLL_END).count();
        assertEquals(polls, phases.get("X").longValue(), "one slice per poll");
        assertTrue(phases.getOrDefault("s", 0) > 0 && phases.getOrDefault("f", 0) > 0, "wake flows: " + phases);
        assertTrue(phases.getOrDefault("C", 0) > 0, "queue depth counters");
        assertTrue(threadNames.contains("worker 0") && threadNames.contains("worker 1"), threadNames.toString());
    }
}
