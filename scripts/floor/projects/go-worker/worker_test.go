package worker

import (
	"net"
	"testing"
	"time"
)

func TestBrokerPublish(t *testing.T) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:5672", time.Second)
	if err != nil {
		t.Fatalf("amqp dial: %v", err)
	}
	conn.Close()
}

func TestDrain(t *testing.T) {
	p := &Pool{}
	p.Add("a")
	p.Add("b")
	if n := p.Drain(); n != 2 {
		t.Fatalf("Drain = %d, want 2", n)
	}
}
