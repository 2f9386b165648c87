// User iterators with state: a countdown, a stepper over a Vec it owns, and one built from a closure-free struct,
// consumed in `while let`, by `by_ref`, and in a spawned task.
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Pairs {
    items: Vec<i32>,
    pos: usize,
}

impl Iterator for Pairs {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<(i32, i32)> {
        if self.pos + 1 >= self.items.len() {
            return None;
        }
        let p = (self.items[self.pos], self.items[self.pos + 1]);
        self.pos += 1;
        Some(p)
    }
}

#[tokio::main]
async fn main() {
    let mut c = Countdown(5);
    while let Some(n) = c.next() {
        print!("{} ", n);
    }
    println!("liftoff");
    let p = Pairs { items: vec![1, 4, 9, 16, 25], pos: 0 };
    let diffs: Vec<i32> = p.map(|(a, b)| b - a).collect();
    println!("{:?}", diffs);
    let mut c2 = Countdown(6);
    let first: Vec<u32> = c2.by_ref().take(2).collect();
    let rest: u32 = c2.sum();
    println!("{:?} {}", first, rest);
    let total = tokio::spawn(async {
        Pairs { items: (1..=6).collect(), pos: 0 }.filter(|(a, _)| a % 2 == 1).count()
    })
    .await
    .unwrap();
    println!("odd-led pairs {}", total);
    let maxed = Countdown(4).map(|x| x * x).max().unwrap();
    let chained: Vec<u32> = Countdown(2).chain(Countdown(3)).collect();
    println!("{} {:?}", maxed, chained);
}
