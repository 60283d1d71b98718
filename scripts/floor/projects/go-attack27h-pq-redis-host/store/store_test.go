package store

import "testing"

func TestSaveOrder(t *testing.T) {
	if err := SaveOrder(1, 12.5); err != nil {
		t.Fatal(err)
	}
}
