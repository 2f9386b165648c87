use std::time::Duration;

async fn heartbeat() {
    for i in 0..3 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("heartbeat {}", i);
    }
}

async fn prepare_report(id: u32) {
    // building a report takes 250 ms
    tokio::task::yield_now().await;
    std::thread::sleep(Duration::from_millis(250));
    println!("report {} ready", id);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beat = tokio::spawn(heartbeat());
    let reports = tokio::spawn(async {
        prepare_report(1).await;
        prepare_report(2).await;
    });
    beat.await.unwrap();
    reports.await.unwrap();
}
