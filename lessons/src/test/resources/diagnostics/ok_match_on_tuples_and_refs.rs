// Matching tuples of references, bindings with @, guards using moved-out values from clones.
fn classify(a: &i32, b: &i32) -> &'static str {
    match (a, b) {
        (0, 0) => "origin",
        (x, 0) if *x > 0 => "positive x axis",
        (_, 0) => "x axis",
        (0, _) => "y axis",
        _ => "plane",
    }
}

fn main() {
    let n = 7;
    let msg = match n {
        small @ 0..=5 => format!("small {small}"),
        big => format!("big {big}"),
    };
    println!("{} {} {}", classify(&1, &0), classify(&0, &3), msg);
}
