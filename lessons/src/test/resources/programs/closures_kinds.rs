fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn apply_twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let factor = 3;
    let triple = |x| x * factor;
    println!("{}", apply(triple, 7));
    println!("{}", apply(|x| x - 1, 7));

    let mut log: Vec<String> = Vec::new();
    apply_twice(|| log.push(format!("entry {}", log.len())));
    println!("{:?}", log);

    let name = String::from("ferris");
    let greeting = consume(move || format!("hello, {}", name));
    println!("{}", greeting);

    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));

    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {} {}", c1(), c1(), c2(), c1());

    let ops: Vec<(&str, Box<dyn Fn(i32, i32) -> i32>)> = vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("mul", Box::new(move |a, b| a * b * factor / 3)),
    ];
    for (n, op) in &ops {
        println!("{} -> {}", n, op(6, 4));
    }

    let inc_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    let to_text = compose(inc_then_double, |x: i32| format!("<{}>", x));
    println!("{}", to_text(4));

    let mut total = 0;
    (1..=4).for_each(|i| total += i * i);
    println!("total {}", total);

    let v = vec![1, 2, 3];
    let contains = move |n| v.contains(&n);
    println!("{} {}", contains(2), contains(5));

    let mut fns: Vec<Box<dyn FnMut() -> i32>> = Vec::new();
    for i in 1..=3 {
        let mut acc = i * 100;
        fns.push(Box::new(move || {
            acc += i;
            acc
        }));
    }
    for f in fns.iter_mut() {
        print!("{} ", f());
    }
    for f in fns.iter_mut() {
        print!("{} ", f());
    }
    println!();
    let s = String::from("abc");
    let len_of = || s.len();
    println!("{} {}", len_of(), s);
}
