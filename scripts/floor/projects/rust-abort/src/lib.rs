/// Parses a percentage. A value out of range is "impossible", so the code aborts. (The bug: 100 is valid.)
pub fn percent(s: &str) -> u8 {
    let v: u32 = s.trim().parse().unwrap_or(0);
    if v >= 100 {
        eprintln!("fatal: percentage {} out of range", v);
        std::process::abort();
    }
    v as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpStream;

    #[test]
    fn a_loads_rates_from_mysql() {
        TcpStream::connect("127.0.0.1:3306").expect("mysql");
    }

    #[test]
    fn b_full_percentage() {
        assert_eq!(percent("100"), 100);
    }
}
