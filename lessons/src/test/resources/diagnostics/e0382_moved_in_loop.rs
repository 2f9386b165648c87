// Moving inside a loop moves it in the first iteration; the second has nothing left.
fn send(msg: String) {
    println!("sent {msg}");
}

fn main() {
    let msg = String::from("ping");
    for _ in 0..3 {
        send(msg);
    }
}
