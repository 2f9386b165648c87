// return inside closures returns from the closure; loops with break values inside closures.
fn main() {
    let find = |xs: &[i32], target: i32| -> Option<usize> {
        for (i, x) in xs.iter().enumerate() {
            if *x == target {
                return Some(i);
            }
        }
        None
    };
    let first_big = |xs: &[i32]| {
        let mut i = 0;
        loop {
            if i >= xs.len() {
                break None;
            }
            if xs[i] > 10 {
                break Some(xs[i]);
            }
            i += 1;
        }
    };
    println!("{:?} {:?}", find(&[1, 2, 3], 2), first_big(&[1, 20]));
}
