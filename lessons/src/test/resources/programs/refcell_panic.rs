// exit: 101
use std::cell::RefCell;

fn main() {
    let data = RefCell::new(String::from("hello"));
    let first = data.borrow();
    println!("first = {}", first);
    let mut second = data.borrow_mut();
    second.push_str(" world");
    println!("unreachable {}", second);
}
