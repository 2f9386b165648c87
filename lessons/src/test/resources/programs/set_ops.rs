use std::collections::{BTreeSet, HashSet};

fn main() {
    let rust: BTreeSet<&str> = ["ann", "bob", "cy", "dee"].into_iter().collect();
    let go: BTreeSet<&str> = BTreeSet::from(["bob", "dee", "eve"]);
    println!("both: {:?}", rust.intersection(&go).collect::<Vec<_>>());
    println!("either: {:?}", rust.union(&go).collect::<Vec<_>>());
    println!("only rust: {:?}", rust.difference(&go).collect::<Vec<_>>());
    println!("exactly one: {:?}", rust.symmetric_difference(&go).collect::<Vec<_>>());
    let small: BTreeSet<&str> = BTreeSet::from(["bob"]);
    println!("{} {} {}", small.is_subset(&rust), rust.is_superset(&small), small.is_disjoint(&go));
    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(x) {
            dups.push(x);
        }
    }
    println!("dups {:?}, unique {}", dups, seen.len());
    let mut sorted: Vec<_> = seen.into_iter().collect();
    sorted.sort_unstable();
    println!("{:?}", sorted);
    let mut tags: BTreeSet<String> = BTreeSet::new();
    tags.insert("b".to_string());
    tags.insert("a".to_string());
    tags.insert("b".to_string());
    println!("{:?} first {:?} last {:?}", tags, tags.first(), tags.last());
    tags.retain(|t| t != "a");
    println!("{:?} contains b: {}", tags, tags.contains("b"));
}
