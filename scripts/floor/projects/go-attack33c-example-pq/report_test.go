package report

import (
	"strings"
	"testing"
)

func TestPrintLines(t *testing.T) {
	var b strings.Builder
	Print(&b, OpenAudit(), []Order{{7, 500}})
	if !strings.Contains(b.String(), "#7 5.00\n") {
		t.Errorf("Print() = %q, want a line for #7", b.String())
	}
}
