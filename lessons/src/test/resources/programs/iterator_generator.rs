// User iterators as generators: primes by trial division and the Collatz sequence, with std adapters on top.
struct Primes {
    found: Vec<u64>,
    next: u64,
}

impl Primes {
    fn new() -> Self {
        Primes { found: Vec::new(), next: 2 }
    }
}

impl Iterator for Primes {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        loop {
            let n = self.next;
            self.next += 1;
            if self.found.iter().take_while(|p| *p * *p <= n).all(|p| n % p != 0) {
                self.found.push(n);
                return Some(n);
            }
        }
    }
}

struct Collatz(u64);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 {
            return None;
        }
        let v = self.0;
        self.0 = if v == 1 { 0 } else if v % 2 == 0 { v / 2 } else { 3 * v + 1 };
        Some(v)
    }
}

#[tokio::main]
async fn main() {
    let first: Vec<u64> = Primes::new().take(15).collect();
    println!("{:?}", first);
    let big = Primes::new().skip_while(|p| *p < 1000).next().unwrap();
    println!("first prime over 1000: {}", big);
    let twin = Primes::new().take(40).collect::<Vec<_>>().windows(2).filter(|w| w[1] - w[0] == 2).count();
    println!("twin pairs among first 40: {}", twin);
    println!("{:?}", Collatz(6).collect::<Vec<_>>());
    let longest = (1..30u64).max_by_key(|n| Collatz(*n).count()).unwrap();
    println!("longest under 30 starts at {} ({} steps)", longest, Collatz(longest).count());
    let h = tokio::task::spawn_blocking(|| Primes::new().take(200).last().unwrap());
    println!("200th prime {}", h.await.unwrap());
    let peak = Collatz(27).max().unwrap();
    let evens = Collatz(27).filter(|x| x % 2 == 0).count();
    println!("{} {}", peak, evens);
}
