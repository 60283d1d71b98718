/// The n-th word. (The bug: one-based index used as zero-based.)
pub fn word(s: &str, n: usize) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    words[n]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpStream;

    #[test]
    fn last_word() {
        assert_eq!(word("a b c", 3), "c");
    }

    #[test]
    fn caches_words() {
        let mut s = TcpStream::connect(("127.0.0.1", 6379)).unwrap();
        s.write_all(b"PING\r\n").unwrap();
    }
}
