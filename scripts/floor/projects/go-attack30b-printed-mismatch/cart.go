// Package cart totals a shopping cart.
package cart

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
// The bug: the loop starts at 1, so the first line is never counted.
func (c *Cart) Total() int {
	total := 0
	for i := 1; i < len(c.Lines); i++ {
		total += c.price(c.Lines[i]) * c.Lines[i].Qty
	}
	return total
}
