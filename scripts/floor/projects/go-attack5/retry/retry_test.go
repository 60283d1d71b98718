package retry

import "testing"

// Nothing listens on 127.0.0.1:6379 here: every attempt is refused, which is what this test checks.
func TestDialReportsAttempts(t *testing.T) {
	_, err := Dial("127.0.0.1:6379", 3)
	want := "gave up after 3 attempts: dial tcp 127.0.0.1:6379: connect: connection refused"
	if err == nil || err.Error() != want {
		t.Errorf("Dial: got %q, want %q", err, want)
	}
}
