// Passing a Vec by value moves it into the function.
fn total(v: Vec<u32>) -> u32 {
    v.iter().sum()
}

fn main() {
    let scores = vec![3, 4, 5];
    let t = total(scores);
    println!("{t} from {} scores", scores.len());
}
