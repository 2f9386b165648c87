// Every element of a vec! has the vector's element type.
fn main() {
    let ports: Vec<u16> = vec![80, 443, "8080"];
    println!("{ports:?}");
}
