//! Prices a basket; the orders database is on 127.0.0.1:5432 (the CI job's PostgreSQL service).

use std::net::TcpStream;
use std::time::Duration;

pub const DATABASE: &str = "127.0.0.1:5432";

/// Total in cents, with 10% off from 10000 up.
pub fn total(prices: &[u64]) -> u64 {
    let sum: u64 = prices.iter().sum();
    if sum > 10_000 {
        sum - sum / 10
    } else {
        sum
    }
}

/// Opens a connection to the orders database.
pub fn connect() -> std::io::Result<TcpStream> {
    let addr = DATABASE.parse().expect("address");
    TcpStream::connect_timeout(&addr, Duration::from_secs(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_baskets_pay_full_price() {
        assert_eq!(total(&[2_000, 3_000]), 5_000);
    }

    #[test]
    fn ten_percent_off_from_one_hundred() {
        assert_eq!(total(&[6_000, 4_000]), 9_000);
    }
}
