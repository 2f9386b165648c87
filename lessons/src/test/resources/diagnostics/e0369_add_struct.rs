// `+` on a struct that does not implement `Add`.
#[derive(Debug, Clone, Copy)]
struct V2 {
    x: i32,
    y: i32,
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 3, y: 4 };
    let c = a + b;
    println!("{:?}", c);
}
