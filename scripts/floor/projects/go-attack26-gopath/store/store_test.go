package store

import "testing"

func TestOpen(t *testing.T) {
	db, err := Open()
	if err != nil { t.Fatal(err) }
	if err := db.Ping(); err != nil { t.Fatal(err) }
}
