package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program's items as the checker sees them: user structs and enums as {@link TypeDef}s (fields, variants,
 * derives, the methods of their impls), free functions, constants, {@code use} imports and the bodies to check.
 * Modules are flattened (as the compiler does), and items nested in function bodies count as items. Resolves a
 * written type path to a type definition: user types first, then imports, then std and Tokio.
 */
final class Items {
    final StdModel std;
    final SourceIndex src;
    final Map<String, TypeDef> userTypes = new HashMap<>();
    final Map<String, Sig> fns = new HashMap<>();
    final Map<String, Item.Const> consts = new HashMap<>();
    final Map<String, String> imports = new HashMap<>();
    final Set<String> globs = new HashSet<>();
    final Set<String> aliases = new HashSet<>();
    final Set<String> modules = new HashSet<>();
    final Map<String, Item.Trait> traits = new HashMap<>();
    /** Methods every type has because of a blanket impl ({@code impl<T: X> Trait for T}). */
    final Map<String, List<Sig>> blanket = new HashMap<>();
    /** Every method name some user trait declares. */
    final Set<String> traitMethodNames = new HashSet<>();
    /** Std/Tokio types the program implements one of its traits for: their methods by name. */
    final Map<TypeDef, Map<String, List<Sig>>> stdExtensions = new HashMap<>();
    final List<Body> bodies = new ArrayList<>();
    /** Names defined twice (the compiler reports those; the checker stays out of the way). */
    final Set<String> duplicates = new HashSet<>();

    /** A function body to check, with the impl it belongs to (null owner for a free function or a trait default). */
    record Body(Item.Fn fn, TypeDef owner, TypeRef ownerRef, List<String> ownerGenerics, boolean traitDefault) {}

    private static final Set<String> STD_TRAITS_WITH_KNOWN_METHODS = Set.of("Debug", "Display", "Clone", "Copy", "PartialEq",
            "Eq", "PartialOrd", "Ord", "Hash", "Default", "Drop", "From", "Into", "Add", "Sub", "Mul", "Div", "Rem", "Neg", "Not",
            "AddAssign", "SubAssign", "MulAssign", "DivAssign", "Error", "Send", "Sync", "TryFrom", "FromStr");

    Items(StdModel std, SourceIndex src, List<Item> program) {
        this.std = std;
        this.src = src;
        List<Item> all = new ArrayList<>();
        for (Item it : program) {
            collect(it, all, true);
        }
        for (Item it : all) {
            if (it instanceof Item.Struct s) {
                declareStruct(s);
            } else if (it instanceof Item.Enum e) {
                declareEnum(e);
            } else if (it instanceof Item.Trait t) {
                traits.put(t.name(), t);
                t.defaults().forEach(f -> traitMethodNames.add(f.name()));
                t.required().forEach(f -> traitMethodNames.add(f.name()));
            } else if (it instanceof Item.Use u) {
                for (Map.Entry<String, String> e : u.aliases().entrySet()) {
                    if (e.getKey().startsWith("*")) {
                        globs.add(e.getValue());
                    } else {
                        imports.put(e.getKey(), e.getValue());
                    }
                }
            } else if (it instanceof Item.Const c) {
                consts.put(c.name(), c);
            } else if (it instanceof Item.Ignored ig && ig.what().equals("type")) {
                String n = src.typeAliasName(ig.pos());
                if (n != null) {
                    aliases.add(n);
                }
            }
        }
        for (String a : aliases) {
            userTypes.remove(a);
        }
        for (Item it : all) {
            if (it instanceof Item.Fn f) {
                if (fns.containsKey(f.name())) {
                    duplicates.add(f.name());
                }
                fns.put(f.name(), new Sig(f.name(), null, null, List.of(), Ast.names(f.generics()), Ast.selfKind(f),
                        f.params().stream().map(Expr.Param::type).toList(), f.ret(), f.isAsync(), f, true));
                bodies.add(new Body(f, null, null, List.of(), false));
            } else if (it instanceof Item.Impl im) {
                implement(im);
            } else if (it instanceof Item.Trait t) {
                for (Item.Fn f : t.defaults()) {
                    if (!f.body().stmts().isEmpty() || f.body().tail() != null) {
                        bodies.add(new Body(f, null, null, List.of(), true));
                    }
                }
            }
        }
    }

