fn main() {
    println!("oops);
}
