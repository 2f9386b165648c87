fn main() {
    let name = "ferris";
    if !name {
        println!("empty");
    }
}
