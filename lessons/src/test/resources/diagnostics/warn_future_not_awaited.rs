// Futures are lazy: calling an async fn without .await does nothing.
async fn say_hello() {
    println!("hello");
}

#[tokio::main]
async fn main() {
    say_hello();
    println!("main is done");
}
