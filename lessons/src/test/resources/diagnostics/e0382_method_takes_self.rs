// A method that takes `self` consumes the value.
struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn build(self) -> String {
        self.parts.join("-")
    }
}

fn main() {
    let b = Builder { parts: vec!["a".into(), "b".into()] };
    let s = b.build();
    println!("{s} {}", b.parts.len());
}
