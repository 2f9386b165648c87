// Async methods on a struct, &mut self across awaits, returning owned data.
use tokio::time::{sleep, Duration};

struct Client {
    calls: u32,
    log: Vec<String>,
}

impl Client {
    async fn fetch(&mut self, path: &str) -> String {
        self.calls += 1;
        sleep(Duration::from_millis(1)).await;
        let body = format!("GET {path}");
        self.log.push(body.clone());
        body
    }
}

#[tokio::main]
async fn main() {
    let mut c = Client { calls: 0, log: vec![] };
    let a = c.fetch("/a").await;
    let b = c.fetch("/b").await;
    println!("{a} {b} {} {}", c.calls, c.log.len());
}
