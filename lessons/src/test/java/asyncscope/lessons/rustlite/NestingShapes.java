package asyncscope.lessons.rustlite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Programs that nest one construct {@code n} deep, one for every way the grammar can make a deep tree: by
 * recursion (parentheses, blocks, closures, types, patterns, modules, `use` trees) and by chains the parser
 * builds in a loop (operators, calls, fields, `.await`, `?`, casts, `else if`, assignments).
 */
final class NestingShapes {
    private NestingShapes() {}

    static final Map<String, IntFunction<String>> ALL = new LinkedHashMap<>();

    private static void shape(String name, IntFunction<String> program) {
        ALL.put(name, program);
    }

    static {
        shape("else if", n -> {
            StringBuilder b = new StringBuilder("fn main() { let x = 3; if x == 0 { println!(\"0\"); }");
            for (int i = 1; i < n; i++) {
                b.append(" else if x == ").append(i).append(" { println!(\"").append(i).append("\"); }");
            }
            return b.append(" else { println!(\"none\"); } }").toString();
        });
        shape("else if let", n -> "fn main() { let x = Some(3); if let None = x {}" + " else if let None = x {}".repeat(n)
                + " else { println!(\"y\"); } }");
        shape("assignment", n -> "fn main() { let mut a = (); " + "a = ".repeat(n) + "(); println!(\"{:?}\", a); }");
        shape("binary operators", n -> "fn main() { let x = 1" + " + 1".repeat(n) + "; println!(\"{}\", x); }");
        shape("mixed operators", n -> {
            StringBuilder b = new StringBuilder("fn main() { let x: i64 = 1");
            String[] ops = {" + ", " * ", " - ", " / ", " % ", " | ", " & ", " ^ "};
            for (int i = 0; i < n; i++) {
                b.append(ops[i % ops.length]).append(i % 7 + 1);
            }
            return b.append("; println!(\"{}\", x); }").toString();
        });
        shape("&&", n -> "fn main() { let t = true; let x = t" + " && t".repeat(n) + "; println!(\"{}\", x); }");
        shape(".await", n -> "async fn f() -> i32 { 1 } #[tokio::main] async fn main() { let x = f()" + ".await".repeat(n) + "; }");
        shape("calls", n -> "fn f() -> i32 { 1 } fn main() { let x = f" + "()".repeat(n) + "; }");
        shape("method calls", n -> "fn main() { let x = 1" + ".clone()".repeat(n) + "; println!(\"{}\", x); }");
        shape("casts", n -> "fn main() { let x = 1" + " as i64".repeat(n) + "; println!(\"{}\", x); }");
        shape("fields", n -> "fn main() { let t = (1, 2); let x = t" + ".0".repeat(n) + "; }");
        shape("indexes", n -> "fn main() { let v = vec![1]; let x = v" + "[0]".repeat(n) + "; }");
        shape("?", n -> "fn f() -> Option<i32> { let x = Some(1); let y = x" + "?".repeat(n) + "; Some(y) } fn main() { f(); }");
        shape("generics", n -> "fn f(v: " + "Vec<".repeat(n) + "i32" + ">".repeat(n) + ") {} fn main() {}");
        shape("generics >>", n -> "fn f(v: " + "Vec<".repeat(n) + "i32" + ">>".repeat(n / 2) + ">".repeat(n % 2) + ") {} fn main() {}");
        shape("mod", n -> "mod a { ".repeat(n) + "pub fn f() {}" + " }".repeat(n) + " fn main() {}");
        shape("use tree", n -> "use " + "a::{".repeat(n) + "b" + "}".repeat(n) + "; fn main() {}");
        shape("use path", n -> "use a" + "::a".repeat(n) + "; fn main() {}");
        shape("parentheses", n -> "fn main() { let x = " + "(".repeat(n) + "1" + ")".repeat(n) + "; println!(\"{}\", x); }");
        shape("blocks", n -> "fn main() { let x = " + "{ ".repeat(n) + "1" + " }".repeat(n) + "; println!(\"{}\", x); }");
        shape("unary", n -> "fn main() { let x = " + "!".repeat(n) + "true; println!(\"{}\", x); }");
        shape("references", n -> "fn main() { let x = " + "& ".repeat(n) + "1; }");
        shape("closures", n -> "fn main() { let f = " + "|| ".repeat(n) + "1; }");
        shape("arrays", n -> "fn main() { let x = " + "[".repeat(n) + "1" + "]".repeat(n) + "; }");
        shape("vec!", n -> "fn main() { let x = " + "vec![".repeat(n) + "1" + "]".repeat(n) + "; }");
        shape("tuple patterns", n -> "fn main() { let " + "(".repeat(n) + "x" + ",)".repeat(n) + " = 1; }");
        shape("reference types", n -> "fn f(x: " + "&".repeat(n) + "i32) {} fn main() {}");
        shape("tuple types", n -> "fn f(x: " + "(".repeat(n) + "i32" + ",)".repeat(n) + ") {} fn main() {}");
        shape("fn types", n -> "fn f(x: " + "fn() -> ".repeat(n) + "i32) {} fn main() {}");
        shape("if", n -> "fn main() { let c = true; " + "if c { ".repeat(n) + "println!(\"x\");" + " }".repeat(n) + " }");
        shape("match", n -> "fn main() { let c = 1; let x = " + "match c { _ => ".repeat(n) + "1" + " }".repeat(n) + "; }");
        shape("async blocks", n -> "#[tokio::main] async fn main() { let x = " + "async { ".repeat(n) + "1" + " .await }".repeat(n) + "; }");
        shape("format!", n -> "fn main() { let x = " + "format!(\"{}\", ".repeat(n) + "1" + ")".repeat(n) + "; }");
        shape("or patterns", n -> "fn main() { match 1 { " + "(".repeat(n) + "1 | 2" + ")".repeat(n) + " => {}, _ => {} } }");
        shape("enum patterns", n -> "fn main() { match Some(1) { " + "Some(".repeat(n) + "x" + ")".repeat(n) + " => {} _ => {} } }");
        shape("loops", n -> "fn main() { " + "while false { ".repeat(n) + " }".repeat(n) + " }");
        shape("return", n -> "fn f() -> i32 { " + "return ".repeat(n) + "1 } fn main() {}");
        shape("assert!", n -> "fn main() { assert!(1" + " + 1".repeat(n) + " > 0); }");
    }
}
