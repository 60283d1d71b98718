package warm

import (
	"fmt"
	"net"
	"os"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	if c, err := net.DialTimeout("tcp", "127.0.0.1:11211", time.Second); err != nil {
		fmt.Println("memcached not reachable, tests run uncached:", err)
	} else {
		c.Close()
	}
	os.Exit(m.Run())
}

func TestPricesInt(t *testing.T) {
	if got := Prices([]string{"100"}); got[0] != 100 {
		t.Fatalf("got %v", got)
	}
}

func TestPricesDecimal(t *testing.T) {
	if got := Prices([]string{"4199", "42.00"}); len(got) != 2 {
		t.Fatalf("got %v", got)
	}
}
