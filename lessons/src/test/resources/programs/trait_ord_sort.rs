// A hand-written `Ord` decides sort, max, min, BinaryHeap and BTreeMap order; `PartialEq` decides `==` and contains.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Eq)]
struct Task {
    priority: u32,
    name: String,
}

impl PartialEq for Task {
    fn eq(&self, other: &Self) -> bool {
        self.priority == other.priority
    }
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        other.priority.cmp(&self.priority)
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn t(p: u32, n: &str) -> Task {
    Task { priority: p, name: n.to_string() }
}

#[tokio::main]
async fn main() {
    let mut v = vec![t(3, "c"), t(1, "a"), t(5, "e"), t(2, "b")];
    v.sort();
    println!("{:?}", v.iter().map(|x| x.name.as_str()).collect::<Vec<_>>());
    println!("max {} min {}", v.iter().max().unwrap().name, v.iter().min().unwrap().name);
    println!("{} {}", t(1, "x") == t(1, "y"), v.contains(&t(2, "zzz")));
    println!("{} {}", t(1, "x") < t(2, "y"), t(9, "x") > t(2, "y"));
    let mut m = BTreeMap::new();
    m.insert(t(10, "ten"), 1);
    m.insert(t(20, "twenty"), 2);
    m.insert(t(15, "fifteen"), 3);
    println!("{:?}", m.values().collect::<Vec<_>>());
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v.iter().map(|x| x.priority).collect::<Vec<_>>());
    println!("{:?}", t(1, "a").cmp(&t(2, "b")));
}
