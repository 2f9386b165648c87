// Closures: inferred parameters, captured state, FnMut counters, returned closures.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn main() {
    let add5 = make_adder(5);
    let mut calls = 0;
    let mut count = |x: i32| {
        calls += 1;
        x * 2
    };
    let a = count(1);
    let b = count(2);
    println!("{} {} {} {}", add5(1), apply(&add5, 2), a + b, calls);
    let square = |x| x * x;
    println!("{}", square(7));
}
