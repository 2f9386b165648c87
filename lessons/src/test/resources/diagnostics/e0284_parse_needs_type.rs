use std::convert::TryInto;

fn takes_u8(x: u8) -> u8 {
    x / 2
}

fn index_of(v: &[i32], i: i64) -> Option<i32> {
    let idx: usize = i.try_into().ok()?;
    v.get(idx).copied()
}

struct Pixel {
    r: u8,
    g: u8,
}

fn main() {
    let big: i32 = 300;
    let small: i32 = 200;
    match small.try_into() {
        Ok(v) => println!("fits: {}", takes_u8(v)),
        Err(e) => println!("error: {}", e),
    }
    let r: Result<u8, _> = big.try_into();
    println!("{:?}", r);
    let p = Pixel { r: small.try_into().unwrap(), g: 7i64.try_into().unwrap_or(0) };
    println!("{} {}", p.r, p.g);
    let v = vec![10, 20, 30];
    println!("{:?} {:?} {:?}", index_of(&v, 1), index_of(&v, -1), index_of(&v, 5));
    let total: u64 = 5;
    let n: u16 = 70000u32.try_into().unwrap_or(u16::MAX);
    println!("{} {}", n, total);
    let neg: i64 = -5;
    let as_u32: Result<u32, _> = neg.try_into();
    println!("{:?}", as_u32.is_err());
    let mut bytes: Vec<u8> = Vec::new();
    for x in [65i32, 66, 300, 67] {
        if let Ok(b) = x.try_into() {
            bytes.push(b);
        }
    }
    println!("{:?} {}", bytes, String::from_utf8(bytes.clone()).unwrap());
    let arr: [i32; 3] = vec![1, 2, 3].try_into().unwrap();
    println!("{:?}", arr);
    let c: char = 97u8.into();
    let d = char::from_u32(0x1F600).is_some();
    println!("{} {}", c, d);
    let i: i16 = i16::try_from(-129i32).unwrap_or(i16::MIN);
    println!("{}", i);
    let u = u32::try_from(-1i32);
    println!("{:?}", u.map_err(|e| e.to_string()));
    let words: Vec<String> = vec!["a".into(), "bb".into()];
    let lens: Vec<u8> = words.iter().map(|w| w.len().try_into().unwrap()).collect();
    println!("{:?}", lens);
    let parsed = "42".parse().map(|n: u32| n * 2);
    println!("{:?}", parsed);
    let sum: i64 = ["1", "2", "x"].iter().filter_map(|s| s.parse().ok()).sum();
    println!("{}", sum);
    let avg = {
        let xs = [3, 4];
        let s: i32 = xs.iter().sum();
        s as f64 / xs.len() as f64
    };
    println!("{}", avg);
}
