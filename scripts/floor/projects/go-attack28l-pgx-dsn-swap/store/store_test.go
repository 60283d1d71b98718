package store

import (
	"context"
	"testing"
)

func TestCount(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, FromEnv())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("Count() = %d, want 2", n)
	}
}
