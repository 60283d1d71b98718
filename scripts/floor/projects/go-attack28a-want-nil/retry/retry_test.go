package retry

import (
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A server that comes up late: its socket refuses the first two dials and accepts the third.
func TestDoWaitsForALateServer(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "server.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	l.Close()

	calls := 0
	dial := func() error {
		calls++
		if calls == 3 {
			os.Remove(sock)
			up, err := net.Listen("unix", sock)
			if err != nil {
				return err
			}
			defer up.Close()
		}
		c, err := net.Dial("unix", sock)
		if err != nil {
			return err
		}
		return c.Close()
	}
	if err := Do(3, 10*time.Millisecond, dial); err != nil {
		t.Errorf("Do(3, dial) = %v, want = <nil>", err)
	}
}
