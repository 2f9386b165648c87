fn main() {
    loop {
        break 'outer;
    }
}
