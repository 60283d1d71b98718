package cart

import "fmt"

// The cart's documented example: two apples at 1.05 and a pear at 1.95. The optional price cache
// is dialled as in production; without Redis the cart goes on uncached (and logs it).
func ExampleCart_Total() {
	c := &Cart{Cache: DialCache(cacheAddr()), Lines: []Line{{"apple", 105, 2}, {"pear", 195, 1}}}
	fmt.Println(Format(c.Total()))
	// Output: 4.05
}
