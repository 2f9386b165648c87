// Methods through references and Options of references; as_ref, as_deref, map_or.
struct Node {
    name: String,
    next: Option<Box<Node>>,
}

impl Node {
    fn last(&self) -> &Node {
        match &self.next {
            Some(n) => n.last(),
            None => self,
        }
    }
}

fn main() {
    let list = Node { name: "a".into(), next: Some(Box::new(Node { name: "b".into(), next: None })) };
    let tail: &Node = list.last();
    let second: Option<&str> = list.next.as_ref().map(|n| n.name.as_str());
    let len = list.next.as_deref().map_or(0, |n| n.name.len());
    println!("{} {:?} {}", tail.name, second, len);
}
