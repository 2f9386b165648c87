#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Named {
    name: String,
    pos: Pos,
}

fn shift(mut p: Pos) -> Pos {
    p.x += 100;
    p
}

fn main() {
    let mut a = Pos { x: 1, y: 2 };
    let b = a;
    a.x = 10;
    println!("{:?} {:?}", a, b);
    let c = shift(a);
    println!("{:?} {:?}", a, c);
    let mut t = (1, 2);
    let u = t;
    t.0 = 9;
    println!("{:?} {:?}", t, u);
    let n1 = Named { name: "n".to_string(), pos: b };
    let mut n2 = n1.clone();
    n2.name.push_str("2");
    n2.pos.y = -1;
    println!("{:?}\n{:?}", n1, n2);
    let mut accounts = vec![Pos { x: 0, y: 0 }, Pos { x: 5, y: 5 }];
    for p in accounts.iter_mut() {
        p.x += 1;
    }
    println!("{:?}", accounts);
}
