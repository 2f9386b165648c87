package asyncscope.app.practice;

import asyncscope.app.lesson.MarkdownView;
import asyncscope.lessons.practice.cards.Flashcard;
import asyncscope.lessons.practice.cards.Grade;
import asyncscope.lessons.practice.cards.Leitner;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flashcard part of the practice column, fully keyboard driven: Space turns the card over, 1 or ←
 * "didn't know", 2 "with effort", 3 or → "knew it"; L opens the card's lesson, E its example. Shows the
 * card, the sitting's count and the Leitner boxes. Bound to a {@link CardModel}.
 */
final class CardView extends VBox {
    private final CardModel model;
    private final Label count = new Label();
    private final Label boxes = new Label();
    private final Label concept = new Label();
    private final MarkdownView front = new MarkdownView();
    private final MarkdownView back = new MarkdownView();
    private final VBox card = new VBox(10);
    private final Label answerRule = new Label("Answer");
    private final Button flip = new Button("Turn over  (Space)", new FontIcon(Feather.REFRESH_CW));
    private final Button forgot = new Button("1  Didn't know", new FontIcon(Feather.X));
    private final Button hard = new Button("2  With effort", new FontIcon(Feather.MINUS));
    private final Button knew = new Button("3  Knew it", new FontIcon(Feather.CHECK));
    private final VBox grades = new VBox(6, forgot, hard, knew);
    private final Button lesson = new Button("Open its lesson  (L)", new FontIcon(Feather.BOOK_OPEN));
    private final Button example = new Button("Open its example  (E)", new FontIcon(Feather.CODE));
    private final Button again = new Button("Start another sitting", new FontIcon(Feather.ROTATE_CW));

    CardView(CardModel model) {
        super(10);
        this.model = model;
        Label title = new Label("Flashcards");
        title.getStyleClass().add("practice-title");
        count.getStyleClass().add("practice-meta");
        count.setWrapText(true);
        count.setId("card-count");
        boxes.getStyleClass().add("practice-meta");
        boxes.setWrapText(true);
        boxes.setId("card-boxes");
        concept.getStyleClass().add("practice-meta");
        front.setId("card-front");
        back.setId("card-back");
        card.getStyleClass().add("practice-card");
        answerRule.getStyleClass().addAll("practice-meta", "practice-answer-rule");
        answerRule.setMaxWidth(Double.MAX_VALUE);
        card.getChildren().addAll(concept, front, answerRule, back);
        for (Button b : new Button[] {forgot, hard, knew}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
        }
        flip.setId("card-flip");
        flip.setTooltip(new Tooltip("Show the answer (Space)"));
        flip.setOnAction(e -> model.flip());
        flip.setMaxWidth(Double.MAX_VALUE);
        forgot.setId("card-forgot");
        forgot.setTooltip(new Tooltip("Back to box 1: it comes again in this sitting (1 or ←)"));
        forgot.setOnAction(e -> model.grade(Grade.FORGOT));
        hard.setId("card-hard");
        hard.setTooltip(new Tooltip("It stays in its box (2)"));
        hard.setOnAction(e -> model.grade(Grade.HARD));
        knew.setId("card-knew");
        knew.setTooltip(new Tooltip("Up one box: it waits longer before it comes again (3 or →)"));
        knew.setOnAction(e -> model.grade(Grade.KNEW));
        lesson.setId("card-lesson");
        lesson.setTooltip(new Tooltip("Open the lesson this card belongs to (L)"));
        lesson.setOnAction(e -> model.openLesson());
        example.setId("card-example");
        example.setTooltip(new Tooltip("Open the card's example program in the code view; Ctrl+R runs it (E)"));
        example.setOnAction(e -> model.openExample());
        again.setId("card-again");
        again.setTooltip(new Tooltip("Review the cards due now and some new ones"));
        again.setOnAction(e -> model.start());
        FlowPane links = new FlowPane(8, 8, lesson, example);
        Label keys = new Label("Keys: Space turns over · 1/← didn't know · 2 with effort · 3/→ knew it · L lesson · E example");
        keys.getStyleClass().add("practice-keys");
        keys.setWrapText(true);
        getChildren().addAll(title, count, boxes, card, flip, grades, links, again, keys);
        model.cardProperty().addListener((o, a, b) -> update());
        model.flippedProperty().addListener((o, a, b) -> update());
        model.reviewedProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        Flashcard c = model.cardProperty().get();
        boolean has = c != null;
        boolean turned = model.flippedProperty().get();
        int[] n = model.boxCounts();
        StringBuilder b = new StringBuilder("Boxes: new " + n[0]);
        for (int i = 1; i <= Leitner.BOXES; i++) {
            b.append(" · ").append(i).append(": ").append(n[i]);
        }
        boxes.setText(b.toString());
        count.setText(has ? model.remainingProperty().get() + " card" + (model.remainingProperty().get() == 1 ? "" : "s")
                + " left in this sitting · reviewed " + model.reviewedProperty().get() + ", knew " + model.knownProperty().get()
                : model.reviewedProperty().get() == 0 ? "Nothing is due now: every card waits for its day. Start another sitting for new cards."
                : "Sitting done: reviewed " + model.reviewedProperty().get() + ", knew " + model.knownProperty().get() + ".");
        concept.setText(has ? c.concept().title() + " · card " + c.id() : "");
        front.setMarkdown(has ? c.front() : "");
        back.setMarkdown(has && turned ? c.back() : "");
        shown(card, has);
        shown(back, has && turned);
        shown(answerRule, has && turned);
        shown(flip, has && !turned);
        shown(grades, has && turned);
        lesson.setDisable(!has);
        example.setDisable(!has || c.example() == null);
        shown(again, !has);
    }

    private static void shown(javafx.scene.Node n, boolean b) {
        n.setVisible(b);
        n.setManaged(b);
    }

    /** Space, 1/2/3, ←/→, L, E; true when used. */
    boolean key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (e.getCode()) {
            case SPACE, ENTER -> model.flip();
            case DIGIT1, NUMPAD1, LEFT -> model.grade(Grade.FORGOT);
            case DIGIT2, NUMPAD2 -> model.grade(Grade.HARD);
            case DIGIT3, NUMPAD3, RIGHT -> model.grade(Grade.KNEW);
            case L -> model.openLesson();
            case E -> model.openExample();
            default -> {
                return false;
            }
        }
        return true;
    }
}
