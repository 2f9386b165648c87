#[tokio::main(flavor = "current_thread")]
async fn main() {
    let parse = tokio::spawn(async {
        println!("parse runs");
    });
    println!("spawned parse");
    let index = tokio::spawn(async {
        println!("index runs");
    });
    println!("spawned index");
    let fetch = tokio::spawn(async {
        println!("fetch runs");
    });
    println!("spawned fetch");
    let notify = tokio::spawn(async {
        println!("notify runs");
    });
    println!("spawned notify");
    index.await.unwrap();
    fetch.await.unwrap();
    notify.await.unwrap();
    parse.await.unwrap();
    println!("main done");
}
