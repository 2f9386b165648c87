// Arrays, slices, slice patterns, windows and chunks, sort_by_key, binary_search.
fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn main() {
    let arr = [5, 3, 8, 1];
    let mut v = arr.to_vec();
    v.sort();
    let pos = v.binary_search(&5);
    let pairs: Vec<i32> = arr.windows(2).map(|w| w[0] + w[1]).collect();
    let mut people = vec![("b", 30), ("a", 25)];
    people.sort_by_key(|p| p.1);
    let [a, b, ..] = arr;
    println!("{} {:?} {:?} {:?} {} {}", sum(&arr), pos, pairs, people, a, b);
    println!("{}", arr.len() + v.iter().filter(|&&x| x > 2).count());
}
