fn main() {
    if true {
        println!("hi");
}
