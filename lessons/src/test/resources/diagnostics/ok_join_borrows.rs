// join! runs futures in the same task, so they may borrow locals (no 'static needed).
async fn len_of(s: &str) -> usize {
    s.len()
}

#[tokio::main]
async fn main() {
    let a = String::from("alpha");
    let b = String::from("be");
    let (x, y) = tokio::join!(len_of(&a), len_of(&b));
    println!("{x} {y} {a} {b}");
}
