use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum Cmd {
    Get(String),
    Set(String, String, Option<u64>),
    Del(Vec<String>),
    Incr(String),
    Ping(Option<String>),
}

#[derive(Debug)]
enum ParseError {
    Empty,
    Unknown(String),
    WrongArgs { cmd: &'static str, expected: usize, got: usize },
    BadNumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty command"),
            ParseError::Unknown(c) => write!(f, "ERR unknown command '{}'", c),
            ParseError::WrongArgs { cmd, expected, got } => {
                write!(f, "ERR wrong number of arguments for '{}' (expected {}, got {})", cmd, expected, got)
            }
            ParseError::BadNumber(s) => write!(f, "ERR value is not an integer: {}", s),
        }
    }
}

fn parse(line: &str) -> Result<Cmd, ParseError> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let (name, args) = parts.split_first().ok_or(ParseError::Empty)?;
    match name.to_ascii_uppercase().as_str() {
        "GET" => match args {
            [k] => Ok(Cmd::Get(k.to_string())),
            _ => Err(ParseError::WrongArgs { cmd: "get", expected: 1, got: args.len() }),
        },
        "SET" => match args {
            [k, v] => Ok(Cmd::Set(k.to_string(), v.to_string(), None)),
            [k, v, ex, secs] if ex.eq_ignore_ascii_case("EX") => {
                let s = secs.parse::<u64>().map_err(|_| ParseError::BadNumber(secs.to_string()))?;
                Ok(Cmd::Set(k.to_string(), v.to_string(), Some(s)))
            }
            _ => Err(ParseError::WrongArgs { cmd: "set", expected: 2, got: args.len() }),
        },
        "DEL" if !args.is_empty() => Ok(Cmd::Del(args.iter().map(|s| s.to_string()).collect())),
        "DEL" => Err(ParseError::WrongArgs { cmd: "del", expected: 1, got: 0 }),
        "INCR" => args.first().map(|k| Cmd::Incr(k.to_string())).ok_or(ParseError::WrongArgs { cmd: "incr", expected: 1, got: 0 }),
        "PING" => Ok(Cmd::Ping(args.first().map(|s| s.to_string()))),
        other => Err(ParseError::Unknown(other.to_lowercase())),
    }
}

fn apply(db: &mut HashMap<String, String>, cmd: Cmd) -> String {
    match cmd {
        Cmd::Get(k) => db.get(&k).map(|v| format!("\"{}\"", v)).unwrap_or_else(|| "(nil)".to_string()),
        Cmd::Set(k, v, ttl) => {
            db.insert(k, v);
            match ttl {
                Some(t) => format!("OK (expires in {}s)", t),
                None => "OK".into(),
            }
        }
        Cmd::Del(keys) => {
            let n = keys.iter().filter(|k| db.remove(*k).is_some()).count();
            format!("(integer) {}", n)
        }
        Cmd::Incr(k) => {
            let cur = db.get(&k).map(|s| s.parse::<i64>()).unwrap_or(Ok(0));
            match cur {
                Ok(n) => {
                    db.insert(k, (n + 1).to_string());
                    format!("(integer) {}", n + 1)
                }
                Err(_) => "ERR value is not an integer or out of range".to_string(),
            }
        }
        Cmd::Ping(None) => "PONG".to_string(),
        Cmd::Ping(Some(m)) => format!("\"{}\"", m),
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<String>(16);
    let server = tokio::spawn(async move {
        let mut db = HashMap::new();
        let mut replies = Vec::new();
        while let Some(line) = rx.recv().await {
            let reply = match parse(&line) {
                Ok(cmd) => apply(&mut db, cmd),
                Err(e) => e.to_string(),
            };
            replies.push(format!("{:<22} => {}", line, reply));
        }
        replies
    });
    let script = [
        "PING", "ping hello", "SET name ferris", "get name", "GET missing", "set counter 10",
        "INCR counter", "incr counter", "INCR fresh", "INCR name", "DEL name counter nope", "DEL",
        "SET a b EX 60", "SET a b EX soon", "SET onlykey", "FLUSHALL", "",
    ];
    for line in script {
        tx.send(line.to_string()).await.unwrap();
    }
    drop(tx);
    for r in server.await.unwrap() {
        println!("{}", r);
    }
    println!("{:?}", parse("set k v"));
    println!("{}", parse("get").unwrap_err());
}
