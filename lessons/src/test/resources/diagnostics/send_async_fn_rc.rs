// The async fn's future holds an Rc across its await, so tokio::spawn refuses it.
use std::rc::Rc;
use tokio::task::yield_now;

async fn count_refs() -> usize {
    let a = Rc::new(String::from("x"));
    let b = Rc::clone(&a);
    yield_now().await;
    Rc::strong_count(&b)
}

#[tokio::main]
async fn main() {
    let n = tokio::spawn(count_refs()).await.unwrap();
    println!("{n}");
}
