// exit: 101
fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    assert_eq!(v[0] + v[1], 3, "sum of the first two");
    println!("assertions passed");
    assert_eq!(v.len(), 4);
}
