// Package config loads key=value settings.
package config

import (
	"log"
	"strings"
)

type Config map[string]string

// MustLoad parses text; a missing required key is fatal. (The bug: the required key is looked
// up with its surrounding spaces, so it is never found.)
func MustLoad(text string) Config {
	c := Config{}
	for _, line := range strings.Split(text, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if ok {
			c[k] = strings.TrimSpace(v)
		}
	}
	if _, ok := c["listen"]; !ok {
		log.Fatalf("config: missing required key %q", "listen")
	}
	return c
}
