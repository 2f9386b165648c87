fn main() {
    let x: u64 = 18446744073709551616;
    println!("{}", x);
}
