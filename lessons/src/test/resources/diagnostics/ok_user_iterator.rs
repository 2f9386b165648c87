// A user Iterator: for loops and adapters work on it.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn main() {
    for i in (Countdown { n: 3 }) {
        println!("{i}");
    }
    let evens: Vec<u32> = Countdown { n: 10 }.filter(|x| x % 2 == 0).collect();
    let total: u32 = Countdown { n: 4 }.map(|x| x * 10).sum();
    println!("{evens:?} {total}");
}
