// An Rc alive across an .await makes the spawned future not Send.
use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    tokio::spawn(async {
        let shared = Rc::new(5);
        sleep(Duration::from_millis(10)).await;
        println!("{shared}");
    })
    .await
    .unwrap();
}
