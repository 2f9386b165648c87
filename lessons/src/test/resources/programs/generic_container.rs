use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

#[derive(Debug)]
struct Counter<T: Hash + Eq> {
    counts: HashMap<T, usize>,
}

impl<T: Hash + Eq + Clone + Ord + Debug> Counter<T> {
    fn new() -> Self {
        Counter { counts: HashMap::new() }
    }
    fn add(&mut self, item: T) {
        *self.counts.entry(item).or_insert(0) += 1;
    }
    fn add_all<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for i in items {
            self.add(i);
        }
    }
    fn most_common(&self, n: usize) -> Vec<(T, usize)> {
        let mut v: Vec<(T, usize)> = self.counts.iter().map(|(k, c)| (k.clone(), *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }
    fn total(&self) -> usize {
        self.counts.values().sum()
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Debug> Describe for Vec<T> {
    fn describe(&self) -> String {
        format!("a list of {} items starting with {:?}", self.len(), self.first())
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { "negative".to_string() } else { format!("{} is fine", self) }
    }
}

fn show_all(items: &[&dyn Describe]) {
    for i in items {
        println!("- {}", i.describe());
    }
}

fn pair_up<A: Clone, B: Clone>(a: &[A], b: &[B]) -> Vec<(A, B)> {
    a.iter().cloned().zip(b.iter().cloned()).collect()
}

fn main() {
    let mut words = Counter::new();
    words.add_all("the cat and the dog and the bird".split(' '));
    println!("{:?}", words.most_common(2));
    println!("total {}", words.total());
    let mut nums = Counter::new();
    nums.add_all(vec![3, 1, 3, 2, 3, 1]);
    println!("{:?}", nums.most_common(5));
    let mut chars: Counter<char> = Counter::new();
    chars.add_all("mississippi".chars());
    println!("{:?}", chars.most_common(3));
    show_all(&[&vec![1, 2, 3], &-4, &vec!["a"], &7]);
    println!("{:?}", pair_up(&[1, 2, 3], &["x", "y"]));
    let v: Vec<String> = Vec::new();
    println!("{}", v.describe());
}
