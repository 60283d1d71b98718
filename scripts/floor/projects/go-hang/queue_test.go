package queue

import (
	"net"
	"testing"
	"time"
)

func TestMongoStore(t *testing.T) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:27017", time.Second)
	if err != nil {
		t.Fatalf("mongo: %v", err)
	}
	conn.Close()
}

func TestSubmit(t *testing.T) {
	q := New()
	q.Submit(7)
	if got := q.Result(); got != 49 {
		t.Fatalf("Result = %d", got)
	}
}
