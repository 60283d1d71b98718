package cart

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"strconv"
	"strings"
	"time"
)

// PriceCache is an optional Redis cache of prices (a plain RESP GET/SET). A nil *PriceCache is
// valid: the cart then works uncached.
type PriceCache struct {
	conn net.Conn
	r    *bufio.Reader
}

// DialCache connects to the cache; when Redis is not there the cart goes on uncached.
func DialCache(addr string) *PriceCache {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		log.Printf("cart: price cache disabled: %v", err)
		return nil
	}
	return &PriceCache{conn: conn, r: bufio.NewReader(conn)}
}

func (c *PriceCache) Get(sku string) (int, bool) {
	if c == nil {
		return 0, false
	}
	fmt.Fprintf(c.conn, "*2\r\n$3\r\nGET\r\n$%d\r\n%s\r\n", len(sku), sku)
	head, err := c.r.ReadString('\n')
	if err != nil || !strings.HasPrefix(head, "$") || strings.HasPrefix(head, "$-1") {
		return 0, false
	}
	body, err := c.r.ReadString('\n')
	if err != nil {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(body))
	return n, err == nil
}
