package asyncscope.lessons.practice.progress;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.cards.CardState;
import asyncscope.lessons.practice.cards.Leitner;
import asyncscope.lessons.practice.exam.ConceptScore;
import asyncscope.lessons.practice.exam.TestResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner has done in Practice, kept across restarts: the Leitner box of every card seen, drills
 * answered and right per template, which misconceptions they fell for, their best result per bug challenge,
 * and the history of timed tests. Stored as the "practice" section of the progress file:
 * <pre>{"version":1,"cards":{"join-total-time":{"box":2,"due":…,"reviews":3,"lapses":0,"last":…}},
 *  "drills":{"join-timing":[5,3]},"misconceptions":{"sum-not-max":2},
 *  "bugs":{"cut-off":{"solved":true,"hints":1,"answer":false}},
 *  "tests":[{"started":…,"questions":10,"points":7.5,"seconds":600,"timedOut":false,"seed":3,"concepts":{"join":[1,1]}}]}</pre>
 * Loading never fails: a section that is missing gives empty progress; one that is corrupt, of another
 * version, or unreadable gives empty progress and a {@link #warning()}, and the store is not written until
 * the learner's next answer is saved.
 */
public final class PracticeProgress {
    public static final int VERSION = 1;
    /** The history keeps this many tests; older ones are dropped. */
    public static final int HISTORY = 200;
    private static final System.Logger LOG = System.getLogger(PracticeProgress.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, CardState> cards = new LinkedHashMap<>();
    private final Map<String, int[]> drills = new LinkedHashMap<>();
    private final Map<String, Integer> misconceptions = new LinkedHashMap<>();
    private final Map<String, BugRecord> bugs = new LinkedHashMap<>();
    private final List<Attempt> tests = new ArrayList<>();
    private String warning;

    public static PracticeProgress empty() {
        return new PracticeProgress();
    }

    /** Reads the store; never throws (see {@link #warning()}). */
    public static PracticeProgress load(PracticeStore store) {
        Optional<String> json;
        try {
            json = store.read();
        } catch (IOException | RuntimeException e) {
            PracticeProgress p = new PracticeProgress();
            p.warn("Could not read the practice progress (" + e.getMessage() + "); practice starts from nothing.");
            return p;
        }
        return json.map(PracticeProgress::fromJson).orElseGet(PracticeProgress::new);
    }

    /** Parses a "practice" section; never throws: anything wrong gives empty progress and a warning. */
    public static PracticeProgress fromJson(String json) {
        PracticeProgress p = new PracticeProgress();
        try (JsonParser in = JSON.createParser(json)) {
            p.parse(in);
        } catch (IOException | RuntimeException e) {
            PracticeProgress empty = new PracticeProgress();
            empty.warn("Ignoring the unreadable practice progress (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "); practice starts from nothing, and the old progress is kept until you next answer.");
            return empty;
        }
        return p;
    }

    private void parse(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.START_OBJECT, in, "the practice progress must be a JSON object");
        int version = -1;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.getCurrentName();
            JsonToken t = in.nextToken();
            switch (name) {
                case "version" -> {
                    expect(t, JsonToken.VALUE_NUMBER_INT, in, "version must be a number");
                    version = in.getIntValue();
                    if (version != VERSION) {
                        throw new IOException("it was written by version " + version + " of the format, this app reads version " + VERSION);
                    }
                }
                case "cards" -> object(in, t, "cards", id -> cards.put(id, card(in)));
                case "drills" -> object(in, t, "drills", id -> {
                    expect(in.nextToken(), JsonToken.START_ARRAY, in, "drills." + id + " must be [answered, right]");
                    int[] v = {readInt(in, id), readInt(in, id)};
                    expect(in.nextToken(), JsonToken.END_ARRAY, in, "drills." + id + " must be [answered, right]");
                    if (v[1] > v[0] || v[1] < 0) {
                        throw new IOException("drills." + id + " has more right answers than answers");
                    }
                    drills.put(id, v);
                });
                case "misconceptions" -> object(in, t, "misconceptions", id -> misconceptions.put(id, readInt(in, id)));
                case "bugs" -> object(in, t, "bugs", id -> bugs.put(id, bug(in, id)));
                case "tests" -> {
                    expect(t, JsonToken.START_ARRAY, in, "tests must be a list");
                    while (in.nextToken() == JsonToken.START_OBJECT) {
                        tests.add(attempt(in));
                    }
                    expect(in.currentToken(), JsonToken.END_ARRAY, in, "tests must be a list of objects");
                }
                default -> in.skipChildren();
            }
        }
        expect(in.currentToken(), JsonToken.END_OBJECT, in, "unexpected " + in.currentToken());
        if (version < 0) {
            throw new IOException("it has no version");
        }
    }

    private interface Field {
        void read(String name) throws IOException;
    }

    private static void object(JsonParser in, JsonToken t, String what, Field f) throws IOException {
        expect(t, JsonToken.START_OBJECT, in, what + " must be an object");
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            f.read(in.getCurrentName());
        }
        expect(in.currentToken(), JsonToken.END_OBJECT, in, what + " must be an object");
    }

    private static int readInt(JsonParser in, String what) throws IOException {
        expect(in.nextToken(), JsonToken.VALUE_NUMBER_INT, in, what + " must be a whole number");
        return in.getIntValue();
    }

    private static CardState card(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.START_OBJECT, in, "a card must be an object");
        int box = 1;
        long due = 0;
        long last = 0;
        int reviews = 0;
        int lapses = 0;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String n = in.getCurrentName();
            JsonToken v = in.nextToken();
            if (v != JsonToken.VALUE_NUMBER_INT) {
                in.skipChildren();
                continue;
            }
            switch (n) {
                case "box" -> box = in.getIntValue();
                case "due" -> due = in.getLongValue();
                case "last" -> last = in.getLongValue();
                case "reviews" -> reviews = in.getIntValue();
                case "lapses" -> lapses = in.getIntValue();
                default -> { }
            }
        }
        if (box < 1 || box > Leitner.BOXES) {
            throw new IOException("a card's box must be 1 to " + Leitner.BOXES + ", not " + box);
        }
        return new CardState(box, due, reviews, lapses, last);
    }

    private static BugRecord bug(JsonParser in, String id) throws IOException {
        expect(in.nextToken(), JsonToken.START_OBJECT, in, "bugs." + id + " must be an object");
        boolean solved = false;
        boolean answer = false;
        int hints = 0;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String n = in.getCurrentName();
            JsonToken v = in.nextToken();
            switch (n) {
                case "solved" -> solved = v == JsonToken.VALUE_TRUE;
                case "answer" -> answer = v == JsonToken.VALUE_TRUE;
                case "hints" -> hints = v == JsonToken.VALUE_NUMBER_INT ? in.getIntValue() : 0;
                default -> in.skipChildren();
            }
        }
        return new BugRecord(solved, Math.max(0, Math.min(3, hints)), answer);
    }

    private static Attempt attempt(JsonParser in) throws IOException {
        long started = 0;
        int questions = 0;
        double points = 0;
        long seconds = 0;
        boolean timedOut = false;
        long seed = 0;
        Map<String, double[]> concepts = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String n = in.getCurrentName();
            JsonToken v = in.nextToken();
            switch (n) {
                case "started" -> started = in.getLongValue();
                case "questions" -> questions = in.getIntValue();
                case "points" -> points = in.getDoubleValue();
                case "seconds" -> seconds = in.getLongValue();
                case "timedOut" -> timedOut = v == JsonToken.VALUE_TRUE;
                case "seed" -> seed = in.getLongValue();
                case "concepts" -> object(in, v, "concepts", c -> {
                    expect(in.nextToken(), JsonToken.START_ARRAY, in, "a concept score must be [points, questions]");
                    in.nextToken();
                    double pts = in.getDoubleValue();
                    in.nextToken();
                    double qs = in.getDoubleValue();
                    expect(in.nextToken(), JsonToken.END_ARRAY, in, "a concept score must be [points, questions]");
                    concepts.put(c, new double[] {pts, qs});
                });
                default -> in.skipChildren();
            }
        }
        if (questions < 0 || points < 0 || points > questions) {
            throw new IOException("a test in the history scores " + points + " of " + questions);
        }
        return new Attempt(started, questions, points, seconds, timedOut, seed, concepts);
    }

    private static void expect(JsonToken got, JsonToken want, JsonParser in, String message) throws IOException {
        if (got != want) {
            throw new IOException(message + " (line " + in.getCurrentLocation().getLineNr() + ")");
        }
    }

    /** The JSON of this progress, for the store. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeObjectFieldStart("cards");
            for (Map.Entry<String, CardState> e : cards.entrySet()) {
                CardState s = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("box", s.box());
                g.writeNumberField("due", s.dueMillis());
                g.writeNumberField("reviews", s.reviews());
                g.writeNumberField("lapses", s.lapses());
                g.writeNumberField("last", s.lastMillis());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("drills");
            for (Map.Entry<String, int[]> e : drills.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                g.writeNumber(e.getValue()[0]);
                g.writeNumber(e.getValue()[1]);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("misconceptions");
            for (Map.Entry<String, Integer> e : misconceptions.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("bugs");
            for (Map.Entry<String, BugRecord> e : bugs.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeBooleanField("solved", e.getValue().solved());
                g.writeNumberField("hints", e.getValue().hintsUsed());
                g.writeBooleanField("answer", e.getValue().answerShown());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("tests");
            for (Attempt a : tests) {
                g.writeStartObject();
                g.writeNumberField("started", a.startedMillis());
                g.writeNumberField("questions", a.questions());
                g.writeNumberField("points", a.points());
                g.writeNumberField("seconds", a.seconds());
                g.writeBooleanField("timedOut", a.timedOut());
                g.writeNumberField("seed", a.seed());
                g.writeObjectFieldStart("concepts");
                for (Map.Entry<String, double[]> c : a.byConcept().entrySet()) {
                    g.writeArrayFieldStart(c.getKey());
                    g.writeNumber(c.getValue()[0]);
                    g.writeNumber(c.getValue()[1]);
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes to the store; a failure becomes a warning. Returns whether it was saved. */
    public boolean save(PracticeStore store) {
        try {
            store.write(toJson());
            return true;
        } catch (IOException | RuntimeException e) {
            warn("Could not save the practice progress: " + e.getMessage());
            return false;
        }
    }

    private void warn(String w) {
        warning = w;
        LOG.log(System.Logger.Level.WARNING, w);
    }

    /** The last problem reading or writing, if any. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The Leitner boxes of the cards (a live copy: answers go through {@link #putCard}). */
    public Leitner leitner() {
        return new Leitner(cards);
    }

    public void putCard(String id, CardState s) {
        cards.put(id, s);
    }

    public void putCards(Leitner l) {
        cards.clear();
        cards.putAll(l.states());
    }

    public Map<String, CardState> cards() {
        return Map.copyOf(cards);
    }

    /** A drill was answered; {@code misconception} names the belief behind a wrong choice (null if right). */
    public void recordDrill(String templateId, boolean right, String misconception) {
        int[] v = drills.computeIfAbsent(templateId, k -> new int[2]);
        v[0]++;
        if (right) {
            v[1]++;
        } else if (misconception != null) {
            misconceptions.merge(misconception, 1, Integer::sum);
        }
    }

    /** Answered and right drills of a template. */
    public int[] drillStats(String templateId) {
        int[] v = drills.get(templateId);
        return v == null ? new int[2] : v.clone();
    }

    public Map<String, Integer> misconceptions() {
        return Map.copyOf(misconceptions);
    }

    /** A bug challenge ended; keeps the best record (solved beats not, fewer hints beat more). */
    public void recordBug(String id, BugRecord r) {
        bugs.merge(id, r, (old, neu) -> better(neu, old) ? neu : old);
    }

    private static boolean better(BugRecord a, BugRecord b) {
        boolean aa = a.solved() && !a.answerShown();
        boolean bb = b.solved() && !b.answerShown();
        if (aa != bb) {
            return aa;
        }
        return a.hintsUsed() < b.hintsUsed();
    }

    public Optional<BugRecord> bug(String id) {
        return Optional.ofNullable(bugs.get(id));
    }

    /** Adds a finished test to the history (the oldest beyond {@value #HISTORY} go). */
    public Attempt addTest(TestResult r) {
        Map<String, double[]> by = new LinkedHashMap<>();
        for (Map.Entry<Concept, ConceptScore> e : r.byConcept().entrySet()) {
            by.put(e.getKey().key(), new double[] {e.getValue().points(), e.getValue().questions()});
        }
        Attempt a = new Attempt(r.started().toEpochMilli(), r.questions(), r.points(), r.taken().toSeconds(), r.timedOut(),
                r.seed(), by);
        tests.add(a);
        while (tests.size() > HISTORY) {
            tests.remove(0);
        }
        return a;
    }

    public List<Attempt> tests() {
        return List.copyOf(tests);
    }
}
