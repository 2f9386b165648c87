use std::ops::{AddAssign, Neg, Not};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);

impl Neg for V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}

impl AddAssign for V {
    fn add_assign(&mut self, o: V) {
        self.0 += o.0;
        self.1 += o.1;
    }
}

#[derive(Debug, Clone, Copy)]
struct Flag(bool);

impl Not for Flag {
    type Output = Flag;
    fn not(self) -> Flag {
        Flag(!self.0)
    }
}

fn main() {
    let x: i32 = 5;
    let f = 1.5f32;
    let bits: u8 = 0b1010;
    let on = true;
    println!("{} {} {} {}", -x, -f, !bits, !on);
    let mut s = String::from("a");
    s += "b";
    s += &String::from("c");
    let mut total = V(1, 2);
    total += V(3, 4);
    total += -V(1, 1);
    println!("{} {:?} {:?}", s, total, !Flag(false));
    let mut n: u64 = 10;
    n -= 3;
    n *= 2;
    let mut d = 9.0;
    d /= 2.0;
    let neg = -(n as i64);
    println!("{} {} {}", n, d, neg);
}
