fn main() {
    let x = 10u33;
    let y: u8 = 300u8;
}
