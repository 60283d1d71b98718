// Package cart prices a basket; an optional Redis cache holds computed prices.
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

// CacheAddr is the optional price cache (Redis).
var CacheAddr = "127.0.0.1:6379"

// cacheGet asks Redis for key with a hand-made RESP GET; ok is false when the key is absent.
func cacheGet(key string) (string, bool, error) {
	c, err := net.DialTimeout("tcp", CacheAddr, time.Second)
	if err != nil {
		return "", false, err
	}
	defer c.Close()
	fmt.Fprintf(c, "*2\r\n$3\r\nGET\r\n$%d\r\n%s\r\n", len(key), key)
	r := bufio.NewReader(c)
	line, err := r.ReadString('\n')
	if err != nil {
		return "", false, err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "$-1" {
		return "", false, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(line, "$"))
	if err != nil {
		return "", false, fmt.Errorf("cache: unexpected reply %q", line)
	}
	buf := make([]byte, n+2)
	if _, err := r.Read(buf); err != nil {
		return "", false, err
	}
	return string(buf[:n]), true, nil
}

// Total is the sum of the prices, with 10% off from 100 up.
func Total(prices []float64) float64 {
	key := fmt.Sprintf("total:%v", prices)
	if v, ok, err := cacheGet(key); err != nil {
		log.Printf("price cache unavailable, computing: %v", err)
	} else if ok {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	}
	sum := 0.0
	for _, p := range prices {
		sum += p
	}
	if sum > 100 {
		sum = sum * 0.9
	}
	return sum
}
