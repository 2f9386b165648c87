fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn factorial(n: u64) -> u64 {
    match n {
        0 => 1,
        _ => n * factorial(n - 1),
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    let fibs: Vec<u64> = (0..15).map(fib).collect();
    println!("{:?}", fibs);
    println!("20! = {}", factorial(20));
    println!("gcd = {}", gcd(1071, 462));
}
