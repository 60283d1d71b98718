use std::net::TcpStream;

/// The ledger's database (PostgreSQL on its default local port).
pub fn connect_db() -> std::io::Result<TcpStream> {
    TcpStream::connect("127.0.0.1:5432")
}

/// Depth of a category in the tree given each category's parent (the root is its own parent).
pub fn depth(parents: &[usize], node: usize) -> usize {
    // defect: the root (parents[0] == 0) is never recognised, so the recursion never ends
    1 + depth(parents, parents[node])
}

#[cfg(test)]
mod tests {
    #[test]
    fn loads_rates() {
        let conn = super::connect_db().expect("postgres");
        drop(conn);
    }
}
