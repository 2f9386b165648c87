use std::convert::TryFrom;

fn checked_percent(part: i64, whole: i64) -> Result<u8, String> {
    let p = part * 100 / whole;
    u8::try_from(p).map_err(|e| format!("{} does not fit in u8: {}", p, e))
}

fn main() {
    println!("{:?}", checked_percent(1, 4));
    println!("{:?}", checked_percent(-1, 4));
    println!("{:?}", checked_percent(9, 2));
    let big: u64 = 300;
    let small = u8::try_from(big).unwrap_or(u8::MAX);
    println!("clamped {}", small);
    println!("{:?}", i8::try_from(127u32));
    println!("{:?}", i8::try_from(128u32).is_err());
    println!("{}", u32::from(200u8) * 2);
    println!("{}", i64::from(-5i32));
    println!("{}", u64::from(true));
    println!("{:?}", char::from_u32(0x1F600).is_some());
    println!("{:?}", char::from_u32(0xD800));
    println!("{}", char::from(65u8));
    println!("{:?}", char::from_digit(11, 16));
    println!("{}", 'z' as u32 - 'a' as u32);
    println!("{}", (300i32 as u8, -1i32 as u32).1);
    println!("{}", 255u8 as i8);
    println!("{}", 3.99f64 as i32);
    println!("{}", -1.5f64 as u8);
    let idx: usize = "42".parse().unwrap();
    let back: i32 = i32::try_from(idx).unwrap();
    println!("{} {}", idx, back);
    println!("{:?}", u16::try_from(-1i64).map_err(|e| e.to_string()));
}
