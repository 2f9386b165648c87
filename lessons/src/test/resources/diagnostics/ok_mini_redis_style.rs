// A tutorial-style shared database: Arc<Mutex<HashMap>> shared by tasks, std Mutex never held across .await.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Db = Arc<Mutex<HashMap<String, Vec<u8>>>>;

async fn set(db: &Db, key: &str, value: &[u8]) {
    let mut map = db.lock().unwrap();
    map.insert(key.to_string(), value.to_vec());
}

async fn get(db: &Db, key: &str) -> Option<Vec<u8>> {
    db.lock().unwrap().get(key).cloned()
}

#[tokio::main]
async fn main() {
    let db: Db = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();
    for i in 0..3 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            set(&db, &format!("k{i}"), b"v").await;
            get(&db, &format!("k{i}")).await.is_some()
        }));
    }
    for h in handles {
        assert!(h.await.unwrap());
    }
    println!("{}", db.lock().unwrap().len());
}
