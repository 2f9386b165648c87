// After a move, assigning a new value makes the variable usable again.
fn main() {
    let mut buf = String::from("first");
    let old = buf;
    buf = String::from("second");
    println!("{old} {buf}");
    let mut items = vec![1];
    for round in 0..2 {
        let taken = std::mem::take(&mut items);
        items = taken.into_iter().map(|x| x + round).collect();
    }
    println!("{items:?}");
}
