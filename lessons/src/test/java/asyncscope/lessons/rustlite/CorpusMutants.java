package asyncscope.lessons.rustlite;

import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.lex.Token;
import asyncscope.lessons.rustlite.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Token-level mutations of every program the project has (the run corpus, the error corpus and the lessons'
 * programs): a program is cut into its tokens, each with the text before it (spaces, comments), and edited as
 * a fuzzer would: tokens deleted, doubled, swapped, replaced or moved, runs of tokens copied elsewhere, spans
 * wrapped in brackets. Most mutants are broken in one place, which is what the parser's recovery must survive.
 */
final class CorpusMutants {
    private CorpusMutants() {}

    /** One token of a program: the text in front of it and its own text. */
    record Piece(String gap, String text) {}

    static final List<String> VOCAB = List.of("fn", "async", "await", "let", "mut", "if", "else", "while", "loop",
            "for", "in", "match", "return", "break", "continue", "struct", "enum", "impl", "use", "mod", "trait", "move",
            "true", "false", "x", "y", "Foo", "main", "tokio", "spawn", "select", "join", "Some", "None", "Ok", "Err",
            "self", "Self", "0", "42", "7u64", "255u8", "u64::MAX", "i32::MIN", "3.5", "\"s\"", "'c'", "'a", "(", ")", "{",
            "}", "[", "]", "<", ">", ">>", "::", ":", ";", ",", ".", "..", "..=", "=", "==", "=>", "->", "+", "-", "*",
            "/", "%", "!", "&", "&&", "|", "||", "?", "#", "@", "as", "dyn", "where", "println!", "vec!", "format!",
            "tokio::select!", "tokio::join!", "_", "\n", "\"{}\"", "\"{x}\"", "\"{:>99999}\"", "\"{:.70000}\"",
            "\"unterminated", "/*", "*/", "//", "\u001b", "\r", "'\\u{10ffff}'", "r#\"raw\"#", "b'x'", "0x7fff_ffff_ffff_ffff",
            "1e309", "..=0", ".await?", "<T>", "&'static", "#[tokio::main]", "impl Drop for Foo");

    /** Every program: corpus, error corpus, lessons. */
    static final List<String> PROGRAMS = load();

    private static List<String> load() {
        List<String> all = new ArrayList<>();
        for (var f : CorpusSupport.files(CorpusSupport.PROGRAMS)) {
            all.add(CorpusSupport.read(f));
        }
        for (var f : CorpusSupport.files(CorpusSupport.ERRORS)) {
            all.add(CorpusSupport.read(f));
        }
        for (Lesson l : LessonCatalogue.builtIn().lessons()) {
            all.add(l.program());
        }
        return List.copyOf(all);
    }

    /** {@code src} as pieces; the last piece holds the text after the last token. */
    static List<Piece> pieces(String src) {
        Diagnostics d = new Diagnostics(new Source("m.rs", src));
        List<Token> toks = new Lexer(src, d).lex();
        int[] lineStart = lineStarts(src);
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (Token t : toks) {
            if (t.kind() == TokenKind.EOF) {
                break;
            }
            int from = offset(lineStart, src, t.line(), t.column());
            int to = offset(lineStart, src, t.endLine(), t.endColumn()) + 1;
            if (from < at || to <= from || to > src.length()) {
                continue; // a token the lexer synthesised (split `>>`): keep the text as it is
            }
            out.add(new Piece(src.substring(at, from), src.substring(from, to)));
            at = to;
        }
        out.add(new Piece(src.substring(at), ""));
        return out;
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStart, String s, int line, int column) {
        if (line < 1 || line > lineStart.length) {
            return -1;
        }
        return Math.min(s.length(), lineStart[line - 1] + column - 1);
    }

    /** An edit: what to do ({@code op}), where ({@code a}, {@code b}, taken modulo the program's size) and with which word. */
    record Edit(int op, int a, int b, int word) {}

    static final int OPS = 9;

    static String mutate(String src, List<Edit> edits) {
        List<Piece> p = new ArrayList<>(pieces(src));
        Piece tail = p.remove(p.size() - 1);
        for (Edit e : edits) {
            int n = p.size();
            String w = VOCAB.get(Math.floorMod(e.word(), VOCAB.size()));
            if (n == 0) {
                p.add(new Piece(" ", w));
                continue;
            }
            int i = Math.floorMod(e.a(), n);
            int j = Math.floorMod(e.b(), n);
            switch (e.op()) {
                case 0 -> p.remove(i);
                case 1 -> p.add(i, p.get(i));
                case 2 -> {
                    Piece x = p.get(i);
                    p.set(i, p.get(j));
                    p.set(j, x);
                }
                case 3 -> p.set(i, new Piece(p.get(i).gap(), w));
                case 4 -> p.add(i, new Piece(" ", w));
                case 5 -> { // copy a run of up to 16 tokens elsewhere
                    int len = Math.min(n - i, 1 + Math.floorMod(e.word(), 16));
                    p.addAll(j, new ArrayList<>(p.subList(i, i + len)));
                }
                case 6 -> p.set(i, new Piece(p.get(i).gap(), p.get(j).text()));
                case 7 -> { // wrap a span in brackets, many times over
                    String[][] pairs = {{"(", ")"}, {"{", "}"}, {"[", "]"}, {"<", ">"}, {"|| ", ""}, {"async { ", " }"}};
                    String[] br = pairs[Math.floorMod(e.word(), pairs.length)];
                    int lo = Math.min(i, j);
                    int hi = Math.max(i, j);
                    int times = 1 + Math.floorMod(e.b() >> 8, 40);
                    p.add(hi + 1 > p.size() ? p.size() : hi + 1, new Piece(" ", br[1].repeat(times)));
                    p.add(lo, new Piece(" ", br[0].repeat(times)));
                }
                default -> { // cut the program short
                    p.subList(i, n).clear();
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (Piece x : p) {
            b.append(x.gap()).append(x.text());
        }
        return b.append(tail.gap()).toString();
    }

    /** A random mutant (the soak's endless fuzzer uses this; the properties use jqwik's generators). */
    static String random(Random r) {
        String src = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
        List<Edit> edits = new ArrayList<>();
        for (int k = 1 + r.nextInt(6); k > 0; k--) {
            edits.add(new Edit(r.nextInt(OPS), r.nextInt(1 << 20), r.nextInt(1 << 20), r.nextInt(1 << 20)));
        }
        return mutate(src, edits);
    }
}
