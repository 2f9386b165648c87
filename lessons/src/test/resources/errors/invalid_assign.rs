fn main() {
    let x = 1;
    5 = x;
}
