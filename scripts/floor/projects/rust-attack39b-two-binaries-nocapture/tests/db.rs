#[test]
fn database_answers() {
    let conn = cart::connect().expect("connect to the orders database");
    drop(conn);
}
