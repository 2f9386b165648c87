let x = 5;

fn main() {
    println!("hi");
}
