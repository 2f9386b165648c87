// FnMut and FnOnce closures passed to functions, closures stored in a Vec of boxes.
fn twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let mut hits = 0;
    twice(|| hits += 1);
    let owned = String::from("owned");
    let s = consume(move || owned);
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 10)];
    let applied: Vec<i32> = ops.iter().map(|f| f(3)).collect();
    println!("{hits} {s} {applied:?}");
}
