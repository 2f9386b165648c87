use std::fmt::{Debug, Display};

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut best = &list[0];
    for item in list.iter() {
        if item > best {
            best = item;
        }
    }
    best
}

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
    fn swap(self) -> Pair<T> {
        Pair { x: self.y, y: self.x }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

#[derive(Debug)]
struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

struct Article {
    title: String,
}

impl Summary for Article {
    fn summarize_author(&self) -> String {
        "staff".to_string()
    }
    fn summarize(&self) -> String {
        format!("{} by {}", self.title, self.summarize_author())
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn describe<T>(item: &T) -> String
where
    T: Summary + Debug,
{
    format!("{:?} => {}", item, item.summarize())
}

fn sum_all<T: Copy + std::ops::Add<Output = T>>(items: &[T], zero: T) -> T {
    items.iter().fold(zero, |acc, &x| acc + x)
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&numbers));
    let chars = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&chars));
    let floats = [1.5, -2.0, 9.25, 3.0];
    println!("The largest float is {}", largest(&floats));
    let words = vec![String::from("pear"), String::from("apple"), String::from("zucchini")];
    println!("largest word {}", largest_ref(&words));
    let p = Pair::new(3, 9);
    p.cmp_display();
    let q = Pair::new("b", "a").swap();
    q.cmp_display();
    println!("{} {}", q.x, q.y);
    let t = Tweet { username: "horse_ebooks".into(), content: "of course".into(), retweets: 3 };
    notify(&t);
    notify(&Article { title: "Penguins win".into() });
    println!("{}", describe(&t));
    println!("{} {}", t.content, t.retweets);
    println!("{} {:.1}", sum_all(&[1, 2, 3, 4], 0), sum_all(&[0.5, 0.25], 0.0));
}
