package asyncscope.lessons.practice.cards;

import asyncscope.lessons.practice.Concept;
import asyncscope.lessons.practice.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flashcards shipped in {@code practice/cards/} (one Markdown file per concept, listed in
 * {@code index.txt}): each {@code ## card-id} section holds a {@code Q:} paragraph, an {@code A:} paragraph
 * and optionally a rust code block, the card's runnable example.
 */
public final class CardDeck {
    private static final String DIR = "/practice/cards/";

    private final List<Flashcard> cards;

    public CardDeck(List<Flashcard> cards) {
        this.cards = List.copyOf(cards);
    }

    /** Every shipped card, in course order. */
    public static CardDeck load() {
        List<Flashcard> all = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                all.addAll(parse(name, read(name)));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Flashcard c : all) {
            if (!ids.add(c.id())) {
                throw new CardFormatException(c.file(), c.line(), "the card id \"" + c.id() + "\" is used twice");
            }
        }
        return new CardDeck(all);
    }

    public List<Flashcard> cards() {
        return cards;
    }

    public Optional<Flashcard> byId(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Flashcard> of(Concept c) {
        return cards.stream().filter(x -> x.concept() == c).toList();
    }

    private static String read(String name) {
        try (InputStream in = CardDeck.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + DIR + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cards of one file; throws {@link CardFormatException} naming the file and line. */
    public static List<Flashcard> parse(String file, String text) {
        DataFile d = DataFile.parse(file, text, (line, msg) -> new CardFormatException(file, line, msg));
        Concept concept = Concept.of(d.require("concept"))
                .orElseThrow(() -> d.error(1, "unknown concept \"" + d.header().get("concept") + "\""));
        List<Flashcard> out = new ArrayList<>();
        for (DataFile.Section s : d.sections()) {
            if (!s.heading().matches("[a-z0-9][a-z0-9-]*")) {
                throw d.error(s.line(), "a card id is lowercase letters, digits and dashes, not \"" + s.heading() + "\"");
            }
            StringBuilder front = null;
            StringBuilder back = null;
            StringBuilder cur = null;
            boolean fenced = false;
            for (String l : s.lines()) {
                if (l.strip().startsWith("```")) {
                    fenced = !fenced;
                    cur = null;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                if (l.startsWith("Q:")) {
                    if (front != null) {
                        throw d.error(s.line(), "card " + s.heading() + " has two Q: lines");
                    }
                    front = cur = new StringBuilder(l.substring(2).strip());
                } else if (l.startsWith("A:")) {
                    if (back != null) {
                        throw d.error(s.line(), "card " + s.heading() + " has two A: lines");
                    }
                    back = cur = new StringBuilder(l.substring(2).strip());
                } else if (cur != null && !l.isBlank()) {
                    cur.append(' ').append(l.strip());
                } else if (!l.isBlank()) {
                    throw d.error(s.line(), "card " + s.heading() + ": text outside Q:, A: and the example: \"" + l.strip() + "\"");
                }
            }
            if (front == null || front.isEmpty()) {
                throw d.error(s.line(), "card " + s.heading() + " has no Q: (front)");
            }
            if (back == null || back.isEmpty()) {
                throw d.error(s.line(), "card " + s.heading() + " has no A: (back)");
            }
            out.add(new Flashcard(s.heading(), concept, front.toString(), back.toString(),
                    DataFile.codeBlock(s).orElse(null), file, s.line()));
        }
        if (out.isEmpty()) {
            throw d.error(1, "no cards (## card-id sections)");
        }
        return out;
    }
}
