// exit: 101
// An overflow in the middle of a longer expression panics at that operator, in a task and then in main.
fn step(x: u8) -> u8 {
    (x * 2 + 10) / 3
}

#[tokio::main]
async fn main() {
    println!("{}", step(100));
    let h = tokio::spawn(async {
        let v: u8 = 120;
        let w = v / 2 + 100;
        w * 2 - 1
    });
    match h.await {
        Ok(v) => println!("task gave {}", v),
        Err(e) => println!("task failed: panic = {}", e.is_panic()),
    }
    let mut acc: i32 = 1;
    for i in 0..40 {
        acc = acc * 3 % 1000000007 + i;
    }
    println!("{}", acc);
    println!("{}", step(200));
}
