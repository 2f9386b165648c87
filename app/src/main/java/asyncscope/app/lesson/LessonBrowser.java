package asyncscope.app.lesson;

import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.catalogue.QuizQuestion;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lesson list, grouped by topic, and the open lesson's narrative (rendered Markdown), its "try this"
 * edits and its quiz questions. Lessons are Rust-lite programs; until the Rust-lite compiler lands the
 * browser says plainly that they can be read but not yet run. Files that failed to load are listed
 * with their file and line.
 */
public final class LessonBrowser extends VBox {
    private final TreeView<Object> tree = new TreeView<>();
    private final MarkdownView narrative = new MarkdownView();
    private final VBox extras = new VBox(8);
    private Consumer<Lesson> onOpen = l -> { };

    public LessonBrowser(LessonCatalogue catalogue) {
        super(8);
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
                setText(empty || item == null ? null : item instanceof Lesson l ? "○  " + l.title() : item.toString());
                getStyleClass().remove("topic-cell");
                if (item instanceof String) {
                    getStyleClass().add("topic-cell");
                }
            }
        });
        tree.setPrefHeight(180);
        tree.setMinHeight(150);
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
        VBox content = new VBox(10, narrative, extras);
        content.setPadding(new Insets(4, 8, 8, 4));
        narrative.maxWidthProperty().bind(widthProperty().subtract(40));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(tree, notice, scroll);
        for (LessonCatalogue.Problem p : catalogue.problems()) {
            Label bad = new Label("Could not load " + p);
            bad.setWrapText(true);
            bad.getStyleClass().add("error-text");
            getChildren().add(2, bad);
        }
    }

    public void setOnOpen(Consumer<Lesson> c) {
        onOpen = c;
    }

    public void open(Lesson l) {
        narrative.setMarkdown(l.narrative());
        extras.getChildren().clear();
        Label tryTitle = new Label("Try this");
        tryTitle.getStyleClass().add("section-title");
        extras.getChildren().add(tryTitle);
        for (String t : l.tryThis()) {
            extras.getChildren().add(wrap(" •  " + t));
        }
        Label quizTitle = new Label("Before you run it");
        quizTitle.getStyleClass().add("section-title");
        extras.getChildren().add(quizTitle);
        for (QuizQuestion q : l.quiz()) {
            extras.getChildren().add(wrap(q.question()));
            for (int i = 0; i < q.choices().size(); i++) {
                extras.getChildren().add(wrap("     " + (char) ('A' + i) + ")  " + q.choices().get(i)));
            }
        }
        onOpen.accept(l);
    }

    private Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-text");
        return l;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    public MarkdownView narrative() {
        return narrative;
    }
}
