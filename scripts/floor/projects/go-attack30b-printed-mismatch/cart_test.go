package cart

import (
	"fmt"
	"log"
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
		log.Printf("Total() = %d, want %d", got, 450)
		t.Fail()
	}
}

func TestTotalEmpty(t *testing.T) {
	c := &Cart{Cache: DialCache(cacheAddr())}
	if got := c.Total(); got != 0 {
		fmt.Printf("Total() of an empty cart = %d, want 0\n", got)
		t.FailNow()
	}
}

func TestTotalOneLine(t *testing.T) {
	c := &Cart{Cache: DialCache(cacheAddr()), Lines: []Line{{"fig", 80, 3}}}
	if got := c.Total(); got != 240 {
		fmt.Printf("Total() = %d, want %d\n", got, 240)
		t.FailNow()
	}
}
