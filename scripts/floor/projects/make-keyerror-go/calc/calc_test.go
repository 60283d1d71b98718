package calc

import "testing"

func TestTotal(t *testing.T) {
	if Total([]int{300, 450}) != 750 {
		t.Fatal("total")
	}
}
