fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + shift) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn capitalize(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
        None => String::new(),
    }
}

fn main() {
    let text = "Hello, World! Rust is fun; Rust is fast. 123 numbers & ünïcode";
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let spaces = text.chars().filter(|c| c.is_whitespace()).count();
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    println!("letters={} digits={} spaces={} upper={}", letters, digits, spaces, upper);
    println!("bytes={} chars={}", text.len(), text.chars().count());
    for w in ["racecar", "A man, a plan, a canal: Panama", "rust"] {
        println!("{:?} palindrome? {}", w, is_palindrome(w));
    }
    let enc = caesar("Attack at Dawn!", 3);
    println!("{} -> {}", enc, caesar(&enc, 23));
    let title: Vec<String> = "the rust programming language".split(' ').map(capitalize).collect();
    println!("{}", title.join(" "));
    println!("{}", text.to_uppercase());
    println!("{}", text.replace("Rust", "Go"));
    println!("{:?}", text.find("is"));
    println!("{:?}", text.rfind("is"));
    println!("{:?}", text.split(|c: char| !c.is_alphanumeric()).filter(|s| !s.is_empty()).collect::<Vec<_>>());
    let digits_sum: u32 = text.chars().filter_map(|c| c.to_digit(10)).sum();
    println!("digit sum {}", digits_sum);
    let acronym: String = "portable network graphics".split_whitespace().map(|w| w.chars().next().unwrap().to_ascii_uppercase()).collect();
    println!("{}", acronym);
    let s = String::from("hello");
    let bytes = s.as_bytes();
    println!("{:?} {}", bytes, bytes[1]);
    let mut chars: Vec<char> = s.chars().collect();
    chars.sort();
    chars.dedup();
    println!("{:?}", chars);
    let mut owned = String::with_capacity(16);
    owned.push_str("abc");
    owned.push('d');
    owned.insert(0, '>');
    owned.insert_str(1, "> ");
    let popped = owned.pop();
    println!("{} len={} {:?}", owned, owned.len(), popped);
    owned.truncate(3);
    println!("[{}] {}", owned, owned.is_empty());
    println!("{}", "ab".repeat(3));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "  padded\t".trim_end());
    println!("{}", 'Z' as u32 + 1);
    println!("{:?}", char::from_u32(0x41));
    println!("{:?}", std::char::from_digit(7, 10));
    println!("{}", ('a'..='e').collect::<String>());
    println!("{:?}", "Mississippi".matches("ss").count());
    println!("{}", "tschüß".len());
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{}", "x".cmp("y") as i32);
    println!("{:?}", "abc".char_indices().map(|(i, c)| format!("{i}{c}")).collect::<Vec<_>>());
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    println!("{:?}", "k=v=w".rsplit_once('='));
    println!("{:?}", "ab cd".split_at(2));
    println!("{}", "état".chars().rev().collect::<String>());
}
