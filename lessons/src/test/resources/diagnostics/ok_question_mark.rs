// ? on Result and Option, map_err, parse.
use std::num::ParseIntError;

fn parse_sum(a: &str, b: &str) -> Result<i64, ParseIntError> {
    let x: i64 = a.trim().parse()?;
    let y = b.trim().parse::<i64>()?;
    Ok(x + y)
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn main() {
    println!("{:?} {:?}", parse_sum("1", " 2"), parse_sum("x", "2").is_err());
    println!("{:?}", first_char_upper("tokio"));
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| e.to_string());
    println!("{r:?}");
}
