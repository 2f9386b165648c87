fn main() {
    let a = 10; let b = 0; println!("{}", a / b);
}
