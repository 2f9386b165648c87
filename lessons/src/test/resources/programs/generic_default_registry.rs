// Generic containers created through `Default` and `T::new()`, and a registry of constructors by type.
use std::collections::HashMap;

trait Plugin {
    fn new() -> Self;
    fn id(&self) -> &'static str;
    fn run(&self, input: i32) -> i32;
}

struct Doubler;
struct Squarer {
    calls: u32,
}

impl Plugin for Doubler {
    fn new() -> Self {
        Doubler
    }
    fn id(&self) -> &'static str {
        "double"
    }
    fn run(&self, input: i32) -> i32 {
        input * 2
    }
}

impl Plugin for Squarer {
    fn new() -> Self {
        Squarer { calls: 0 }
    }
    fn id(&self) -> &'static str {
        "square"
    }
    fn run(&self, input: i32) -> i32 {
        input * input + self.calls as i32
    }
}

fn make_and_run<P: Plugin>(x: i32) -> (String, i32) {
    let p = P::new();
    (p.id().to_string(), p.run(x))
}

#[derive(Default, Debug)]
struct Counters {
    hits: HashMap<String, u32>,
    total: u64,
    last: Option<String>,
}

fn bump<T: Default + std::fmt::Debug>(slot: &mut Option<T>) -> String {
    let v = slot.take().unwrap_or_default();
    format!("{:?}", v)
}

#[tokio::main]
async fn main() {
    let (a, x) = make_and_run::<Doubler>(21);
    let (b, y) = make_and_run::<Squarer>(7);
    println!("{} {} {} {}", a, x, b, y);
    let mut c = Counters::default();
    for name in ["a", "b", "a", "c", "a"] {
        *c.hits.entry(name.to_string()).or_default() += 1;
        c.total += 1;
        c.last = Some(name.to_string());
    }
    let mut keys: Vec<_> = c.hits.iter().collect();
    keys.sort();
    println!("{:?} total={} last={:?}", keys, c.total, c.last);
    let mut some = Some(3u8);
    let mut word = Some(String::from("w"));
    println!("{} {} {:?}", bump(&mut some), bump(&mut word), word);
    let h = tokio::spawn(async { make_and_run::<Squarer>(3) });
    println!("{:?}", h.await.unwrap());
}
