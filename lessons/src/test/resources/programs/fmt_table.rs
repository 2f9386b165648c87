// A report table: names left-aligned, numbers right-aligned with fixed decimals, a centred status column,
// and a user type that pads itself with `f.pad` so it lines up too.
use std::fmt;

struct Status(bool);

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(if self.0 { "ok" } else { "FAIL" })
    }
}

struct Row {
    name: &'static str,
    latency_ms: f64,
    requests: u64,
    ok: bool,
}

#[tokio::main]
async fn main() {
    let rows = vec![
        Row { name: "alpha", latency_ms: 12.3456, requests: 1200, ok: true },
        Row { name: "beta-service", latency_ms: 0.5, requests: 7, ok: false },
        Row { name: "gamma", latency_ms: 123.0, requests: 1_000_000, ok: true },
    ];
    println!("{:<14}|{:>10}|{:>10}|{:^8}|", "name", "latency", "requests", "status");
    println!("{:-<14}+{:->10}+{:->10}+{:-^8}+", "", "", "", "");
    for r in &rows {
        println!("{:<14}|{:>10.2}|{:>10}|{:^8}|", r.name, r.latency_ms, r.requests, Status(r.ok));
    }
    let total: u64 = rows.iter().map(|r| r.requests).sum();
    let mean = rows.iter().map(|r| r.latency_ms).sum::<f64>() / rows.len() as f64;
    println!("{:<14}|{:>10.3}|{:>10}|{:^8}|", "total", mean, total, "");
    println!("{:=^46}", " end ");
    let width = 12;
    for (i, r) in rows.iter().enumerate() {
        println!("{:>3}. {:.<width$} {:>+9.1e}", i + 1, r.name, r.latency_ms, width = width);
    }
}
