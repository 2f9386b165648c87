fn main() {
    let p = Pointe { x: 1, y: 2 };
}
