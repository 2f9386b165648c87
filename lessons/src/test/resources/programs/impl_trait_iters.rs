use std::fmt::Display;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

fn print_all(items: impl IntoIterator<Item = impl Display>) {
    let parts: Vec<String> = items.into_iter().map(|x| format!("[{}]", x)).collect();
    println!("{}", parts.join(""));
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn squares_of<'a>(v: &'a [i32]) -> impl Iterator<Item = i32> + 'a {
    v.iter().map(|x| x * x)
}

fn boxed(up: bool) -> Box<dyn Iterator<Item = i32>> {
    if up {
        Box::new(1..4)
    } else {
        Box::new((1..4).rev())
    }
}

fn main() {
    println!("{:?}", evens(10).collect::<Vec<_>>());
    print_all(vec![1, 2, 3]);
    print_all(["a", "b"]);
    print_all(evens(7));
    let f: Vec<u64> = fib().take(12).collect();
    println!("{:?}", f);
    let big = fib().skip_while(|&x| x < 1000).next();
    println!("{:?}", big);
    let s: u64 = fib().take_while(|&x| x < 100).filter(|x| x % 2 == 0).sum();
    println!("{}", s);
    for n in Countdown(3) {
        print!("{}..", n);
    }
    println!("liftoff");
    let pairs: Vec<(u32, u64)> = Countdown(4).zip(fib().skip(5)).collect();
    println!("{:?}", pairs);
    println!("{}", Countdown(5).map(|x| x * 2).sum::<u32>());
    let data = vec![3, -4, 5];
    println!("{:?}", squares_of(&data).collect::<Vec<_>>());
    println!("{:?} {:?}", boxed(true).collect::<Vec<_>>(), boxed(false).collect::<Vec<_>>());
    let mut cd = Countdown(2);
    println!("{:?} {:?} {:?} {:?}", cd.next(), cd.next(), cd.next(), cd.next());
    let total: u32 = Countdown(10).filter(|n| n % 3 == 0).map(|n| n * n).sum();
    println!("{}", total);
    println!("{:?}", fib().position(|x| x > 50));
    println!("{:?}", Countdown(6).max());
    println!("{:?}", fib().step_by(3).take(4).collect::<Vec<_>>());
    println!("{}", Countdown(4).count());
    println!("{:?}", Countdown(3).enumerate().last());
}
