use std::collections::HashMap;

fn main() {
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom...";
    let mut freq: HashMap<String, u32> = HashMap::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if word.is_empty() {
            continue;
        }
        *freq.entry(word).or_default() += 1;
    }
    let mut entries: Vec<(&String, &u32)> = freq.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (w, c) in entries.iter().take(5) {
        println!("{:<6} {}", w, c);
    }
    let longest = freq.keys().max_by_key(|w| w.len()).unwrap();
    println!("longest word: {}", longest);
    let singles = freq.values().filter(|c| **c == 1).count();
    println!("{} words appear once", singles);
    let total: u32 = freq.values().sum();
    println!("total {} distinct {}", total, freq.len());
    let letters: usize = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
    println!("letters {}", letters);
    let caps = text.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect::<Vec<_>>();
    println!("capitals at {:?}", caps);
}
