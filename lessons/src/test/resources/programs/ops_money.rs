// Operator impls on a newtype used across tasks: Add, Sub, AddAssign, Neg, comparisons, Display with padding.
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Cents(i64);

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents {
        Cents(self.0 + o.0)
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents {
        Cents(self.0 - o.0)
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) {
        self.0 += o.0;
    }
}

impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(-self.0)
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100);
        f.pad(&s)
    }
}

#[tokio::main]
async fn main() {
    let prices = vec![Cents(1999), Cents(250), Cents(5)];
    let mut total = Cents(0);
    for p in &prices {
        total += *p;
    }
    println!("[{}] [{:>10}] [{:<10}] [{:^10}]", total, total, total, total);
    let refund = -Cents(250);
    println!("{} {}", refund, total + refund);
    println!("{}", total - Cents(5000));
    println!("{} {} {}", Cents(1) < Cents(2), Cents(3) == Cents(3), total > Cents(10_000));
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move { Cents(100 * (i + 1)) + Cents(1) }));
    }
    let mut sum = Cents(0);
    for h in handles {
        sum += h.await.unwrap();
    }
    println!("sum {}", sum);
    let max = prices.iter().copied().fold(Cents(0), |m, p| if p > m { p } else { m });
    println!("max {:?}", max);
}
