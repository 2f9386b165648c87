// Vec has len(), not length().
fn main() {
    let tasks = vec!["a", "b", "c"];
    println!("{}", tasks.length());
}
