// Diverging expressions fit any type.
fn parse_or_exit(s: &str) -> u32 {
    match s.parse() {
        Ok(v) => v,
        Err(_) => {
            eprintln!("bad number");
            std::process::exit(2)
        }
    }
}

fn main() {
    let v: u32 = if true { parse_or_exit("4") } else { unreachable!() };
    let w = match v {
        4 => "four",
        _ => panic!("unexpected"),
    };
    println!("{v} {w}");
}