    private void collect(Item it, List<Item> out, boolean top) {
        if (it instanceof Item.Mod m) {
            modules.add(m.name());
            for (Item inner : m.items()) {
                collect(inner, out, top);
            }
            return;
        }
        out.add(it);
        if (it instanceof Item.Fn f) {
            nested(f.body(), out, 0);
        } else if (it instanceof Item.Impl im) {
            for (Item.Fn f : im.methods()) {
                nested(f.body(), out, 0);
            }
        } else if (it instanceof Item.Trait t) {
            for (Item.Fn f : t.defaults()) {
                nested(f.body(), out, 0);
            }
        }
    }

    /** Items declared inside a function body, at any depth of blocks. */
    private void nested(Expr e, List<Item> out, int depth) {
        if (e == null || depth > 200) {
            return;
        }
        AstWalk.children(e, child -> nested(child, out, depth + 1), stmt -> {
            if (stmt instanceof Stmt.ItemStmt is) {
                collect(is.item(), out, false);
            }
        });
    }

    private void declareStruct(Item.Struct s) {
        if (userTypes.containsKey(s.name())) {
            duplicates.add(s.name());
        }
        TypeDef d = new TypeDef(s.name(), s.name(), Ast.names(s.generics()), false, true);
        d.item = s;
        d.tuple = s.tuple();
        for (int i = 0; i < s.fields().size() && i < s.types().size(); i++) {
            d.fields.put(s.fields().get(i), s.types().get(i));
        }
        derives(d, s.attrs());
        userTypes.put(s.name(), d);
    }

    private void declareEnum(Item.Enum e) {
        if (userTypes.containsKey(e.name())) {
            duplicates.add(e.name());
        }
        TypeDef d = new TypeDef(e.name(), e.name(), Ast.names(e.generics()), true, true);
        d.item = e;
        for (Item.Variant v : e.variants()) {
            d.variants.put(v.name(), v);
        }
        derives(d, e.attrs());
        userTypes.put(e.name(), d);
    }

    private static void derives(TypeDef d, List<Item.Attr> attrs) {
        for (Item.Attr a : attrs) {
            if (a.path().equals("derive")) {
                d.derives.addAll(a.words());
            }
        }
        d.copy = d.derives.contains("Copy");
        if (!d.derives.isEmpty()) {
            d.methods = new HashSet<>(); // closed: its methods are the derives' and its impls'
        } else {
            d.methods = new HashSet<>();
        }
        for (String t : d.derives) {
            d.methods.addAll(traitMethods(t));
            d.traits.add(t);
        }
    }

    /** The methods a std trait gives a type that implements it (derived or written by hand). */
    static List<String> traitMethods(String trait) {
        return switch (trait) {
            case "Clone" -> List.of("clone", "clone_from");
            case "PartialEq" -> List.of("eq", "ne");
            case "PartialOrd" -> List.of("partial_cmp", "lt", "le", "gt", "ge");
            case "Ord" -> List.of("cmp", "max", "min", "clamp");
            case "Hash" -> List.of("hash");
            case "Debug", "Display" -> List.of("fmt");
            case "Add" -> List.of("add");
            case "Sub" -> List.of("sub");
            case "Mul" -> List.of("mul");
            case "Div" -> List.of("div");
            case "Rem" -> List.of("rem");
            case "Neg" -> List.of("neg");
            case "Not" -> List.of("not");
            case "AddAssign" -> List.of("add_assign");
            case "SubAssign" -> List.of("sub_assign");
            case "MulAssign" -> List.of("mul_assign");
            case "DivAssign" -> List.of("div_assign");
            case "Error" -> List.of("source", "description", "cause");
            case "Into" -> List.of("into");
            default -> List.of();
        };
    }

