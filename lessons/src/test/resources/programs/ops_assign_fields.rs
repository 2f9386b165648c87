// Compound assignment operators through user impls on fields, vector elements and through `&mut` parameters.
use std::ops::{AddAssign, MulAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Stock {
    units: i32,
}

impl AddAssign<i32> for Stock {
    fn add_assign(&mut self, n: i32) {
        self.units += n;
    }
}

impl SubAssign<i32> for Stock {
    fn sub_assign(&mut self, n: i32) {
        self.units -= n;
    }
}

impl MulAssign<i32> for Stock {
    fn mul_assign(&mut self, k: i32) {
        self.units *= k;
    }
}

struct Shop {
    apples: Stock,
    shelves: Vec<Stock>,
}

fn restock(s: &mut Stock, n: i32) {
    *s += n;
}

#[tokio::main]
async fn main() {
    let mut shop = Shop { apples: Stock { units: 5 }, shelves: vec![Stock { units: 1 }, Stock { units: 2 }] };
    shop.apples += 10;
    shop.apples -= 3;
    shop.shelves[1] *= 4;
    shop.shelves[0] += 7;
    restock(&mut shop.apples, 100);
    for s in shop.shelves.iter_mut() {
        *s -= 1;
    }
    println!("{:?} {:?}", shop.apples, shop.shelves);
    let mut local = Stock { units: 2 };
    local *= 3;
    restock(&mut local, 1);
    println!("{:?} {}", local, local == Stock { units: 7 });
    let h = tokio::spawn(async move {
        let mut s = Stock { units: 0 };
        for i in 1..=4 {
            s += i;
        }
        s
    });
    println!("{:?}", h.await.unwrap());
}
