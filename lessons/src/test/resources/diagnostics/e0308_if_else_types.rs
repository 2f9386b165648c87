// The two branches of an if produce different types.
fn main() {
    let ready = true;
    let label = if ready { "ready" } else { 0 };
    println!("{label}");
}
