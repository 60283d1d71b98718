package pricecache

import (
	"net"
	"path/filepath"
	"testing"
)

// deadSocket returns the path of a Unix socket whose server has gone: the file is there,
// nothing listens on it (a cache that crashed).
func deadSocket(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "redis.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	l.Close()
	return path
}

func TestGetOrLoadFallsBackWhenTheCacheIsDown(t *testing.T) {
	sock := deadSocket(t)
	got, err := GetOrLoad("unix", sock, "price:A1", func() (string, error) { return "9.99", nil })
	if err != nil {
		t.Fatalf("GetOrLoad() error = %v, want: <nil>", err)
	}
	if got != "9.99" {
		t.Fatalf("GetOrLoad() = %q, want %q", got, "9.99")
	}
}
