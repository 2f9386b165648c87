// Several impls of one generic trait for one type: the argument's type picks the impl, as rustc does statically.
use std::ops::Mul;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Mul<i64> for Money {
    type Output = Money;
    fn mul(self, k: i64) -> Money {
        Money { cents: self.cents * k }
    }
}

impl Mul<f64> for Money {
    type Output = Money;
    fn mul(self, k: f64) -> Money {
        Money { cents: (self.cents as f64 * k).round() as i64 }
    }
}

impl Mul<Money> for i64 {
    type Output = Money;
    fn mul(self, m: Money) -> Money {
        Money { cents: self * m.cents }
    }
}

#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
    Flag(bool),
    List(Vec<Value>),
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Flag(b)
    }
}

impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::List(v)
    }
}

fn show(v: Value) -> String {
    match v {
        Value::Int(n) => format!("int {}", n),
        Value::Text(s) => format!("text {:?}", s),
        Value::Flag(b) => format!("flag {}", b),
        Value::List(items) => format!("list of {}", items.len()),
    }
}

#[tokio::main]
async fn main() {
    let m = Money { cents: 250 };
    println!("{:?} {:?} {:?}", m * 3, m * 1.5, 4 * m);
    println!("{}", show(Value::from(7)));
    println!("{}", show(Value::from("seven")));
    println!("{}", show(Value::from(true)));
    println!("{}", show(Value::from(vec![Value::from(1), Value::from("x")])));
    let a: Value = 42.into();
    let b: Value = "hi".into();
    let c: Value = false.into();
    println!("{:?} {:?} {:?}", a, b, c);
    let list: Vec<Value> = vec![1.into(), "two".into(), true.into()];
    println!("{:?}", list);
}
