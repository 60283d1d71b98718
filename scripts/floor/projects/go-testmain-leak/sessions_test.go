package sessions

import (
	"fmt"
	"os"
	"testing"
)

// TestMain fails the package when a test leaves sessions open.
func TestMain(m *testing.M) {
	code := m.Run()
	if n := Open(); n != 0 {
		fmt.Fprintf(os.Stderr, "session leak check failed: %d sessions still open after the tests\n", n)
		code = 1
	}
	os.Exit(code)
}

func TestStartEnd(t *testing.T) {
	Start("a")
	End("a")
}

func TestMirror(t *testing.T) {
	if err := Mirror("a"); err != nil {
		t.Fatalf("mirror: %v", err)
	}
}
