// `?` converts errors through a user `impl From`; Box<dyn Error> collects any error.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse: {e}"),
            AppError::Negative(n) => write!(f, "negative: {n}"),
        }
    }
}

impl std::error::Error for AppError {}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn run() -> Result<i64, Box<dyn std::error::Error>> {
    let a = parse_positive("12")?;
    let b = parse_positive("30")?;
    Ok(a + b)
}

fn main() {
    println!("{:?}", run().unwrap());
    match parse_positive("-3") {
        Err(e) => println!("{e}"),
        Ok(v) => println!("{v}"),
    }
}
