// u64 values from 2^63 up: ranges to u64::MAX (lazy, with a break), printing, comparing, sorting, formatting, casts, step_by with a huge step
fn main() {
    let mut n = 0u64;
    for i in 0..u64::MAX {
        n += 1;
        if i == 9 { break; }
    }
    println!("{}", n);
    let mut m = 0u64;
    for i in (u64::MAX - 3)..=u64::MAX {
        m = i;
    }
    println!("{}", m);
    let a: u64 = 1 << 63;
    let b: u64 = u64::MAX;
    println!("{} {} {}", a, b, a < b);
    println!("{} {}", b > 5, a / 3);
    println!("{}", b % 10);
    let c = a + 5;
    println!("{} {}", c, c.max(7));
    let mut v = vec![b, 1, a, 0];
    v.sort();
    println!("{:?}", v);
    println!("{}", (u64::MAX - 2..u64::MAX).count());
    println!("{:?}", (u64::MAX - 2..=u64::MAX).collect::<Vec<u64>>());
    println!("{:x} {:b}", b, a);
    println!("{}", b as f64);
    println!("{}", (b / 2) as i64);
    println!("{}", a as i64);
    println!("{}", u64::MAX.to_string().len());
    println!("{:?}", (a..a + 3).rev().collect::<Vec<_>>());
    println!("{}", (a..a + 3).contains(&(a + 1)));
    println!("{}", b.checked_add(1).is_none());
    println!("{}", (b - 1).min(a));
    println!("{:>22}|{:<22}|", b, a);
    println!("{}", b == u64::MAX);
    println!("{:?}", (0u64..).step_by(usize::MAX / 2).take(3).collect::<Vec<_>>());
}
