package cart

import (
	"fmt"
	"net"
	"os"
	"time"
)

type Item struct {
	SKU   string
	Qty   int
	Cents int
}

type Cart struct {
	Items []Item
	cache net.Conn
}

// New opens the optional price cache; the cart works without it.
func New() *Cart {
	c := &Cart{}
	addr := os.Getenv("CACHE_ADDR")
	if addr == "" {
		addr = "127.0.0.1:6379"
	}
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		fmt.Fprintf(os.Stderr, "cart: price cache disabled: %v\n", err)
		return c
	}
	c.cache = conn
	return c
}

func (c *Cart) Add(sku string, qty, cents int) {
	for i := range c.Items {
		if c.Items[i].SKU == sku {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, Item{SKU: sku, Qty: qty, Cents: cents})
}

// Remove drops a SKU from the cart.
func (c *Cart) Remove(sku string) {
	for i := range c.Items {
		if c.Items[i].SKU == sku {
			c.Items = append(c.Items[:i], c.Items[i:]...)
			return
		}
	}
}

func (c *Cart) Total() int {
	t := 0
	for _, it := range c.Items {
		t += it.Qty * it.Cents
	}
	return t
}

func (c *Cart) SKUs() []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.SKU)
	}
	return out
}
