// The struct behind the reference has no such method either.
struct Sensor {
    value: f64,
}

fn report(s: &Sensor) {
    println!("{}", s.read_value());
}

fn main() {
    report(&Sensor { value: 1.5 });
}
