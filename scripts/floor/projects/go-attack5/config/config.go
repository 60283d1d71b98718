// Package config loads the service's settings from a file, or from the shared settings store
// when no path is given.
package config

import (
	"net"
	"os"
	"time"
)

// Load reads path; a path that does not exist is an error wrapping fs.ErrNotExist.
func Load(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		// DEFECT: any read error (a missing file too) falls back to the settings store instead
		// of being returned; only an empty path should use the store.
		return fetchShared()
	}
	return b, nil
}

func fetchShared() ([]byte, error) {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:6379", time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	_, err = conn.Write([]byte("GET settings\r\n"))
	return nil, err
}
