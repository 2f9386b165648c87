// Width and precision reach a user Display only when its impl passes the formatter on (`f.pad`, `fmt(f)`),
// not when it writes with `write!`; `f.alternate()`, `f.width()`, `f.precision()` and `f.sign_plus()` read the spec.
use std::fmt;

struct Plain(i32);
impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.0)
    }
}

struct Padded(&'static str);
impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Forward(f64);
impl fmt::Display for Forward {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct Inner(u8);
impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:>4}]", self.0)
    }
}

struct Spec;
impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "alt={} width={:?} prec={:?} plus={}", f.alternate(), f.width(), f.precision(), f.sign_plus())
    }
}

struct Hex(u32);
impl fmt::Debug for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Hex({:#x})", self.0)
        } else {
            write!(f, "0x{:x}", self.0)
        }
    }
}

#[tokio::main]
async fn main() {
    println!("[{:>8}] [{:<8}] [{:^8}] [{:08}]", Plain(1), Plain(2), Plain(3), Plain(4));
    println!("[{:>8}] [{:<8}] [{:^8}] [{:.2}] [{:-^9.3}]", Padded("ab"), Padded("cd"), Padded("ef"), Padded("ghij"), Padded("klmno"));
    println!("[{:>8}] [{:.1}] [{:+}] [{:08.3}]", Forward(1.5), Forward(2.25), Forward(3.0), Forward(-1.0));
    println!("[{:>10}] [{}]", Inner(7), Inner(42));
    println!("{}", Spec);
    println!("{:#}", Spec);
    println!("{:>5.2}", Spec);
    println!("{:+}", Spec);
    println!("{:?} {:#?}", Hex(255), Hex(16));
    let s = format!("{:>6}|{:<6}|", Plain(9), Padded("z"));
    println!("{}", s);
    println!("{}", Plain(5).to_string().len());
}
