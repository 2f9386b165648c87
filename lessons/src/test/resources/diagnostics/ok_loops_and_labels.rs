// loop values, labels, while let on a Vec used as a stack.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    let mut n = 0;
    let found = loop {
        n += 1;
        if n * n > 50 {
            break n;
        }
    };
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 {
                println!("{i} {j}");
                break 'outer;
            }
        }
    }
    println!("{found}");
}
