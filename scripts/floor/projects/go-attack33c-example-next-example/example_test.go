package cart

import "fmt"

func ExampleFormat() {
	fmt.Println(Format(405))
	// Output: 4.05
}

func ExampleCart_Total() {
	c := &Cart{Cache: DialCache(cacheAddr()), Lines: []Line{{"apple", 100, 2}, {"pear", 250, 1}}}
	fmt.Println(c.Total())
	// Output: 450
}
