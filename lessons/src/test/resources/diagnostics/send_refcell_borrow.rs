// A RefCell borrow held across an .await.
use std::cell::RefCell;
use tokio::time::{sleep, Duration};

async fn update(cell: RefCell<Vec<u32>>) -> usize {
    let mut items = cell.borrow_mut();
    items.push(1);
    sleep(Duration::from_millis(1)).await;
    items.len()
}

#[tokio::main]
async fn main() {
    let cell = RefCell::new(vec![]);
    let n = tokio::spawn(update(cell)).await.unwrap();
    println!("{n}");
}
