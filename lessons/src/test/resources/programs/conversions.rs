// Conversions between std types with From/Into, as, and parse.
#[tokio::main]
async fn main() {
    let s: String = "abc".into();
    let s2 = String::from("def");
    let big = i64::from(7i32);
    let wide: u64 = 200u8.into();
    let f = f64::from(3i32);
    let g: f64 = 2.5f32.into();
    println!("{} {} {} {} {} {}", s, s2, big, wide, f, g);
    let c = char::from(65u8);
    let n = u32::from('z');
    println!("{} {}", c, n);
    let v: Vec<u8> = "hi".into();
    println!("{:?}", v);
    let x = 300i32;
    println!("{} {} {} {}", x as u8, -1i32 as u32, 3.99f64 as i32, -3.99f64 as i32);
    println!("{} {} {}", 255u8 as i8, 'a' as u8 + 1, (b'a' + 2) as char);
    let opt: Option<i32> = 5.into();
    println!("{:?}", opt);
    let parsed: Result<u8, _> = "256".parse::<u8>();
    println!("{:?}", parsed.is_err());
    let list: Vec<String> = vec!["x", "y"].into_iter().map(String::from).collect();
    let joined: String = list.concat();
    println!("{:?} {}", list, joined);
    let boxed: Box<str> = "boxed".into();
    println!("{}", boxed);
}
