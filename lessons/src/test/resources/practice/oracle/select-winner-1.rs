use tokio::time::{sleep, Duration};

struct Request {
    name: &'static str,
}

impl Drop for Request {
    fn drop(&mut self) {
        println!("cleanup {}", self.name);
    }
}

async fn query(name: &'static str, ms: u64) -> &'static str {
    let _request = Request { name };
    sleep(Duration::from_millis(ms)).await;
    name
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::select! {
        biased;
        v = query("cache", 100) => println!("winner: {}", v),
        v = query("replica", 200) => println!("winner: {}", v),
        v = query("mirror", 300) => println!("winner: {}", v),
    }
    println!("main continues");
}
