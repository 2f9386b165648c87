// A pair has fields 0 and 1 only.
fn main() {
    let pair = (1, "one");
    println!("{}", pair.2);
}
