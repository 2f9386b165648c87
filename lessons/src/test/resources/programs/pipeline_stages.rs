use tokio::sync::mpsc;

#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<(String, u32, f64)>,
}

#[derive(Debug)]
struct Priced {
    id: u32,
    total: f64,
    count: u32,
}

#[tokio::main]
async fn main() {
    let (raw_tx, mut raw_rx) = mpsc::channel::<String>(4);
    let (order_tx, mut order_rx) = mpsc::channel::<Order>(4);
    let (priced_tx, mut priced_rx) = mpsc::channel::<Priced>(4);

    let parser = tokio::spawn(async move {
        let mut bad = 0;
        while let Some(line) = raw_rx.recv().await {
            let mut parts = line.split(';');
            let id = match parts.next().and_then(|s| s.trim().parse::<u32>().ok()) {
                Some(id) => id,
                None => {
                    bad += 1;
                    continue;
                }
            };
            let items: Vec<(String, u32, f64)> = parts
                .filter_map(|p| {
                    let f: Vec<&str> = p.split(',').map(str::trim).collect();
                    if f.len() != 3 {
                        return None;
                    }
                    Some((f[0].to_string(), f[1].parse().ok()?, f[2].parse().ok()?))
                })
                .collect();
            order_tx.send(Order { id, items }).await.unwrap();
        }
        bad
    });

    let pricer = tokio::spawn(async move {
        while let Some(order) = order_rx.recv().await {
            let total: f64 = order.items.iter().map(|(_, q, p)| *q as f64 * p).sum();
            let count = order.items.iter().map(|(_, q, _)| q).sum();
            let discounted = if total > 100.0 { total * 0.9 } else { total };
            priced_tx.send(Priced { id: order.id, total: discounted, count }).await.unwrap();
        }
    });

    let input = vec![
        "1; apple, 3, 0.5; pear, 2, 0.75",
        "x; broken",
        "2; laptop, 1, 999.99",
        "3; pen, 10, 1.2; bad item; ink, 2, 3.5",
        "4",
    ];
    for line in input {
        raw_tx.send(line.to_string()).await.unwrap();
    }
    drop(raw_tx);

    let mut grand = 0.0;
    while let Some(p) = priced_rx.recv().await {
        println!("order {:>2}: {:>3} items, total {:>8.2}", p.id, p.count, p.total);
        grand += p.total;
    }
    println!("bad lines: {}", parser.await.unwrap());
    pricer.await.unwrap();
    println!("grand total {:.2}", grand);
}
