fn main() {
    let = 5;
    let mut 3 = x;
}
