// Nested enums and structs in patterns, ref bindings, tuple structs in matches, if let else.
#[derive(Debug, Clone)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Group(Vec<Shape>),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Group(items) => items.iter().map(area).sum(),
    }
}

fn main() {
    let g = Shape::Group(vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0)]);
    let total = area(&g);
    let first = if let Shape::Group(ref items) = g { items.len() } else { 0 };
    let Shape::Group(inner) = g.clone() else {
        panic!("not a group");
    };
    println!("{total} {first} {}", inner.len());
}
