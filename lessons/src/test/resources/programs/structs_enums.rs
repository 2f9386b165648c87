#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Shape {
    Circle { center: Point, radius: u32 },
    Rect(Point, Point),
    Empty,
}

impl Shape {
    fn name(&self) -> &str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect(_, _) => "rect",
            Shape::Empty => "empty",
        }
    }
}

#[derive(Debug)]
struct Wrapper(i32, String);

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 5, ..p.clone() };
    println!("{:?} {:?}", p, q);
    println!("{}", p == Point { x: 1, y: 2 });
    let shapes = vec![
        Shape::Circle { center: p.clone(), radius: 3 },
        Shape::Rect(Point { x: 0, y: 0 }, q),
        Shape::Empty,
    ];
    for s in &shapes {
        println!("{} => {:?}", s.name(), s);
    }
    println!("{:#?}", shapes[0]);
    let w = Wrapper(7, String::from("seven"));
    println!("{:?} {} {}", w, w.0, w.1);
    let t = (1, "two", 3.5);
    println!("{:?}", t);
    let o: Option<Vec<i32>> = Some(vec![1]);
    println!("{:?} {:?}", o, None::<i32>);
    let r: Result<u8, String> = Err("bad".to_string());
    println!("{:?}", r);
}
