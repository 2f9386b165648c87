use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        tx.send(String::from("the answer is 42")).unwrap();
    });
    match rx.await {
        Ok(v) => println!("got: {}", v),
        Err(_) => println!("sender dropped"),
    }
    let (tx2, rx2) = oneshot::channel::<i32>();
    drop(tx2);
    println!("{}", rx2.await.is_err());
}
