use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    name: String,
    visits: Cell<u32>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node { name: name.to_string(), visits: Cell::new(0), children: RefCell::new(Vec::new()) })
    }
}

fn visit(n: &Rc<Node>, depth: usize) {
    n.visits.set(n.visits.get() + 1);
    println!("{}{} (visits {})", "  ".repeat(depth), n.name, n.visits.get());
    for c in n.children.borrow().iter() {
        visit(c, depth + 1);
    }
}

fn main() {
    let root = Node::new("root");
    let a = Node::new("a");
    let b = Node::new("b");
    a.children.borrow_mut().push(Node::new("a1"));
    root.children.borrow_mut().push(Rc::clone(&a));
    root.children.borrow_mut().push(b.clone());
    root.children.borrow_mut().push(a.clone());
    visit(&root, 0);
    println!("a strong count = {}", Rc::strong_count(&a));
    println!("root has {} children", root.children.borrow().len());
    let counter = Cell::new(5);
    let old = counter.replace(9);
    println!("cell {} -> {}", old, counter.get());
    let shared = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two borrows: {} {}", r1.len(), r2[0]);
        println!("try_borrow_mut while borrowed: {}", shared.try_borrow_mut().is_err());
    }
    shared.borrow_mut().push(4);
    println!("{:?}", shared.borrow());
    let inner = shared.into_inner();
    println!("into_inner {:?}", inner);
}
