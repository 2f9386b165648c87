use std::collections::HashMap;
use std::collections::BTreeMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    for (word, n) in &counts {
        if *n > 1 {
            println!("{} x{}", word, n);
        }
    }
    println!("distinct: {}", counts.len());
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    ages.insert("bob", 25);
    if let Some(a) = ages.get("ann") {
        println!("ann is {}", a);
    }
    println!("{:?} {}", ages.get("zed"), ages.contains_key("bob"));
    if let Some(b) = ages.get_mut("bob") {
        *b += 1;
    }
    println!("bob is {}", ages["bob"]);
    let removed = ages.remove("ann");
    println!("{:?} {}", removed, ages.len());
}
