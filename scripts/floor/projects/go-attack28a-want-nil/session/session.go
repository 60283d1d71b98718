// Package session keeps sessions in a Redis reached over a Unix socket in the run directory.
package session

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// Store reaches the session Redis through RunDir's redis.sock.
type Store struct {
	RunDir string
}

func (s Store) socket() string {
	return s.RunDir + "redis.sock" // the defect: no separator, `filepath.Join(s.RunDir, "redis.sock")`
}

// Ping checks that the session Redis answers.
func (s Store) Ping() error {
	c, err := redis.Dial("unix", s.socket(), redis.DialConnectTimeout(time.Second))
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Do("PING")
	return err
}
