// An enum ordered by a hand-written `Ord` (not declaration order) drives sort, max, min and a BTreeMap's order.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Info,
    Error,
    Warn,
    Debug,
}

impl Level {
    fn rank(&self) -> u8 {
        match self {
            Level::Debug => 0,
            Level::Info => 1,
            Level::Warn => 2,
            Level::Error => 3,
        }
    }
}

impl Ord for Level {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for Level {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[tokio::main]
async fn main() {
    let mut levels = vec![Level::Warn, Level::Debug, Level::Error, Level::Info, Level::Warn];
    levels.sort();
    println!("{:?}", levels);
    println!("{:?} {:?}", levels.iter().max(), levels.iter().min());
    println!("{} {}", Level::Error > Level::Warn, Level::Info < Level::Debug);
    let mut counts = BTreeMap::new();
    for l in &levels {
        *counts.entry(*l).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let threshold = Level::Info;
    let shown: Vec<Level> = levels.iter().copied().filter(|l| *l >= threshold).collect();
    println!("{:?}", shown);
    levels.dedup();
    levels.reverse();
    println!("{:?}", levels);
}
