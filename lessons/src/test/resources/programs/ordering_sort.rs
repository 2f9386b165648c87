use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Player {
    name: String,
    score: u32,
    age: u32,
}

fn main() {
    let mut players = vec![
        Player { name: "ann".into(), score: 90, age: 30 },
        Player { name: "bob".into(), score: 75, age: 25 },
        Player { name: "cid".into(), score: 90, age: 22 },
        Player { name: "dee".into(), score: 75, age: 25 },
    ];
    players.sort_by(|a, b| b.score.cmp(&a.score).then(a.age.cmp(&b.age)));
    for p in &players {
        println!("{} {} {}", p.name, p.score, p.age);
    }
    players.sort_by(|a, b| a.age.cmp(&b.age).then_with(|| a.name.cmp(&b.name)).reverse());
    let names: Vec<&str> = players.iter().map(|p| p.name.as_str()).collect();
    println!("{:?}", names);
    println!("{:?}", 1.cmp(&2));
    println!("{:?}", 2.cmp(&2).then(Ordering::Less));
    println!("{:?}", Ordering::Greater.reverse());
    println!("{}", Ordering::Less.is_lt());
    let best = players.iter().max_by(|a, b| a.score.cmp(&b.score).then_with(|| b.name.cmp(&a.name))).unwrap();
    println!("best {}", best.name);
    match "apple".cmp("banana") {
        Ordering::Less => println!("apple first"),
        Ordering::Equal => println!("same"),
        Ordering::Greater => println!("banana first"),
    }
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by_key(|w| (w.len(), *w));
    println!("{:?}", words);
    words.sort_by(|a, b| b.cmp(a));
    println!("{:?}", words);
}
