// `#[derive(Default)]`, a hand-written `impl Default`, `Default::default()`, `T::default()` and `..Default::default()`.
#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<u64>,
}

#[derive(Debug)]
struct Server {
    port: u16,
    host: String,
    workers: usize,
}

impl Default for Server {
    fn default() -> Self {
        Server { port: 8080, host: "localhost".to_string(), workers: 4 }
    }
}

#[derive(Debug, Default)]
struct Wrapper(i32, String);

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level {
    Low,
    #[default]
    Medium,
    High,
}

#[derive(Debug, Default)]
struct Nested {
    server: Server,
    level: Level,
    counts: (u8, i64),
}

fn make<T: Default>() -> T {
    T::default()
}

#[tokio::main]
async fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let c2 = Config { retries: 3, ..Default::default() };
    println!("{:?} {}", c2, c2 == c);
    let s: Server = Default::default();
    println!("{:?}", s);
    let s2 = Server { port: 9000, ..Server::default() };
    println!("{}:{} x{}", s2.host, s2.port, s2.workers);
    println!("{:?}", Wrapper::default());
    let l: Level = Default::default();
    println!("{:?} {:?} {:?}", l, Level::Low, Level::High);
    let nd = Nested::default();
    println!("{:#?}", nd);
    println!("{} {:?} {:?}", nd.server.port, nd.level, nd.counts);
    let w = Wrapper::default();
    println!("{} {:?}", w.0, w.1);
    let n: i32 = make();
    let st: String = make();
    let v: Vec<u8> = make();
    println!("{} {:?} {:?}", n, st, v);
    let cfg = make::<Config>();
    println!("{}", cfg.tags.len());
    let x: (i32, bool) = Default::default();
    println!("{:?}", x);
    let o: Option<String> = Default::default();
    println!("{:?} {}", o, u64::default());
}
