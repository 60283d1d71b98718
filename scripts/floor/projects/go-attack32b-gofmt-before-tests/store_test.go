package orders

import "testing"

func TestDatabaseAnswers(t *testing.T) {
	if err := Ping(); err != nil {
		t.Fatalf("database: %v", err)
	}
}

func TestParseSKUUpper(t *testing.T) {
	got, err := ParseSKU(" ab-1234 ")
	if err != nil || got != "AB-1234" {
		t.Fatalf("ParseSKU = %q, %v", got, err)
	}
}
