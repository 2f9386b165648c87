fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let evens: Vec<i32> = v.iter().filter(|&&x| x % 2 == 0).cloned().collect();
    println!("evens {:?}", evens);
    let squares: Vec<_> = v.iter().map(|x| x * x).take(5).collect();
    println!("squares {:?}", squares);
    let pos = v.iter().position(|&x| x == 9);
    println!("9 at {:?}, 7 at {:?}", pos, v.iter().position(|&x| x == 7));
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", small, big);
    let s: i32 = v.iter().skip(2).step_by(3).sum();
    println!("sum {}", s);
    let windows: Vec<i32> = v.windows(3).map(|w| w.iter().sum()).collect();
    println!("windows {:?}", windows);
    for chunk in v.chunks(4) {
        print!("{:?};", chunk);
    }
    println!();
    let names = ["ada", "bob", "cy"];
    let ages = [36, 41, 29, 50];
    let joined: Vec<String> = names.iter().zip(ages.iter()).map(|(n, a)| format!("{n}:{a}")).collect();
    println!("{}", joined.join(" "));
    let nums = ["1", "two", "3", "4x", "5"];
    let parsed: Vec<i32> = nums.iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let letters: Vec<char> = names.iter().flat_map(|n| n.chars()).collect();
    println!("{:?}", letters);
    let fact: u64 = (1..=15u64).product();
    println!("15! = {}", fact);
    let max = v.iter().max().unwrap();
    let min_idx = v.iter().enumerate().min_by_key(|(_, &x)| x).map(|(i, _)| i);
    println!("max {} min at {:?}", max, min_idx);
    let longest = names.iter().max_by_key(|n| n.len()).unwrap();
    println!("longest {}", longest);
    let tw: Vec<_> = v.iter().take_while(|&&x| x < 5).collect();
    let sw: Vec<_> = v.iter().skip_while(|&&x| x < 5).collect();
    println!("{:?} {:?}", tw, sw);
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    let any = v.iter().any(|&x| x > 8);
    let all = v.iter().all(|&x| x > 0);
    println!("{} {} {}", any, all, v.iter().filter(|&&x| x == 5).count());
    let folded = v.iter().fold(String::new(), |mut acc, x| {
        if !acc.is_empty() {
            acc.push('-');
        }
        acc += &x.to_string();
        acc
    });
    println!("{}", folded);
    let mut sorted = v.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    println!("{:?}", sorted);
    let avg = v.iter().sum::<i32>() as f64 / v.len() as f64;
    println!("avg {:.3}", avg);
    let last_two: Vec<_> = v.iter().rev().take(2).rev().collect();
    println!("{:?} {:?}", last_two, v.last());
    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", chained);
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut run = vec![x];
        while let Some(&&y) = it.peek() {
            if y > x { run.push(y); it.next(); } else { break; }
        }
        groups.push(run);
    }
    println!("{:?}", groups);
    let fsum: f64 = [0.1, 0.2, 0.3].iter().sum();
    println!("{}", fsum);
    let m = [2.5f64, -1.0, 7.75].iter().cloned().fold(f64::MIN, f64::max);
    println!("{}", m);
    let total_len: usize = names.iter().map(|s| s.len()).sum();
    println!("{}", total_len);
    let idx: Vec<(usize, char)> = "héllo".char_indices().collect();
    println!("{:?}", idx);
    println!("{:?}", (0..20).rev().step_by(6).collect::<Vec<_>>());
    println!("{:?}", v.iter().copied().reduce(|a, b| a.max(b)));
    println!("{:?}", v.iter().min_by(|a, b| a.cmp(b)));
    println!("{:?}", v.iter().rposition(|&x| x == 5));
    println!("{:?}", v.iter().find_map(|&x| if x > 4 { Some(x * 10) } else { None }));
    println!("{:?}", v.iter().last());
    println!("{:?}", v.split(|&x| x == 1).collect::<Vec<_>>());
}
