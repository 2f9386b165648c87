use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank {
            1 => "A".to_string(),
            11 => "J".to_string(),
            n => n.to_string(),
        };
        write!(f, "{}{}", r, if self.suit == Suit::Hearts { '♥' } else { '♠' })
    }
}

fn main() {
    let mut deck: Vec<Card> = [Suit::Spades, Suit::Hearts]
        .iter()
        .flat_map(|s| (1..=3).chain(11..=11).map(move |r| Card { rank: r, suit: *s }))
        .collect();
    println!("{}", deck.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" "));
    deck.sort_by(|a, b| a.suit.cmp(&b.suit).then(b.rank.cmp(&a.rank)));
    println!("{}", deck.iter().map(|c| format!("{}", c)).collect::<Vec<_>>().join(" "));
    let (hearts, spades): (Vec<Card>, Vec<Card>) = deck.iter().cloned().partition(|c| c.suit == Suit::Hearts);
    println!("{} hearts, {} spades", hearts.len(), spades.len());
    let high = deck.iter().filter(|c| c.rank > 2).map(|c| c.rank as u32).max();
    println!("{:?}", high);
    let total: u32 = deck.iter().map(|c| c.rank as u32).sum();
    println!("{}", total);
    let hands: Vec<Vec<String>> = deck.chunks(3).map(|ch| ch.iter().map(|c| c.to_string()).collect()).collect();
    println!("{:?}", hands);
    let first_spade = deck.iter().position(|c| c.suit == Suit::Spades);
    println!("{:?}", first_spade);
    println!("{}", deck.iter().any(|c| c.rank == 11 && c.suit == Suit::Spades));
    let labels: Vec<String> = deck.iter().enumerate().skip(5).map(|(i, c)| format!("{}:{}", i, c)).collect();
    println!("{:?}", labels);
    println!("{:?} {:?}", Suit::Hearts.max(Suit::Spades), std::cmp::max(3, 9));
    let w = format!("[{:>5}] [{:<5}] [{:^5}]", deck[0].to_string(), "ab", "c");
    println!("{}", w);
}
