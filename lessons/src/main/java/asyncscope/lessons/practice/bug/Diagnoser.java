package asyncscope.lessons.practice.bug;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.practice.run.PracticeRun;
import asyncscope.lessons.practice.run.RunFacts;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a run's trace and says what is wrong with it, the way the stage would show it: a worker blocked by
 * one long poll, every task waiting with nothing to wake them (and on what), a message sent and never
 * handled, a task cut off when main returned, a queue that keeps growing, a limit raised, a run slower than
 * the reference fix, output that differs from it, and (from the source, since no event shows it) a future
 * never awaited. Each finding points at a line and an event.
 */
public final class Diagnoser {
    private static final Pattern PANIC = Pattern.compile("panicked at [^\\n]*?:(\\d+):(\\d+):\\n([^\\n]*)");
    private static final Pattern AT = Pattern.compile("@(\\d+):(\\d+)");

    private final PracticeRun run;
    private final Checks checks;
    private final Reference reference;
    private final SourceScan scan;
    private final RunFacts facts;
    private final List<Finding> out = new ArrayList<>();

    private Diagnoser(PracticeRun run, Checks checks, Reference reference) {
        this.run = run;
        this.checks = checks;
        this.reference = reference;
        this.scan = SourceScan.of(run.source());
        this.facts = new RunFacts(run);
    }

    /** Everything wrong with {@code run} against {@code checks} and the reference fix's run; empty if nothing. */
    public static List<Finding> diagnose(PracticeRun run, Checks checks, Reference reference) {
        Diagnoser d = new Diagnoser(run, checks, reference);
        d.all();
        d.out.sort(Comparator.comparingInt(f -> f.kind().ordinal()));
        return List.copyOf(d.out);
    }

    private void add(FindingKind kind, int line, String message, long seq) {
        out.add(new Finding(kind, line, message, seq, run.seed()));
    }

    private void all() {
        if (!run.compiled()) {
            for (Diagnostic d : run.compileErrors()) {
                add(FindingKind.COMPILE_ERROR, d.line(), "line " + d.line() + ":" + d.column() + ": " + d.message(), -1);
            }
            return;
        }
        neverAwaited();
        if (run.cancelled()) {
            add(FindingKind.DID_NOT_FINISH, 0, "The run did not finish: it was stopped after "
                    + run.stderr().replaceAll("(?s).*cancelled after (\\d+ ms).*", "$1").trim()
                    + " of real time. Something keeps running without ever finishing.", -1);
            return;
        }
        if (run.deadlocked()) {
            deadlock();
        }
        panics();
        blockedWorkers();
        cutOff();
        if (checks.lostMessages()) {
            lostMessages();
        }
        if (checks.maxQueued() > 0) {
            queueGrowth();
        }
        if (checks.maxPermits() > 0) {
            permits();
        }
        if (checks.noSlower() && run.exitCode() == 0 && run.elapsedNanos() > reference.elapsedNanos()) {
            tooSlow();
        }
        if (run.exitCode() == 0) {
            output();
        }
    }

    private void neverAwaited() {
        for (SourceScan.Call c : scan.unawaitedFutures()) {
            add(FindingKind.NEVER_AWAITED, c.line(), "`" + c.name() + "(..)` on line " + c.line()
                    + " builds a future and drops it without .await: futures are lazy, so its body never ran. "
                    + "(rustc warns: unused implementer of `Future` that must be used.)", -1);
        }
    }

