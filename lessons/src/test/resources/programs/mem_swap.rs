use std::mem;

#[derive(Debug)]
struct Buffer {
    items: Vec<String>,
    flushed: usize,
}

impl Buffer {
    fn flush(&mut self) -> Vec<String> {
        self.flushed += 1;
        mem::take(&mut self.items)
    }
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
    let mut name = String::from("old");
    let prev = mem::replace(&mut name, String::from("new"));
    println!("prev = {}, name = {}", prev, name);
    let mut buf = Buffer { items: Vec::new(), flushed: 0 };
    buf.items.push("x".to_string());
    buf.items.push("y".to_string());
    let out = buf.flush();
    println!("flushed {:?}, left {:?}, count {}", out, buf.items, buf.flushed);
    let mut v = vec![3, 1, 2];
    let taken = std::mem::take(&mut v);
    println!("taken {:?}, v {:?}", taken, v);
    let mut opt = Some(5);
    let got = mem::replace(&mut opt, None);
    println!("{:?} {:?}", got, opt);
    let mut xs = vec![1, 2];
    let mut ys = vec![9];
    std::mem::swap(&mut xs, &mut ys);
    println!("{:?} {:?}", xs, ys);
}
