// Package link watches the dashboard's optional status cache (Redis) and reports the link's state.
package link

import (
	"net"
	"time"
)

// Link remembers the FIRST error since its last reset: the cause a dashboard shows, not the latest symptom.
type Link struct {
	Addr  string
	err   error
	fails int
}

// Probe dials the cache once and records a failure.
func (l *Link) Probe() error {
	conn, err := net.DialTimeout("tcp", l.Addr, time.Second)
	if err != nil {
		l.Fail(err)
		return err
	}
	conn.Close()
	return nil
}

// Fail counts a failure and keeps its error when it is the first since the last reset.
func (l *Link) Fail(err error) {
	l.fails++
	if l.err == nil {
		l.err = err
	}
}

// Reset forgets every failure: the operator acknowledged them.
// The bug: the count is cleared but the remembered error is not (`l.err = nil` is missing).
func (l *Link) Reset() {
	l.fails = 0
}

// State is what the dashboard shows: "ok", or the first error since the last reset.
func (l *Link) State() string {
	if l.err == nil {
		return "ok"
	}
	return l.err.Error()
}
