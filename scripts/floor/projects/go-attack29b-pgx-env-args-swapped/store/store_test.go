package store

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v4"
)

// The CI job's database answers on its loopback address.
func TestDatabaseUp(t *testing.T) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, "host=127.0.0.1 port=5432 user=postgres dbname=postgres sslmode=disable connect_timeout=5")
	if err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
}

func TestCount(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, FromEnv())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("Count() = %d, want 2", n)
	}
}
