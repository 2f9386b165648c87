fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let msg = String::from("hi");
    let n = consume(msg);
    println!("{} {}", n, msg);
}
