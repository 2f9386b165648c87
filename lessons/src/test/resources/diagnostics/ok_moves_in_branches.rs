// A value moved in one branch is still usable in the other, and reassignment revives it.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    if s.len() > 2 {
        println!("{}", consume(s));
    } else {
        println!("{}", s);
    }
    let mut t = String::from("x");
    for i in 0..3 {
        let n = consume(t);
        t = format!("{n}{i}");
    }
    println!("{t}");
    let u = String::from("loop");
    loop {
        consume(u);
        break;
    }
}
