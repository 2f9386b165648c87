package asyncscope.app.lesson;

import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson list in course order (each row: its number, title, minutes, topic, and the prerequisites not done
 * yet — such a lesson is marked, not locked), and the open lesson's narrative (rendered Markdown), its "try this"
 * edits ({@link TryThisList}) and its quiz ({@link QuizPane}). A lesson whose quiz was answered and
 * revealed, or that the learner marked done, shows a check mark in the list; that progress is kept in
 * {@link LessonProgress}. After the quiz a "Next lesson" button opens the next lesson of the course. Lessons a
 * teacher opened from a file are listed after the course. Files that failed to load are listed with their
 * file and line.
 */
public final class LessonBrowser extends VBox {
    private final TreeView<Object> tree = new TreeView<>();
    private final MarkdownView narrative = new MarkdownView();
    private final VBox extras = new VBox(8);
    private final TryThisList tryThis = new TryThisList();
    private final QuizPane quiz = new QuizPane();
    private final Button markDone = new Button();
    private final Button next = new Button();
    private final Label meta = new Label();
    private final LessonCatalogue catalogue;
    /** Height of a row of the list: two lines of text. */
    static final double ROW_HEIGHT = 50;
    private final LessonProgress progress;
    private Lesson current;
    /** Lessons opened from a file, listed after the course. */
    private final java.util.List<Lesson> fromFile = new java.util.ArrayList<>();
    private Consumer<Lesson> onOpen = l -> { };
    /** Asked before a lesson opens (the window asks about unsaved edits); false leaves everything as it is. */
    private java.util.function.Predicate<Lesson> mayOpen = l -> true;
    /** Whether the window shows {@code l} now: a click on its row loads it when not. */
    private java.util.function.Predicate<Lesson> shown = l -> false;
    /** Lessons whose program ran to its end in this session (a lesson is done when that and its quiz are). */
    private final java.util.Set<String> ran = new java.util.HashSet<>();
    private final ScrollPane scroll;

    public LessonBrowser(LessonCatalogue catalogue) {
        this(catalogue, LessonProgress.load(LessonProgress.defaultFile()));
    }

