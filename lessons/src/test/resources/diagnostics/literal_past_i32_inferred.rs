fn main() {
    let x = 18446744073709551616;
    println!("{}", x);
}
