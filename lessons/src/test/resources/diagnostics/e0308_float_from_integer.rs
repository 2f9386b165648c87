// An integer literal is not a float.
fn main() {
    let ratio: f64 = 1;
    println!("{ratio}");
}
