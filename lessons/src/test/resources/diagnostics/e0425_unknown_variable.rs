// A name that was never declared (a typo).
fn main() {
    let total = 10;
    println!("{}", totl + 1);
}
