// `?` converts the error through the program's own `impl From`, and `.into()` uses the same impls.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    Message(String),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl From<String> for AppError {
    fn from(s: String) -> Self {
        AppError::Message(s)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
            AppError::Message(m) => write!(f, "message: {}", m),
        }
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    if n == 0 {
        return Err(format!("zero is not allowed ({})", s).into());
    }
    Ok(n)
}

struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

async fn load(inputs: Vec<&str>) -> Result<i64, AppError> {
    let mut total = 0;
    for s in inputs {
        total += parse_positive(s)?;
    }
    Ok(total)
}

#[tokio::main]
async fn main() {
    for s in ["42", " 7 ", "-3", "abc", "0", ""] {
        match parse_positive(s) {
            Ok(n) => println!("{:?} -> ok {}", s, n),
            Err(e) => println!("{:?} -> {} / {:?}", s, e, e),
        }
    }
    let f: Fahrenheit = Celsius(100.0).into();
    println!("100C = {}F", f.0);
    let g = Fahrenheit::from(Celsius(-40.0));
    println!("-40C = {}F", g.0);
    let h = tokio::spawn(load(vec!["1", "2", "3"]));
    println!("{:?}", h.await.unwrap().map_err(|e| e.to_string()));
    let h = tokio::spawn(load(vec!["1", "x2"]));
    match h.await.unwrap() {
        Ok(n) => println!("total {}", n),
        Err(e) => println!("load failed: {}", e),
    }
    let e: AppError = String::from("plain").into();
    println!("{}", e);
}
