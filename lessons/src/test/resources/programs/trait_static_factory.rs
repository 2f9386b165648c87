// Associated functions and constants through traits: a factory per type, `Self::` inside default methods.
trait Unit {
    const SYMBOL: &'static str;
    const PER_BASE: f64;
    fn from_base(v: f64) -> Self;
    fn value(&self) -> f64;
    fn to_base(&self) -> f64 {
        self.value() * Self::PER_BASE
    }
    fn show(&self) -> String {
        format!("{:.2}{}", self.value(), Self::SYMBOL)
    }
}

struct Meters(f64);
struct Feet(f64);

impl Unit for Meters {
    const SYMBOL: &'static str = "m";
    const PER_BASE: f64 = 1.0;
    fn from_base(v: f64) -> Self {
        Meters(v)
    }
    fn value(&self) -> f64 {
        self.0
    }
}

impl Unit for Feet {
    const SYMBOL: &'static str = "ft";
    const PER_BASE: f64 = 0.3048;
    fn from_base(v: f64) -> Self {
        Feet(v / 0.3048)
    }
    fn value(&self) -> f64 {
        self.0
    }
}

fn convert<A: Unit, B: Unit>(a: &A) -> B {
    B::from_base(a.to_base())
}

#[tokio::main]
async fn main() {
    let m = Meters(100.0);
    let f: Feet = convert(&m);
    println!("{} = {}", m.show(), f.show());
    let back: Meters = convert(&f);
    println!("{}", back.show());
    let ft = Feet::from_base(1.0);
    println!("{} {} {}", ft.show(), Feet::SYMBOL, Meters::PER_BASE);
    let h = tokio::spawn(async { convert::<Feet, Meters>(&Feet(3.0)).show() });
    println!("{}", h.await.unwrap());
}
