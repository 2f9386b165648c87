use std::collections::HashSet;
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    const ORIGIN: Point = Point { x: 0, y: 0 };
    fn manhattan(self, other: Point) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for Point {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Point { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

impl AddAssign for Point {
    fn add_assign(&mut self, o: Point) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: -4, y: 6 };
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("-a = {}, dist = {}", -a, a.manhattan(b));
    let mut c = Point::default();
    for _ in 0..3 {
        c += a;
    }
    println!("{} {:?} {}", c, c, c == Point { x: 3, y: 6 });
    println!("{}", Point::ORIGIN.manhattan(c));
    let moves = [(0, 1), (1, 0), (0, -1), (0, 1), (0, 1), (-1, 0), (0, -1)];
    let mut pos = Point::ORIGIN;
    let mut visited = HashSet::new();
    visited.insert(pos);
    let mut revisits = 0;
    for (dx, dy) in moves {
        pos += Point { x: dx, y: dy };
        if !visited.insert(pos) {
            revisits += 1;
        }
    }
    println!("end {} visited {} revisits {}", pos, visited.len(), revisits);
    let mut pts: Vec<Point> = visited.into_iter().collect();
    pts.sort();
    println!("{:?}", pts.iter().map(|p| p.to_string()).collect::<Vec<_>>());
    println!("{:?} {:?}", pts.iter().max(), a.cmp(&b));
    println!("{} {}", a < b, Point { x: 1, y: 3 } > a);
    let far = pts.iter().max_by_key(|p| p.manhattan(Point::ORIGIN)).unwrap();
    println!("farthest {}", far);
    println!("{:>12}|{:<12}|", a.to_string(), format!("{}", b));
    println!("{:#?}", a);
}
