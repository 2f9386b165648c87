// Operators between a newtype and other types: Add<&str>, PartialEq<&str>, Not and Neg on flag and vector types.
use std::ops::{Add, Neg, Not};

#[derive(Debug, Clone, PartialEq)]
struct Path(String);

impl Add<&str> for Path {
    type Output = Path;
    fn add(self, seg: &str) -> Path {
        if self.0.ends_with('/') {
            Path(format!("{}{}", self.0, seg))
        } else {
            Path(format!("{}/{}", self.0, seg))
        }
    }
}

impl PartialEq<&str> for Path {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags(u8);

impl Not for Flags {
    type Output = Flags;
    fn not(self) -> Flags {
        Flags(!self.0)
    }
}

#[derive(Debug, Clone, Copy)]
struct V3(f64, f64, f64);

impl Neg for V3 {
    type Output = V3;
    fn neg(self) -> V3 {
        V3(-self.0, -self.1, -self.2)
    }
}

#[tokio::main]
async fn main() {
    let p = Path("/usr".to_string()) + "local" + "bin";
    println!("{:?} {}", p, p == "/usr/local/bin");
    let root = Path("/".to_string()) + "etc";
    println!("{} {}", root.0, root == "/etc/");
    let f = Flags(0b1010_0000);
    println!("{:?} {:08b} {}", !f, (!f).0, !!f == f);
    let v = V3(1.0, -2.5, 0.0);
    println!("{:?}", -v);
    let h = tokio::spawn(async move { (p + "tokio").0 });
    println!("{}", h.await.unwrap());
}
