use std::time::Duration;
use tokio::time::sleep;

async fn work(id: u64) -> u64 {
    sleep(Duration::from_millis(50 * (5 - id))).await;
    println!("task {} finished", id);
    id * id
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..5 {
        handles.push(tokio::spawn(work(i)));
    }
    let mut total = 0;
    for (i, h) in handles.into_iter().enumerate() {
        let v = h.await.unwrap();
        println!("handle {} -> {}", i, v);
        total += v;
    }
    println!("total = {}", total);
    let names = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let tasks: Vec<_> = names
        .into_iter()
        .map(|n| tokio::spawn(async move { format!("{}!", n.to_uppercase()) }))
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    println!("{:?}", out);
    let failing = tokio::spawn(async {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    match failing.await {
        Ok(v) => println!("got {}", v),
        Err(e) => println!("task failed: panic={} cancelled={}", e.is_panic(), e.is_cancelled()),
    }
}
// elapsed: 250ms
