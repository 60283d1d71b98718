package supervisor

import (
	"net"
	"testing"
	"time"
)

func TestMetricsPush(t *testing.T) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:9200", time.Second)
	if err != nil {
		t.Errorf("elasticsearch: %v", err)
		return
	}
	conn.Close()
}

func TestKill(t *testing.T) {
	c, err := Start("sleep", "30")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = c.Wait()
}
