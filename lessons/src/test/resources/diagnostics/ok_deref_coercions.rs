// Deref coercions: &String to &str, &Vec<T> to &[T], &Box<T> to &T, &Arc<T> to &T.
use std::sync::Arc;

fn total(xs: &[u32]) -> u32 {
    xs.iter().sum()
}

fn name_len(s: &str) -> usize {
    s.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let shared = Arc::new(String::from("shared"));
    let b: Box<Vec<u32>> = Box::new(vec![4]);
    println!("{} {} {}", total(&v), name_len(&shared), total(&b));
    let arr = [7, 8];
    println!("{}", total(&arr));
}
