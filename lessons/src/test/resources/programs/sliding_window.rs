use std::cmp::Reverse;
use std::collections::{HashMap, VecDeque};

fn moving_average(data: &[f64], k: usize) -> Vec<f64> {
    let mut window: VecDeque<f64> = VecDeque::new();
    let mut sum = 0.0;
    let mut out = Vec::new();
    for &x in data {
        window.push_back(x);
        sum += x;
        if window.len() > k {
            sum -= window.pop_front().unwrap();
        }
        if window.len() == k {
            out.push(sum / k as f64);
        }
    }
    out
}

fn main() {
    let temps = [20.5, 21.0, 23.5, 22.0, 19.5, 18.0, 24.5];
    let avg: Vec<String> = moving_average(&temps, 3).iter().map(|a| format!("{:.2}", a)).collect();
    println!("{}", avg.join(" "));
    let diffs: Vec<f64> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
    let rising = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising {} times", rising);
    for (i, c) in temps.chunks_exact(3).enumerate() {
        println!("chunk {}: {:?}", i, c);
    }
    println!("rem {:?}", temps.chunks_exact(3).remainder());
    let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"];
    let mut groups: HashMap<char, Vec<&str>> = HashMap::new();
    for w in words {
        groups.entry(w.chars().next().unwrap()).or_insert_with(Vec::new).push(w);
    }
    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    for k in keys {
        let mut g = groups[k].clone();
        g.sort_by_key(|w| Reverse(w.len()));
        println!("{} -> {:?}", k, g);
    }
    let mut scores = vec![("ann", 90), ("bob", 72), ("cid", 90), ("dee", 85)];
    scores.sort_by_key(|&(name, s)| (Reverse(s), name));
    println!("{:?}", scores);
    let mut runs = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    runs.dedup_by_key(|x| *x / 2);
    println!("{:?}", runs);
    for (i, w) in words.iter().rev().enumerate().skip(4) {
        println!("{} {}", i, w);
    }
    let a = [1, 2, 3];
    let b = [10, 20, 30];
    let c = [100, 200, 300];
    let sums: Vec<i32> = a.iter().zip(b.iter()).zip(c.iter()).map(|((x, y), z)| x + y + z).collect();
    println!("{:?}", sums);
    let mut dq: VecDeque<_> = (1..=5).collect();
    dq.rotate_right(2);
    let (front, back) = dq.as_slices();
    println!("{:?} {} {}", dq, front.len() + back.len(), dq.iter().rev().map(|x| x.to_string()).collect::<String>());
    println!("{:?}", dq.iter().position(|&x| x == 1));
    dq.retain(|&x| x % 2 == 1);
    println!("{:?} {:?}", dq, dq.get(1));
}
