// Display impls that forward the formatter (`fmt::Display::fmt(&x, f)`, `x.fmt(f)`), use `f.pad`, or ignore the width.
use std::fmt;

struct Name(String);
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct Temp(f64);
impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "{:.*}°C", p, self.0)
        } else {
            write!(f, "{}°C", self.0)
        }
    }
}

struct Tag(&'static str);
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Pair(Name, Tag);
impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{:>6}|{:<4}>", self.0, self.1)
    }
}

#[tokio::main]
async fn main() {
    let n = Name("ann".to_string());
    println!("[{}] [{:>8}] [{:<8}] [{:^8}] [{:.2}]", n, n, n, n, n);
    let t = Temp(21.456);
    println!("[{}] [{:.1}] [{:10.2}]", t, t, t);
    let g = Tag("io");
    println!("[{:>5}] [{:*^6}] [{}]", g, g, g);
    let p = Pair(Name("bob".into()), Tag("x"));
    println!("{} [{:>30}]", p, p);
    let s = format!("{:>5}", Tag("ab"));
    println!("{:?} {}", s, s.len());
}
