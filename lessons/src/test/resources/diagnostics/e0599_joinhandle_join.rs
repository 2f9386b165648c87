// A Tokio JoinHandle is awaited; join() belongs to std::thread's handle.
#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { 40 + 2 });
    let v = handle.join();
    println!("{v:?}");
}
