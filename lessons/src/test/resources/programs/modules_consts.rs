mod geometry {
    #[derive(Debug)]
    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }

    impl Rect {
        pub const UNIT: u32 = 1;

        pub fn square(side: u32) -> Self {
            Rect { w: side, h: side }
        }

        pub fn area(&self) -> u32 {
            self.w * self.h * Self::UNIT
        }
    }

    pub fn perimeter(r: &Rect) -> u32 {
        2 * (r.w + r.h)
    }
}

use geometry::Rect;

const SCALE: u32 = 3;
static GREETING: &str = "shapes";

fn main() {
    let r = Rect { w: 2, h: 5 };
    let s = geometry::Rect::square(4);
    println!("{} {:?} {:?}", GREETING, r, s);
    println!("areas {} {}", r.area(), s.area() * SCALE);
    println!("perimeter {}", geometry::perimeter(&r));
    println!("unit {}", Rect::UNIT);
}
