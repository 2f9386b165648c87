// An Rc moved into the spawned block is itself not Send.
use std::rc::Rc;

#[tokio::main]
async fn main() {
    let config = Rc::new(String::from("cfg"));
    let h = tokio::spawn(async move {
        println!("{config}");
    });
    h.await.unwrap();
}
