// Integer format specs: radix with and without `#`, zero padding, sign, alignment, width and precision from arguments.
#[tokio::main]
async fn main() {
    let n: u32 = 42;
    println!("[{:b}] [{:#b}] [{:#010b}] [{:010b}]", n, n, n, n);
    println!("[{:o}] [{:#o}] [{:x}] [{:#x}] [{:X}] [{:#X}]", n, n, 255, 255, 255, 255);
    println!("[{:08x}] [{:#08x}] [{:08X}] [{:#06X}]", 48879, 48879, 3054, 10);
    println!("[{:+}] [{:+}] [{:+05}] [{:05}] [{:<5}] [{:>5}] [{:^5}]", 7, -7, 7, -7, 7, 7, 7);
    println!("[{:*^9}] [{:->7}] [{:_<6}] [{:#>4}]", 42, 1, 2, 3);
    let w = 8;
    println!("[{:>1$}] [{:>width$}] [{:<w$}] [{:^w$}]", 5, 6, 7, 8, width = 4);
    println!("[{:>1$}] [{:01$}]", 99, w);
    println!("[{:x}] [{:b}] [{:#x}]", -1i8, -2i8, -255i16);
    println!("[{:x}] [{:X}]", u64::MAX, i64::MIN);
    println!("[{:e}] [{:E}]", 1234, 1500u64);
    let big: i64 = 9223372036854775807;
    println!("{} {:x}", big, 255u8);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", true, false, 'x', "ab");
    println!("[{0}-{0:?}-{1:>3}] [{name:>6}] [{name:.2}]", 1, 2, name = "tokio");
    let v = 3;
    println!("[{v}] [{v:>4}] [{v:04}] [{v:#b}]");
}
