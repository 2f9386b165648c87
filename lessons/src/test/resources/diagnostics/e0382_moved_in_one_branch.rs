// A move in one branch is enough: after the if, the value may be gone.
fn archive(s: String) {
    println!("archived {s}");
}

fn main() {
    let report = String::from("q3");
    let done = true;
    if done {
        archive(report);
    }
    println!("{report}");
}
