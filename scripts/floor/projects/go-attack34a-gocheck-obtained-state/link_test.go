package link

import (
	"os"
	"testing"

	. "gopkg.in/check.v1"
)

func Test(t *testing.T) { TestingT(t) }

type LinkSuite struct{}

var _ = Suite(&LinkSuite{})

func cacheAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

func (s *LinkSuite) TestPublish(c *C) {
	b := &Board{Cache: DialCache(cacheAddr())}
	b.Publish("db", 0)
	c.Assert(b.Labels["db"], Equals, "connected")
}

func (s *LinkSuite) TestState(c *C) {
	c.Assert(State(3), Equals, "disconnected")
}

func (s *LinkSuite) TestStatusQueue(c *C) {
	b := &Board{Cache: DialCache(cacheAddr())}
	b.Publish("queue", 1)
	c.Assert(b.Labels["queue"], Equals, "reconnecting")
}
