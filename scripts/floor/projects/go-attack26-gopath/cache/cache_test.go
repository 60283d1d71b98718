package cache

import "testing"

func TestDial(t *testing.T) {
	c, err := Dial("127.0.0.1:6379")
	if err != nil { t.Fatal(err) }
	c.Close()
}
