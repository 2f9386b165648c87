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
 * The lesson list, grouped by topic, and the open lesson's narrative (rendered Markdown), its "try this"
 * edits ({@link TryThisList}) and its quiz ({@link QuizPane}). A lesson whose quiz was answered and
 * revealed, or that the learner marked done, shows a check mark in the list; that progress is kept in
 * {@link LessonProgress}. Lessons are Rust-lite programs; until the Rust-lite compiler lands the
 * browser says plainly that they can be read but not yet run. Files that failed to load are listed
 * with their file and line.
 */
public final class LessonBrowser extends VBox {
    private final TreeView<Object> tree = new TreeView<>();
    private final MarkdownView narrative = new MarkdownView();
    private final VBox extras = new VBox(8);
    private final TryThisList tryThis = new TryThisList();
    private final QuizPane quiz = new QuizPane();
    private final Button markDone = new Button();
    private final LessonProgress progress;
    private Lesson current;
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
        TreeItem<Object> root = new TreeItem<>("Lessons");
        for (Lesson l : catalogue.lessons()) {
            TreeItem<Object> topic = root.getChildren().stream().filter(t -> t.getValue().equals(l.topic())).findFirst()
                    .orElseGet(() -> {
                        TreeItem<Object> t = new TreeItem<>(l.topic());
                        t.setExpanded(true);
                        root.getChildren().add(t);
                        return t;
                    });
            topic.getChildren().add(new TreeItem<>(l));
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("topic-cell", "lesson-done");
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
                    setText(l.title() + (done ? "  (done)" : ""));
                    setTooltip(new javafx.scene.control.Tooltip(l.title() + (done ? " (done)" : "")));
                    FontIcon mark = new FontIcon(done ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
                    mark.getStyleClass().add(done ? "lesson-mark-done" : "lesson-mark");
                    setGraphic(mark);
                    if (done) {
                        getStyleClass().add("lesson-done");
                    }
                } else {
                    setOnMouseClicked(null);
                    setText(item.toString());
                    getStyleClass().add("topic-cell");
                }
            }
        });
        // every lesson visible without scrolling (up to a dozen rows), so the done marks can be seen at a glance
        int rows = root.getChildren().size() + catalogue.lessons().size();
        tree.setFixedCellSize(32);
        tree.setPrefHeight(Math.min(12, Math.max(4, rows)) * 32 + 10);
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
        extras.getChildren().addAll(tryThis, quiz, markDone);
        extras.setVisible(false); // until a lesson is open
        VBox content = new VBox(10, narrative, extras);
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
    }

    private void updateMarkDone() {
        boolean done = current != null && progress.isDone(current.id());
        markDone.setText(done ? "Done  (click to mark not done)" : "Mark done");
        markDone.setGraphic(new FontIcon(done ? Feather.CHECK_SQUARE : Feather.SQUARE));
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
        narrative.setMarkdown(l.narrative());
        tryThis.show(l.tryThis());
        quiz.show(l, progress.answers(l.id()), progress.isRevealed(l.id()));
        updateMarkDone();
        onOpen.accept(l);
    }

    /** The first lesson in the list that is not done yet; the first lesson if all are; empty if there are none. */
    public java.util.Optional<Lesson> firstUnfinished() {
        java.util.List<Lesson> all = new java.util.ArrayList<>();
        for (TreeItem<Object> topic : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : topic.getChildren()) {
                if (item.getValue() instanceof Lesson l) {
                    all.add(l);
                }
            }
        }
        return all.stream().filter(l -> !progress.isDone(l.id())).findFirst().or(() -> all.stream().findFirst());
    }

    /** Highlights {@code l} in the list and opens it. */
    public void select(Lesson l) {
        for (TreeItem<Object> topic : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : topic.getChildren()) {
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
