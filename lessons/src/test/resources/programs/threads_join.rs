use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let handle = thread::spawn(|| {
        let mut sum = 0u64;
        for i in 1..=100 {
            sum += i;
        }
        sum
    });
    println!("sum from thread: {}", handle.join().unwrap());

    let data = vec![1, 2, 3, 4, 5, 6];
    let chunks: Vec<Vec<i32>> = data.chunks(2).map(|c| c.to_vec()).collect();
    let mut handles = Vec::new();
    for (i, chunk) in chunks.into_iter().enumerate() {
        handles.push(thread::spawn(move || {
            thread::sleep(Duration::from_millis(10 * (3 - i as u64)));
            (i, chunk.iter().map(|x| x * x).sum::<i32>())
        }));
    }
    let results: Vec<(usize, i32)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", results);

    let counter = Arc::new(Mutex::new(0));
    let mut hs = vec![];
    for _ in 0..8 {
        let c = Arc::clone(&counter);
        hs.push(thread::spawn(move || {
            for _ in 0..1000 {
                *c.lock().unwrap() += 1;
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("counter = {}", *counter.lock().unwrap());

    let bad = thread::spawn(|| {
        if true {
            panic!("worker failed");
        }
        5
    });
    let r = bad.join();
    println!("join is_err: {}", r.is_err());
    if let Err(e) = r {
        println!("payload: {:?}", e.downcast_ref::<&str>());
    }
    let named = thread::Builder::new().name("helper".into()).spawn(|| {
        thread::current().name().map(|s| s.to_string())
    }).unwrap();
    println!("{:?}", named.join().unwrap());
    let v = vec![10, 20];
    let total = thread::scope(|s| {
        let h1 = s.spawn(|| v[0] * 2);
        let h2 = s.spawn(|| v[1] * 3);
        h1.join().unwrap() + h2.join().unwrap()
    });
    println!("scoped total {} (v still {:?})", total, v);
}
