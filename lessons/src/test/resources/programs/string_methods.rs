fn parse_kv(line: &str) -> Option<(String, String)> {
    let (k, v) = line.split_once('=')?;
    Some((k.trim().to_string(), v.trim().to_string()))
}

fn main() {
    let raw = "--verbose--";
    println!("{}", raw.trim_matches('-'));
    println!("{}", "xxhixx".trim_start_matches('x'));
    println!("{}", "xxhixx".trim_end_matches("x"));
    let url = "https://example.com/index.html";
    if let Some(rest) = url.strip_prefix("https://") {
        println!("host+path: {}", rest);
    }
    println!("{:?}", url.strip_suffix(".html"));
    println!("{:?}", url.strip_suffix(".php"));
    for line in ["name = tokio", "version=1.24", "broken line"] {
        match parse_kv(line) {
            Some((k, v)) => println!("{} -> {}", k, v),
            None => println!("no '=' in {:?}", line),
        }
    }
    for (i, c) in "héllo".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let path = "a/b/c/d.txt";
    let parts: Vec<&str> = path.rsplit('/').collect();
    println!("{:?}", parts);
    let first_two: Vec<&str> = path.splitn(3, '/').collect();
    println!("{:?}", first_two);
    println!("{:?} {:?}", path.find('/'), path.rfind('/'));
    println!("{:?}", path.find("zz"));
    println!("{}", path.replace("/", "::"));
    println!("{}", "ab".repeat(3));
    println!("{} {}", "Shout".to_uppercase(), "QUIET".to_lowercase());
    let csv = "3, 1,4 ,1,5";
    let nums: Vec<u32> = csv.split(',').map(|s| s.trim().parse().unwrap()).collect();
    println!("{:?}", nums);
    let words = "the quick  brown fox";
    println!("{:?}", words.split_whitespace().collect::<Vec<_>>());
    println!("{}", words.starts_with("the") && words.ends_with("fox"));
    println!("{}", words.contains("quick"));
    let title: String = words
        .split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ");
    println!("{}", title);
    let mut s = String::from("hello");
    s.insert(0, '>');
    s.push_str(" world");
    s.truncate(8);
    println!("{} (len {})", s, s.len());
    println!("{:?}", s.pop());
    println!("{}", s.chars().rev().collect::<String>());
    println!("{:?}", "a,b,,c".split(',').filter(|p| !p.is_empty()).collect::<Vec<_>>());
    println!("{:?}", "line1\nline2\n".lines().collect::<Vec<_>>());
    println!("{}", "abc".bytes().map(|b| b as u32).sum::<u32>());
    println!("{:?}", "Hello".char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect::<Vec<_>>());
}
