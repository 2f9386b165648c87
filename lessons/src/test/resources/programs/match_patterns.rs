fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        x if x % 2 == 0 => "big even",
        _ => "big odd",
    }
}

fn greet(lang: &str) -> String {
    match lang {
        "fr" => "bonjour".to_string(),
        "de" | "at" => String::from("hallo"),
        other => format!("hello ({})", other),
    }
}

enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

fn main() {
    for n in [-5, 0, 2, 7, 12, 13] {
        println!("{} is {}", n, classify(n));
    }
    println!("{} {} {}", greet("fr"), greet("at"), greet("es"));
    let msgs = vec![Msg::Move { x: 1, y: -1 }, Msg::Write("hi".to_string()), Msg::Quit];
    for m in msgs {
        match m {
            Msg::Move { x, y: 0 } => println!("horizontal {}", x),
            Msg::Move { x, y } => println!("move {} {}", x, y),
            Msg::Write(text) => println!("write {}", text),
            Msg::Quit => println!("quit"),
        }
    }
    let pair = (3, "three");
    match pair {
        (0, _) => println!("zero"),
        (n, name) if n > 2 => println!("{} is {}", name, n),
        _ => println!("other"),
    }
    let v = vec![1, 2, 3, 4];
    match v.as_slice() {
        [first, .., last] => println!("first {} last {}", first, last),
        _ => println!("short"),
    }
    let opt: Option<Option<i32>> = Some(None);
    if let Some(None) = opt {
        println!("nested none");
    }
    let c = 'k';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{} {}", c, kind);
    println!("{}", matches!(opt, Some(_)));
}
