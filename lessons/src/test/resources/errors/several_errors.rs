fn main() {
    let a = ;
    let b = 2
    let c = b +;
    println!("{}", c);
}
