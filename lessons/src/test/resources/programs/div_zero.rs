// exit: 101
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", ratio(10, 3));
    println!("{}", ratio(1, 0));
}
