// Package parse splits records.
package parse

import "strings"

// Fields returns the record's second field. (The bug: a record with one field slices past its end.)
func Second(rec string) string {
	parts := strings.Split(rec, ",")
	return strings.Join(parts[1:2], "")
}

func SecondAll(recs []string) <-chan string {
	out := make(chan string, len(recs))
	go func() {
		for _, r := range recs {
			parts := strings.Split(r, ",")
			out <- parts[1]
		}
		close(out)
	}()
	return out
}
