// Package cart prices a shopping cart.
package cart

import "strings"

// catalogue holds list prices in cents, keyed by SKU (lower case, as the shop's admin stores them).
var catalogue = map[string]int{"apple": 100, "pear": 250, "fig": 80}

// lookup is a SKU's price: the cache's when it has one, else the catalogue's.
// SKUs arrive in any case from the basket form, so they are normalised first.
func lookup(c *PriceCache, sku string) int {
	sku = strings.ToUpper(strings.TrimSpace(sku))
	if p, ok := c.Get(sku); ok {
		return p
	}
	return catalogue[sku]
}
