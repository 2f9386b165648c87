// A variable keeps the type it was declared with.
fn main() {
    let mut status = "starting";
    status = 1;
    println!("{status}");
}
