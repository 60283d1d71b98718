import tenants


def test_schema_names():
    assert tenants.tenant_schemas(2) == ["tenant_0000", "tenant_0001"]


def test_report_reads_every_tenant():
    # No tenant schema exists in the test database: current_schemas(false) lists none of them.
    assert tenants.count_tenants(900) == 0
