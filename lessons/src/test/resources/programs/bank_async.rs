use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;

#[derive(Debug)]
enum TxError {
    NoAccount(String),
    Insufficient { have: i64, want: i64 },
}

impl std::fmt::Display for TxError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            TxError::NoAccount(n) => write!(f, "unknown account {}", n),
            TxError::Insufficient { have, want } => write!(f, "insufficient funds: have {}, want {}", have, want),
        }
    }
}

impl std::error::Error for TxError {}

type Accounts = Arc<RwLock<HashMap<String, i64>>>;

async fn transfer(db: Accounts, from: &str, to: &str, amount: i64) -> Result<i64, TxError> {
    let mut map = db.write().await;
    let have = *map.get(from).ok_or_else(|| TxError::NoAccount(from.to_string()))?;
    if !map.contains_key(to) {
        return Err(TxError::NoAccount(to.to_string()));
    }
    if have < amount {
        return Err(TxError::Insufficient { have, want: amount });
    }
    *map.get_mut(from).unwrap() -= amount;
    *map.entry(to.to_string()).or_insert(0) += amount;
    Ok(have - amount)
}

async fn balance(db: &Accounts, who: &str) -> Option<i64> {
    db.read().await.get(who).copied()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db: Accounts = Arc::new(RwLock::new(HashMap::from([
        ("ann".to_string(), 100),
        ("ben".to_string(), 50),
    ])));
    println!("{:?}", transfer(db.clone(), "ann", "ben", 30).await);
    match transfer(db.clone(), "ben", "ann", 500).await {
        Ok(left) => println!("left {}", left),
        Err(e) => println!("failed: {}", e),
    }
    if let Err(e) = transfer(db.clone(), "cat", "ann", 1).await {
        println!("failed: {} ({:?})", e, e);
    }
    let mut hs = Vec::new();
    for _ in 0..5 {
        let d = db.clone();
        hs.push(tokio::spawn(async move { transfer(d, "ben", "ann", 10).await.is_ok() }));
    }
    let mut oks = 0;
    for h in hs {
        if h.await? {
            oks += 1;
        }
    }
    println!("{} transfers ok", oks);
    println!("ann {:?} ben {:?} cat {:?}", balance(&db, "ann").await, balance(&db, "ben").await, balance(&db, "cat").await);
    let total: i64 = db.read().await.values().sum();
    println!("total {}", total);
    transfer(db.clone(), "ben", "ann", 1).await?;
    println!("not reached");
    Ok(())
}
