use std::cell::{Cell, RefCell};
use std::mem;
use std::rc::{Rc, Weak};
use std::sync::Arc;

struct Cart {
    items: RefCell<Vec<(String, u32)>>,
    checked_out: Cell<bool>,
}

impl Cart {
    fn names(&self) -> Vec<String> {
        self.items.borrow().iter().map(|(n, _)| n.clone()).collect()
    }
    fn total(&self) -> u32 {
        self.items.borrow().iter().map(|(_, p)| p).sum()
    }
    fn checkout(&self) -> Option<u32> {
        if self.checked_out.replace(true) {
            None
        } else {
            Some(self.total())
        }
    }
}

struct Parent {
    name: String,
    children: RefCell<Vec<Rc<Child>>>,
}

struct Child {
    name: String,
    parent: RefCell<Weak<Parent>>,
}

#[tokio::main]
async fn main() {
    let (tx, rx) = tokio::sync::watch::channel(String::from("idle"));
    tx.send("busy".to_string()).unwrap();
    println!("{} {}", rx.borrow().as_str(), tx.borrow().len());

    let lock = Arc::new(tokio::sync::RwLock::new(vec![3, 1, 2]));
    for x in lock.read().await.iter() {
        print!("{} ", x);
    }
    println!();
    lock.write().await.sort();
    println!("{:?}", lock.read().await);

    let cart = Cart { items: RefCell::new(vec![("tea".into(), 4), ("cake".into(), 6)]), checked_out: Cell::new(false) };
    cart.items.borrow_mut().push(("jam".into(), 3));
    println!("{:?} {}", cart.names(), cart.total());
    println!("{:?} {:?}", cart.checkout(), cart.checkout());
    println!("{}", cart.checked_out.take());

    let mut v = vec![String::from("a"), String::from("b")];
    let first = mem::take(&mut v[0]);
    println!("{:?} {:?}", first, v);
    let mut count = 5;
    let old = mem::replace(&mut count, 0);
    println!("{} {}", old, count);

    let shared = Rc::new(RefCell::new(vec![1]));
    let alias = Rc::clone(&shared);
    alias.borrow_mut().push(2);
    drop(alias);
    let inner = Rc::try_unwrap(shared).unwrap().into_inner();
    println!("{:?}", inner);

    let parent = Rc::new(Parent { name: "root".into(), children: RefCell::new(vec![]) });
    let child = Rc::new(Child { name: "leaf".into(), parent: RefCell::new(Weak::new()) });
    *child.parent.borrow_mut() = Rc::downgrade(&parent);
    parent.children.borrow_mut().push(child.clone());
    if let Some(p) = child.parent.borrow().upgrade() {
        println!("{} -> {} (strong {})", child.name, p.name, Rc::strong_count(&p));
    }
    println!("strong {} weak {}", Rc::strong_count(&parent), Rc::weak_count(&parent));
    println!("{}", parent.children.borrow()[0].name);
    let weak = Rc::downgrade(&parent);
    drop(parent);
    println!("parent gone: {}", weak.upgrade().is_none());
}
