// A typo in a method name.
fn main() {
    let first = vec![3, 1, 2].first().copied();
    println!("{}", first.unwrapp());
}
