// A method named without parentheses.
fn main() {
    let v = vec![1, 2, 3];
    let n = v.len;
    println!("{n}");
}
