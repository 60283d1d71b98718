// Package warm precomputes price tables.
package warm

import (
	"log"
	"strconv"
)

// Prices parses cents. (The bug: a decimal price is a fatal error instead of being parsed.)
func Prices(raw []string) []int {
	out := make([]int, 0, len(raw))
	for _, r := range raw {
		n, err := strconv.Atoi(r)
		if err != nil {
			log.Fatal("warm: bad price: ", err)
		}
		out = append(out, n)
	}
	return out
}
