fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return format!("{:<width$}", line, width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width - letters;
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        out += w;
        if i < gaps {
            let n = spaces / gaps + if i < spaces % gaps { 1 } else { 0 };
            out += &" ".repeat(n);
        }
    }
    out
}

fn main() {
    let text = "Tokio is an asynchronous runtime for the Rust programming language. It provides the building blocks needed for writing network applications.";
    let lines = wrap(text, 28);
    for l in &lines {
        println!("|{}|", justify(l, 28));
    }
    println!("{} lines, longest {}", lines.len(), lines.iter().map(|l| l.len()).max().unwrap_or(0));
    let centered: Vec<String> = lines.iter().take(2).map(|l| format!("[{:^30}]", l)).collect();
    println!("{}", centered.join("\n"));
    let words: Vec<&str> = text.split(|c: char| c == ' ' || c == '.').filter(|w| !w.is_empty()).collect();
    let longest = words.iter().copied().max_by_key(|w| w.len()).unwrap();
    println!("{} words, longest {:?}", words.len(), longest);
    let caps: String = words.iter().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    println!("{}", caps);
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels {}", vowels);
    let title: String = text.split_whitespace().take(4).map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c.map(|x| x.to_ascii_lowercase())).collect::<String>(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
    println!("{:?}", "a-b_c d".replace(|c: char| !c.is_alphanumeric(), ""));
    println!("{:?}", "  x  ".trim_start().len());
    println!("{:?}", text.char_indices().filter(|(_, c)| *c == '.').map(|(i, _)| i).collect::<Vec<_>>());
}
