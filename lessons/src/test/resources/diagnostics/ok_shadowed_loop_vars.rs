// Loop variables shadowing outer names, moves of per-iteration values, labelled continue.
fn take(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1u8];
    let mut total = 0;
    'rows: for row in 0..3 {
        let v = vec![row as u8; row + 1];
        for x in &v {
            if *x == 2 {
                continue 'rows;
            }
        }
        total += take(v);
    }
    println!("{total} {}", v.len());
}
