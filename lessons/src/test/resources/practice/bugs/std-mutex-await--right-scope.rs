use std::sync::Mutex;
use tokio::time::{sleep, Duration};

async fn record_visit(visits: &Mutex<Vec<String>>, page: &str, lookup_ms: u64) {
    // look the page up before recording it
    sleep(Duration::from_millis(lookup_ms)).await;
    {
        let mut list = visits.lock().unwrap();
        list.push(page.to_string());
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let visits = Mutex::new(Vec::new());
    tokio::join!(
        record_visit(&visits, "/home", 10),
        record_visit(&visits, "/about", 20),
    );
    println!("{:?}", visits.lock().unwrap());
}
