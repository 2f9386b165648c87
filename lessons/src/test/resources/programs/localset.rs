use std::rc::Rc;
use std::cell::RefCell;
use tokio::task;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let local = task::LocalSet::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let log2 = log.clone();
    local.run_until(async move {
        let mut handles = Vec::new();
        for i in 0..3 {
            let log = log2.clone();
            handles.push(task::spawn_local(async move {
                log.borrow_mut().push(format!("task {}", i));
                task::yield_now().await;
                log.borrow_mut().push(format!("task {} again", i));
                i * 10
            }));
        }
        let mut total = 0;
        for h in handles {
            total += h.await.unwrap();
        }
        println!("total = {}", total);
    }).await;
    for line in log.borrow().iter() {
        println!("{}", line);
    }
    println!("rc count = {}", Rc::strong_count(&log));
}
