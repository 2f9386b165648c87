use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<i64>>,
}

impl Matrix {
    fn new(data: Vec<Vec<i64>>) -> Matrix {
        let rows = data.len();
        let cols = if rows > 0 { data[0].len() } else { 0 };
        Matrix { rows, cols, data }
    }
    fn identity(n: usize) -> Matrix {
        let mut data = vec![vec![0; n]; n];
        for i in 0..n {
            data[i][i] = 1;
        }
        Matrix::new(data)
    }
    fn transpose(&self) -> Matrix {
        let mut data = vec![vec![0; self.rows]; self.cols];
        for r in 0..self.rows {
            for c in 0..self.cols {
                data[c][r] = self.data[r][c];
            }
        }
        Matrix::new(data)
    }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, o: Matrix) -> Matrix {
        let data = self.data.iter().zip(o.data.iter()).map(|(a, b)| a.iter().zip(b).map(|(x, y)| x + y).collect()).collect();
        Matrix::new(data)
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut data = vec![vec![0i64; o.cols]; self.rows];
        for i in 0..self.rows {
            for j in 0..o.cols {
                for k in 0..self.cols {
                    data[i][j] += self.data[i][k] * o.data[k][j];
                }
            }
        }
        Matrix::new(data)
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>4}", v)).collect();
            writeln!(f, "|{} |", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::new(vec![vec![1, 2, 3], vec![4, 5, 6]]);
    let b = a.transpose();
    print!("{}", a);
    println!("{}", b);
    let p = &a * &b;
    print!("{}", p);
    let q = &b * &a;
    print!("{}", q);
    let i = Matrix::identity(2);
    println!("{}", &p * &i == p);
    let sum = p.clone() + i;
    print!("{}", sum);
    println!("{:?}", sum.data);
    let mut grid = [[0u8; 4]; 3];
    grid[1][2] = 7;
    grid[2][3] = 9;
    for row in grid.iter() {
        println!("{}", row.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" "));
    }
    let flat: Vec<u8> = grid.iter().flatten().copied().collect();
    println!("{:?} total={}", flat, flat.iter().map(|&x| x as u32).sum::<u32>());
    let diag: Vec<i64> = (0..2).map(|k| p.data[k][k]).collect();
    println!("trace {:?} = {}", diag, diag.iter().sum::<i64>());
    println!("{:#?}", Matrix::identity(1));
}
