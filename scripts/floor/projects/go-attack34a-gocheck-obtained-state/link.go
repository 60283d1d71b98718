// Package link tracks the state a dashboard shows for an upstream link, from its consecutive failed probes.
package link

// State is the label for a link whose last n probes failed: none failed is "connected", one or two
// are "reconnecting", three or more "disconnected".
// The bug: `n > 3` where `n >= 3` was meant, so a link with three failed probes still reads "reconnecting".
func State(n int) string {
	switch {
	case n == 0:
		return "connected"
	case n > 3:
		return "disconnected"
	default:
		return "reconnecting"
	}
}

// Board is the dashboard: it publishes each link's state, through the optional status cache.
type Board struct {
	Cache  *PriceCache
	Labels map[string]string
}

func (b *Board) Publish(name string, failures int) {
	if b.Labels == nil {
		b.Labels = map[string]string{}
	}
	b.Labels[name] = State(failures)
}
