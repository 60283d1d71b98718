package orders

import (
	"net"
	"os"
	"time"
)

// Ping checks that the orders database answers.
func Ping() error {
	addr := os.Getenv("DATABASE_ADDR")
	if addr == "" {
		addr = "127.0.0.1:5432"
	}
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return err
	}
	return c.Close()
}
