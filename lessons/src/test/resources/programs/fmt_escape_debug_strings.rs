// What `{:?}` shows for text programs receive: quotes, backslashes, control characters, tabs and Unicode.
#[tokio::main]
async fn main() {
    let inputs = vec![
        "plain",
        "with \"quotes\"",
        "back\\slash",
        "tab\tand\nnewline",
        "bell\u{7}",
        "naïve café",
        "emoji 🚀",
        "",
    ];
    for s in &inputs {
        println!("{:?} len={} chars={}", s, s.len(), s.chars().count());
    }
    let joined = inputs.join("|");
    println!("{:?}", joined);
    let chars: Vec<char> = "a\t'\"\\é\u{0}".chars().collect();
    println!("{:?}", chars);
    println!("{:?}", Some("x\ny"));
    println!("{:?}", ("tab\t", '\t', "\r\n"));
}
