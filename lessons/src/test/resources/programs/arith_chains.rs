// Integer expressions of several operators in a row, in every integer type, with literals taking the
// variable's type: what a hash, a checksum or a random generator computes.
fn lcg(seed: u32) -> u32 {
    (seed.wrapping_mul(1664525) % 65536 * 3 + 1013904223 % 1000) % 1_000_000
}

fn checksum(data: &[u8]) -> u32 {
    let mut sum: u32 = 0;
    for &b in data {
        sum = (sum * 31 + b as u32 * 7 + 3) % 65521;
    }
    sum
}

#[tokio::main]
async fn main() {
    let mut x: u64 = 42;
    let mut seq = Vec::new();
    for _ in 0..5 {
        x = (x * 6364136223 + 1442695) % 4294967296 / 16 * 3;
        seq.push(x);
    }
    println!("{:?}", seq);
    let a: i16 = -300;
    let b = (a * 2 - 17) / 3 % 100 + 5;
    println!("{}", b);
    let c: i8 = 100;
    println!("{}", (c / 3 * 2 - 70) * 2);
    let mask = (0xF0u8 | 0x0C) & 0xFE ^ 0x01;
    println!("{:#010b}", mask);
    println!("{} {}", lcg(7), lcg(123456));
    println!("{}", checksum(b"the quick brown fox"));
    let n = 17;
    println!("{}", (n * n - 1) / 2 % 7 + 100);
    let total: i64 = (1..=10).map(|k: i64| (k * k * 3 - k + 5) % 11).sum();
    println!("{}", total);
}
