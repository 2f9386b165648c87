// Traits implemented for Vec<T>, for references and with generic methods.
trait Total {
    fn total(&self) -> i64;
}

impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}

impl<T: Total> Total for Option<T> {
    fn total(&self) -> i64 {
        self.as_ref().map(|t| t.total()).unwrap_or(0)
    }
}

trait Mapper {
    fn apply<F: Fn(i64) -> i64>(&self, f: F) -> Vec<i64>;
}

impl Mapper for Vec<i64> {
    fn apply<F: Fn(i64) -> i64>(&self, f: F) -> Vec<i64> {
        self.iter().map(|x| f(*x)).collect()
    }
}

fn main() {
    let v: Vec<i64> = vec![1, 2, 3];
    let doubled = v.apply(|x| x * 2);
    println!("{} {} {:?}", v.total(), Some(doubled.clone()).total(), doubled);
}
