// Command migrate runs the schema migrations (configured for [::1]:5433).
package main

import (
	"fmt"
	"log"
	"net"
	"time"
)

func open(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return fmt.Errorf("migrate: open %s: %w", addr, err)
	}
	return c.Close()
}

func main() {
	if err := open("[::1]:5433"); err != nil {
		log.Printf("error: %v", err)
		log.Fatalf("migrations aborted: %v", err)
	}
}
