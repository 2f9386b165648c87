struct Service {
    name: String,
    calls: u32,
}

impl Service {
    fn new(name: &str) -> Service {
        Service { name: name.to_string(), calls: 0 }
    }

    async fn handle(&mut self, req: u32) -> String {
        tokio::task::yield_now().await;
        self.calls += 1;
        format!("{} handled {} (call #{})", self.name, req, self.calls)
    }
}

#[tokio::main]
async fn main() {
    let mut svc = Service::new("echo");
    for r in [10, 20, 30] {
        let out = svc.handle(r).await;
        println!("{}", out);
    }
    println!("total calls: {}", svc.calls);
}
