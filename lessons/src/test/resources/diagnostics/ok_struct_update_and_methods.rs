// Struct update syntax, associated functions, methods returning Self.
#[derive(Debug, Clone, PartialEq)]
struct Settings {
    workers: usize,
    name: String,
    verbose: bool,
}

impl Settings {
    fn new(name: &str) -> Self {
        Settings { workers: 4, name: name.to_string(), verbose: false }
    }

    fn verbose(mut self) -> Self {
        self.verbose = true;
        self
    }
}

fn main() {
    let base = Settings::new("demo");
    let loud = base.clone().verbose();
    let two = Settings { workers: 2, ..base.clone() };
    println!("{:?} {} {}", loud, two.workers, base == two);
}
