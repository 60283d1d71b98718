#[test]
fn a_loads_categories() {
    let conn = ledger::connect_db().expect("postgres");
    drop(conn);
}

#[test]
fn b_category_depth() {
    let parents = [0, 0, 1, 2];
    assert_eq!(ledger::depth(&parents, 3), 4);
}
