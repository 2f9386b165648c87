// exit: 101
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    hits: RefCell<Vec<u32>>,
}

fn record(c: &Rc<Counter>, v: u32) {
    c.hits.borrow_mut().push(v);
}

fn main() {
    let c = Rc::new(Counter { hits: RefCell::new(Vec::new()) });
    record(&c, 1);
    record(&c, 2);
    println!("hits so far {:?}", c.hits.borrow());
    let writer = c.hits.borrow_mut();
    println!("holding a mutable borrow of {} items", writer.len());
    let reader = c.hits.borrow();
    println!("never {}", reader.len());
}
