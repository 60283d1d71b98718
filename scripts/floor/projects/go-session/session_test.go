package session

import "testing"

func TestTouch(t *testing.T) {
	s, err := Open("127.0.0.1:6379")
	if err != nil {
		t.Logf("cache unavailable, continuing without it: %v", err)
	}
	done := make(chan string)
	s.Touch("ghost", done)
	if got := <-done; got != "" {
		t.Fatalf("got %q", got)
	}
}
