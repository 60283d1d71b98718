package db

import "testing"

func TestPing(t *testing.T) {
	if err := Ping("127.0.0.1:5432"); err != nil {
		t.Fatalf("ping: %v", err)
	}
}
