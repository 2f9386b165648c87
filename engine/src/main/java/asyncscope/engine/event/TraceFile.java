package asyncscope.engine.event;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The native trace file: compact, versioned, checksummed binary.
 *
 * <pre>
 *   "ASCOPETR"  magic (8 bytes)        u16 version (1)
 *   settings    u16 count, then (string key, string value) pairs
 *   program     string (the source that produced the run, may be empty)
 *   events      i64 count, then per event: u8 kind, i64 seq, i64 time, i32 worker, i64 task, payload fields
 *   trailer     i64 CRC-32 of everything above, then "END!" (the last bytes of the file: more is corruption)
 * </pre>
 *
 * Strings are an i32 byte length and UTF-8 bytes. Reading checks everything it can and reports a
 * truncated or corrupt file as a {@link TraceFormatException} naming the file, the event and the byte.
 */
public final class TraceFile {
    public static final int VERSION = 1;
    private static final byte[] MAGIC = "ASCOPETR".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "END!".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_STRING = 64 << 20;

    private TraceFile() {}

    // ---------------------------------------------------------------- writing

    public static void write(Trace trace, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(trace, out);
        }
    }

    public static byte[] toBytes(Trace trace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(trace, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e); // cannot happen in memory
        }
        return bytes.toByteArray();
    }

    public static void write(Trace trace, OutputStream sink) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(sink, new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        out.write(MAGIC);
        out.writeShort(VERSION);
        out.writeShort(trace.settings().size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(trace.settings()).entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        writeString(out, trace.program());
        out.writeLong(trace.events().size());
        for (Event e : trace.events()) {
            writeEvent(out, e);
        }
        out.flush();
        long crc = checked.getChecksum().getValue();
        DataOutputStream tail = new DataOutputStream(sink);
        tail.writeLong(crc);
        tail.write(END);
        tail.flush();
    }

    private static void writeEvent(DataOutputStream out, Event e) throws IOException {
        Payload p = e.payload();
        out.writeByte(p.kind().ordinal());
        out.writeLong(e.seq());
        out.writeLong(e.time());
        out.writeInt(e.worker());
        out.writeLong(e.task());
        switch (p.kind()) {
            case SPAWN -> {
                Payload.Spawn s = (Payload.Spawn) p;
                out.writeLong(s.parent());
                writeString(out, s.name());
                writeSpan(out, s.span());
                out.writeBoolean(s.blocking());
            }
            case SCHEDULE -> {
                Payload.Schedule s = (Payload.Schedule) p;
                out.writeByte(s.where().ordinal());
                out.writeInt(s.target());
                out.writeLong(s.by());
            }
            case MOVE -> {
                Payload.Move m = (Payload.Move) p;
                out.writeByte(m.from().ordinal());
                out.writeInt(m.fromWorker());
                out.writeByte(m.to().ordinal());
                out.writeInt(m.toWorker());
                writeIds(out, m.tasks());
            }
            case POLL_START -> out.writeInt(((Payload.PollStart) p).state());
            case POLL_END -> {
                Payload.PollEnd s = (Payload.PollEnd) p;
                out.writeBoolean(s.ready());
                out.writeInt(s.state());
                out.writeLong(s.durationNanos());
            }
            case WAKE -> {
                Payload.Wake w = (Payload.Wake) p;
                out.writeByte(w.source().kind().ordinal());
                out.writeLong(w.source().resource());
                out.writeLong(w.by());
            }
            case STEAL -> {
                Payload.Steal s = (Payload.Steal) p;
                out.writeInt(s.victim());
                writeIds(out, s.tasks());
            }
            case PARK, BUDGET_YIELD -> { }
            case UNPARK -> out.writeInt(((Payload.Unpark) p).target());
            case DROP -> {
                Payload.Drop d = (Payload.Drop) p;
                out.writeByte(d.reason().ordinal());
                writeString(out, d.what());
            }
            case COMPLETE -> {
                Payload.Complete c = (Payload.Complete) p;
                out.writeByte(c.outcome().ordinal());
                writeString(out, c.message());
            }
            case BLOCKING_START -> out.writeInt(((Payload.BlockingStart) p).thread());
            case BLOCKING_END -> out.writeInt(((Payload.BlockingEnd) p).thread());
            case TIMER_ARM -> {
                Payload.TimerArm t = (Payload.TimerArm) p;
                out.writeLong(t.timer());
                out.writeLong(t.deadline());
                out.writeInt(t.level());
                out.writeInt(t.slot());
            }
            case TIMER_CASCADE -> {
                Payload.TimerCascade t = (Payload.TimerCascade) p;
                out.writeLong(t.timer());
                out.writeInt(t.fromLevel());
                out.writeInt(t.toLevel());
                out.writeInt(t.toSlot());
            }
            case TIMER_FIRE -> {
                Payload.TimerFire t = (Payload.TimerFire) p;
                out.writeLong(t.timer());
                out.writeLong(t.deadline());
            }
            case TIMER_CANCEL -> out.writeLong(((Payload.TimerCancel) p).timer());
            case IO_REGISTER -> {
                Payload.IoRegister r = (Payload.IoRegister) p;
                out.writeLong(r.resource());
                out.writeInt(r.interest());
                writeString(out, r.label());
            }
            case IO_READY -> {
                Payload.IoReady r = (Payload.IoReady) p;
                out.writeLong(r.resource());
                out.writeInt(r.readiness());
            }
            case IO_DEREGISTER -> out.writeLong(((Payload.IoDeregister) p).resource());
            case RESOURCE -> {
                Payload.Resource r = (Payload.Resource) p;
                writeString(out, r.resourceKind());
                out.writeLong(r.id());
                writeString(out, r.op());
                out.writeLong(r.value());
                writeString(out, r.detail());
            }
            case OUTPUT -> {
                Payload.Output o = (Payload.Output) p;
                writeString(out, o.text());
                out.writeBoolean(o.stderr());
            }
            default -> throw new IllegalStateException("no encoding for " + p.kind());
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeSpan(DataOutputStream out, SourceSpan s) throws IOException {
        SourceSpan span = s == null ? SourceSpan.NONE : s;
        out.writeInt(span.line());
        out.writeInt(span.column());
        out.writeInt(span.endLine());
        out.writeInt(span.endColumn());
    }

    private static void writeIds(DataOutputStream out, long[] ids) throws IOException {
        out.writeInt(ids.length);
        for (long id : ids) {
            out.writeLong(id);
        }
    }

    // ---------------------------------------------------------------- reading

    public static Trace read(Path file) throws TraceFormatException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static Trace fromBytes(byte[] bytes, String name) throws TraceFormatException {
        try {
            return read(new java.io.ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new TraceFormatException(name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a trace; {@code name} is used in error messages. */
    public static Trace read(InputStream source, String name) throws TraceFormatException, IOException {
        Counting counting = new Counting(source);
        CheckedInputStream checked = new CheckedInputStream(counting, new CRC32());
        DataInputStream in = new DataInputStream(checked);
        long eventIndex = -1;
        long declared = -1;
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new TraceFormatException(name + ": not an Asyncscope trace (the file does not start with ASCOPETR)");
            }
            int version = in.readUnsignedShort();
            if (version > VERSION) {
                throw new TraceFormatException(name + ": trace format version " + version
                        + " is newer than this Asyncscope understands (" + VERSION + ")");
            }
            int nSettings = in.readUnsignedShort();
            Map<String, String> settings = new LinkedHashMap<>();
            for (int i = 0; i < nSettings; i++) {
                settings.put(readString(in, name, counting), readString(in, name, counting));
            }
            String program = readString(in, name, counting);
            declared = in.readLong();
            if (declared < 0 || declared > Integer.MAX_VALUE) {
                throw new TraceFormatException(name + ": corrupt header: event count " + declared);
            }
            List<Event> events = new ArrayList<>((int) Math.min(declared, 1 << 20));
            for (eventIndex = 0; eventIndex < declared; eventIndex++) {
                events.add(readEvent(in, name, eventIndex, counting));
            }
            long computed = checked.getChecksum().getValue();
            DataInputStream tail = new DataInputStream(counting);
            long stored = tail.readLong();
            byte[] end = new byte[END.length];
            tail.readFully(end);
            if (stored != computed || !java.util.Arrays.equals(end, END)) {
                throw new TraceFormatException(name + ": checksum mismatch: the file is corrupt");
            }
            long endAt = counting.count;
            if (counting.read() >= 0) { // a trace ends at its marker: anything after it was appended or spliced in
                long extra = 1;
                byte[] rest = new byte[8192];
                for (int n; (n = counting.read(rest, 0, rest.length)) >= 0; ) {
                    extra += n;
                }
                throw new TraceFormatException(name + ": corrupt: " + extra + " byte" + (extra == 1 ? "" : "s")
                        + " after the trace's end marker (at byte " + endAt + ")");
            }
            return new Trace(settings, program, events);
        } catch (EOFException e) {
            String where = eventIndex < 0 ? "in the header"
                    : eventIndex >= declared ? "before its checksum trailer"
                    : "in event " + eventIndex + " of " + declared;
            throw new TraceFormatException(name + ": truncated: the file ends " + where + " (byte " + counting.count + ")", e);
        }
    }

    private static Event readEvent(DataInputStream in, String name, long index, Counting counting)
            throws IOException, TraceFormatException {
        long at = counting.count;
        int k = in.readUnsignedByte();
        EventKind[] kinds = EventKind.values();
        if (k >= kinds.length) {
            throw new TraceFormatException(name + ": corrupt: event " + index + " at byte " + at + " has unknown kind " + k);
        }
        long seq = in.readLong();
        long time = in.readLong();
        int worker = in.readInt();
        long task = in.readLong();
        Payload p = switch (kinds[k]) {
            case SPAWN -> new Payload.Spawn(in.readLong(), readString(in, name, counting), readSpan(in), in.readBoolean());
            case SCHEDULE -> new Payload.Schedule(enumAt(Payload.Where.values(), in.readUnsignedByte(), name, index),
                    in.readInt(), in.readLong());
            case MOVE -> new Payload.Move(enumAt(Payload.Where.values(), in.readUnsignedByte(), name, index), in.readInt(),
                    enumAt(Payload.Where.values(), in.readUnsignedByte(), name, index), in.readInt(), readIds(in, name, index));
            case POLL_START -> new Payload.PollStart(in.readInt());
            case POLL_END -> new Payload.PollEnd(in.readBoolean(), in.readInt(), in.readLong());
            case WAKE -> new Payload.Wake(new WakeSource(enumAt(WakeSource.Kind.values(), in.readUnsignedByte(), name, index),
                    in.readLong()), in.readLong());
            case STEAL -> new Payload.Steal(in.readInt(), readIds(in, name, index));
            case PARK -> new Payload.Park();
            case UNPARK -> new Payload.Unpark(in.readInt());
            case BUDGET_YIELD -> new Payload.BudgetYield();
            case DROP -> new Payload.Drop(enumAt(Payload.DropReason.values(), in.readUnsignedByte(), name, index),
                    readString(in, name, counting));
            case COMPLETE -> new Payload.Complete(enumAt(Payload.Outcome.values(), in.readUnsignedByte(), name, index),
                    readString(in, name, counting));
            case BLOCKING_START -> new Payload.BlockingStart(in.readInt());
            case BLOCKING_END -> new Payload.BlockingEnd(in.readInt());
            case TIMER_ARM -> new Payload.TimerArm(in.readLong(), in.readLong(), in.readInt(), in.readInt());
            case TIMER_CASCADE -> new Payload.TimerCascade(in.readLong(), in.readInt(), in.readInt(), in.readInt());
            case TIMER_FIRE -> new Payload.TimerFire(in.readLong(), in.readLong());
            case TIMER_CANCEL -> new Payload.TimerCancel(in.readLong());
            case IO_REGISTER -> new Payload.IoRegister(in.readLong(), in.readInt(), readString(in, name, counting));
            case IO_READY -> new Payload.IoReady(in.readLong(), in.readInt());
            case IO_DEREGISTER -> new Payload.IoDeregister(in.readLong());
            case RESOURCE -> new Payload.Resource(readString(in, name, counting), in.readLong(), readString(in, name, counting),
                    in.readLong(), readString(in, name, counting));
            case OUTPUT -> new Payload.Output(readString(in, name, counting), in.readBoolean());
        };
        return new Event(seq, time, worker, task, p);
    }

    private static <E extends Enum<E>> E enumAt(E[] values, int ordinal, String name, long index) throws TraceFormatException {
        if (ordinal >= values.length) {
            throw new TraceFormatException(name + ": corrupt: event " + index + " has an unknown "
                    + values[0].getDeclaringClass().getSimpleName() + " value " + ordinal);
        }
        return values[ordinal];
    }

    private static String readString(DataInputStream in, String name, Counting counting) throws IOException, TraceFormatException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new TraceFormatException(name + ": corrupt: a string of length " + n + " at byte " + counting.count);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static SourceSpan readSpan(DataInputStream in) throws IOException {
        return new SourceSpan(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static long[] readIds(DataInputStream in, String name, long index) throws IOException, TraceFormatException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 20)) {
            throw new TraceFormatException(name + ": corrupt: event " + index + " lists " + n + " tasks");
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readLong();
        }
        return ids;
    }

    /** Counts bytes read, for error messages. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
