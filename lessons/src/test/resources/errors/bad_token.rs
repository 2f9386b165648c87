fn main() {
    let x = 5 @@ 3;
    let y = `x`;
}
