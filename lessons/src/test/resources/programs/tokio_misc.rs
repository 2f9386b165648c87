use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

async fn step(name: &str, ms: u64, fail: bool) -> Result<String, String> {
    sleep(Duration::from_millis(ms)).await;
    if fail { Err(format!("{} failed", name)) } else { Ok(name.to_uppercase()) }
}

#[tokio::main]
async fn main() {
    let r = tokio::try_join!(step("a", 20, false), step("b", 10, false));
    println!("{:?}", r);
    let r2 = tokio::try_join!(step("a", 50, false), step("b", 10, true));
    println!("{:?}", r2);
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for i in 0..5 {
        tx.send(i * i).unwrap();
    }
    drop(tx);
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    println!("{:?}", got);
    let h = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
        "never"
    });
    sleep(Duration::from_millis(5)).await;
    h.abort();
    match h.await {
        Ok(v) => println!("finished {}", v),
        Err(e) => println!("aborted: cancelled={}", e.is_cancelled()),
    }
    let (tx2, mut rx2) = mpsc::channel::<String>(2);
    tx2.try_send("one".into()).unwrap();
    tx2.try_send("two".into()).unwrap();
    match tx2.try_send("three".into()) {
        Ok(()) => println!("sent"),
        Err(mpsc::error::TrySendError::Full(v)) => println!("full, got back {}", v),
        Err(mpsc::error::TrySendError::Closed(_)) => println!("closed"),
    }
    println!("{:?} {:?}", rx2.recv().await, rx2.try_recv());
    println!("capacity {}", tx2.capacity());
    let results = tokio::join!(
        async { 1 },
        async { sleep(Duration::from_millis(1)).await; "two" },
        async { vec![3] }
    );
    println!("{:?}", results);
}
// elapsed: 36ms
