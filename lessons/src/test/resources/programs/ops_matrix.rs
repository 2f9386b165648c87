// A 2x2 matrix type with Mul, Add, Index by (row, col), PartialEq, and Display that honours the width.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct M2([[i64; 2]; 2]);

impl Mul for M2 {
    type Output = M2;
    fn mul(self, o: M2) -> M2 {
        let a = self.0;
        let b = o.0;
        M2([
            [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
            [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]],
        ])
    }
}

impl Add for M2 {
    type Output = M2;
    fn add(self, o: M2) -> M2 {
        let mut r = self;
        for i in 0..2 {
            for j in 0..2 {
                r.0[i][j] += o.0[i][j];
            }
        }
        r
    }
}

impl Index<(usize, usize)> for M2 {
    type Output = i64;
    fn index(&self, (i, j): (usize, usize)) -> &i64 {
        &self.0[i][j]
    }
}

impl IndexMut<(usize, usize)> for M2 {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut i64 {
        &mut self.0[i][j]
    }
}

impl fmt::Display for M2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = f.width().unwrap_or(1);
        write!(f, "[{:>w$} {:>w$}; {:>w$} {:>w$}]", self.0[0][0], self.0[0][1], self.0[1][0], self.0[1][1], w = w)
    }
}

fn fib(n: u32) -> i64 {
    let mut result = M2([[1, 0], [0, 1]]);
    let base = M2([[1, 1], [1, 0]]);
    for _ in 0..n {
        result = result * base;
    }
    result[(0, 1)]
}

#[tokio::main]
async fn main() {
    let a = M2([[1, 2], [3, 4]]);
    let id = M2([[1, 0], [0, 1]]);
    println!("{}", a * id);
    println!("{:4}", a * a);
    println!("{}", a + id);
    println!("{}", a * id == a);
    let mut b = a;
    b[(1, 1)] = 40;
    b[(0, 0)] += 9;
    println!("{} {}", b, b[(1, 1)]);
    let fibs: Vec<i64> = (1..=10).map(fib).collect();
    println!("{:?}", fibs);
    let h = tokio::spawn(async move { fib(50) });
    println!("{}", h.await.unwrap());
}
