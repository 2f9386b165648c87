fn main() {
    let big = 3_000_000_000;
    let y: u64 = big + 1;
    let shadow = 0;
    let shadow = shadow + 5;
    println!("{}", 10 / shadow);
    let v = vec![1, 2];
    let z = v.len() - 2;
    let w = 255u8;
    let w2 = w.wrapping_add(1);
    let k = 1u64 << 40;
    let m = i32::MAX - 1 + 1;
    let c = |d: i32| 10 / d;
    println!("{} {} {} {} {} {}", y, z, w2, k, m, c(5));
    for d in 1..3 {
        println!("{}", 10 / d);
    }
    let d = 0;
    {
        let d = 2;
        println!("{}", 10 / d);
    }
    if d == 0 {
        println!("zero");
    }
    let e = -128i8;
    println!("{}", e / 2);
}
