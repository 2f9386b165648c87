package asyncscope.app.practice;

import asyncscope.app.ui.SessionModel;
import asyncscope.lessons.practice.bug.BugCatalogue;
import asyncscope.lessons.practice.bug.BugChallenge;
import asyncscope.lessons.practice.bug.BugJudge;
import asyncscope.lessons.practice.cards.CardDeck;
import asyncscope.lessons.practice.drill.DrillFactory;
import asyncscope.lessons.practice.progress.PracticeProgress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Practice mode as observable state and nothing drawn: the four parts (drills, find the bug, flashcards,
 * the timed test) over one progress record, which is loaded once and saved after every answer — and only
 * then, so a corrupt or old file is not replaced until the learner has something new to keep. The programs
 * and runs it shows go through the window's {@link SessionModel} (code view, stage); slow work (generating
 * and running drills, judging fixes) runs on {@code background}, results come back on {@code ui}.
 */
public final class PracticeModel {
    private final SessionModel session;
    private final Executor background;
    private final Executor ui;
    private final PracticeFile store;
    private final PracticeProgress progress;
    private final DrillFactory factory;
    private final CardDeck deck;
    private final List<BugChallenge> bugs;
    private final BugJudge judge = new BugJudge();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final LongSupplier seeds;
    private final DrillModel drills;
    private final BugModel bugModel;
    private final CardModel cards;
    private final ExamModel exam;

    /** Over the shipped templates, cards and challenges; {@code seeds} gives each new drill's or test's seed. */
    public PracticeModel(SessionModel session, Executor background, Executor ui, PracticeFile store, LongSupplier seeds) {
        this(session, background, ui, store, seeds, DrillFactory.standard());
    }

    public PracticeModel(SessionModel session, Executor background, Executor ui, PracticeFile store, LongSupplier seeds,
                         DrillFactory factory) {
        this(session, background, ui, store, seeds, factory, java.time.Clock.systemDefaultZone());
    }

    /** As above, with the clock the flashcards' days and the test's timer read (tests move it by hand). */
    public PracticeModel(SessionModel session, Executor background, Executor ui, PracticeFile store, LongSupplier seeds,
                         DrillFactory factory, java.time.Clock clock) {
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.store = store;
        this.seeds = seeds;
        this.factory = factory;
        this.progress = PracticeProgress.load(store);
        progress.warning().ifPresent(w -> {
            store.keepOldOnWrite();
            warning.set(w);
        });
        this.deck = CardDeck.load();
        this.bugs = BugCatalogue.load();
        this.drills = new DrillModel(this);
        this.bugModel = new BugModel(this);
        this.cards = new CardModel(this, clock);
        this.exam = new ExamModel(this, clock);
    }

    /** The app's: a daemon thread per job, results on the FX thread, seeds from the clock. */
    public static PracticeModel forWindow(SessionModel session) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000_007L);
        return new PracticeModel(session, r -> {
            Thread t = new Thread(r, "asyncscope-practice");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater, PracticeFile.standard(), () -> next.getAndAdd(7_777));
    }

    /** Saves the progress after an answer; a failure shows as the warning (the answer still counts on screen). */
    void save() {
        if (progress.save(store)) {
            warning.set(""); // saved (an unreadable old file was first kept aside as practice.json.bad)
        } else {
            warning.set(progress.warning().orElse("Could not save the practice progress."));
        }
    }

    private PracticePane.Part showing;

    /** Which part is on screen (null: the Practice tab is not): only it may put its program in the code view. */
    void setShowing(PracticePane.Part p) {
        showing = p;
    }

    /** Whether part {@code p} is on screen (always true without a window: the view-model tests). */
    boolean showing(PracticePane.Part p) {
        return showing == null && !windowed || showing == p;
    }

    private boolean windowed;

    /** A window shows the parts: from now on only the part on screen opens its programs. */
    void windowed() {
        windowed = true;
    }

    /** Puts a part's own note in the code view (a part with no program of its own yet), so no other part's program lingers. */
    void showNote(String heading, String note, String status) {
        session.openPractice(heading, "practice.rs", note, false, "");
        session.statusProperty().set(status);
    }

    long nextSeed() {
        return seeds.getAsLong();
    }

    public SessionModel session() {
        return session;
    }

    Executor background() {
        return background;
    }

    Executor ui() {
        return ui;
    }

    public PracticeProgress progress() {
        return progress;
    }

    public DrillFactory factory() {
        return factory;
    }

    public CardDeck deck() {
        return deck;
    }

    public List<BugChallenge> bugs() {
        return bugs;
    }

    public BugJudge judge() {
        return judge;
    }

    public PracticeFile store() {
        return store;
    }

    /** A problem with the progress file (unreadable at start, or a failed save); empty when all is well. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public DrillModel drills() {
        return drills;
    }

    /** Find the bug. */
    public BugModel bugChallenges() {
        return bugModel;
    }

    public CardModel cards() {
        return cards;
    }

    /** The timed test. */
    public ExamModel exam() {
        return exam;
    }
}
