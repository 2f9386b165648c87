fn main() {
    let a: u8 = 250;
    println!("{}", a.wrapping_add(10));
    println!("{:?}", a.checked_add(10));
    println!("{:?}", a.checked_add(5));
    println!("{}", a.saturating_add(10));
    let big: u64 = 18_446_744_073_709_551_615;
    println!("{}", big);
    println!("{}", u64::MAX == big);
    let x = 7i64;
    println!("{} {} {}", x / 2, x % 3, -x / 2);
    println!("{}", 300i32 as u8);
    println!("{}", -1i32 as u32);
    println!("{}", 2u32.pow(10));
    println!("{}", i32::MAX.wrapping_add(1));
    println!("{:>6}|{:<6}|{:^6}|{:06}", 42, 42, 42, 42);
    println!("{:x} {:X} {:b} {:#x}", 255, 255, 5, 255);
    let f = 7.0 / 2.0;
    println!("{} {:.3} {:?}", f, f, 1.0);
    let n: usize = 3;
    println!("{}", n * 4);
}
