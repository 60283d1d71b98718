use std::io::Write;
use std::net::TcpStream;

/// Parses a listen port read from a config file (the line may still carry its newline).
pub fn parse_port(s: &str) -> u16 {
    match s.parse::<u16>() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("invalid port {s:?}: {e}");
            std::process::exit(2);
        }
    }
}

/// Sends a PING to redis; returns false (and the caller uses the in-memory cache) when it is down.
pub fn redis_ping(addr: &str) -> bool {
    match TcpStream::connect(addr) {
        Ok(mut s) => s.write_all(b"PING\r\n").is_ok(),
        Err(e) => {
            println!("redis at {addr} unavailable ({e}), using in-memory cache");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_falls_back_to_memory() {
        let _ = redis_ping("127.0.0.1:6379");
    }

    #[test]
    fn b_parses_port_line() {
        assert_eq!(parse_port("8080\n"), 8080);
    }
}
