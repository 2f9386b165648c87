fn main() {
    let b = 255u8 + 1;
    println!("{}", b);
}
