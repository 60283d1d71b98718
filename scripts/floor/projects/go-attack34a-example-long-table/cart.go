// Package cart totals a shopping cart.
package cart

import "fmt"

type Line struct {
	SKU   string
	Cents int
	Qty   int
}

type Cart struct {
	Cache *PriceCache
	Lines []Line
}

func (c *Cart) price(l Line) int {
	if p, ok := c.Cache.Get(l.SKU); ok {
		return p
	}
	return l.Cents
}

// Total is the cart's total in cents.
func (c *Cart) Total() int {
	total := 0
	for _, l := range c.Lines {
		total += c.price(l) * l.Qty
	}
	return total
}

// Format renders cents as a price.
// The bug: the cents are printed with %d, not %02d, so 4.05 reads 4.5.
func Format(cents int) string {
	return fmt.Sprintf("%d.%d", cents/100, cents%100)
}
