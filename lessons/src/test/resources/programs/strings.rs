fn main() {
    let mut s = String::from("hello");
    s.push_str(", world");
    s.push('!');
    println!("{} ({} bytes)", s, s.len());
    let name = "Ferris";
    let age = 7;
    println!("{name} is {age} years old, {0} {0}", name);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]", name, name, name, name);
    println!("{:?} {:?}", "quote\"d", 'c');
    let words: Vec<&str> = "a bb ccc".split(' ').collect();
    println!("{:?}", words);
    let upper = s.to_uppercase();
    println!("{}", upper);
    println!("{}", s.contains("world"));
    println!("{}", s.replace("world", "Rust"));
    let n: i32 = "42".parse().unwrap();
    let m = "17".parse::<u64>().unwrap();
    println!("{}", n + 1);
    println!("{}", m * 2);
    let bad = "x1".parse::<i32>();
    println!("{:?}", bad.is_err());
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    let t = format!("{}-{}", "a", 1);
    println!("{}", t);
    println!("{}", "  trim me  ".trim());
    let joined = vec!["x", "y", "z"].join("/");
    println!("{}", joined);
    for (i, c) in "abc".chars().enumerate() {
        print!("{}{} ", i, c);
    }
    println!();
    let owned: String = "abc".to_string() + "def";
    println!("{}", &owned[1..4]);
}
