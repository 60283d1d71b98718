package store

import (
	"net"
	"testing"
	"time"
)

func TestLoadFixtures(t *testing.T) {
	c, err := net.DialTimeout("tcp", "127.0.0.1:5432", time.Second)
	if err != nil {
		t.Fatalf("integration database: %v", err)
	}
	c.Close()
}
