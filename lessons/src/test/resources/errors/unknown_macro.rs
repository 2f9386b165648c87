fn main() {
    let v = vek![1, 2, 3];
    printline!("{:?}", v);
}
