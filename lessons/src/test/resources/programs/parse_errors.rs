// exit: 1
use std::error::Error;
fn parse_all(items: &[&str]) -> Result<Vec<i32>, Box<dyn Error>> {
    let mut out = Vec::new();
    for s in items {
        out.push(s.parse::<i32>()?);
    }
    Ok(out)
}
fn main() -> Result<(), Box<dyn Error>> {
    println!("{:?}", parse_all(&["1", "2"])?);
    match "abc".parse::<i32>() { Ok(_) => {}, Err(e) => println!("error: {}", e) }
    let v = parse_all(&["3", "x"])?;
    println!("{:?}", v);
    Ok(())
}
