fn shift(c: char, k: u8) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + k) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + k) % 26) + b'A') as char,
        _ => c,
    }
}

fn encode(s: &str, k: u8) -> String {
    s.chars().map(|c| shift(c, k)).collect()
}

fn main() {
    let secret = encode("Hello, Tokio!", 3);
    println!("{}", secret);
    println!("{}", encode(&secret, 23));
    let alphabet: String = ('a'..='z').collect();
    let rotated: String = alphabet.chars().cycle().skip(13).take(26).collect();
    println!("{}", rotated);
    let vowels: Vec<char> = ('a'..='z').filter(|c| "aeiou".contains(*c)).collect();
    println!("{:?}", vowels);
    let counts: Vec<(char, usize)> = ('a'..='e')
        .map(|c| (c, "abracadabra".matches(c).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    println!("{:?}", counts);
    let keys: Vec<u8> = (1..=25).step_by(6).collect();
    for k in keys {
        print!("{} ", encode("xyz", k));
    }
    println!();
    println!("{}", ('a'..'a').count());
    println!("{}", ('A'..='Z').rev().step_by(5).collect::<String>());
}
