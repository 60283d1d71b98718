// Package retry calls a function until it succeeds.
package retry

import "time"

// Do calls f until it succeeds, at most attempts times, waiting wait between calls, and
// returns f's last error.
func Do(attempts int, wait time.Duration, f func() error) error {
	var err error
	for i := 1; i < attempts; i++ { // the defect: one attempt short, `i := 0`
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	return err
}
