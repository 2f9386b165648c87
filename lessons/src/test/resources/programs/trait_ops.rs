// Operator traits: +, -, *, unary -, +=, indexing and comparisons go through the program's impls.
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub, SubAssign};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl SubAssign<i32> for V2 {
    fn sub_assign(&mut self, k: i32) {
        self.x -= k;
        self.y -= k;
    }
}

struct Grid {
    w: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char {
        &mut self.cells[r * self.w + c]
    }
}

#[derive(Debug, Clone)]
struct Version {
    major: u32,
    minor: u32,
    label: String,
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some((self.major, self.minor).cmp(&(other.major, other.minor)))
    }
}

#[tokio::main]
async fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", a * 3);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += V2 { x: 100, y: 100 };
    c -= 1;
    println!("{:?} {}", c, c == V2 { x: 110, y: 121 });
    let total = vec![a, b, c].into_iter().fold(V2 { x: 0, y: 0 }, |acc, v| acc + v);
    println!("{:?}", total);
    let mut g = Grid { w: 3, cells: "abcdefghi".chars().collect() };
    println!("{} {} {}", g[(0, 0)], g[(1, 1)], g[(2, 2)]);
    g[(1, 1)] = '*';
    println!("{}", g.cells.iter().collect::<String>());
    let v1 = Version { major: 1, minor: 2, label: "a".into() };
    let v2 = Version { major: 1, minor: 10, label: "b".into() };
    let v3 = Version { major: 1, minor: 2, label: "c".into() };
    println!("{} {} {} {}", v1 < v2, v1 == v3, v1 != v2, v2 >= v3);
    println!("{:?}", v1.partial_cmp(&v2));
    let mut vs = vec![v2.clone(), v1.clone(), Version { major: 0, minor: 9, label: "z".into() }];
    vs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", vs.iter().map(|v| v.label.as_str()).collect::<Vec<_>>());
    let h = tokio::spawn(async move { a + b * 2 });
    println!("{:?}", h.await.unwrap());
}
