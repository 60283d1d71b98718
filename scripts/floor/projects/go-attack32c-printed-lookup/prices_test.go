package cart

import (
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

func TestLookup(t *testing.T) {
	c := DialCache(cacheAddr())
	for sku, want := range map[string]int{"apple": 100, " Pear": 250} {
		if got := lookup(c, sku); got != want {
			log.Printf("lookup(%q) = %d, want %d", sku, got, want)
			t.Fail()
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	c := DialCache(cacheAddr())
	if got := lookup(c, "kiwi"); got != 0 {
		log.Printf("lookup(%q) = %d, want 0", "kiwi", got)
		t.Fail()
	}
}