    private void panics() {
        Matcher m = PANIC.matcher(run.stderr());
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            String msg = m.group(3);
            Optional<Event> complete = facts.first(e -> e.payload() instanceof Payload.Complete c
                    && c.outcome() == Payload.Outcome.PANIC);
            long seq = complete.map(Event::seq).orElse(-1L);
            if (msg.contains("std::sync::Mutex is already locked")) {
                add(FindingKind.STD_LOCK_ACROSS_AWAIT, line, "Line " + line + " locks a std::sync::Mutex that is already "
                        + "locked by a guard still alive across an .await (" + scan.lineText(line) + "). On a real runtime "
                        + "this thread would block forever; a std guard must be dropped before the next .await, or use "
                        + "tokio::sync::Mutex, whose lock() waits without blocking the thread.", seq);
            } else {
                add(FindingKind.PANIC, line, "The program panicked at line " + line + ": " + msg, seq);
            }
        }
    }

    private void blockedWorkers() {
        if (checks.maxPollMillis() <= 0) {
            return;
        }
        long limit = checks.maxPollMillis() * 1_000_000;
        Set<Long> blockingTasks = new LinkedHashSet<>();
        for (Event e : run.events()) {
            if (e.payload() instanceof Payload.Spawn s && s.blocking()) {
                blockingTasks.add(e.task());
            }
        }
        Set<Long> reported = new LinkedHashSet<>();
        List<SourceScan.Call> calls = scan.blockingCallsInAsync();
        for (Event e : run.events()) {
            if (e.payload() instanceof Payload.PollEnd p && p.durationNanos() >= limit && !blockingTasks.contains(e.task())
                    && reported.add(e.task())) {
                String where = e.worker() < 0 ? "the block_on thread" : "worker " + e.worker();
                int line = calls.isEmpty() ? 0 : calls.get(0).line();
                add(FindingKind.BLOCKED_WORKER, line, "Task " + e.task() + " (" + facts.taskName(e.task()) + ") held " + where
                        + " for " + RunFacts.ms(p.durationNanos()) + " in one poll (t = " + RunFacts.ms(e.time() - p.durationNanos())
                        + " to " + RunFacts.ms(e.time()) + ") without reaching an .await that waits: no other task could "
                        + "run on that thread meanwhile"
                        + (line > 0 ? ". The blocking call is `" + calls.get(0).name() + "` on line " + line + "." : "."), e.seq());
            }
        }
    }

    private void deadlock() {
        Event end = facts.first(e -> e.payload() instanceof Payload.Drop d && d.reason() == Payload.DropReason.SHUTDOWN)
                .orElse(run.events().isEmpty() ? null : run.events().get(run.events().size() - 1));
        long endSeq = end == null ? Long.MAX_VALUE : end.seq();
        Map<Long, Set<Long>> holders = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        Map<Long, Event> lastPending = new LinkedHashMap<>();
        Map<Long, Event> waitingOn = new HashMap<>();
        Set<Long> done = new LinkedHashSet<>();
        for (Event e : run.events()) {
            if (e.seq() >= endSeq) {
                break;
            }
            if (e.payload() instanceof Payload.Resource r) {
                kinds.put(r.id(), r.resourceKind());
                switch (r.op()) {
                    case "acquire" -> holders.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(e.task());
                    case "release" -> {
                        Matcher m = Pattern.compile("task (\\d+) gave").matcher(r.detail());
                        if (m.find()) {
                            holders.getOrDefault(r.id(), new LinkedHashSet<>()).remove(Long.parseLong(m.group(1)));
                        }
                    }
                    case "waiting", "sender_parked", "receiver_parked" -> waitingOn.put(e.task(), e);
                    default -> { }
                }
            } else if (e.payload() instanceof Payload.PollEnd p) {
                if (p.ready()) {
                    done.add(e.task());
                } else {
                    lastPending.put(e.task(), e);
                }
            } else if (e.payload() instanceof Payload.PollStart) {
                waitingOn.remove(e.task());
            }
        }
        List<String> parts = new ArrayList<>();
        int firstLine = 0;
        long seq = end == null ? -1 : end.seq();
        for (Map.Entry<Long, Event> en : lastPending.entrySet()) {
            long task = en.getKey();
            if (done.contains(task)) {
                continue;
            }
            int line = facts.awaitLine(task, ((Payload.PollEnd) en.getValue().payload()).state());
            StringBuilder b = new StringBuilder("task " + task + " (" + facts.taskName(task) + ") waits"
                    + (line > 0 ? " at line " + line : ""));
            Event w = waitingOn.get(task);
            if (w != null) {
                Payload.Resource r = (Payload.Resource) w.payload();
                b.append(" for ").append(r.resourceKind()).append(" #").append(r.id());
                Set<Long> held = holders.getOrDefault(r.id(), Set.of());
                if (!held.isEmpty()) {
                    b.append(", held by task ").append(held.iterator().next());
                }
            }
            if (firstLine == 0 && w != null && line > 0) {
                firstLine = line;
                seq = w.seq();
            }
            parts.add(b.toString());
        }
        add(FindingKind.DEADLOCK, firstLine, "Deadlock" + (end == null ? "" : " at t = " + RunFacts.ms(end.time()))
                + ": every task is waiting and nothing (no timer, no socket) can wake them. " + capitalize(String.join("; ", parts))
                + ".", seq);
    }

    private void cutOff() {
        if (run.exitCode() != 0) {
            return;
        }
        Set<Long> completed = new LinkedHashSet<>();
        for (Event e : run.events()) {
            if (e.payload() instanceof Payload.Complete c && c.outcome() != Payload.Outcome.CANCELLED) {
                completed.add(e.task());
            }
        }
        for (Event e : facts.drops(Payload.DropReason.SHUTDOWN)) {
            if (completed.contains(e.task()) || facts.taskName(e.task()).equals("main")) {
                continue;
            }
            Event spawn = facts.spawnOf(e.task()).orElse(null);
            int spawnLine = spawn == null ? 0 : ((Payload.Spawn) spawn.payload()).span().line();
            Optional<Event> last = facts.last(x -> x.task() == e.task() && x.seq() < e.seq() && x.payload() instanceof Payload.PollEnd);
            int at = last.map(x -> facts.awaitLine(e.task(), ((Payload.PollEnd) x.payload()).state())).orElse(0);
            add(FindingKind.CUT_OFF, spawnLine, "Task " + e.task() + " (" + facts.taskName(e.task()) + ", spawned at line "
                    + spawnLine + ") had not finished when main returned at t = " + RunFacts.ms(e.time()) + ": it was "
                    + (last.isEmpty() ? "never even polled" : "waiting at line " + at) + ", and the runtime's shutdown "
                    + "dropped it (event #" + e.seq() + "), so the rest of its work never ran. Keep its JoinHandle and "
                    + ".await it before main ends.", e.seq());
        }
    }

    private void lostMessages() {
        List<String> printed = run.lines();
        for (Event send : facts.resource("mpsc", "send")) {
            String msg = ((Payload.Resource) send.payload()).detail();
            if (msg == null || msg.isEmpty() || printed.stream().anyMatch(l -> l.contains(msg))) {
                continue;
            }
            long ch = ((Payload.Resource) send.payload()).id();
            Optional<Event> recv = facts.first(e -> e.seq() > send.seq() && e.payload() instanceof Payload.Resource r
                    && r.id() == ch && r.op().equals("recv") && msg.equals(r.detail()));
            if (recv.isEmpty()) {
                add(FindingKind.LOST_MESSAGE, 0, "Message \"" + msg + "\" was sent at t = " + RunFacts.ms(send.time())
                        + " (event #" + send.seq() + ") and never received.", send.seq());
                continue;
            }
            Event r = recv.get();
            Optional<Event> dropped = facts.first(e -> e.seq() > r.seq() && e.task() == r.task()
                    && e.payload() instanceof Payload.Drop d && d.reason() == Payload.DropReason.SELECT_LOSER);
            if (dropped.isPresent()) {
                String what = ((Payload.Drop) dropped.get().payload()).what();
                Matcher m = AT.matcher(what);
                int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
                add(FindingKind.LOST_MESSAGE, line, "Message \"" + msg + "\" was taken from the channel at t = "
                        + RunFacts.ms(r.time()) + " (event #" + r.seq() + ") by the select! branch"
                        + (line > 0 ? " at line " + line : "") + ", which then lost the race and was dropped at t = "
                        + RunFacts.ms(dropped.get().time()) + " (event #" + dropped.get().seq() + ") with the message "
                        + "inside: it was never handled. Only a future that is cancel safe (like recv() alone) may lose a "
                        + "select! without losing data.", dropped.get().seq());
            } else {
                add(FindingKind.LOST_MESSAGE, 0, "Message \"" + msg + "\" was received at t = " + RunFacts.ms(r.time())
                        + " (event #" + r.seq() + ") but never handled.", r.seq());
            }
            return;
        }
    }

    private void queueGrowth() {
        Event worst = null;
        long most = 0;
        for (Event e : facts.resource("mpsc", "send")) {
            long v = ((Payload.Resource) e.payload()).value();
            if (v > most) {
                most = v;
                worst = e;
            }
        }
        if (worst != null && most > checks.maxQueued()) {
            int line = scan.lineOf("unbounded_channel\\s*\\(|mpsc::channel\\s*\\(|channel\\s*\\(");
            add(FindingKind.QUEUE_GROWTH, line, "The channel" + (line > 0 ? " created on line " + line : "") + " held "
                    + most + " messages at t = " + RunFacts.ms(worst.time()) + " (event #" + worst.seq() + "): the producer "
                    + "is faster than the consumer and nothing slows it down, so memory grows with every message. "
                    + "At most " + checks.maxQueued() + " may wait.", worst.seq());
        }
    }

    private void permits() {
        for (Event e : facts.resource("semaphore", "create")) {
            long permits = ((Payload.Resource) e.payload()).value();
            if (permits > checks.maxPermits()) {
                int line = scan.lineOf("Semaphore::new\\s*\\(");
                add(FindingKind.TOO_MANY_PERMITS, line, "The Semaphore" + (line > 0 ? " on line " + line : "")
                        + " now starts with " + permits + " permits, so up to " + permits + " tasks hold one at once; the "
                        + "task allows " + checks.maxPermits() + ". Raising the limit hides the problem instead of fixing it.",
                        e.seq());
            }
        }
    }

    private void tooSlow() {
        StringBuilder b = new StringBuilder("The run took " + RunFacts.ms(run.elapsedNanos()) + " of virtual time; the "
                + "reference fix takes " + RunFacts.ms(reference.elapsedNanos()) + ".");
        Map<Long, Long> acquired = new HashMap<>();
        long held = 0;
        int count = 0;
        for (Event e : facts.resource("semaphore", null)) {
            Payload.Resource r = (Payload.Resource) e.payload();
            if (r.op().equals("acquire")) {
                acquired.put(e.task(), e.time());
            } else if (r.op().equals("release")) {
                Matcher m = Pattern.compile("task (\\d+) gave").matcher(r.detail());
                if (m.find() && acquired.containsKey(Long.parseLong(m.group(1)))) {
                    held += e.time() - acquired.remove(Long.parseLong(m.group(1)));
                    count++;
                }
            }
        }
        int line = scan.lineOf("\\.acquire\\s*\\(");
        if (count > 0) {
            b.append(" Each task held its permit for ").append(RunFacts.ms(held / count)).append(" on average")
                    .append(line > 0 ? " (acquired on line " + line + ")" : "")
                    .append(": other tasks wait for permits the whole time one is held, even while its holder does "
                            + "work that needs no permit.");
        }
        add(FindingKind.TOO_SLOW, line, b.toString(), -1);
    }

    private void output() {
        List<String> got = run.lines();
        List<String> want = reference.lines();
        if (got.equals(want)) {
            return;
        }
        List<String> missing = new ArrayList<>(want);
        List<String> extra = new ArrayList<>();
        for (String l : got) {
            if (!missing.remove(l)) {
                extra.add(l);
            }
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            if (!checks.anyOrder()) {
                add(FindingKind.WRONG_OUTPUT, 0, "The right lines, in the wrong order: expected " + quote(want) + ".", -1);
            }
            return;
        }
        StringBuilder b = new StringBuilder();
        if (!missing.isEmpty()) {
            b.append("Never printed: ").append(quote(missing)).append(". ");
        }
        if (!extra.isEmpty()) {
            b.append("Printed but not expected: ").append(quote(extra)).append(".");
        }
        add(FindingKind.WRONG_OUTPUT, 0, b.toString().trim(), -1);
    }

    private static String quote(List<String> lines) {
        List<String> shown = lines.size() > 6 ? lines.subList(0, 6) : lines;
        String s = "\"" + String.join("\", \"", shown) + "\"";
        return lines.size() > 6 ? s + " and " + (lines.size() - 6) + " more" : s;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
