// Rc is fine in spawn_local, which keeps the task on this thread.
use std::rc::Rc;
use tokio::task::{self, LocalSet};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let local = LocalSet::new();
    local
        .run_until(async {
            let shared = Rc::new(3);
            let s2 = shared.clone();
            task::spawn_local(async move {
                sleep(Duration::from_millis(1)).await;
                println!("{s2}");
            })
            .await
            .unwrap();
            println!("{shared}");
        })
        .await;
}
