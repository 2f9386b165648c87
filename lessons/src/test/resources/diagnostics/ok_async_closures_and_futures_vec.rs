// Boxed futures in a Vec, awaited in order; a closure returning a future.
use std::future::Future;
use std::pin::Pin;

fn make(n: u32) -> Pin<Box<dyn Future<Output = u32> + Send>> {
    Box::pin(async move { n * 2 })
}

#[tokio::main]
async fn main() {
    let futs = vec![make(1), make(2)];
    let mut out = Vec::new();
    for f in futs {
        out.push(f.await);
    }
    let later = |x: u32| async move { x + 1 };
    out.push(later(10).await);
    println!("{out:?}");
}
