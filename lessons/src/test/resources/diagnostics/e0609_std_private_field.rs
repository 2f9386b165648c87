// A std type's fields are private.
use std::time::Duration;

fn main() {
    let d = Duration::from_secs(3);
    println!("{}", d.secs);
}