    private void implement(Item.Impl im) {
        TypeRef target = im.selfType();
        String trait = im.trait();
        boolean blanketImpl = target != null && target.args().isEmpty() && !target.isRef() && Ast.names(im.generics()).contains(target.name());
        TypeDef owner = blanketImpl || target == null ? null : def(target);
        for (Item.Fn f : im.methods()) {
            Sig s = new Sig(f.name(), owner, target, Ast.names(im.generics()), Ast.names(f.generics()), Ast.selfKind(f),
                    f.params().stream().map(Expr.Param::type).toList(), f.ret(), f.isAsync(), f, true);
            bodies.add(new Body(f, owner, target, Ast.names(im.generics()), false));
            addMethod(owner, blanketImpl, s);
        }
        Item.Trait t = trait == null ? null : traits.get(trait);
        if (t != null) {
            for (Item.Fn f : concat(t.defaults(), t.required())) {
                boolean overridden = im.methods().stream().anyMatch(m -> m.name().equals(f.name()));
                if (!overridden) {
                    Sig s = new Sig(f.name(), owner, target, Ast.names(im.generics()), Ast.names(f.generics()), Ast.selfKind(f),
                            f.params().stream().map(Expr.Param::type).toList(), f.ret(), f.isAsync(), f, true);
                    addMethod(owner, blanketImpl, s);
                }
            }
        }
        if (owner != null && trait != null) {
            owner.traits.add(trait);
            if (owner.user && owner.methods != null) { // null: an earlier open-ended impl already gave up on listing them
                owner.methods.addAll(traitMethods(trait));
                if (trait.equals("Copy")) {
                    owner.copy = true;
                }
                if (trait.equals("Deref") || trait.equals("DerefMut")) {
                    owner.deref = "open";
                }
                if (t == null && !STD_TRAITS_WITH_KNOWN_METHODS.contains(trait)) {
                    owner.methods = null; // Iterator, Future, AsRef...: more methods than the checker lists
                }
            }
        }
        if (blanketImpl && trait != null && t == null) {
            // `impl<T: Bound> SomeStdTrait for T`: cannot know what that adds; give up on E0599 for everything
            blanket.computeIfAbsent("*", k -> new ArrayList<>());
        }
    }

    private static List<Item.Fn> concat(List<Item.Fn> a, List<Item.Fn> b) {
        List<Item.Fn> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void addMethod(TypeDef owner, boolean blanketImpl, Sig s) {
        if (blanketImpl || owner == null) {
            blanket.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        } else if (owner.user) {
            owner.addUserMethod(s);
        } else {
            stdExtensions.computeIfAbsent(owner, k -> new LinkedHashMap<>()).computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        }
    }

    // ------------------------------------------------------------------ resolving written paths

    /** The full path a written path stands for, after {@code use} imports and user modules are taken off. */
    List<String> expand(List<String> segs) {
        List<String> s = segs;
        while (s.size() > 1 && (modules.contains(s.get(0)) || s.get(0).equals("crate") || s.get(0).equals("self")
                || s.get(0).equals("super"))) {
            s = s.subList(1, s.size());
        }
        String full = imports.get(s.get(0));
        if (full == null || full.equals(s.get(0))) {
            return s;
        }
        List<String> out = new ArrayList<>(List.of(full.split("::")));
        while (out.size() > 1 && (modules.contains(out.get(0)) || out.get(0).equals("crate") || out.get(0).equals("self")
                || out.get(0).equals("super"))) {
            out.remove(0);
        }
        out.addAll(s.subList(1, s.size()));
        return out;
    }

    /** The type a written type names, or null when the checker does not know it. */
    TypeDef def(TypeRef t) {
        return defOfPath(List.of(t.path().split("::")));
    }

    TypeDef defOfPath(List<String> segs) {
        if (segs.isEmpty()) {
            return null;
        }
        List<String> full = expand(segs);
        String last = full.get(full.size() - 1);
        if (full.size() == 1) {
            if (aliases.contains(last)) {
                return null;
            }
            TypeDef u = userTypes.get(last);
            if (u != null) {
                return u;
            }
            TypeDef d = std.byPath.get(last);
            if (d != null) {
                return d;
            }
            return std.bySimpleName.get(last);
        }
        TypeDef d = std.byPath.get(String.join("::", full));
        if (d != null) {
            return d;
        }
        if (full.size() == 1 || !isStdRoot(full.get(0))) {
            TypeDef u = userTypes.get(last);
            if (u != null && !aliases.contains(last)) {
                return u;
            }
        }
        return null;
    }

    static boolean isStdRoot(String s) {
        return s.equals("std") || s.equals("core") || s.equals("alloc") || s.equals("tokio");
    }

    /** True when a glob import may bring names the checker cannot see. */
    boolean opaqueGlobs() {
        for (String g : globs) {
            List<String> segs = expand(List.of(g.split("::")));
            if (!(segs.size() == 1 && userTypes.containsKey(segs.get(0)) && userTypes.get(segs.get(0)).enumKind)) {
                return true;
            }
        }
        return false;
    }
}
