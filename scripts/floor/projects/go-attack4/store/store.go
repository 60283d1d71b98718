package store

// Total sums the order lines. The defect: it skips the first line (i starts at 1).
func Total(lines []int) int {
	sum := 0
	for i := 1; i < len(lines); i++ {
		sum += lines[i]
	}
	return sum
}
