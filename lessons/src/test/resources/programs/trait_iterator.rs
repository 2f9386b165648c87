// A user `impl Iterator` is driven by `for` and by the std adapters (map, filter, take, collect, sum, ...).
struct Counter {
    n: u32,
    max: u32,
}

impl Counter {
    fn new(max: u32) -> Counter {
        Counter { n: 0, max }
    }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.n < self.max {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
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

struct Words<'a> {
    parts: Vec<&'a str>,
    i: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        let w = self.parts.get(self.i)?;
        self.i += 1;
        Some(w.to_uppercase())
    }
}

#[tokio::main]
async fn main() {
    for x in Counter::new(3) {
        println!("for {}", x);
    }
    let sum: u32 = Counter::new(5).sum();
    println!("sum {}", sum);
    let evens: Vec<u32> = Counter::new(10).filter(|x| x % 2 == 0).map(|x| x * 10).collect();
    println!("{:?}", evens);
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(12).collect();
    println!("{:?}", fibs);
    let big = Fib { a: 0, b: 1 }.skip_while(|x| *x < 1000).next();
    println!("{:?}", big);
    let mut c = Counter::new(2);
    println!("{:?} {:?} {:?} {:?}", c.next(), c.next(), c.next(), c.next());
    let pairs: Vec<(u32, u32)> = Counter::new(3).zip(Counter::new(6).skip(3)).collect();
    println!("{:?}", pairs);
    let w = Words { parts: "tokio is fast".split(' ').collect(), i: 0 };
    println!("{}", w.collect::<Vec<_>>().join("-"));
    println!("count {} max {:?} last {:?}", Counter::new(7).count(), Counter::new(7).max(), Counter::new(4).last());
    let pos = Counter::new(9).position(|x| x == 4);
    println!("{:?} {}", pos, Counter::new(4).any(|x| x > 3));
    for (i, v) in Counter::new(3).enumerate() {
        print!("{}:{} ", i, v);
    }
    println!();
    let handle = tokio::spawn(async move {
        let total: u64 = Fib { a: 0, b: 1 }.take(20).filter(|x| x % 2 == 1).sum();
        total
    });
    println!("odd fib sum {}", handle.await.unwrap());
    let folded = Counter::new(4).fold(String::new(), |acc, x| format!("{}{}", acc, x));
    println!("{}", folded);
}
