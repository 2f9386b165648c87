fn find(v: &[i32], x: i32) -> Option<usize> {
    v.iter().position(|&y| y == x)
}

fn main() {
    let v = vec![3, 4, 5];
    let i: usize = find(&v, 4);
    println!("{}", i);
}
