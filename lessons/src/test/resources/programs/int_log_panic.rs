// exit: 101
fn main() {
    let x: i32 = -5;
    println!("{:?}", x.checked_ilog2());
    println!("{}", x.ilog10());
}
