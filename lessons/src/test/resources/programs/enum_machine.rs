#[derive(Debug, Clone, PartialEq)]
enum Light {
    Red { secs: u32 },
    Yellow,
    Green(u32),
    Off,
}

impl Light {
    fn next(&self) -> Light {
        match self {
            Light::Red { secs } if *secs > 30 => Light::Green(45),
            Light::Red { .. } => Light::Green(30),
            Light::Green(s) if *s >= 45 => Light::Yellow,
            Light::Green(_) => Light::Yellow,
            Light::Yellow => Light::Red { secs: 40 },
            Light::Off => Light::Off,
        }
    }
    fn duration(&self) -> Option<u32> {
        match *self {
            Light::Red { secs } => Some(secs),
            Light::Green(s) => Some(s),
            Light::Yellow => Some(3),
            Light::Off => None,
        }
    }
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
    Rect { w: f64, h: f64 },
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    let mut l = Light::Red { secs: 20 };
    for _ in 0..6 {
        print!("{:?} ({:?}) -> ", l, l.duration());
        l = l.next();
    }
    println!("{:?}", l);
    println!("{}", Light::Off.next() == Light::Off);
    let shapes = vec![Shape::Circle(1.0), Shape::Square(2.0), Shape::Rect { w: 2.0, h: 3.5 }];
    for s in &shapes {
        let area = match s {
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Square(side) => side * side,
            Shape::Rect { w, h } if w == h => w * w,
            Shape::Rect { w, h } => w * h,
        };
        println!("{:?} has area {}", s, area);
    }
    for n in [-5, 0, 2, 8, 9, 100] {
        println!("{} is {}", n, classify(n));
    }
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 1 => println!("odd first"),
        _ => println!("no match"),
    }
    let msg = Some(42);
    match msg {
        Some(n @ 1..=9) => println!("digit {}", n),
        Some(n @ (10 | 20 | 42)) => println!("special {}", n),
        Some(n) => println!("other {}", n),
        None => println!("nothing"),
    }
    let arr = [1, 2, 3, 4, 5];
    match arr {
        [first, .., last] => println!("first {} last {}", first, last),
    }
    let v = vec![10, 20];
    match v.as_slice() {
        [] => println!("empty"),
        [one] => println!("one {}", one),
        [a, b] => println!("two {} {}", a, b),
        [a, rest @ ..] => println!("{} and {} more", a, rest.len()),
    }
    let c = 'k';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{} is a {}", c, kind);
    if let Shape::Rect { w, .. } = &shapes[2] {
        println!("width {}", w);
    }
    let Light::Green(g) = Light::Red { secs: 31 }.next() else { panic!("not green") };
    println!("green for {}", g);
    println!("{}", matches!(l, Light::Red { secs } if secs > 10));
}
