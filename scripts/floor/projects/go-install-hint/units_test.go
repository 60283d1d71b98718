package units

import (
	"net"
	"testing"
	"time"
)

func TestStoreSizes(t *testing.T) {
	c, err := net.DialTimeout("tcp", "127.0.0.1:5432", time.Second)
	if err != nil {
		t.Skipf("postgres: %v (for the driver: $ go get github.com/lib/pq)", err)
	}
	c.Close()
}

func TestHuman(t *testing.T) {
	if got := Human(10240); got != "10.0 KiB" {
		t.Errorf("Human(10240) = %q, want %q", got, "10.0 KiB")
	}
}
