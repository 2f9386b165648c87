// Modules with items of the same name, use of a module's items, paths through crate:: and self::.
mod geometry {
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl Point {
        pub fn new(x: i32, y: i32) -> Self {
            Point { x, y }
        }
    }

    pub fn origin() -> Point {
        self::Point::new(0, 0)
    }

    pub mod consts {
        pub const SCALE: i32 = 3;
    }
}

use geometry::consts::SCALE;
use geometry::Point;

fn scaled(p: &Point) -> Point {
    crate::geometry::Point::new(p.x * SCALE, p.y * geometry::consts::SCALE)
}

fn main() {
    let o = geometry::origin();
    let p = scaled(&Point::new(1, 2));
    println!("{} {} {} {}", o.x, o.y, p.x, p.y);
}
