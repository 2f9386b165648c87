// A variable declared inside a block is gone after it.
fn main() {
    {
        let inner = 5;
        println!("{inner}");
    }
    println!("{}", inner);
}
