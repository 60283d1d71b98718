package cart

import (
	"os"
	"testing"

	. "gopkg.in/check.v1"
)

func Test(t *testing.T) { TestingT(t) }

type CartSuite struct{}

var _ = Suite(&CartSuite{})

func cacheAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

func (s *CartSuite) TestFormat(c *C) {
	c.Assert(Format(405), Equals, "4.05")
}

func (s *CartSuite) TestTotal(c *C) {
	cart := &Cart{Cache: DialCache(cacheAddr()), Lines: []Line{{"apple", 100, 2}, {"pear", 250, 1}}}
	c.Assert(cart.Total(), Equals, 450)
}
