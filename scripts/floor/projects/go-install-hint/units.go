// Package units converts sizes.
package units

import "fmt"

// Human formats bytes. (The bug: 1000 is used where the tests expect 1024.)
func Human(b int) string {
	if b >= 1000 {
		return fmt.Sprintf("%.1f KiB", float64(b)/1000)
	}
	return fmt.Sprintf("%d B", b)
}
