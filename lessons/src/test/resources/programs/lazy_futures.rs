// Futures are lazy: calling an async fn only builds its state machine.
async fn say(word: &str) -> usize {
    println!("running {}", word);
    word.len()
}

#[tokio::main]
async fn main() {
    let f = say("later");
    println!("created the future, nothing ran yet");
    let _unused = say("never");
    let n = f.await;
    println!("awaited: {}", n);
}
