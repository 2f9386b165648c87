use std::collections::HashMap;

#[derive(Debug)]
enum ConfigError {
    MissingEquals(usize),
    BadNumber(String, String),
}

fn parse(src: &str) -> Result<HashMap<String, u64>, ConfigError> {
    let mut out = HashMap::new();
    for (i, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(ConfigError::MissingEquals(i + 1))?;
        let value = value.trim();
        let n = if let Some(hex) = value.strip_prefix("0x") {
            u64::from_str_radix(hex, 16)
        } else {
            value.parse::<u64>()
        };
        let n = n.map_err(|e| ConfigError::BadNumber(key.trim().to_string(), e.to_string()))?;
        out.insert(key.trim().to_string(), n);
    }
    Ok(out)
}

fn main() {
    let good = "# limits\nworkers = 4\nqueue=0x40\n\ntimeout = 1500\n";
    match parse(good) {
        Ok(cfg) => {
            let mut keys: Vec<_> = cfg.iter().collect();
            keys.sort();
            println!("{:?}", keys);
        }
        Err(e) => println!("error: {:?}", e),
    }
    for bad in ["workers 4", "workers = four", "limit = 0xZZ", "big = 99999999999999999999", "neg = -3"] {
        match parse(bad) {
            Ok(cfg) => println!("ok {:?}", cfg),
            Err(ConfigError::MissingEquals(line)) => println!("line {}: missing '='", line),
            Err(ConfigError::BadNumber(k, why)) => println!("{}: {}", k, why),
        }
    }
    println!("{:?}", i32::from_str_radix("-7f", 16));
    println!("{:?}", u32::from_str_radix("", 10).is_err());
    println!("{}", format!("{:x} {:o} {:b}", 255, 8, 5));
}
