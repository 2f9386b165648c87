// Functions that take `impl Into<T>` / `T: Into<U>` and convert with `.into()` inside.
struct Celsius(f64);
struct Kelvin(f64);

impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Kelvin {
        Kelvin(c.0 + 273.15)
    }
}

impl From<Kelvin> for Celsius {
    fn from(k: Kelvin) -> Celsius {
        Celsius(k.0 - 273.15)
    }
}

fn label<S: Into<String>>(s: S) -> String {
    let mut owned: String = s.into();
    owned.push('!');
    owned
}

fn to_kelvin<T: Into<Kelvin>>(t: T) -> Kelvin {
    t.into()
}

fn describe(name: impl Into<String>, k: Kelvin) -> String {
    let n: String = name.into();
    format!("{} is {:.2} K", n, k.0)
}

#[tokio::main]
async fn main() {
    println!("{} {}", label("hi"), label(String::from("there")));
    let k = to_kelvin(Celsius(25.0));
    println!("{:.2}", k.0);
    let c: Celsius = Kelvin(0.0).into();
    println!("{:.2}", c.0);
    println!("{}", describe("water", to_kelvin(Celsius(100.0))));
    let back: Celsius = to_kelvin(Celsius(-40.0)).into();
    println!("{:.1}", back.0);
    let h = tokio::spawn(async { label("task") });
    println!("{}", h.await.unwrap());
}
