fn main() {
    let s = String::from("5");
    let n = -s;
    println!("{}", n);
}
