use std::io::Write;
use std::net::TcpStream;

/// Parses a listen port read from a config file (the line may still carry its newline).
pub fn parse_port(s: &str) -> u16 {
    if s == "0" {
        panic!("port must be nonzero");
    }
    s.trim().parse().expect("port must be a number")
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

/// Loads the listen port and warms the cache connection.
pub fn load(port_line: &str) -> u16 {
    let _ = redis_ping("127.0.0.1:6379");
    parse_port(port_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_port() {
        assert_eq!(parse_port("8080\n"), 8080);
    }

    #[test]
    #[should_panic(expected = "port must be nonzero")]
    fn rejects_zero_port() {
        load("0\n");
    }
}
