package store

import (
	"context"
	"os"
	"testing"
)

func TestCountOrders(t *testing.T) {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	ctx := context.Background()
	conn, err := Open(ctx, url)
	if err != nil {
		t.Fatalf("Open() error = %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TEMP TABLE orders (id int)"); err != nil {
		t.Fatal(err)
	}
	n, err := CountOrders(ctx, conn)
	if err != nil || n != 0 {
		t.Fatalf("CountOrders() = %d, %v; want 0, <nil>", n, err)
	}
}
