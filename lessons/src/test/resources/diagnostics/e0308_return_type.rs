// The tail expression does not have the declared return type.
fn answer() -> u32 {
    "forty-two"
}

fn main() {
    println!("{}", answer());
}
