use std::collections::HashMap;
use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
enum Value {
    Int(i64),
    Bool(bool),
    Text(String),
    List(Vec<i64>),
}

fn parse_value(raw: &str) -> Value {
    let raw = raw.trim();
    if let Ok(n) = raw.parse::<i64>() {
        return Value::Int(n);
    }
    match raw {
        "true" | "yes" | "on" => return Value::Bool(true),
        "false" | "no" | "off" => return Value::Bool(false),
        _ => {}
    }
    if raw.starts_with('[') && raw.ends_with(']') {
        let inner = &raw[1..raw.len() - 1];
        let nums: Result<Vec<i64>, ParseIntError> = inner.split(',').map(|s| s.trim().parse::<i64>()).collect();
        if let Ok(v) = nums {
            return Value::List(v);
        }
    }
    Value::Text(raw.trim_matches('"').to_string())
}

fn main() {
    let input = "
# server settings
port = 8080
host = \"localhost\"
debug = yes
workers=4
ids = [1, 2, 3,4]
bad line here
ratio = 0.75
empty =
ports = [80, x]
";
    let mut cfg: HashMap<String, Value> = HashMap::new();
    let mut errors = Vec::new();
    for (lineno, line) in input.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('=') {
            Some((k, v)) => {
                cfg.insert(k.trim().to_string(), parse_value(v));
            }
            None => errors.push(format!("line {}: no '=' in {:?}", lineno + 1, line)),
        }
    }
    let mut keys: Vec<&String> = cfg.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k} => {:?}", cfg[k]);
    }
    for e in &errors {
        println!("{}", e);
    }
    let port = match cfg.get("port") {
        Some(Value::Int(p)) if *p > 0 && *p < 65536 => *p as u16,
        _ => 80,
    };
    println!("port as u16: {}", port);
    let sum: i64 = match &cfg["ids"] {
        Value::List(v) => v.iter().sum(),
        _ => 0,
    };
    println!("sum of ids {}", sum);
    println!("{}", parse_value("off") == Value::Bool(false));
    let e = "12a".parse::<i32>().unwrap_err();
    println!("{} | {:?}", e, e);
    let e2 = "".parse::<u8>().unwrap_err();
    println!("{}", e2);
    let e3 = "300".parse::<u8>();
    println!("{:?}", e3);
    let f: f64 = "2.5e3".parse().unwrap();
    println!("{} {}", f, "nan".parse::<f64>().unwrap().is_nan());
    println!("{:?}", "x".parse::<f32>());
    println!("{:?} {:?}", "true".parse::<bool>(), "True".parse::<bool>().is_err());
    println!("{:?}", "ab".parse::<char>());
}
