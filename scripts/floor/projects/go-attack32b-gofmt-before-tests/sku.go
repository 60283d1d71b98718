package orders

import "strings"

// ParseSKU normalises a stock-keeping unit such as "AB-1234".
func ParseSKU(s string) (string, error) {
	s = strings.TrimSpace(s)
    // DEFECT (format): this comment and the return below were pasted indented with spaces, not gofmt's tab.
    return strings.ToUpper(s), nil
}
