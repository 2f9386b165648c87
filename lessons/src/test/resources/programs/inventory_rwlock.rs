// elapsed: 5ms
use std::collections::BTreeMap;
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration};

#[derive(Debug, Clone)]
struct Item {
    qty: u32,
    price: f64,
}

type Inventory = Arc<RwLock<BTreeMap<String, Item>>>;

async fn restock(inv: Inventory, name: &str, qty: u32) {
    let mut map = inv.write().await;
    let item = map.entry(name.to_string()).or_insert(Item { qty: 0, price: 1.5 });
    item.qty += qty;
}

async fn value(inv: Inventory) -> f64 {
    let map = inv.read().await;
    map.values().map(|i| i.qty as f64 * i.price).sum()
}

#[tokio::main]
async fn main() {
    let inv: Inventory = Arc::new(RwLock::new(BTreeMap::new()));
    inv.write().await.insert("apple".into(), Item { qty: 3, price: 0.5 });
    let mut tasks = Vec::new();
    for (name, qty) in [("apple", 2), ("pear", 5), ("plum", 1), ("pear", 4)] {
        let inv = inv.clone();
        tasks.push(tokio::spawn(async move {
            sleep(Duration::from_millis(5)).await;
            restock(inv, name, qty).await;
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    for (name, item) in inv.read().await.iter() {
        println!("{:>6}: {:>2} x {:.2}", name, item.qty, item.price);
    }
    println!("stock value {:.2}", value(inv.clone()).await);
    let reader = inv.read().await;
    match inv.try_write() {
        Ok(_) => println!("could write"),
        Err(e) => println!("try_write: {}", e),
    }
    let second = inv.try_read();
    println!("second reader ok: {}", second.is_ok());
    drop(second);
    drop(reader);
    if let Ok(mut w) = inv.try_write() {
        w.remove("plum");
    }
    let names: Vec<String> = inv.read().await.keys().cloned().collect();
    println!("{:?}", names);
}
