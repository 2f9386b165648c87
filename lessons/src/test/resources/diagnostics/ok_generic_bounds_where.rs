// Generic functions with where clauses, impl Trait arguments and returns, T::new() through a trait.
use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

trait Named {
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
}

#[derive(Debug)]
struct Dog(String);

impl Named for Dog {
    fn new(name: &str) -> Self {
        Dog(name.to_string())
    }
    fn name(&self) -> String {
        self.0.clone()
    }
}

fn make<T: Named>(n: &str) -> T {
    T::new(n)
}

fn count<K, I>(items: I) -> HashMap<K, usize>
where
    K: Eq + Hash,
    I: IntoIterator<Item = K>,
{
    let mut m = HashMap::new();
    for k in items {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

fn show(x: impl Debug) -> String {
    format!("{x:?}")
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn main() {
    let d: Dog = make("rex");
    let c = count(vec!["a", "b", "a"]);
    println!("{} {} {} {:?}", d.name(), c["a"], show(&d), evens(7).collect::<Vec<_>>());
}
