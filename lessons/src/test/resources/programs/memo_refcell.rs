use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

struct Memo {
    cache: RefCell<HashMap<u64, u64>>,
    calls: RefCell<u32>,
}

impl Memo {
    fn fib(&self, n: u64) -> u64 {
        *self.calls.borrow_mut() += 1;
        if n < 2 {
            return n;
        }
        if let Some(v) = self.cache.borrow().get(&n) {
            return *v;
        }
        let v = self.fib(n - 1) + self.fib(n - 2);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let memo = Rc::new(Memo { cache: RefCell::new(HashMap::new()), calls: RefCell::new(0) });
    println!("fib(30) = {}", memo.fib(30));
    println!("calls: {}", memo.calls.borrow());
    let other = Rc::clone(&memo);
    println!("fib(40) = {}", other.fib(40));
    println!("calls: {}", *memo.calls.borrow());
    println!("cached entries: {}", memo.cache.borrow().len());
    println!("owners: {}", Rc::strong_count(&memo));
    let total: u64 = memo.cache.borrow().values().filter(|v| **v % 2 == 0).count() as u64;
    println!("even cached values: {}", total);
    memo.cache.borrow_mut().clear();
    *memo.calls.borrow_mut() = 0;
    println!("after reset fib(10) = {} with {} calls", memo.fib(10), memo.calls.borrow());
}
