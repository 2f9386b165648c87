struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.cuont += self.step;
    }
}

fn main() {
    let mut c = Counter { count: 0, step: 1 };
    c.bump();
}
