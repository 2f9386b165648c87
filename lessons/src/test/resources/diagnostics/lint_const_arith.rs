fn main() {
    let a: i64 = i64::MAX;
    let b = a * 2;
    let c: u32 = 0;
    let d = c - 1;
    let e = i32::MIN;
    let f = -e;
    let g = 200u8 * 2;
    let h = 1i32 << 40;
    let k = 7 % 0;
    let m: i8 = -128;
    let n = m / -1;
}
