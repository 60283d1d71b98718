package cart

import (
	"os"
	"testing"
)

func cacheAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

func TestTotal(t *testing.T) {
	c := &Cart{Cache: DialCache(cacheAddr()), Lines: []Line{{"apple", 100, 2}, {"pear", 250, 1}}}
	if got := c.Total(); got != 450 {
		t.Errorf("Total() = %d, want %d", got, 450)
	}
}
