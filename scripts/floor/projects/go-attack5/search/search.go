// Package search is a small client of an Elasticsearch-compatible HTTP API.
package search

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Client talks to the search API at BaseURL.
type Client struct{ BaseURL string }

func (c *Client) url(path string) string {
	// DEFECT: the configured BaseURL is ignored; the default local endpoint is always dialled.
	return "http://127.0.0.1:9200" + path
}

// Count returns the number of documents in index; a 5xx answer is "server error: <status>",
// a 404 is "index <name> does not exist".
func (c *Client) Count(index string) (int, error) {
	resp, err := http.Get(c.url("/" + index + "/_count"))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	switch {
	case resp.StatusCode >= 500:
		return 0, fmt.Errorf("server error: %s", resp.Status)
	case resp.StatusCode == 404:
		return 0, fmt.Errorf("index %s does not exist", index)
	}
	var n int
	_, err = fmt.Sscanf(strings.TrimSpace(string(body)), `{"count":%d}`, &n)
	return n, err
}
