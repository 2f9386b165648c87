// A String is not an iterator either: .chars() gives one.
fn main() {
    let s = String::from("abc");
    let n = s.filter(|c| *c != 'b').count();
    println!("{n}");
}
