// A permit that is not kept is released immediately.
use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let sem = Semaphore::new(1);
    sem.acquire().await.unwrap();
    println!("{}", sem.available_permits());
}
