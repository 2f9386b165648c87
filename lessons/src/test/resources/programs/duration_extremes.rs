// Duration at its extremes: Duration::MAX is u64::MAX seconds and 999,999,999 ns; checked and saturating arithmetic at the edge
use std::time::Duration;
fn main() {
    println!("{:?}", Duration::MAX);
    println!("{:?}", Duration::from_secs(u64::MAX));
    println!("{}", Duration::MAX.as_secs());
    println!("{:?}", Duration::from_millis(u64::MAX));
    println!("{:?}", Duration::from_secs(1).checked_mul(3));
    println!("{:?}", Duration::MAX.checked_mul(2));
    println!("{:?}", Duration::from_secs(10) / 4);
    println!("{:?}", Duration::MAX.saturating_add(Duration::from_secs(1)));
    println!("{:?}", Duration::from_secs(u64::MAX / 2) + Duration::from_secs(u64::MAX / 2));
    println!("{:?}", Duration::from_nanos(1_500_000_000) * 2);
    println!("{:?}", Duration::from_secs(3).as_millis());
}
