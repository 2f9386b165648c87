use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

async fn square_after(n: u64) -> (u64, u64) {
    sleep(Duration::from_millis(300 - n * 50)).await;
    (n, n * n)
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for n in 1..=5 {
        set.spawn(square_after(n));
    }
    println!("spawned {}", set.len());
    let mut order = Vec::new();
    let mut sum = 0;
    while let Some(res) = set.join_next().await {
        let (n, sq) = res.unwrap();
        order.push(n);
        sum += sq;
    }
    println!("completion order {:?}, sum {}", order, sum);
    println!("empty {}", set.is_empty());
    let mut set2: JoinSet<Result<u32, String>> = JoinSet::new();
    for i in 0..4u32 {
        set2.spawn(async move {
            sleep(Duration::from_millis(60 * i as u64)).await;
            if i == 2 { Err(format!("job {} failed", i)) } else { Ok(i * 10) }
        });
    }
    let mut oks = Vec::new();
    let mut errs = Vec::new();
    while let Some(r) = set2.join_next().await {
        match r.unwrap() {
            Ok(v) => oks.push(v),
            Err(e) => errs.push(e),
        }
    }
    println!("{:?} {:?}", oks, errs);
    let mut set3 = JoinSet::new();
    set3.spawn(async { sleep(Duration::from_secs(5)).await; 1 });
    set3.spawn(async { 2 });
    let first = set3.join_next().await.unwrap().unwrap();
    println!("first {}", first);
    set3.abort_all();
    while let Some(r) = set3.join_next().await {
        println!("cancelled? {}", r.unwrap_err().is_cancelled());
    }
}
// elapsed: 430ms
