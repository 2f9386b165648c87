fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn std_dev(xs: &[f64]) -> f64 {
    let m = mean(xs);
    let var = xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / xs.len() as f64;
    var.sqrt()
}

fn main() {
    let readings = vec![21.5, 19.0, 23.25, 18.75, 25.0, 22.0, 20.5];
    let max = readings.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let min = readings.iter().cloned().fold(f64::INFINITY, f64::min);
    println!("min {:.1} max {:.1}", min, max);
    println!("mean {:.3}", mean(&readings));
    println!("std dev {:.3}", std_dev(&readings));
    let mut sorted = readings.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = sorted[sorted.len() / 2];
    println!("median {}", median);
    let fahrenheit: Vec<String> = readings.iter().map(|c| format!("{:.1}", c * 9.0 / 5.0 + 32.0)).collect();
    println!("{}", fahrenheit.join(", "));
    let rounded: Vec<f64> = readings.iter().map(|x| x.round()).collect();
    println!("{:?}", rounded);
    println!("{} {} {}", (-2.5f64).round(), 2.5f64.round(), 0.1 + 0.2 == 0.3);
    println!("{:.2} {:.0} {}", 3.14159, 2.5, 1.0 / 3.0);
    println!("{} {}", 7.0f64.floor(), (-7.5f64).ceil());
    let above: Vec<&f64> = readings.iter().filter(|x| **x > mean(&readings)).collect();
    println!("above mean: {:?}", above);
    println!("{}", (0.5f64).max(f64::NAN));
}
