// String has len(), not size().
fn main() {
    let s = String::from("tokio");
    println!("{}", s.size());
}
