package link

import (
	"errors"
	"os"
	"testing"

	. "gopkg.in/check.v1"
)

func Test(t *testing.T) { TestingT(t) }

// One Link for the whole suite, as the dashboard has one.
type LinkSuite struct{ link *Link }

var _ = Suite(&LinkSuite{})

func cacheAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

func (s *LinkSuite) SetUpSuite(c *C) { s.link = &Link{Addr: cacheAddr()} }

// Whatever the probe meets, the state shows the same error (or ok).
func (s *LinkSuite) TestProbe(c *C) {
	err := s.link.Probe()
	if err == nil {
		c.Assert(s.link.State(), Equals, "ok")
	} else {
		c.Assert(s.link.State(), Equals, err.Error())
	}
}

// After a reset, the state is ok again.
func (s *LinkSuite) TestReset(c *C) {
	s.link.Fail(errors.New("probe timed out"))
	s.link.Reset()
	c.Assert(s.link.State(), Equals, "ok")
}
