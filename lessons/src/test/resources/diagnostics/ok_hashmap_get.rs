// HashMap lookups by &str on String keys (Borrow), entry API, iteration order-free sum.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("apple".to_string(), 3);
    stock.insert("pear".to_string(), 0);
    let apples = stock.get("apple").copied().unwrap_or(0);
    let key = String::from("pear");
    let pears = stock.get(&key).unwrap_or(&0);
    *stock.entry("fig".to_string()).or_default() += 2;
    let total: u32 = stock.values().sum();
    println!("{apples} {pears} {total} {}", stock.contains_key("fig"));
}
