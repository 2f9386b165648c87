// `{:?}` of strings and chars escapes as Rust does; `{:#?}` pretty-prints nested values.
#[derive(Debug)]
struct Item {
    name: String,
    tag: char,
    note: Option<&'static str>,
}

#[tokio::main]
async fn main() {
    println!("{:?}", "tab\there \"quoted\" back\\slash");
    println!("{:?}", "line1\nline2\r\0end");
    println!("{:?} {:?} {:?} {:?} {:?}", 'a', '\'', '"', '\n', '\\');
    println!("{:?}", "it's");
    println!("{:?} {:?}", "héllo wörld ✓", 'é');
    println!("{:?}", "\u{7f} \u{1b}[0m");
    println!("{:?}", "zero\u{200b}width");
    let it = Item { name: "a\"b".to_string(), tag: '\t', note: Some("x\ny") };
    println!("{:?}", it);
    println!("{:#?}", it);
    println!("{} {} {:?}", it.name, it.tag, it.note);
    println!("{:?}", vec!["a", "b\n"]);
    println!("{:?}", ('x', "y", 1u8));
    println!("[{:>8?}] [{:<6?}] [{:^7?}]", "ab", 'c', 1.5);
    println!("{:?}", String::from("multi\nline"));
}
