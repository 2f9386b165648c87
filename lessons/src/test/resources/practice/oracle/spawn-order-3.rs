#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fetch = tokio::spawn(async {
        println!("fetch runs");
    });
    println!("spawned fetch");
    let index = tokio::spawn(async {
        println!("index runs");
    });
    println!("spawned index");
    let store = tokio::spawn(async {
        println!("store runs");
    });
    println!("spawned store");
    index.await.unwrap();
    store.await.unwrap();
    fetch.await.unwrap();
    println!("main done");
}
