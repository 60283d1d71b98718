package report

import "os"

func ExamplePrint() {
	Print(os.Stdout, OpenAudit(), []Order{{1, 1250}, {2, 399}})
	// Output:
	// #1 12.50
	// #2 3.99
	// total 16.49
}
