// An inline format argument must name a variable in scope.
fn main() {
    let count = 3;
    println!("{cuont} items");
}
