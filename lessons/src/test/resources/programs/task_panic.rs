async fn risky(n: u32) -> u32 {
    if n == 3 {
        panic!("unlucky number {}", n);
    }
    n * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut handles = Vec::new();
    for n in 1..=4 {
        handles.push(tokio::spawn(risky(n)));
    }
    for (i, h) in handles.into_iter().enumerate() {
        match h.await {
            Ok(v) => println!("task {} -> {}", i, v),
            Err(e) if e.is_panic() => println!("task {} panicked", i),
            Err(_) => println!("task {} cancelled", i),
        }
    }
    println!("main survives");
}
