// Trait static methods and associated constants through generics, default methods calling required ones.
trait Shape {
    const SIDES: u32;
    fn new(size: f64) -> Self;
    fn area(&self) -> f64;
    fn name() -> String;
    fn describe(&self) -> String {
        format!("{} with {} sides, area {:.2}", Self::name(), Self::SIDES, self.area())
    }
}

struct Square(f64);
struct Triangle(f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    fn new(size: f64) -> Self {
        Square(size)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name() -> String {
        "square".to_string()
    }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn new(size: f64) -> Self {
        Triangle(size)
    }
    fn area(&self) -> f64 {
        self.0 * self.0 * 3f64.sqrt() / 4.0
    }
    fn name() -> String {
        String::from("triangle")
    }
}

fn build_all<S: Shape>(sizes: &[f64]) -> Vec<S> {
    sizes.iter().map(|s| S::new(*s)).collect()
}

fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn label<S: Shape>() -> String {
    format!("<{}>", S::name())
}

#[tokio::main]
async fn main() {
    let squares: Vec<Square> = build_all(&[1.0, 2.0, 3.0]);
    let tris = build_all::<Triangle>(&[2.0, 4.0]);
    println!("{:.3} {:.3}", total_area(&squares), total_area(&tris));
    for s in &squares {
        println!("{}", s.describe());
    }
    println!("{}", tris[1].describe());
    println!("{} {}", label::<Square>(), label::<Triangle>());
    let h = tokio::spawn(async { Square::new(1.5).describe() });
    println!("{}", h.await.unwrap());
}
