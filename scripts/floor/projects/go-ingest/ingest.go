// Package ingest counts words concurrently.
package ingest

import (
	"strings"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int // the bug: never initialised
}

func NewCounter() *Counter { return &Counter{} }

func (c *Counter) Feed(lines []string) {
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go func(l string) {
			defer wg.Done()
			for _, w := range strings.Fields(l) {
				c.mu.Lock()
				c.counts[w]++
				c.mu.Unlock()
			}
		}(l)
	}
	wg.Wait()
}

func (c *Counter) Count(w string) int { return c.counts[w] }
