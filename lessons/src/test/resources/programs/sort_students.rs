#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u8,
    score: f32,
}

impl Student {
    fn new(name: &str, grade: u8, score: f32) -> Self {
        Student { name: name.to_string(), grade, score }
    }
}

fn main() {
    let mut students = vec![
        Student::new("Maya", 10, 88.5),
        Student::new("Liam", 11, 92.0),
        Student::new("Zoe", 10, 75.25),
        Student::new("Ian", 12, 92.0),
        Student::new("Ava", 11, 60.0),
        Student::new("Ben", 10, 88.5),
    ];
    students.sort_by_key(|s| s.grade);
    for s in &students {
        println!("{:<5} {:>2} {:>6.2}", s.name, s.grade, s.score);
    }
    println!("--");
    students.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap().then_with(|| a.name.cmp(&b.name)));
    for (rank, s) in students.iter().enumerate() {
        println!("{}. {} ({})", rank + 1, s.name, s.score);
    }
    let names: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", names);
    let mut sorted_names = names.clone();
    sorted_names.sort();
    println!("{:?} {:?}", sorted_names.binary_search(&"Liam"), sorted_names.binary_search(&"Kim"));
    students.retain(|s| s.score >= 70.0);
    println!("{} passed", students.len());
    let tenth: Vec<_> = students.iter().filter(|s| s.grade == 10).map(|s| &s.name).collect();
    println!("{:?}", tenth);
    let avg: f32 = students.iter().map(|s| s.score).sum::<f32>() / students.len() as f32;
    println!("avg {}", avg);
    let best = students.iter().max_by(|a, b| a.score.partial_cmp(&b.score).unwrap()).unwrap();
    println!("best {:?}", best);
    let mut grades: Vec<u8> = students.iter().map(|s| s.grade).collect();
    grades.sort_unstable();
    grades.dedup();
    println!("{:?}", grades);
    let mut by_len = vec!["apple", "fig", "banana", "kiwi", "date"];
    by_len.sort_by_key(|w| (w.len(), std::cmp::Reverse(*w)));
    println!("{:?}", by_len);
    let mut nums = vec![5, -3, 2, -8, 1];
    nums.sort_by_key(|n: &i32| n.abs());
    println!("{:?}", nums);
    nums.reverse();
    println!("{:?} {:?}", nums, nums.iter().rev().collect::<Vec<_>>());
    let mut v2 = vec![1, 2, 3, 4, 5, 6];
    v2.swap(0, 5);
    v2.insert(2, 99);
    let removed = v2.remove(3);
    println!("{:?} removed {}", v2, removed);
    let tail = v2.split_off(4);
    println!("{:?} {:?}", v2, tail);
    v2.extend_from_slice(&tail);
    v2.extend(vec![7, 8]);
    println!("{:?} first={:?}", v2, v2.first());
    let drained: Vec<i32> = v2.drain(1..3).collect();
    println!("{:?} {:?}", drained, v2);
    println!("{}", v2.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","));
    let s2 = students[0].clone();
    println!("{}", s2 == students[0]);
    let mut arr = [9, 4, 7];
    arr.sort();
    println!("{:?} {}", arr, arr.contains(&7));
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", vec!["a", "b"].concat());
    let mut fl = vec![2.5, -1.0, 3.75];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    println!("{:?}", v2.iter().rev().skip(1).collect::<Vec<_>>());
    v2.clear();
    println!("{:?} {}", v2, v2.len());
}
