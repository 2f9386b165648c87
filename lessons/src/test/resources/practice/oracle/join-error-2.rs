async fn job(n: u32) -> u32 {
    if n == 2 || n == 3 {
        panic!("job {} failed", n);
    }
    n * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut handles = Vec::new();
    for n in 1..=4 {
        handles.push(tokio::spawn(job(n)));
    }
    for (i, h) in handles.into_iter().enumerate() {
        match h.await {
            Ok(v) => println!("job {}: ok {}", i + 1, v),
            Err(e) => println!("job {}: panicked = {}", i + 1, e.is_panic()),
        }
    }
    println!("main goes on");
}
