fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let double = |x| x * 2;
    let offset = 10;
    let shifted = |x: i32| -> i32 { x + offset };
    println!("{} {}", double(4), shifted(4));
    println!("{}", apply(double, 21));
    let add5 = make_adder(5);
    println!("{}", add5(1));
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x)];
    for f in fs.iter() {
        print!("{} ", f(7));
    }
    println!();
    let words = vec!["apple", "fig", "banana"];
    let long: Vec<&str> = words.iter().filter(|w| w.len() > 3).cloned().collect();
    println!("{:?}", long);
    let mut sorted = words.clone();
    sorted.sort_by(|a, b| b.len().cmp(&a.len()));
    println!("{:?}", sorted);
    let total: i32 = (1..=4).map(|x| x * x).sum();
    println!("{}", total);
}
