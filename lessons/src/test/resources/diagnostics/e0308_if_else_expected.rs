// Both branches checked against the declared type.
fn main() {
    let ok = false;
    let code: u8 = if ok { 0 } else { "failed" };
    println!("{code}");
}
