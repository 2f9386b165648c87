// Match arms must agree on one type.
fn describe(n: u32) -> String {
    let s = match n {
        0 => "zero".to_string(),
        1 => "one".to_string(),
        _ => n,
    };
    s
}

fn main() {
    println!("{}", describe(5));
}
