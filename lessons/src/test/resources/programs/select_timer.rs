use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(8);
    tokio::spawn(async move {
        for i in 1..=3 {
            sleep(Duration::from_millis(120)).await;
            tx.send(format!("msg {}", i)).await.unwrap();
        }
    });
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(100));
    let deadline = sleep(Duration::from_millis(550));
    tokio::pin!(deadline);
    let mut ticks = 0;
    let mut got = Vec::new();
    let mut open = true;
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                ticks += 1;
            }
            m = rx.recv(), if open => {
                match m {
                    Some(m) => { println!("received {}", m); got.push(m); }
                    None => { println!("channel closed"); open = false; }
                }
            }
            _ = &mut deadline => {
                println!("deadline reached");
                break;
            }
        }
    }
    println!("ticks>3: {} messages={:?}", ticks > 3, got);
    println!("at least 500ms: {}", start.elapsed().as_millis() >= 500);
    let r = tokio::select! {
        v = async { sleep(Duration::from_millis(300)).await; 1 } => v,
        v = async { sleep(Duration::from_millis(10)).await; 2 } => v,
    };
    println!("winner {}", r);
}
// elapsed: 560ms
