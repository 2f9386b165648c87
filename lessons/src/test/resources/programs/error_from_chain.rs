// exit: 1
// Error handling as the book teaches it: an error enum with `impl From` for each cause, `?` in sync and async
// functions, `impl std::error::Error`, and `Box<dyn Error>` in main.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
    OutOfRange { key: String, value: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
            ConfigError::OutOfRange { key, value } => write!(f, "{} = {} is out of range", key, value),
        }
    }
}

impl Error for ConfigError {}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    for (k, v) in pairs {
        if *k == key {
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn number(pairs: &[(&str, &str)], key: &str) -> Result<i64, ConfigError> {
    let raw = lookup(pairs, key)?;
    let n: i64 = raw.parse()?;
    if !(0..=100).contains(&n) {
        return Err(ConfigError::OutOfRange { key: key.to_string(), value: n });
    }
    Ok(n)
}

async fn total(pairs: Vec<(&'static str, &'static str)>, keys: Vec<&'static str>) -> Result<i64, ConfigError> {
    let mut sum = 0;
    for k in keys {
        sum += number(&pairs, k)?;
    }
    Ok(sum)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let pairs = vec![("a", "10"), ("b", "x1"), ("c", "250"), ("d", "32")];
    for key in ["a", "b", "c", "d", "e"] {
        match number(&pairs, key) {
            Ok(n) => println!("{} -> {}", key, n),
            Err(e) => println!("{} -> error: {} ({:?})", key, e, e),
        }
    }
    let ok = tokio::spawn(total(pairs.clone(), vec!["a", "d"])).await??;
    println!("total {}", ok);
    let bad = total(pairs.clone(), vec!["a", "c"]).await;
    if let Err(e) = &bad {
        println!("failed: {}", e);
    }
    let boxed: Box<dyn Error> = Box::new(ConfigError::Missing("z".into()));
    println!("boxed: {}", boxed);
    let n = number(&pairs, "d")?;
    println!("d again {}", n);
    number(&pairs, "b")?;
    println!("not reached");
    Ok(())
}
