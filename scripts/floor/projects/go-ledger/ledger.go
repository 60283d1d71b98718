// Package ledger sums account entries.
package ledger

// Sum adds the entries. (The bug: the loop runs one past the end.)
func Sum(entries []int) int {
	total := 0
	for i := 0; i <= len(entries); i++ {
		total += entries[i]
	}
	return total
}

// SumAsync computes the sum in the background and sends it on out.
func SumAsync(entries []int, out chan<- int) {
	go func() { out <- Sum(entries) }()
}
