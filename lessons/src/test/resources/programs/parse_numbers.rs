use std::convert::TryFrom;
use std::convert::TryInto;

fn main() {
    println!("{:?}", i64::from_str_radix("ff", 16));
    println!("{:?}", u8::from_str_radix("101", 2));
    println!("{:?}", i32::from_str_radix("-z", 36));
    match u8::from_str_radix("300", 10) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err: {}", e),
    }
    let big: i64 = 70000;
    let r: Result<u16, _> = u16::try_from(big);
    println!("{:?}", r.is_err());
    let small: i64 = 300;
    let x: Result<u16, _> = small.try_into();
    println!("{:?}", x);
    match u8::try_from(-1i32) {
        Ok(v) => println!("{}", v),
        Err(e) => println!("try_from failed: {}", e),
    }
    let n: u32 = 42u64.try_into().unwrap();
    println!("n = {}", n);
    for s in ["12", "-7", "abc", "", " 5", "99999999999"] {
        match s.parse::<i32>() {
            Ok(v) => println!("{:?} -> {}", s, v),
            Err(e) => println!("{:?} -> error: {}", s, e),
        }
    }
    let f: Result<f64, _> = "2.5".parse();
    println!("{:?}", f);
    println!("{:?}", "x1.0".parse::<f64>().is_err());
    match "maybe".parse::<bool>() {
        Ok(b) => println!("{}", b),
        Err(e) => println!("bool error: {}", e),
    }
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "q".parse::<char>());
    let usize_val: usize = "17".parse().unwrap();
    println!("{}", usize_val * 2);
}
