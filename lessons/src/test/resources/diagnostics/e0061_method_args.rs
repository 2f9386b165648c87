// A method called with arguments it does not take.
struct Queue {
    items: Vec<u32>,
}

impl Queue {
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let q = Queue { items: vec![1, 2] };
    println!("{}", q.len(0));
}
