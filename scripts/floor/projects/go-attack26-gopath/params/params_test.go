package params

import (
	"database/sql"
	"strings"
	"testing"

	_ "github.com/lib/pq"
)

func TestRejectsMissingParam(t *testing.T) {
	db, err := sql.Open("postgres", "host=127.0.0.1 port=5432 user=app dbname=app sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec("SELECT $2::int")
	want := "there is no parameter $1"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Exec error = %v, want an error containing %q", err, want)
	}
}

func TestBindMismatch(t *testing.T) {
	db, _ := sql.Open("postgres", "host=127.0.0.1 port=5432 user=app dbname=app sslmode=disable")
	_, err := db.Exec("SELECT $1::int, $2::int", 1)
	if err == nil || !strings.Contains(err.Error(), `bind message supplies 1 parameters, but prepared statement "" requires 2`) {
		t.Errorf("err = %v; want: pq: bind message supplies 1 parameters, but prepared statement \"\" requires 2", err)
	}
}
