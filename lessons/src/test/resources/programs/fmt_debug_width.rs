use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
}

#[derive(Debug)]
struct P {
    x: f32,
    y: f32,
}

fn main() {
    let v = vec![1, 22, 333];
    println!("[{:>5?}]", 42);
    println!("[{:<6?}]", "ab");
    println!("[{:^9?}]", Some(1));
    println!("[{:>5?}]", v);
    println!("[{:5?}]", v);
    println!("[{:<3?}]", (1, "x"));
    println!("[{:.2?}]", vec![1.0, 2.555, 3.14159]);
    println!("[{:8.1?}]", 2.25f64);
    println!("[{:>10?}]", Dir::North);
    println!("[{:>10}]", format!("{:?}", Dir::East));
    println!("[{:06.2?}]", -1.5);
    println!("[{:?}]", P { x: 1.5, y: -0.1 });
    println!("[{:.1?}]", P { x: 1.25, y: 2.0 });
    println!("[{:#?}]", (1, 2));
    let m: BTreeMap<&str, Vec<u8>> = [("a", vec![1]), ("b", vec![])].into_iter().collect();
    println!("{:?}", m);
    println!("{:4?}", m);
    println!("{:#?}", m);
    let s: HashSet<i32> = [5].into_iter().collect();
    println!("{:?} {:3?}", s, s);
    println!("[{:>4}]", true);
    println!("[{:<5}]", 'c');
    println!("[{:>8.3}]", "truncate me");
    println!("[{:^7.2}]", 3.14159f32);
    println!("[{:+.1e}]", 12345.678);
    println!("[{:10.3e}]", 0.00012);
    println!("[{:x?}]", vec![255, 16]);
    println!("[{:X?}]", (10, 11));
    println!("[{:#x?}]", 255);
    println!("[{:?}]", 'a'..'e');
    println!("[{:?}]", 1..=3);
    println!("[{:?}]", ..5);
    println!("[{:?}]", ());
    println!("[{:?}]", Box::new(5));
    println!("[{:?}]", std::rc::Rc::new(vec![1]));
    println!("[{:?}]", String::from("tab\there"));
    println!("[{:?}]", [Some("a"), None]);
    println!("[{:?}]", Ok::<i32, String>(3));
    println!("[{:?}]", std::time::Duration::from_millis(1500));
    println!("[{:?}]", std::time::Duration::from_micros(2));
    println!("[{:?}]", std::cmp::Ordering::Less);
}
