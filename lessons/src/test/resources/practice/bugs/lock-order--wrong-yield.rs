use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accounts = Arc::new(Mutex::new(100));
    let audit = Arc::new(Mutex::new(Vec::new()));

    let (acc, log) = (accounts.clone(), audit.clone());
    let transfer = tokio::spawn(async move {
        let mut balance = acc.lock().await;
        sleep(Duration::from_millis(10)).await; // check the limits
        let mut entries = log.lock().await;
        *balance -= 30;
        entries.push("transfer 30");
        println!("transfer done");
    });

    let (acc, log) = (accounts.clone(), audit.clone());
    let report = tokio::spawn(async move {
        let entries = log.lock().await;
        tokio::task::yield_now().await; // format the report
        let balance = acc.lock().await;
        println!("report: balance {} after {} entries", *balance, entries.len());
    });

    transfer.await.unwrap();
    report.await.unwrap();
}
