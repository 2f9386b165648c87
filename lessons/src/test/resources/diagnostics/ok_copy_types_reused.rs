// Copy types (integers, chars, Duration, derive(Copy) structs) can be used after being passed by value.
use tokio::time::Duration;

#[derive(Clone, Copy, Debug)]
struct Pos {
    x: i32,
}

fn take<T: std::fmt::Debug>(v: T) {
    println!("{v:?}");
}

fn main() {
    let n = 5;
    let d = Duration::from_millis(10);
    let p = Pos { x: 1 };
    take(n);
    take(d);
    take(p);
    println!("{n} {:?} {}", d, p.x);
}
