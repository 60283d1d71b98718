from shopcli.export import export_orders


def test_export_writes_one_row_per_order(tmp_path):
    out = tmp_path / "orders.csv"
    n = export_orders([{"id": 1, "total": "9.99"}, {"id": 2, "total": "5.00"}], out)
    assert n == 2
    assert out.read_text().splitlines() == ["1,9.99", "2,5.00"]
