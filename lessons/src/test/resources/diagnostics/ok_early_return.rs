// Bodies that end in return, panic or an infinite loop need no tail expression.
fn sign(x: i32) -> &'static str {
    if x < 0 {
        return "negative";
    }
    if x == 0 {
        return "zero";
    }
    return "positive";
}

fn fail(msg: &str) -> u32 {
    panic!("{msg}");
}

fn main() {
    println!("{} {} {}", sign(-1), sign(0), sign(5));
    if false {
        fail("never");
    }
}
