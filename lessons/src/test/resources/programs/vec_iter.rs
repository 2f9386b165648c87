fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..6 {
        v.push(i * 3);
    }
    println!("{:?} len={} first={:?} last={:?}", v, v.len(), v.first(), v.last());
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).map(|x| x / 3).collect();
    println!("{:?}", evens);
    let sum: i32 = v.iter().sum();
    let max = v.iter().max().unwrap();
    let pos = v.iter().position(|x| *x == 9);
    println!("{} {} {:?}", sum, max, pos);
    let pairs: Vec<(i32, char)> = vec![1, 2, 3].into_iter().zip("abc".chars()).collect();
    println!("{:?}", pairs);
    let folded = v.iter().fold(String::new(), |acc, x| acc + &x.to_string());
    println!("{}", folded);
    v.retain(|x| *x > 5);
    v.insert(0, 100);
    v.swap(0, 1);
    println!("{:?} {}", v, v.contains(&100));
    let removed = v.remove(1);
    println!("removed {} -> {:?}", removed, v);
    let mut w = vec![5, 3, 8, 1];
    w.sort();
    w.reverse();
    println!("{:?} {:?}", w, &w[1..3]);
    let zeros = vec![0u8; 4];
    println!("{:?}", zeros);
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} any>2:{} all>0:{}", flat, flat.iter().any(|x| *x > 2), flat.iter().all(|x| *x > 0));
    let chunks: Vec<Vec<i32>> = (1..=5).collect::<Vec<i32>>().chunks(2).map(|c| c.to_vec()).collect();
    println!("{:?}", chunks);
    println!("{}", (1..=5).filter(|n| n % 2 == 1).count());
}
