// elapsed: 20ms
// Shared references are copies; `&mut` lets a function change the caller's variable.
use std::collections::HashMap;
use std::time::Duration;

struct Inventory {
    name: String,
    items: Vec<(String, u32)>,
}

impl Inventory {
    fn count(&self) -> u32 {
        self.items.iter().map(|(_, n)| n).sum()
    }

    fn find(&self, what: &str) -> Option<&(String, u32)> {
        self.items.iter().find(|(n, _)| n == what)
    }

    fn restock(&mut self, what: &str, n: u32) {
        for item in self.items.iter_mut() {
            if item.0 == what {
                item.1 += n;
            }
        }
    }
}

impl Drop for Inventory {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

async fn audit(inv: &Inventory, delay: u64) -> u32 {
    tokio::time::sleep(Duration::from_millis(delay)).await;
    inv.count()
}

fn record(log: &mut Vec<String>, line: &str) {
    log.push(line.to_string());
}

fn bump(counter: &mut u32) {
    *counter += 1;
}

fn reset(log: &mut Vec<String>) {
    *log = Vec::new();
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

#[tokio::main]
async fn main() {
    let mut inv = Inventory {
        name: "shop".to_string(),
        items: vec![("apple".to_string(), 3), ("pear".to_string(), 5)],
    };
    let r = &inv;
    let (a, b) = tokio::join!(audit(r, 20), audit(r, 10));
    println!("audits {} {} of {}", a, b, r.name);
    if let Some((name, n)) = inv.find("pear") {
        println!("found {} x{}", name, n);
    }
    inv.restock("apple", 4);
    let mut log = Vec::new();
    let mut changes = 0;
    for (name, n) in &inv.items {
        record(&mut log, &format!("{name}={n}"));
        bump(&mut changes);
    }
    println!("{:?} after {} changes", log, changes);
    reset(&mut log);
    println!("log now {:?}", log);
    let first = inv.items.first().unwrap();
    println!("first {:?} {:?}", first, first);
    println!("total {}", inv.count());

    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("apple".to_string(), 1);
    if let Some(n) = stock.get_mut("apple") {
        *n += 41;
    }
    let n = stock.get("apple").unwrap();
    println!("apples {} {}", n, n);

    let mut x = 5;
    let y = &mut x;
    *y += 1;
    let z = &mut *y;
    *z *= 10;
    println!("x = {}", x);

    let mut grid = vec![vec![0; 3]; 2];
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell += 1;
        }
    }
    let cell = &mut grid[1][2];
    *cell = 7;
    println!("{:?}", grid);

    let s1 = String::from("tokio");
    let s2 = String::from("async");
    let l = longest(&s1, &s2);
    println!("{} is longest; still {}", l, l);
}
