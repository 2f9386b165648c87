// A generic stack: methods use T, Option<&T> returns, a trait bound on an impl block.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: std::fmt::Display> Stack<T> {
    fn show(&self) -> String {
        self.items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    let top: Option<&i32> = s.peek();
    println!("{:?} {} {}", top, s.show(), s.len());
    let popped = s.pop();
    let mut names: Stack<String> = Stack::new();
    names.push("a".to_string());
    println!("{:?} {:?}", popped, names.peek());
}
