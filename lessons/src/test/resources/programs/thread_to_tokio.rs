use std::sync::mpsc;
use std::thread;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let producer = thread::spawn(move || {
        for i in 1..=4 {
            tx.send(i * 100).unwrap();
            thread::sleep(Duration::from_millis(5));
        }
        "producer finished"
    });
    let consumer = tokio::task::spawn_blocking(move || {
        let mut total = 0;
        for v in rx {
            total += v;
        }
        total
    });
    let total = consumer.await.unwrap();
    println!("total {}", total);
    println!("{}", producer.join().unwrap());
}
