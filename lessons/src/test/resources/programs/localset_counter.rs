// elapsed: 240ms
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tokio::task::{self, LocalSet};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let local = LocalSet::new();
    let hits = Rc::new(Cell::new(0));
    let names = Rc::new(RefCell::new(Vec::<String>::new()));
    for i in 0..4 {
        let hits = hits.clone();
        let names = Rc::clone(&names);
        local.spawn_local(async move {
            sleep(Duration::from_millis(60 * (4 - i))).await;
            hits.set(hits.get() + 1);
            names.borrow_mut().push(format!("job{}", i));
        });
    }
    local.await;
    println!("hits = {}", hits.get());
    println!("order = {:?}", names.borrow());
    let value = LocalSet::new()
        .run_until(async {
            let h = task::spawn_local(async { 6 * 7 });
            h.await.unwrap()
        })
        .await;
    println!("value = {}", value);
    println!("rc count = {}", Rc::strong_count(&hits));
}
