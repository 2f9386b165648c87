// The value inside Some must have the Option's type.
fn main() {
    let limit: Option<u32> = Some("ten");
    println!("{limit:?}");
}
