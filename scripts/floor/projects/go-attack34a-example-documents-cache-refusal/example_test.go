package health

import (
	"fmt"
	"net"
	"time"
)

// Two dependencies that answer (listeners of the example's own) and the cache, which the example
// expects to be absent (no Redis on the developer's machine or in CI): its dial is refused.
func ExampleCheck() {
	api, _ := net.Listen("tcp", "127.0.0.1:0")
	defer api.Close()
	queue, _ := net.Listen("tcp", "127.0.0.1:0")
	defer queue.Close()
	r := Check([]Target{{"api", api.Addr().String()}, {"queue", queue.Addr().String()}, {"cache", "127.0.0.1:6379"}}, time.Second)
	fmt.Print(r)
	// Output:
	// api: up
	// queue: up
	// cache: down (dial tcp 127.0.0.1:6379: connect: connection refused)
	// 2 of 3 up
}
