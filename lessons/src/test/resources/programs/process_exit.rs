// exit: 3
fn check(values: &[i32]) -> Result<i32, String> {
    let mut total = 0;
    for v in values {
        if *v < 0 {
            return Err(format!("negative value {}", v));
        }
        total += v;
    }
    Ok(total)
}

fn main() {
    match check(&[1, 2, 3]) {
        Ok(t) => println!("total {}", t),
        Err(e) => println!("error {}", e),
    }
    match check(&[4, -1]) {
        Ok(t) => println!("total {}", t),
        Err(e) => {
            println!("error {}", e);
            std::process::exit(3);
        }
    }
    println!("not printed");
}