    public LessonBrowser(LessonCatalogue catalogue, LessonProgress progress) {
        super(8);
        this.progress = progress;
        setPadding(new Insets(8));
        this.catalogue = catalogue;
        TreeItem<Object> root = new TreeItem<>("Lessons");
        for (Lesson l : catalogue.lessons()) { // course order: the list is the course, read top to bottom
            root.getChildren().add(new TreeItem<>(l));
        }
        root.setExpanded(true);
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("topic-cell", "lesson-done", "lesson-needs-first");
                setGraphic(null);
                setTooltip(null);
                setPrefWidth(0); // a long title ends in "…" (its tooltip has it whole) instead of scrolling the list sideways
                if (empty || item == null) {
                    setOnMouseClicked(null);
                    setText(null);
                } else if (item instanceof Lesson l) {
                    // the highlighted row clicked again (e.g. after a demo was opened) loads the lesson again
                    setOnMouseClicked(e -> {
                        if (l.equals(getItem()) && !shown.test(l)) {
                            open(l);
                        }
                    });
                    boolean done = progress.isDone(l.id());
                    java.util.List<Lesson> missing = missingFirst(l);
                    String all = rowText(l, done, missing);
                    setText(null);
                    setAccessibleText(all); // the whole row in words (screen readers, tests)
                    setTooltip(new javafx.scene.control.Tooltip(l.title() + (done ? " (done)" : "") + "\n" + details(l)
                            + (missing.isEmpty() ? "" : "\nTake first (not done yet): " + titles(missing)
                                    + ". You can still open it.")));
                    FontIcon mark = new FontIcon(done ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
                    mark.getStyleClass().add(done ? "lesson-mark-done" : "lesson-mark");
                    String[] lines = all.split("\n", 2);
                    Label title = new Label(lines[0]);
                    title.getStyleClass().add("lesson-row-title");
                    Label more = new Label(lines.length > 1 ? lines[1] : "");
                    more.getStyleClass().add(missing.isEmpty() ? "lesson-row-details" : "lesson-row-needs");
                    VBox text = new VBox(1, title, more);
                    text.setMinWidth(0);
                    title.setMinWidth(0);
                    more.setMinWidth(0);
                    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, mark, text);
                    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    row.setMinWidth(0);
                    row.maxWidthProperty().bind(v.widthProperty().subtract(28));
                    row.prefWidthProperty().bind(v.widthProperty().subtract(28));
                    setGraphic(row);
                    if (done) {
                        getStyleClass().add("lesson-done");
                    } else if (!missing.isEmpty()) {
                        getStyleClass().add("lesson-needs-first");
                    }
                } else {
                    setOnMouseClicked(null);
                    setText(item.toString());
                    getStyleClass().add("topic-cell");
                }
            }
        });
        // two lines a row (title; minutes, topic, what to take first); seven rows show, the rest scroll
        int rows = catalogue.lessons().size();
        tree.setFixedCellSize(ROW_HEIGHT);
        tree.setPrefHeight(Math.min(7, Math.max(3, rows)) * ROW_HEIGHT + 10);
        tree.setMinHeight(Region.USE_PREF_SIZE);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Lesson l) {
                open(l);
            }
        });
        Label notice = new Label("Lessons are written in Rust-lite: the program opens in the code view, where you can "
                + "edit it, Run it on the runtime, and Reset it.");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        markDone.setId("mark-done");
        markDone.setTooltip(new javafx.scene.control.Tooltip("Mark the lesson done or not by hand (it is done by itself once its run finished and its quiz is answered)"));
        markDone.setOnAction(e -> {
            if (current != null) {
                setDone(current, !progress.isDone(current.id()));
            }
        });
        quiz.setOnCompleted(this::doneIfDue);
        quiz.setOnAnswers((l, chosen, shown) -> {
            if (!progress.setAnswers(l.id(), chosen, shown)) {
                progress.warning().ifPresent(this::showProgressWarning);
            }
            doneIfDue(l);
        });
        next.setId("next-lesson");
        next.getStyleClass().add("next-lesson");
        next.setGraphic(new FontIcon(Feather.ARROW_RIGHT));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        next.setTooltip(new javafx.scene.control.Tooltip("Open the next lesson of the course"));
        next.setOnAction(e -> nextLesson().ifPresent(this::select));
        next.managedProperty().bind(next.visibleProperty());
        extras.getChildren().addAll(tryThis, quiz, markDone, next);
        extras.setVisible(false); // until a lesson is open
        meta.setId("lesson-meta");
        meta.getStyleClass().add("lesson-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        meta.managedProperty().bind(meta.visibleProperty());
        meta.setVisible(false);
        VBox content = new VBox(10, meta, narrative, extras);
        content.setPadding(new Insets(4, 8, 8, 4));
        narrative.maxWidthProperty().bind(widthProperty().subtract(40));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(tree, notice, scroll);
        for (LessonCatalogue.Problem p : catalogue.problems()) {
            Label bad = new Label("Could not load " + p);
            bad.setWrapText(true);
            bad.getStyleClass().add("error-text");
            getChildren().add(2, bad);
        }
        progress.warning().ifPresent(this::showProgressWarning);
    }

    private void showProgressWarning(String w) {
        getChildren().removeIf(n -> n.getStyleClass().contains("progress-warning"));
        Label l = new Label(w);
        l.setWrapText(true);
        l.getStyleClass().addAll("notice", "progress-warning");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(1, l);
    }

    /** Marks {@code l} done (or not), saves, and updates the list and the button. */
    public void setDone(Lesson l, boolean done) {
        if (!progress.setDone(l.id(), done)) {
            progress.warning().ifPresent(this::showProgressWarning);
        }
        tree.refresh();
        updateMarkDone();
        updateNext();
    }

    private void updateMarkDone() {
        boolean done = current != null && progress.isDone(current.id());
        markDone.setText(done ? "Done  (click to mark not done)" : "Mark done");
        markDone.setGraphic(new FontIcon(done ? Feather.CHECK_SQUARE : Feather.SQUARE));
    }

    /** The lessons in the list, top to bottom (the catalogue's in course order, then any opened from a file). */
    public java.util.List<Lesson> listed() {
        return tree.getRoot().getChildren().stream().map(TreeItem::getValue).filter(Lesson.class::isInstance)
                .map(Lesson.class::cast).toList();
    }

    /** The lesson after the open one in course order (none after the last, nor after a lesson opened from a file). */
    public java.util.Optional<Lesson> nextLesson() {
        if (current == null || fromFile.contains(current)) {
            return java.util.Optional.empty();
        }
        return catalogue.next(current);
    }

    private void updateNext() {
        var n = nextLesson();
        next.setVisible(n.isPresent());
        n.ifPresent(l -> next.setText("Next lesson: " + number(l) + ". " + l.title()));
    }

    /** The place of {@code l} in the course (1 for the first), 0 for a lesson opened from a file. */
    public int number(Lesson l) {
        int i = catalogue.lessons().indexOf(l);
        return i + 1;
    }

    /** The prerequisites of {@code l} that are lessons of the catalogue and not done yet, in course order. */
    public java.util.List<Lesson> missingFirst(Lesson l) {
        return catalogue.lessons().stream().filter(p -> l.prerequisites().contains(p.id()) && !progress.isDone(p.id())).toList();
    }

    /** A row of the list: "N. title", then minutes, topic and what to take first; "(done)" ends a done lesson's row. */
    static String rowText(int number, Lesson l, boolean done, java.util.List<Lesson> missing) {
        String second = details(l) + (missing.isEmpty() ? "" : " · first: " + missing.stream().map(Lesson::id)
                .collect(java.util.stream.Collectors.joining(", ")));
        return (number > 0 ? number + ". " : "") + l.title() + "\n" + second + (done ? "  (done)" : "");
    }

    private String rowText(Lesson l, boolean done, java.util.List<Lesson> missing) {
        return rowText(number(l), l, done, missing) + (fromFile.contains(l) ? "  (from file)" : "");
    }

    private static String details(Lesson l) {
        return (l.minutes() > 0 ? l.minutes() + " min · " : "") + l.topic();
    }

    private static String titles(java.util.List<Lesson> ls) {
        return ls.stream().map(Lesson::title).collect(java.util.stream.Collectors.joining("; "));
    }

    /** The line above the narrative: the lesson's place, its minutes and what to take first. */
    private String metaText(Lesson l) {
        int n = number(l);
        StringBuilder b = new StringBuilder(n > 0 ? "Lesson " + n + " of " + catalogue.lessons().size() : "Lesson from a file");
        if (l.minutes() > 0) {
            b.append("  ·  about ").append(l.minutes()).append(" min");
        }
        if (!l.prerequisites().isEmpty()) {
            b.append("  ·  after: ").append(l.prerequisites().stream()
                    .map(id -> catalogue.byId(id).map(p -> p.title().split(" — ")[0] + (progress.isDone(id) ? " ✓" : " (not done yet)")).orElse(id))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return b.toString();
    }

    /** Adds a lesson opened from a file (File › Open Lesson…) at the end of the list, or replaces one of its id from a file, and opens it. */
    public void addFromFile(Lesson l) {
        tree.getRoot().getChildren().removeIf(i -> i.getValue() instanceof Lesson o && fromFile.contains(o) && o.id().equals(l.id()));
        fromFile.removeIf(o -> o.id().equals(l.id()));
        fromFile.add(l);
        tree.getRoot().getChildren().add(new TreeItem<>(l));
        select(l);
    }

    /** The open lesson (null before one is opened). */
    public Lesson current() {
        return current;
    }

    public Button nextButton() {
        return next;
    }

    public Label metaLabel() {
        return meta;
    }

    public void setOnOpen(Consumer<Lesson> c) {
        onOpen = c;
    }

    public void open(Lesson l) {
        if (!mayOpen.test(l)) {
            return;
        }
        current = l;
        scroll.setVvalue(0); // a lesson starts at its top
        extras.setVisible(true);
        meta.setText(metaText(l));
        meta.setVisible(true);
        narrative.setMarkdown(l.narrative());
        tryThis.show(l.tryThis());
        quiz.show(l, progress.answers(l.id()), progress.isRevealed(l.id()));
        updateMarkDone();
        updateNext();
        onOpen.accept(l);
    }

    /** The first lesson in the list that is not done yet; the first lesson if all are; empty if there are none. */
    public java.util.Optional<Lesson> firstUnfinished() {
        java.util.List<Lesson> all = listed();
        return all.stream().filter(l -> !progress.isDone(l.id())).findFirst().or(() -> all.stream().findFirst());
    }

    /** Highlights {@code l} in the list and opens it. */
    public void select(Lesson l) {
        for (TreeItem<Object> item : tree.getRoot().getChildren()) {
            if (l.equals(item.getValue())) {
                if (tree.getSelectionModel().getSelectedItem() == item) {
                    open(l);
                } else {
                    tree.getSelectionModel().select(item);
                }
                tree.scrollTo(Math.max(0, tree.getRow(item) - 1));
                return;
            }
        }
        open(l);
    }

    /**
     * The open lesson's program finished running: reveal the quiz answers the learner predicted. A run that
     * ran to its end ({@code completed}) counts towards the lesson being done.
     */
    public void runFinished(boolean completed) {
        if (current != null && completed) {
            ran.add(current.id());
        }
        quiz.runFinished();
        if (current != null) {
            doneIfDue(current);
        }
    }

    /** Marks {@code l} done once both hold: its program ran to its end and every quiz question is answered. */
    private void doneIfDue(Lesson l) {
        if (l.equals(current) && ran.contains(l.id()) && quiz.isAllAnswered() && !progress.isDone(l.id())) {
            setDone(l, true);
        }
    }

    public void setMayOpen(java.util.function.Predicate<Lesson> p) {
        mayOpen = p;
    }

    public void setShown(java.util.function.Predicate<Lesson> p) {
        shown = p;
    }

    /** The narrative's scroll pane (tests). */
    public ScrollPane narrativeScroll() {
        return scroll;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    public MarkdownView narrative() {
        return narrative;
    }

    public QuizPane quiz() {
        return quiz;
    }

    public TryThisList tryThisList() {
        return tryThis;
    }

    public LessonProgress progress() {
        return progress;
    }

    public Button markDoneButton() {
        return markDone;
    }
}
