// A Result from our own function, dropped on the floor.
fn validate(n: i32) -> Result<i32, String> {
    if n >= 0 { Ok(n) } else { Err(format!("{n} is negative")) }
}

fn main() {
    validate(-1);
    println!("validated");
}
