// Error handling with map_err, ok_or, and_then, unwrap_or_else with closures using the error.
#[derive(Debug)]
enum E {
    Missing(String),
    Bad(i32),
}

fn lookup(key: &str) -> Option<i32> {
    if key == "a" { Some(1) } else { None }
}

fn check(v: i32) -> Result<i32, E> {
    if v > 0 { Ok(v) } else { Err(E::Bad(v)) }
}

fn run(key: &str) -> Result<i32, E> {
    let v = lookup(key).ok_or_else(|| E::Missing(key.to_string()))?;
    check(v).and_then(|x| check(x - 5)).or_else(|e| match e {
        E::Bad(n) => Ok(-n),
        other => Err(other),
    })
}

fn main() {
    println!("{:?} {:?}", run("a"), run("b"));
    let n = run("b").unwrap_or_else(|e| {
        println!("error: {e:?}");
        0
    });
    println!("{n}");
}
