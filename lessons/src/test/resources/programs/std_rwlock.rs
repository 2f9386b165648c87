use std::sync::{Arc, RwLock};

#[derive(Debug)]
struct Settings {
    volume: u8,
    name: String,
}

#[tokio::main]
async fn main() {
    let settings = Arc::new(RwLock::new(Settings { volume: 3, name: "default".into() }));
    {
        let a = settings.read().unwrap();
        let b = settings.read().unwrap();
        println!("two readers: {} {}", a.volume, b.name);
    }
    let mut handles = Vec::new();
    for i in 0..3u8 {
        let s = Arc::clone(&settings);
        handles.push(tokio::spawn(async move {
            let mut w = s.write().unwrap();
            w.volume += i;
            w.name.push_str(&i.to_string());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let snapshot = settings.read().unwrap();
    println!("volume {} name len {}", snapshot.volume, snapshot.name.len());
    println!("try_write while reading: {}", settings.try_write().is_err());
    drop(snapshot);
    println!("try_write after: {}", settings.try_write().is_ok());
    settings.write().unwrap().volume = 0;
    println!("volume {}", settings.read().unwrap().volume);
}
