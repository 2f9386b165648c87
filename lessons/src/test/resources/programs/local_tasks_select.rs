// elapsed: 240ms
use std::cell::RefCell;
use std::rc::Rc;
use tokio::sync::mpsc;
use tokio::task::LocalSet;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let local = LocalSet::new();
    let totals = Rc::new(RefCell::new(Vec::new()));
    let t2 = totals.clone();
    local
        .run_until(async move {
            let (tx, mut rx) = mpsc::channel::<u32>(4);
            let producer = tokio::task::spawn_local(async move {
                for i in 1..=5 {
                    tx.send(i * i).await.unwrap();
                    sleep(Duration::from_millis(10)).await;
                }
            });
            let mut sum = 0;
            loop {
                tokio::select! {
                    Some(v) = rx.recv() => {
                        sum += v;
                        t2.borrow_mut().push(sum);
                    }
                    _ = sleep(Duration::from_millis(200)) => {
                        println!("idle for 200ms, stopping");
                        break;
                    }
                }
            }
            producer.await.unwrap();
            println!("sum {}", sum);
        })
        .await;
    println!("running totals {:?}", totals.borrow());
}
