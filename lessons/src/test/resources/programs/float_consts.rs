use std::f64::consts::PI;

fn area(r: f64) -> f64 {
    PI * r * r
}

fn main() {
    println!("{:.4}", area(2.0));
    println!("{}", std::f64::consts::E);
    println!("{:.3}", std::f64::consts::SQRT_2);
    println!("eps small: {}", f64::EPSILON < 0.0000000001);
    println!("{}", f64::MAX > 10.0_f64.powi(300));
    println!("{}", f64::MIN < -10.0_f64.powi(300));
    println!("{}", f64::INFINITY);
    println!("{}", f64::NEG_INFINITY);
    println!("{}", f64::NAN.is_nan());
    let x: f64 = 0.1 + 0.2;
    println!("close: {}", (x - 0.3).abs() < f64::EPSILON);
    println!("{}", f32::MAX > 10.0_f32.powi(38));
    println!("{}", (1.0f64 / 0.0).is_infinite());
    let values = [3.5, -1.25, 8.0, 2.75];
    let max = values.iter().cloned().fold(f64::MIN, f64::max);
    let min = values.iter().cloned().fold(f64::INFINITY, f64::min);
    println!("max {} min {}", max, min);
    println!("{}", i32::MAX.wrapping_add(1));
    println!("{}", u8::MAX as u32 + 1);
    println!("{:.2}", (PI / 4.0).sin());
    println!("{}", 2f64.powi(10));
    println!("{}", 2.0_f64.sqrt() * 2.0_f64.sqrt() - 2.0 < 0.000000001);
}
