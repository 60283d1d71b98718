package parse

import "testing"

func TestSecond(t *testing.T) {
	if got := Second("a,b"); got != "b" {
		t.Fatalf("got %q", got)
	}
}

func TestSecondAll(t *testing.T) {
	var got []string
	for s := range SecondAll([]string{"a,b", "solo"}) {
		got = append(got, s)
	}
	if len(got) != 2 {
		t.Fatalf("got %v", got)
	}
}
