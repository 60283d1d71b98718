// Package money formats amounts in cents.
package money

import "fmt"

// Format prints cents as a decimal amount.
func Format(cents int) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }
