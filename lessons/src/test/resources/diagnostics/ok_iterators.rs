// Iterator chains with inferred closure parameters.
use std::collections::HashMap;

fn main() {
    let words = vec!["apple", "bob", "civic", "dog"];
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    let palindromes = words.iter().filter(|w| w.chars().rev().collect::<String>() == **w).count();
    let mut counts: HashMap<char, u32> = HashMap::new();
    for w in &words {
        *counts.entry(w.chars().next().unwrap()).or_insert(0) += 1;
    }
    let total: usize = lens.iter().sum();
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 4);
    println!("{lens:?} {palindromes} {} {total} {short:?} {long:?}", counts.len());
    for (i, w) in words.iter().enumerate().skip(1).take(2) {
        println!("{i} {w}");
    }
}
