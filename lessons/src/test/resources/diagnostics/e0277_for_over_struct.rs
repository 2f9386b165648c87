// `for` over a struct that does not implement `Iterator` (the items are in its field).
struct Playlist {
    songs: Vec<String>,
}

#[tokio::main]
async fn main() {
    let p = Playlist { songs: vec!["a".to_string(), "b".to_string()] };
    for s in p {
        println!("{}", s);
    }
}
