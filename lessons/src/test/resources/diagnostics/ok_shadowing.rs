// Shadowing changes a name's type; each use sees the latest binding.
fn main() {
    let x = "5";
    let x: u32 = x.parse().unwrap();
    let x = x * 2;
    let x = format!("{x}!");
    println!("{x}");
}
