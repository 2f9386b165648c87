use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for i in 1..=4 {
            tx.send(format!("job {}", i)).await.unwrap();
            sleep(Duration::from_millis(100)).await;
        }
    });
    let mut heartbeat = interval(Duration::from_millis(50));
    let mut handled = 0;
    loop {
        tokio::select! {
            job = async {
                let job = rx.recv().await?;
                sleep(Duration::from_millis(60)).await; // parse the job
                Some(job)
            } => match job {
                Some(j) => {
                    println!("handled {}", j);
                    handled += 1;
                }
                None => break,
            },
            _ = heartbeat.tick() => {}
        }
    }
    println!("handled {} of 4 jobs", handled);
}
