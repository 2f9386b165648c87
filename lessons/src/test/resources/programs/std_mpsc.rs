use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producers: Vec<_> = (0..3)
        .map(|id| {
            let tx = tx.clone();
            thread::spawn(move || {
                for j in 0..3 {
                    tx.send(id * 10 + j).unwrap();
                    thread::sleep(Duration::from_millis(5));
                }
            })
        })
        .collect();
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
    for p in producers {
        p.join().unwrap();
    }

    let (tx, rx) = mpsc::channel::<String>();
    thread::spawn(move || {
        for w in ["one", "two", "three"] {
            tx.send(w.to_string()).unwrap();
            thread::sleep(Duration::from_millis(20));
        }
    });
    for received in rx {
        println!("Got: {}", received);
    }

    let (stx, srx) = mpsc::sync_channel::<u32>(1);
    let h = thread::spawn(move || {
        for i in 0..4 {
            stx.send(i).unwrap();
        }
        "producer done"
    });
    thread::sleep(Duration::from_millis(30));
    let mut v = Vec::new();
    while let Ok(x) = srx.recv() {
        v.push(x);
    }
    println!("{:?} {}", v, h.join().unwrap());

    let (tx, rx) = mpsc::channel::<i32>();
    println!("{:?}", rx.try_recv());
    tx.send(7).unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv_timeout(Duration::from_millis(10)));
    drop(tx);
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    let (tx, rx) = mpsc::channel::<i32>();
    drop(rx);
    println!("{:?}", tx.send(1));
    if let Err(e) = tx.send(2) {
        println!("{} / value {}", e, e.0);
    }
}
