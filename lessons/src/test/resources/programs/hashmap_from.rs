use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let prices = HashMap::from([("apple", 3), ("pear", 5), ("fig", 7)]);
    let mut keys: Vec<_> = prices.keys().collect();
    keys.sort();
    println!("{:?}", keys);
    println!("pear costs {}", prices["pear"]);
    println!("{:?} {:?}", prices.get("fig"), prices.get("kiwi"));
    let text = "one two three two one two";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let most = counts.iter().max_by_key(|(_, c)| **c).unwrap();
    println!("most common: {} ({})", most.0, most.1);
    let mut scores: HashMap<String, Vec<u32>> = HashMap::new();
    for (name, s) in [("ann", 90), ("bob", 70), ("ann", 85)] {
        scores.entry(name.to_string()).or_insert_with(Vec::new).push(s);
    }
    let mut names: Vec<&String> = scores.keys().collect();
    names.sort();
    for n in names {
        println!("{} -> {:?}", n, scores[n]);
    }
    let ordered: BTreeMap<i32, char> = BTreeMap::from([(3, 'c'), (1, 'a'), (2, 'b')]);
    println!("{:?}", ordered);
    println!("{:?}", ordered.iter().next());
    let seen: HashSet<i32> = HashSet::from([1, 2, 3]);
    let other: HashSet<i32> = [2, 3, 4].into_iter().collect();
    let mut both: Vec<_> = seen.intersection(&other).collect();
    both.sort();
    println!("{:?}", both);
    let mut m = HashMap::new();
    m.insert("k", 1);
    if let Some(v) = m.get_mut("k") {
        *v += 10;
    }
    println!("{:?} {}", m.remove("k"), m.len());
    println!("{}", m.contains_key("k"));
    let inverted: BTreeMap<i32, &str> = prices.iter().map(|(k, v)| (*v, *k)).collect();
    println!("{:?}", inverted);
}
