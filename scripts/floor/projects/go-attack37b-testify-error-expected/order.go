package order

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

var ErrQuantity = errors.New("quantity must be positive")

type Line struct {
	SKU string
	Qty int
}

// Store validates orders; its Redis stock cache is optional.
type Store struct {
	cache net.Conn
}

func Open() *Store {
	s := &Store{}
	addr := os.Getenv("CACHE_ADDR")
	if addr == "" {
		addr = "127.0.0.1:6379"
	}
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		fmt.Fprintf(os.Stderr, "order: stock cache disabled: %v\n", err)
		return s
	}
	s.cache = conn
	return s
}

func (s *Store) Validate(lines []Line) error {
	if len(lines) == 0 {
		return errors.New("empty order")
	}
	for _, l := range lines {
		if l.Qty < 0 {
			return fmt.Errorf("%s: %w", l.SKU, ErrQuantity)
		}
	}
	return nil
}
