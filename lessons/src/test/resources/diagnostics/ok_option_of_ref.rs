// Option<&T> and friends.
fn find<'a>(names: &'a [String], prefix: &str) -> Option<&'a String> {
    names.iter().find(|n| n.starts_with(prefix))
}

fn main() {
    let names = vec!["alice".to_string(), "bob".to_string()];
    let hit: Option<&String> = find(&names, "b");
    if let Some(name) = hit {
        println!("found {name}");
    }
    let len = hit.map(|n| n.len()).unwrap_or(0);
    let first: Option<&String> = names.first();
    println!("{len} {:?} {}", first, names.len());
}
