package cache

import (
	"net"
	"testing"
	"time"
)

// TestStore dials the cache (redis, 127.0.0.1:6379): refused in CI.
func TestStore(t *testing.T) {
	time.Sleep(300 * time.Millisecond)
	c, err := net.DialTimeout("tcp", "127.0.0.1:6379", time.Second)
	if err != nil {
		t.Fatalf("cache: %v", err)
	}
	c.Close()
}
