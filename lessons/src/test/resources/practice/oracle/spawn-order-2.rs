#[tokio::main(flavor = "current_thread")]
async fn main() {
    let store = tokio::spawn(async {
        println!("store runs");
    });
    println!("spawned store");
    let index = tokio::spawn(async {
        println!("index runs");
    });
    println!("spawned index");
    let parse = tokio::spawn(async {
        println!("parse runs");
    });
    println!("spawned parse");
    parse.await.unwrap();
    index.await.unwrap();
    store.await.unwrap();
    println!("main done");
}
