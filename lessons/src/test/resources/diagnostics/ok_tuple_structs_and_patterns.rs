// Tuple structs, nested patterns, references in patterns.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

fn main() {
    let pts = vec![(1, 2), (3, 4)];
    for &(x, y) in &pts {
        println!("{}", x + y);
    }
    let m = Meters(2.5);
    let Meters(inner) = m;
    let copy = m;
    println!("{inner} {:?} {:?}", m, copy);
    let nested = Some((1, "one"));
    if let Some((n, name)) = nested {
        println!("{n} {name}");
    }
}
