async fn main() {
    println!("hello");
}
