// String building: push_str with &String, format!, concat with +, chars and bytes.
fn main() {
    let mut s = String::new();
    let word = String::from("async");
    s.push_str(&word);
    s += " ";
    s = s + "rust" + &"!".repeat(2);
    let caps: String = s.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let bytes = s.as_bytes().len();
    let n: usize = "42".parse::<usize>().unwrap() + bytes;
    let joined = vec!["a", "b"].join("+");
    let lines: Vec<String> = "x\ny".lines().map(String::from).collect();
    println!("{s} {caps} {n} {joined} {lines:?} {}", word.len());
}
