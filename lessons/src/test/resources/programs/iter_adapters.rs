fn main() {
    let nums = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let (even, odd): (Vec<i32>, Vec<i32>) = nums.iter().partition(|n| *n % 2 == 0);
    println!("even {:?} odd {:?}", even, odd);
    let running: Vec<i32> = nums.iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("running {:?}", running);
    let pairs = vec![("a", 1), ("b", 2), ("c", 3)];
    let (names, counts): (Vec<&str>, Vec<i32>) = pairs.into_iter().unzip();
    println!("{:?} {:?}", names, counts);
    let mut it = nums.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut group = vec![x];
        while let Some(&&y) = it.peek() {
            if y - group[group.len() - 1] == 1 && group.len() < 3 {
                group.push(y);
                it.next();
            } else {
                break;
            }
        }
        groups.push(group);
    }
    println!("groups {:?}", groups);
    let colors = ["red", "green", "blue"];
    let assigned: Vec<String> = (1..=7).zip(colors.iter().cycle()).map(|(i, c)| format!("{}{}", c, i)).collect();
    println!("{:?}", assigned);
    let stepped: Vec<u32> = (0..20).step_by(5).collect();
    println!("{:?}", stepped);
    let all: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", all);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.iter().flat_map(|v| v.iter().map(|x| x * 10)).collect();
    println!("{:?}", flat);
    let words = ["apple", "bob", "kiwi", "banana"];
    let total_len = words.iter().fold(0, |acc, w| acc + w.len());
    println!("total {}", total_len);
    println!("{} {}", words.iter().any(|w| w.len() > 5), words.iter().all(|w| w.len() > 2));
    println!("{:?}", words.iter().position(|w| w.starts_with('k')));
    println!("{:?} {:?}", words.iter().last(), words.iter().nth(1));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.len().cmp(&b.len())));
    let first_big = (1..).map(|x| x * x).find(|sq| *sq > 50);
    println!("{:?}", first_big);
    let sum_sq: i32 = (1..=5).map(|x| x * x).sum();
    let prod: u64 = (1..=10u64).product();
    println!("{} {}", sum_sq, prod);
    let lens: Vec<usize> = words.iter().map(|w| w.len()).rev().collect();
    println!("{:?}", lens);
    let s: Vec<i32> = nums.iter().copied().skip_while(|x| *x < 4).take_while(|x| *x < 8).collect();
    println!("{:?}", s);
    let enumerated: Vec<(usize, char)> = "abc".chars().enumerate().collect();
    println!("{:?}", enumerated);
    let found = words.iter().find_map(|w| w.strip_prefix("ba"));
    println!("{:?}", found);
    println!("{}", nums.iter().filter(|x| **x > 3).count());
}
