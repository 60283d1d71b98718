// Package db opens the store.
package db

import (
	"net"
	"time"
)

func Ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	return c.Close()
}
