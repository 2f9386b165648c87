package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Diagnostics;
import asyncscope.lessons.rustlite.diag.Source;
import asyncscope.lessons.rustlite.lex.Lexer;
import asyncscope.lessons.rustlite.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checker's knowledge of std and Tokio, loaded once: the types of {@code std.rs} (written in Rust syntax and
 * read with Rust-lite's own parser) with their attributes, the signatures of their methods and of the free
 * functions of modules such as {@code tokio::time}, and from {@code methods.txt} the complete list of methods
 * callable on each type rustdoc and Tokio's sources describe (which makes the type closed for E0599).
 */
final class StdModel {
    /** Stub name ({@code StdMutex}) to type. */
    final Map<String, TypeDef> types = new HashMap<>();
    /** A full path ({@code std::sync::Mutex}) to type. */
    final Map<String, TypeDef> byPath = new HashMap<>();
    /** The last segment of a path ({@code Mutex}) to type, for names used without their path; ambiguous names are absent. */
    final Map<String, TypeDef> bySimpleName = new HashMap<>();
    /** Methods by receiver key (a stub name, or {@code str}, {@code int}, {@code float}, {@code char}, {@code bool}, {@code slice}). */
    final Map<String, Map<String, Sig>> methods = new HashMap<>();
    /** Free functions by full path ({@code tokio::time::sleep}). */
    final Map<String, Sig> functions = new HashMap<>();
    /** Names callable on each type of methods.txt, by its key there. */
    final Map<String, Set<String>> methodNames = new HashMap<>();

    private static volatile StdModel instance;

    static StdModel get() {
        StdModel m = instance;
        if (m == null) {
            synchronized (StdModel.class) {
                m = instance;
                if (m == null) {
                    m = new StdModel();
                    instance = m;
                }
            }
        }
        return m;
    }

    private StdModel() {
        readMethodNames();
        String text = resource("std.rs");
        Source src = new Source("std.rs", text);
        Diagnostics d = new Diagnostics(src);
        List<Item> items = new Parser(new Lexer(text, d).lex(), d).parseFile();
        if (d.any()) {
            throw new IllegalStateException("the checker's std model does not parse");
        }
        Set<String> ambiguous = new HashSet<>();
        for (Item it : items) {
            if (it instanceof Item.Struct s) {
                declare(s, ambiguous);
            }
        }
        for (String a : ambiguous) {
            bySimpleName.remove(a);
        }
        for (Item it : items) {
            if (it instanceof Item.Impl im) {
                implement(im);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = StdModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readMethodNames() {
        for (String line : resource("methods.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            methodNames.put(line.substring(0, colon), new HashSet<>(List.of(line.substring(colon + 2).trim().split(" "))));
        }
    }

    private void declare(Item.Struct s, Set<String> ambiguous) {
        Map<String, Object> args = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (Item.Attr a : s.attrs()) {
            if (a.path().equals("model")) {
                args.putAll(a.args());
                words.addAll(a.words());
            }
        }
        String display = (String) args.getOrDefault("display", s.name());
        boolean isEnum = "enum".equals(args.get("kind"));
        TypeDef def = new TypeDef(s.name(), display, Ast.names(s.generics()), isEnum, false);
        def.lifetime = words.contains("lifetime");
        def.mustUse = words.contains("must_use") || args.get("must_use") instanceof String;
        def.mustUseNote = args.get("must_use") instanceof String note ? note : null;
        def.iterator = words.contains("iterator");
        Object copy = args.get("copy");
        def.copy = copy instanceof Boolean b ? b : null;
        def.deref = (String) args.get("deref");
        def.notSend = (String) args.get("not_send");
        String declared = (String) args.get("declared");
        if (declared != null) {
            def.declaredOverride = declared;
        }
        Object m = args.get("methods");
        if (m instanceof String key) {
            Set<String> names = methodNames.get(key);
            if (names == null) {
                throw new IllegalStateException("methods.txt has no line for " + key);
            }
            def.methods = names;
        }
        types.put(s.name(), def);
        Object paths = args.get("paths");
        if (paths instanceof String ps) {
            for (String p : ps.split(" ")) {
                byPath.put(p, def);
                String simple = p.substring(p.lastIndexOf(':') + 1);
                TypeDef prev = bySimpleName.put(simple, def);
                if (prev != null && prev != def) {
                    ambiguous.add(simple);
                }
            }
        }
    }

    private void implement(Item.Impl im) {
        TypeRef target = im.selfType();
        TypeDef owner = types.get(target.name());
        String key = owner != null ? owner.key : target.name();
        boolean module = owner == null && target.path().contains("::");
        for (Item.Fn f : im.methods()) {
            Sig s = new Sig(f.name(), owner, target, Ast.names(im.generics()), Ast.names(f.generics()), Ast.selfKind(f), f.params().stream().map(p -> p.type()).toList(),
                    f.ret(), f.isAsync(), f, false);
            if (module) {
                functions.put(target.path() + "::" + f.name(), s);
            } else {
                methods.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(f.name(), s);
            }
        }
    }

    /** The modelled method {@code name} on receiver key {@code key}, or null. */
    Sig method(String key, String name) {
        Map<String, Sig> m = methods.get(key);
        return m == null ? null : m.get(name);
    }
}
