package db

import (
	"context"
	"net"
	"os"
	"strconv"
	"testing"
)

// deadURL points at a port the kernel just gave and took back: nothing listens there (a primary that is down).
func deadURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return "postgres://postgres@127.0.0.1:" + strconv.Itoa(port) + "/postgres?sslmode=disable"
}

func TestOpenAnySkipsADownPrimary(t *testing.T) {
	replica := os.Getenv("DATABASE_URL")
	if replica == "" {
		replica = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	ctx := context.Background()
	conn, err := OpenAny(ctx, []string{deadURL(t), replica})
	if err != nil {
		t.Fatalf("OpenAny() error = %v, want: <nil>", err)
	}
	defer conn.Close(ctx)
	var one int
	if err := conn.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil || one != 1 {
		t.Fatalf("SELECT 1 = %d, %v", one, err)
	}
}
