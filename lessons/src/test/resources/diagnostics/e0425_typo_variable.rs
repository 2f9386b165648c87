fn main() {
    let total_count = 10;
    for i in 0..3 {
        println!("{}", totl_count + i);
    }
}
