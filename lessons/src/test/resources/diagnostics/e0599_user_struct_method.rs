// A method that was never defined on the struct.
struct Counter {
    n: u32,
}

impl Counter {
    fn incr(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.incr();
    c.reset();
    println!("{}", c.n);
}
