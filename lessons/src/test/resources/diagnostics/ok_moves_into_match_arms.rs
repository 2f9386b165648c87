// Moves in different match arms are exclusive; a value moved in the loop body and then re-bound each turn is fine.
enum Msg {
    Text(String),
    Num(u32),
}

fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let msgs = vec![Msg::Text("hi".into()), Msg::Num(3)];
    for m in msgs {
        let n = match m {
            Msg::Text(t) => consume(t),
            Msg::Num(k) => k as usize,
        };
        println!("{n}");
    }
    let s = String::from("x");
    let r = match s.len() {
        0 => consume(s),
        _ => consume(s),
    };
    println!("{r}");
}
