fn main() {
    let count = 3;
    println!("{cout} items", );
}
