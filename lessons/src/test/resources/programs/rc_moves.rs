use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Owner {
    items: RefCell<Vec<Rc<Noisy>>>,
}

fn name_of(n: &Noisy) -> &'static str {
    n.0
}

fn main() {
    let shared = Rc::new(Noisy("shared"));
    let opt = Some(Rc::clone(&shared));
    println!("count {}", Rc::strong_count(&shared));
    let name = opt.map(|rc| rc.0.len());
    println!("mapped {:?}, count {}", name, Rc::strong_count(&shared));
    let list = vec![Rc::clone(&shared), Rc::clone(&shared)];
    println!("count {}", Rc::strong_count(&shared));
    let lens: Vec<usize> = list.into_iter().map(|r| r.0.len()).collect();
    println!("{:?} count {}", lens, Rc::strong_count(&shared));
    {
        let owner = Owner { items: RefCell::new(vec![Rc::clone(&shared)]) };
        owner.items.borrow_mut().push(Rc::new(Noisy("inner")));
        println!("in scope count {}", Rc::strong_count(&shared));
    }
    println!("after scope count {}", Rc::strong_count(&shared));
    let weak: Weak<Noisy>;
    {
        let temp = Rc::new(Noisy("temp"));
        weak = Rc::downgrade(&temp);
        println!("alive {}", weak.upgrade().is_some());
    }
    println!("alive after {}", weak.upgrade().is_some());
    let mut counter = 0;
    let mut bump = || {
        counter += 1;
        counter
    };
    bump();
    bump();
    println!("counter {}", counter);
    let n = Noisy("moved into closure");
    let f = move || println!("closure sees {}", name_of(&n));
    f();
    f();
    drop(f);
    println!("end of main");
}
