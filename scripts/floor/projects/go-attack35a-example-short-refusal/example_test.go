package health

import (
	"fmt"
	"time"
)

// The cache is expected to be absent (no Redis on the developer's machine or in CI): its dial is
// refused, and the report says so.
func ExampleCheck() {
	r := Check([]Target{{"cache", "127.0.0.1:6379"}}, time.Second)
	fmt.Print(r)
	// Output:
	// cache: down (dial tcp 127.0.0.1:6379: connect: connection refused)
	// 0 of 1 up
}
