use tokio::sync::oneshot;

struct Server {
    shutdown: Option<oneshot::Sender<&'static str>>,
    name: Option<String>,
}

impl Server {
    fn stop(&mut self) -> bool {
        if let Some(tx) = self.shutdown.take() {
            tx.send("stop").unwrap();
            true
        } else {
            false
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();
    let mut server = Server { shutdown: Some(tx), name: Some("srv".to_string()) };
    let waiter = tokio::spawn(async move { rx.await.unwrap() });
    println!("first stop: {}", server.stop());
    println!("second stop: {}", server.stop());
    println!("waiter got: {}", waiter.await.unwrap());
    let old = server.name.replace("new".to_string());
    println!("{:?} -> {:?}", old, server.name);
    let mut slot = Some(3);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
}
