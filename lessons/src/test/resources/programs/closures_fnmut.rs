fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("count = {}", count);
    let mut log: Vec<String> = Vec::new();
    call_twice(|| log.push(format!("entry {}", log.len())));
    println!("{:?}", log);
    let mut total = 0;
    (1..=4).for_each(|x| total += x);
    println!("total = {}", total);
    let name = String::from("moved");
    let owns = move || name.len();
    println!("{}", owns());
}
