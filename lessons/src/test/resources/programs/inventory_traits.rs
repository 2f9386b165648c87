use std::collections::HashMap;
use std::fmt;

trait Priced {
    fn price_cents(&self) -> u64;
    fn label(&self) -> String;
    fn formatted(&self) -> String {
        format!("{} @ ${}.{:02}", self.label(), self.price_cents() / 100, self.price_cents() % 100)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Food,
    Tool,
    Toy,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    cents: u64,
    cat: Category,
    stock: u32,
}

impl Priced for Item {
    fn price_cents(&self) -> u64 {
        self.cents
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

struct Bundle {
    items: Vec<Item>,
    discount_pct: u64,
}

impl Priced for Bundle {
    fn price_cents(&self) -> u64 {
        let sum: u64 = self.items.iter().map(|i| i.price_cents()).sum();
        sum * (100 - self.discount_pct) / 100
    }
    fn label(&self) -> String {
        let names: Vec<String> = self.items.iter().map(|i| i.label()).collect();
        format!("bundle[{}]", names.join("+"))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Category::Food => "food",
            Category::Tool => "tool",
            Category::Toy => "toy",
        };
        write!(f, "{}", s)
    }
}

fn cheapest<'a, T: Priced>(things: &'a [T]) -> Option<&'a T> {
    things.iter().min_by_key(|t| t.price_cents())
}

fn total_value(things: &[&dyn Priced]) -> u64 {
    things.iter().map(|t| t.price_cents()).sum()
}

fn main() {
    let items = vec![
        Item { name: "apple".into(), cents: 45, cat: Category::Food, stock: 120 },
        Item { name: "hammer".into(), cents: 1299, cat: Category::Tool, stock: 8 },
        Item { name: "yoyo".into(), cents: 350, cat: Category::Toy, stock: 0 },
        Item { name: "bread".into(), cents: 275, cat: Category::Food, stock: 14 },
        Item { name: "wrench".into(), cents: 899, cat: Category::Tool, stock: 3 },
    ];
    for i in &items {
        println!("{}", i.formatted());
    }
    let mut by_cat: HashMap<Category, Vec<&Item>> = HashMap::new();
    for i in &items {
        by_cat.entry(i.cat.clone()).or_default().push(i);
    }
    let mut cats: Vec<_> = by_cat.keys().cloned().collect();
    cats.sort();
    for c in cats {
        let list = &by_cat[&c];
        let in_stock = list.iter().filter(|i| i.stock > 0).count();
        println!("{:<5} {} items, {} in stock, worth {}", c, list.len(), in_stock, list.iter().map(|i| i.cents * i.stock as u64).sum::<u64>());
    }
    println!("cheapest: {:?}", cheapest(&items).map(|i| &i.name));
    let b = Bundle { items: items[1..3].to_vec(), discount_pct: 15 };
    println!("{}", b.formatted());
    let all: Vec<&dyn Priced> = vec![&items[0], &b, &items[3]];
    println!("total {}", total_value(&all));
    let restock: Vec<String> = items.iter().filter(|i| i.stock < 5).map(|i| format!("{}({})", i.name, i.stock)).collect();
    println!("restock: {}", restock.join(", "));
    let empty: Vec<Item> = Vec::new();
    println!("{:?}", cheapest(&empty).is_none());
}
