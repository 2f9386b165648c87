use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    TooBig { value: i64, max: i64 },
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(v) => write!(f, "{} is negative", v),
            AppError::TooBig { value, max } => write!(f, "{} exceeds {}", value, max),
        }
    }
}

impl std::error::Error for AppError {}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let v: i64 = s.trim().parse()?;
    if v < 0 {
        return Err(AppError::Negative(v));
    }
    if v > 1000 {
        return Err(AppError::TooBig { value: v, max: 1000 });
    }
    Ok(v)
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut total = 0;
    for i in items {
        total += parse_positive(i)?;
    }
    Ok(total)
}

fn run() -> Result<i64, Box<dyn std::error::Error>> {
    let a = sum_all(&["1", "2", "3"])?;
    let b: i64 = "40".parse()?;
    if a + b > 45 {
        return Err(format!("total {} too high", a + b).into());
    }
    Ok(a + b)
}

fn main() {
    for input in ["12", " 7", "-3", "5000", "abc", ""] {
        match parse_positive(input) {
            Ok(v) => println!("{:?} -> {}", input, v),
            Err(e) => println!("{:?} -> {} / {:?}", input, e, e),
        }
    }
    println!("{:?}", sum_all(&["10", "20"]).map_err(|e| e.to_string()));
    println!("{:?}", sum_all(&["10", "x", "-1"]).map_err(|e| e.to_string()));
    match run() {
        Ok(v) => println!("run ok {}", v),
        Err(e) => println!("run failed: {}", e),
    }
    let results: Vec<Result<i64, AppError>> = vec!["1", "-1"].into_iter().map(parse_positive).collect();
    let (oks, errs): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    println!("{} ok, {} errors", oks.len(), errs.len());
    let first_err = errs.into_iter().next().and_then(|r| r.err());
    if let Some(AppError::Negative(n)) = first_err {
        println!("negative was {}", n);
    }
}
