// Layered configuration: derived and written Default impls, struct update syntax, and Default for a generic field type.
#[derive(Debug, Clone, Default, PartialEq)]
enum Mode {
    #[default]
    Normal,
    Fast,
}

#[derive(Debug, Clone)]
struct Retry {
    attempts: u32,
    backoff_ms: u64,
}

impl Default for Retry {
    fn default() -> Self {
        Retry { attempts: 3, backoff_ms: 100 }
    }
}

#[derive(Debug, Clone, Default)]
struct Settings {
    name: String,
    mode: Mode,
    retry: Retry,
    limits: Vec<u32>,
    verbose: bool,
}

impl Settings {
    fn fast() -> Self {
        Settings { mode: Mode::Fast, retry: Retry { attempts: 1, ..Default::default() }, ..Default::default() }
    }
}

fn zero<T: Default>() -> T {
    Default::default()
}

#[tokio::main]
async fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let f = Settings::fast();
    println!("{:?} {} {}", f.mode, f.retry.attempts, f.retry.backoff_ms);
    let custom = Settings { name: "svc".into(), limits: vec![10, 20], ..Settings::fast() };
    println!("{:?}", custom);
    println!("{}", custom.mode == Mode::default());
    let a: u8 = zero();
    let b: String = zero();
    let c: Retry = zero();
    let d: (bool, f64) = zero();
    println!("{} {:?} {:?} {:?}", a, b, c, d);
    let h = tokio::spawn(async { Settings::default().retry.attempts * 2 });
    println!("{}", h.await.unwrap());
    println!("{} {} {:?}", s.verbose, custom.name, custom.limits);
}
