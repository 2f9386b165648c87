fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &it in items.iter() {
        if it > best {
            best = it;
        }
    }
    best
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Score(u32);

struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&['x', 'b', 'z']));
    println!("{:?}", largest(&[Score(4), Score(11), Score(7)]));
    let mut s: Stack<&str> = Stack::new();
    s.push("a");
    s.push("b");
    println!("{:?} {}", s.pop(), s.len());
}
