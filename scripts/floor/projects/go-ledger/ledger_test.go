package ledger

import (
	"net"
	"testing"
	"time"
)

func TestStoreConnect(t *testing.T) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:5432", 2*time.Second)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	conn.Close()
}

func TestBalanceLabel(t *testing.T) {
	if got := len("EUR"); got != 3 {
		t.Fatalf("len = %d", got)
	}
}

func TestSumAsync(t *testing.T) {
	out := make(chan int)
	SumAsync([]int{10, 20, 12}, out)
	if got := <-out; got != 42 {
		t.Fatalf("SumAsync = %d, want 42", got)
	}
}
