fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    (0..m[0].len()).map(|c| m.iter().map(|row| row[c]).collect()).collect()
}

fn main() {
    let m: Vec<Vec<i32>> = (0..3).map(|r| (0..4).map(|c| r * 4 + c).collect()).collect();
    for row in &m {
        println!("{:?}", row);
    }
    let t = transpose(&m);
    println!("transposed {:?}", t);
    let diag: Vec<i32> = m.iter().enumerate().filter_map(|(i, row)| row.get(i).copied()).collect();
    println!("diagonal {:?}", diag);
    let row_sums: Vec<i32> = m.iter().map(|r| r.iter().sum()).collect();
    println!("row sums {:?}", row_sums);
    let dot: i32 = m[0].iter().zip(m[1].iter()).map(|(a, b)| a * b).sum();
    println!("dot {}", dot);
    let flat: Vec<i32> = m.iter().flatten().copied().collect();
    println!("flat evens {:?}", flat.iter().step_by(2).collect::<Vec<_>>());
    let pairs: Vec<(i32, i32)> = flat.windows(2).map(|w| (w[0], w[1])).filter(|(a, _)| a % 5 == 0).collect();
    println!("pairs {:?}", pairs);
    let blocks: Vec<i32> = flat.chunks(4).map(|c| c.iter().product()).collect();
    println!("block products {:?}", blocks);
    let max_pos = flat.iter().enumerate().max_by_key(|(_, v)| **v).map(|(i, _)| i);
    println!("max at {:?}", max_pos);
    let total = m.iter().fold(0, |acc, row| acc + row.len());
    println!("cells {}", total);
    let rev_cols: Vec<Vec<i32>> = m.iter().map(|r| r.iter().rev().cloned().collect()).collect();
    println!("{:?}", rev_cols[2]);
    println!("any negative: {}", flat.iter().any(|v| *v < 0));
    let (small, big): (Vec<i32>, Vec<i32>) = flat.iter().partition(|v| **v < 6);
    println!("{} small, {} big", small.len(), big.len());
}
