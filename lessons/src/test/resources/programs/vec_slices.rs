fn main() {
    let temps = vec![12, 15, 11, 19, 22, 22, 18];
    for w in temps.windows(3) {
        let avg = w.iter().sum::<i32>() as f64 / 3.0;
        print!("{:.1} ", avg);
    }
    println!();
    for chunk in temps.chunks(3) {
        println!("chunk {:?}", chunk);
    }
    let rising = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising days: {}", rising);
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 1];
    v.dedup();
    println!("dedup {:?}", v);
    v.retain(|x| *x != 3);
    println!("retain {:?}", v);
    let mut people = vec![("zoe", 31), ("adam", 25), ("mia", 31), ("li", 19)];
    people.sort_by_key(|p| p.1);
    println!("{:?}", people);
    people.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    println!("{:?}", people);
    let mut nums = vec![5, 3, 9, 1];
    nums.sort();
    nums.reverse();
    println!("{:?} contains 9: {}", nums, nums.contains(&9));
    println!("{:?}", nums.binary_search_by(|x| 3.cmp(x)));
    println!("first {:?} last {:?}", nums.first(), nums.last());
    let (left, right) = nums.split_at(2);
    println!("{:?} | {:?}", left, right);
    println!("{:?}", nums.iter().rev().skip(1).collect::<Vec<_>>());
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    let joined = vec!["a", "b", "c"].join("-");
    println!("{}", joined);
    let mut stack = Vec::new();
    stack.extend([1, 2, 3].iter());
    stack.insert(1, 10);
    let removed = stack.remove(0);
    println!("{:?} removed {}", stack, removed);
    stack.truncate(2);
    println!("{:?} empty {}", stack, stack.is_empty());
    let total: i32 = stack.drain(..).sum();
    println!("drained {} left {:?}", total, stack);
    let words = vec!["x"; 3];
    println!("{:?} {}", words, words.concat());
    let mut sorted = vec![3.2, 1.5, 2.7];
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", sorted);
    println!("{:?}", [4, 8, 15].iter().map(|x| x % 5).collect::<Vec<_>>());
    let v2: Vec<i32> = Vec::from([1, 2]);
    println!("{:?} {}", v2, v2.len());
}
