#[tokio::main(flavor = "current_thread")]
async fn main() {
    let index = tokio::spawn(async {
        println!("index runs");
    });
    println!("spawned index");
    let parse = tokio::spawn(async {
        println!("parse runs");
    });
    println!("spawned parse");
    let fetch = tokio::spawn(async {
        println!("fetch runs");
    });
    println!("spawned fetch");
    index.await.unwrap();
    fetch.await.unwrap();
    parse.await.unwrap();
    println!("main done");
}
