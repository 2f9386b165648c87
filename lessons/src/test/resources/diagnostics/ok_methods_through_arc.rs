// Methods reached through Arc, Box and guards by auto-deref.
use std::sync::{Arc, Mutex};

struct Stats {
    hits: u64,
}

impl Stats {
    fn hit(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let s = Arc::new(Mutex::new(Stats { hits: 0 }));
    s.lock().unwrap().hit();
    let n = s.lock().unwrap().hits;
    let b = Box::new(vec![1, 2, 3]);
    println!("{n} {} {}", b.len(), Arc::strong_count(&s));
}
