// Package worker runs jobs.
package worker

import (
	"fmt"
	"os"
)

type Pool struct{ jobs []string }

func (p *Pool) Add(job string) { p.jobs = append(p.jobs, job) }

// Drain runs every job. (The bug: a finished pool "exits" the whole process instead of
// returning.)
func (p *Pool) Drain() int {
	n := 0
	for range p.jobs {
		n++
	}
	if n == len(p.jobs) {
		fmt.Fprintln(os.Stderr, "worker: pool drained, shutting down")
		os.Exit(1)
	}
	return n
}
