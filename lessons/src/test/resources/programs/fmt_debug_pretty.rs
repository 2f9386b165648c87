// `{:#?}` of nested structs, enums, tuples, vectors, maps and options, and `{:?}` of the same.
use std::collections::BTreeMap;

#[allow(dead_code)]
#[derive(Debug, Clone)]
enum Shape {
    Circle { r: f64 },
    Rect(u32, u32),
    Empty,
}

#[allow(dead_code)]
#[derive(Debug)]
struct Scene {
    name: String,
    shapes: Vec<Shape>,
    tags: BTreeMap<String, u8>,
    origin: (i32, i32),
    parent: Option<Box<Scene>>,
}

#[tokio::main]
async fn main() {
    let mut tags = BTreeMap::new();
    tags.insert("z".to_string(), 1);
    tags.insert("a".to_string(), 2);
    let inner = Scene { name: "inner".into(), shapes: vec![], tags: BTreeMap::new(), origin: (0, 0), parent: None };
    let s = Scene {
        name: "main \"scene\"".into(),
        shapes: vec![Shape::Circle { r: 1.5 }, Shape::Rect(2, 3), Shape::Empty],
        tags,
        origin: (-1, 2),
        parent: Some(Box::new(inner)),
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:#?}", (1, "two", [3.0, 4.5]));
    println!("{:#?}", Some(Shape::Rect(1, 1)));
    let empty: Vec<i32> = Vec::new();
    println!("{:#?} {:?}", empty, ());
}
