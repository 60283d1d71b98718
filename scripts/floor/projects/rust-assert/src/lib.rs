/// Splits an amount in cents between n people. (The bug: the remainder is lost.)
pub fn split(cents: u64, n: u64) -> Vec<u64> {
    vec![cents / n; n as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpStream;

    #[test]
    fn split_keeps_every_cent() {
        assert_eq!(split(100, 3).iter().sum::<u64>(), 100);
    }

    #[test]
    fn stores_split_in_postgres() {
        let _conn = TcpStream::connect("127.0.0.1:5432").expect("connect to postgres");
    }

    #[test]
    fn split_even() {
        assert_eq!(split(100, 2), vec![50, 50]);
    }
}
