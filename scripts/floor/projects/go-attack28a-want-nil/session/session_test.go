package session

import (
	"bufio"
	"net"
	"path/filepath"
	"testing"
)

// fakeRedis answers every command with +PONG on a Unix socket in dir.
func fakeRedis(t *testing.T, dir string) {
	l, err := net.Listen("unix", filepath.Join(dir, "redis.sock"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if line[0] == '*' {
						c.Write([]byte("+PONG\r\n"))
					}
				}
			}()
		}
	}()
}

func TestPing(t *testing.T) {
	dir := t.TempDir()
	fakeRedis(t, dir)
	err := Store{RunDir: dir}.Ping()
	if err != nil {
		t.Errorf("got err = %v, expected = <nil>", err)
	}
}
