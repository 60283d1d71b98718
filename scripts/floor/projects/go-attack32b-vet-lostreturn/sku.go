package orders

import (
	"fmt"
	"strings"
)

// ParseSKU checks a stock-keeping unit such as "AB-1234".
func ParseSKU(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) != 7 || s[2] != '-' {
		// DEFECT: the error is built and dropped (the `return "", ` was lost), so a bad SKU passes.
		fmt.Errorf("bad sku %q", s)
	}
	return strings.ToUpper(s), nil
}
