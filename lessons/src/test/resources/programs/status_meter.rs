use std::cell::Cell;
use std::iter;
use std::sync::Arc;
use tokio::sync::{watch, RwLock};

#[derive(Debug, Clone, PartialEq)]
struct Status {
    online: bool,
    load: u32,
}

struct Meter {
    reads: Cell<u32>,
}

impl Meter {
    fn read(&self) -> u32 {
        self.reads.set(self.reads.get() + 1);
        self.reads.get() * 10
    }
}

fn bump(v: &mut Vec<i32>) {
    v.push(v.len() as i32);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = watch::channel(Status { online: false, load: 0 });
    let changed = tx.send_if_modified(|s| {
        if !s.online {
            s.online = true;
            true
        } else {
            false
        }
    });
    println!("modified: {} online: {}", changed, rx.borrow().online);
    let again = tx.send_if_modified(|s| s.load > 100);
    println!("modified again: {} has_changed: {}", again, rx.has_changed().unwrap());
    println!("load via borrow: {}", tx.borrow().load);

    let lock = Arc::new(RwLock::new(vec![1, 2]));
    {
        let mut g = lock.write().await;
        bump(&mut g);
        bump(&mut *g);
    }
    println!("{:?}", *lock.read().await);
    let len = lock.read().await.len();
    println!("len {}", len);

    let m = Meter { reads: Cell::new(0) };
    let total: u32 = (0..3).map(|_| m.read()).sum();
    println!("total {} reads {}", total, m.reads.get());

    let down: Vec<i32> = (0..10).rev().step_by(3).collect();
    println!("{:?}", down);
    let with_end: Vec<i32> = (1..4).chain(iter::once(10)).collect();
    println!("{:?}", with_end);
    let rep: String = iter::repeat("ab").take(3).collect();
    println!("{}", rep);
    let mut n = 0;
    let counter: Vec<i32> = iter::from_fn(|| {
        n += 1;
        if n <= 4 { Some(n * n) } else { None }
    })
    .collect();
    println!("{:?}", counter);
    let powers: Vec<u32> = iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect();
    println!("{:?}", powers);
    let digits: String = "a1b2c3".chars().filter(|c| c.is_ascii_digit()).collect();
    println!("{}", digits);
    let s = "x, y, z";
    println!("{:?}", s.split(", ").collect::<Vec<_>>());
    let total_len: usize = ["ab", "cde"].iter().map(|s| s.len()).sum();
    println!("{}", total_len);
    let mut it = [10, 20, 30].iter();
    it.next();
    println!("{:?}", it.collect::<Vec<_>>());
    let nested: Vec<(usize, char)> = "hey".chars().rev().enumerate().collect();
    println!("{:?}", nested);
    let last_word = "the end of it".rsplit(' ').next();
    println!("{:?}", last_word);
    let mut words: Vec<String> = "b a c".split(' ').map(String::from).collect();
    words.sort();
    words.dedup();
    println!("{}", words.concat());
    println!("{:?}", "Mississippi".match_indices("ss").map(|(i, _)| i).collect::<Vec<_>>());
}
