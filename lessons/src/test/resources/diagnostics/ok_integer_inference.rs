// Integer literals take their type from how they are used.
fn takes_u8(x: u8) -> u8 {
    x
}

fn main() {
    let a = 5;
    let b: u64 = a;
    let c = 200;
    let d = takes_u8(c);
    let e = 3;
    let f = e as f64 / 2.0;
    let g: i64 = -7;
    let h = g.abs() + 1;
    println!("{b} {d} {f} {h} {}", u32::MAX);
}
