package store

import (
	"testing"
	"time"
)

func TestStore(t *testing.T) {
	time.Sleep(100 * time.Millisecond)
	if got := Total([]int{1, 2, 3}); got != 6 {
		t.Errorf("Total = %d, want 6", got)
	}
}
