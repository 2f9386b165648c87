// exit: 2
use std::process;

struct Args {
    count: u32,
}

fn parse_args(raw: &[&str]) -> Args {
    if raw.len() < 2 {
        println!("usage: prog COUNT");
        process::exit(2);
    }
    match raw[1].parse() {
        Ok(count) => Args { count },
        Err(e) => {
            println!("bad count {:?}: {}", raw[1], e);
            process::exit(2);
        }
    }
}

#[tokio::main]
async fn main() {
    let ok = parse_args(&["prog", "3"]);
    let handle = tokio::spawn(async move { (1..=ok.count).sum::<u32>() });
    println!("sum {}", handle.await.unwrap());
    let _bad = parse_args(&["prog", "three"]);
    println!("never printed");
}
