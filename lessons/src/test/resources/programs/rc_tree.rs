use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn sum(n: &Rc<Node>) -> i32 {
    n.value + n.children.borrow().iter().map(|c| sum(c)).sum::<i32>()
}

struct Counter {
    hits: RefCell<u32>,
}

impl Counter {
    fn hit(&self) {
        *self.hits.borrow_mut() += 1;
    }
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    {
        let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        let extra = Rc::new(Node { value: 10, parent: RefCell::new(Rc::downgrade(&branch)), children: RefCell::new(vec![]) });
        branch.children.borrow_mut().push(extra);
        println!("sum = {}", sum(&branch));
    }
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    a.borrow_mut().push(3);
    b.borrow_mut().push(4);
    println!("{:?} count={}", shared.borrow(), Rc::strong_count(&shared));
    drop(a);
    println!("count={}", Rc::strong_count(&shared));
    let len = shared.borrow().len();
    println!("len {}", len);
    let c = Counter { hits: RefCell::new(0) };
    c.hit();
    c.hit();
    println!("hits {}", c.hits.borrow());
    let r1 = shared.borrow();
    let r2 = shared.borrow();
    println!("{} {} try_mut ok? {}", r1.len(), r2[0], shared.try_borrow_mut().is_ok());
    drop(r1);
    drop(r2);
    println!("try_mut ok? {}", shared.try_borrow_mut().is_ok());
    let v = Rc::try_unwrap(shared).map(|cell| cell.into_inner());
    println!("{:?}", v);
    let s1 = Rc::new(String::from("x"));
    let s2 = Rc::clone(&s1);
    println!("{} {}", Rc::ptr_eq(&s1, &s2), s1 == s2);
}
