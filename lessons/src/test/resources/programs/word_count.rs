use std::collections::{BTreeMap, HashMap};

fn main() {
    let text = "the quick brown fox jumps over the lazy dog The dog barks and the fox runs";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        let w = word.to_lowercase();
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in pairs.iter().take(4) {
        println!("{w:>6}: {c}");
    }

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for word in text.split(' ') {
        by_len.entry(word.len()).or_insert_with(Vec::new).push(word);
    }
    for (len, words) in &by_len {
        let mut ws = words.clone();
        ws.sort();
        ws.dedup();
        println!("{} -> {:?}", len, ws);
    }

    let mut scores: HashMap<&str, i32> = HashMap::new();
    for (name, pts) in [("ann", 3), ("bob", 5), ("ann", 4), ("cid", 1), ("bob", -2)] {
        scores.entry(name).and_modify(|s| *s += pts).or_insert(pts);
    }
    let mut names: Vec<_> = scores.keys().copied().collect();
    names.sort_unstable();
    for n in names {
        println!("{} = {}", n, scores[n]);
    }
    if let Some(v) = scores.get_mut("cid") {
        *v *= 10;
    }
    println!("cid now {:?}, dan {:?}", scores.get("cid"), scores.get("dan"));
    println!("contains bob: {}, len {}", scores.contains_key("bob"), scores.len());
    let removed = scores.remove("ann");
    println!("removed {:?}, left {}", removed, scores.len());
    let total: i32 = scores.values().sum();
    println!("total {}", total);
    let first_long = by_len.iter().rev().next().map(|(k, v)| (*k, v.len()));
    println!("{:?}", first_long);
    let range: Vec<_> = by_len.range(3..=4).map(|(k, _)| k).collect();
    println!("{:?}", range);
}
