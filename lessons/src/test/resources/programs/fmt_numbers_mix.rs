// Number formatting in the shapes programs print: percentages, durations by hand, hex dumps, scientific values.
#[tokio::main]
async fn main() {
    let done = 37u32;
    let total = 120u32;
    let pct = done as f64 / total as f64 * 100.0;
    println!("progress: {:>5.1}% ({}/{})", pct, done, total);
    let ms = 1234567u64;
    println!("{}m {:02}s {:03}ms", ms / 60000, (ms / 1000) % 60, ms % 1000);
    let data = b"Tokio!";
    let hex: Vec<String> = data.iter().map(|b| format!("{:02x}", b)).collect();
    println!("{}", hex.join(" "));
    let upper: String = data.iter().map(|b| format!("{:02X}", b)).collect::<Vec<_>>().join(":");
    println!("{}", upper);
    for v in [0.000123, 1234.5, 6.02e23, -42.0, 1.0] {
        println!("{:>12.3e} {:>12.4} {:?}", v, v, v);
    }
    println!("{:+.2} {:+.2} {:+}", 1.005, -0.004, 0);
    println!("{:08.2} {:+08.2} {:08}", -3.14159, 2.5, -7);
    println!("{:#06x} {:#06b} {:#o}", 255, 5, 8);
    let bits: u8 = 0b1011_0001;
    println!("{:08b} {:>8b} {:<8b}|", bits, bits >> 4, bits & 0xf);
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{} {} {}", 100.0 / 3.0, 1e21, 1e-7);
}
