#[derive(Debug)]
enum AppError {
    NotFound(String),
    Invalid(i32),
}

fn find(id: i32) -> Result<String, AppError> {
    if id < 0 {
        return Err(AppError::Invalid(id));
    }
    if id > 10 {
        Err(AppError::NotFound(format!("user {}", id)))
    } else {
        Ok(format!("user-{}", id))
    }
}

fn first_even(v: &[i32]) -> Option<i32> {
    let x = v.iter().find(|x| *x % 2 == 0)?;
    Some(*x * 10)
}

fn lookup_len(id: i32) -> Result<usize, AppError> {
    let name = find(id)?;
    Ok(name.len())
}

fn parse_sum(a: &str, b: &str) -> Result<i32, String> {
    let x: i32 = a.parse().map_err(|_| format!("bad number: {}", a))?;
    let y: i32 = b.parse().map_err(|_| format!("bad number: {}", b))?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", find(3));
    println!("{:?}", find(42));
    println!("{:?}", lookup_len(-1));
    println!("{:?}", lookup_len(7));
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1, 3]));
    println!("{:?} {:?}", parse_sum("2", "3"), parse_sum("2", "x"));
    let o: Option<i32> = None;
    println!("{} {} {}", o.unwrap_or(5), o.is_none(), Some(3).map(|x| x + 1).unwrap());
    println!("{:?} {:?}", o.ok_or("missing"), Some(1).ok_or("missing"));
    let r: Result<i32, String> = Ok(1);
    println!("{} {:?} {:?}", r.is_ok(), r.clone().ok(), r.and_then(|x| if x > 0 { Ok(x * 2) } else { Err("neg".to_string()) }));
    match find(11) {
        Ok(name) => println!("found {}", name),
        Err(AppError::NotFound(what)) => println!("not found: {}", what),
        Err(e) => println!("error {:?}", e),
    }
    let value = Some(4).expect("should be there");
    println!("{}", value);
}
