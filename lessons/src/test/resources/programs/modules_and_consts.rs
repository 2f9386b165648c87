mod geometry {
    pub const UNIT: f64 = 1.0;

    #[derive(Debug, Default, Clone, PartialEq)]
    pub struct Size {
        pub w: f64,
        pub h: f64,
    }

    impl Size {
        pub const SQUARE: Size = Size { w: 2.0, h: 2.0 };
        pub fn area(&self) -> f64 {
            self.w * self.h
        }
        pub fn scale(&self, k: f64) -> Size {
            Size { w: self.w * k, h: self.h * k }
        }
    }

    pub mod convert {
        pub fn cm_to_in(cm: f64) -> f64 {
            cm / 2.54
        }
    }
}

use geometry::convert::cm_to_in;
use geometry::Size;

static GREETING: &str = "sizes";
const LIMIT: usize = 3;

#[derive(Debug, Default)]
struct Settings {
    name: String,
    verbose: bool,
    retries: u32,
    ratio: f64,
    tags: Vec<String>,
}

fn main() {
    println!("{} (limit {})", GREETING, LIMIT);
    let s = Size { w: 3.0, h: 4.5 };
    println!("{:?} area {}", s, s.area());
    println!("{:?}", Size::default());
    println!("{:?} {}", Size::SQUARE, Size::SQUARE.area());
    println!("{:?}", s.scale(geometry::UNIT * 2.0));
    println!("{:.3}", cm_to_in(10.0));
    let base = Settings { name: "base".into(), retries: 3, ..Default::default() };
    let custom = Settings { verbose: true, tags: vec!["x".into()], ..base };
    println!("{:?}", custom);
    let d = Settings::default();
    println!("{} {} {} {} {:?}", d.name.is_empty(), d.verbose, d.retries, d.ratio, d.tags);
    let sizes: Vec<Size> = (1..=LIMIT).map(|i| Size { w: i as f64, h: 1.5 }).collect();
    let total: f64 = sizes.iter().map(Size::area).sum();
    println!("total {}", total);
    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed";
        println!("{}", x);
    }
    println!("{}", x);
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("found {} {}", i, j);
                break 'outer;
            }
            if j > i {
                continue 'outer;
            }
        }
    }
    let v = loop {
        break 42;
    };
    let label = if matches!(v, 40..=45) { "forties" } else { "other" };
    println!("{} {}", v, label);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
}
