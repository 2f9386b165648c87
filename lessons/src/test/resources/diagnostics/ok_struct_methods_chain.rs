// Builder with &mut self chaining and by-value finish; impl Display; sort by key with references.
use std::fmt;

#[derive(Default)]
struct Req {
    path: String,
    headers: Vec<(String, String)>,
}

impl Req {
    fn path(&mut self, p: &str) -> &mut Self {
        self.path = p.to_string();
        self
    }
    fn header(&mut self, k: &str, v: &str) -> &mut Self {
        self.headers.push((k.into(), v.into()));
        self
    }
    fn build(&self) -> String {
        format!("{} {}", self.path, self.headers.len())
    }
}

impl fmt::Display for Req {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Req({})", self.path)
    }
}

fn main() {
    let mut r = Req::default();
    r.path("/x").header("a", "1").header("b", "2");
    let mut hs = r.headers.clone();
    hs.sort_by(|a, b| b.0.cmp(&a.0));
    println!("{} {} {:?}", r.build(), r, hs);
}
