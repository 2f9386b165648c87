fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }
}

fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

struct Parser<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Parser<'t> {
    fn next_token(&mut self) -> Option<&'t str> {
        let rest = &self.text[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let end = rest_trim.find(' ').map(|i| start + i).unwrap_or(self.text.len());
        self.pos = end;
        Some(&self.text[start..end])
    }
}

fn split_pair<'a>(s: &'a str, sep: char) -> (&'a str, &'a str) {
    match s.find(sep) {
        Some(i) => (&s[..i], &s[i + sep.len_utf8()..]),
        None => (s, ""),
    }
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str()).to_string();
    }
    println!("The longest string is {}", result);
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let i = ImportantExcerpt { part: first_sentence };
    println!("{} {}", i.level(), i.announce_and_return_part("hello"));
    println!("first word: '{}' '{}'", first_word("hello world"), first_word("single"));
    let mut p = Parser { text: "  let  x =   42 ;", pos: 0 };
    let mut toks = Vec::new();
    while let Some(t) = p.next_token() {
        toks.push(t);
    }
    println!("{:?} ({} tokens)", toks, toks.len());
    println!("{:?} {:?}", split_pair("key:value", ':'), split_pair("novalue", ':'));
    println!("{:?}", split_pair("a→b", '→'));
    let s: &'static str = "static text";
    println!("{}", s);
}
