package config

import (
	"net"
	"testing"
	"time"
)

func TestCachePing(t *testing.T) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:6379", time.Second)
	if err != nil {
		t.Errorf("redis ping: %v", err)
		return
	}
	conn.Close()
}

func TestMustLoad(t *testing.T) {
	c := MustLoad("listen = :8080\nworkers = 4")
	if c["listen"] != ":8080" {
		t.Errorf("listen = %q", c["listen"])
	}
}

func TestDefaults(t *testing.T) {
	t.Log("defaults ok")
}
