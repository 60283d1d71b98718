package ingest

import (
	"net"
	"testing"
	"time"
)

func TestMySQLSink(t *testing.T) {
	t.Parallel()
	conn, err := net.DialTimeout("tcp", "127.0.0.1:3306", time.Second)
	if err != nil {
		t.Fatalf("mysql sink: %v", err)
	}
	conn.Close()
}

func TestFeed(t *testing.T) {
	t.Parallel()
	time.Sleep(200 * time.Millisecond)
	c := NewCounter()
	c.Feed([]string{"a b", "b c"})
	if c.Count("b") != 2 {
		t.Fatalf("b = %d", c.Count("b"))
	}
}
