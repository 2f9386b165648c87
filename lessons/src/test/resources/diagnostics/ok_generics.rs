// Generic functions and structs: the checker treats parameters as unknown.
use std::fmt::Display;

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Display> Pair<T> {
    fn larger(&self) -> &T {
        if self.a > self.b { &self.a } else { &self.b }
    }
}

fn show<T: Display>(items: &[T]) -> String {
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
}

fn main() {
    let p = Pair { a: 3, b: 9 };
    println!("{}", p.larger());
    let q = Pair { a: "x".to_string(), b: "y".to_string() };
    println!("{}", q.larger());
    println!("{}", show(&[1.5, 2.5]));
}
