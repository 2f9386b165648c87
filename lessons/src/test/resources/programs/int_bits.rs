fn main() {
    let a: u8 = 0b0010_1100;
    println!("{} {} {} {}", a.count_ones(), a.count_zeros(), a.leading_zeros(), a.trailing_zeros());
    println!("{} {} {}", a.rotate_left(3), a.rotate_right(3), a.reverse_bits());
    println!("{} {}", a.leading_ones(), (!a).leading_ones());
    let b: i32 = -8;
    println!("{} {} {} {}", b.count_ones(), b.leading_zeros(), b.trailing_zeros(), b.leading_ones());
    println!("{} {}", b.rotate_left(4), b.swap_bytes());
    let c: u32 = 0x1234_5678;
    println!("{:x} {:x} {:x}", c.swap_bytes(), c.reverse_bits(), c.rotate_right(8));
    let d: u64 = 1 << 40;
    println!("{} {} {} {}", d.trailing_zeros(), d.leading_zeros(), d.is_power_of_two(), (d + 1).is_power_of_two());
    println!("{} {} {:?}", 17u32.next_power_of_two(), 0u32.next_power_of_two(), 200u8.checked_next_power_of_two());
    println!("{} {} {}", 1000u32.ilog2(), 1000u32.ilog10(), 1u64.ilog2());
    println!("{:?} {:?}", 0u32.checked_ilog2(), 99u16.checked_ilog10());
    let e: u128 = u128::MAX;
    println!("{} {} {}", e.count_ones(), (e >> 3).leading_zeros(), (e << 5).trailing_zeros());
    let f: i128 = -1;
    println!("{} {}", f.count_ones(), f.rotate_left(7));
    let g: u16 = 0;
    println!("{} {} {}", g.leading_zeros(), g.trailing_zeros(), g.count_zeros());
    let h: usize = 12;
    println!("{} {}", h.trailing_zeros(), h.count_ones());
    println!("{}", 5u32.pow(3).leading_zeros());
}
