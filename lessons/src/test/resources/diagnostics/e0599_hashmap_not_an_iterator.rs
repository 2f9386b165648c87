// A HashMap needs .iter() (or .keys(), .values()) before iterator adapters.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let total: i32 = m.map(|(_, v)| v).sum();
    println!("{total}");
}
