fn main() {
    let a = i32::MIN;
    let b = -1;
    println!("{}", a % b);
}
