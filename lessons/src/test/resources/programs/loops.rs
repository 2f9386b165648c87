fn main() {
    let mut n = 0;
    while n < 3 {
        n += 1;
    }
    println!("while: {}", n);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("loop result: {}", result);
    'outer: for i in 0..5 {
        for j in 0..5 {
            if (i + j) % 2 == 1 {
                continue;
            }
            if i * j > 6 {
                break 'outer;
            }
            print!("({},{})", i, j);
        }
    }
    println!();
    for i in (0..10).rev().step_by(3) {
        print!("{} ", i);
    }
    println!();
    let names = vec!["ann", "bob"];
    for name in &names {
        print!("{} ", name);
    }
    for (i, name) in names.iter().enumerate() {
        print!("{}:{} ", i, name);
    }
    println!();
    let mut total = 0;
    for x in 1..=100 {
        total += x;
    }
    println!("sum 1..=100 = {}", total);
}
