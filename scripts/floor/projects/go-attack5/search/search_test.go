package search

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
)

func TestCountReportsServerError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	}))
	defer srv.Close()
	c := &Client{BaseURL: srv.URL}
	if _, err := c.Count("orders"); err == nil || !regexp.MustCompile(`server error`).MatchString(err.Error()) {
		t.Errorf("expected server error, got %v", err)
	}
}

func TestCountMissingIndex(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	}))
	defer srv.Close()
	c := &Client{BaseURL: srv.URL}
	want := regexp.MustCompile(`does not exist`)
	if _, err := c.Count("orders"); err == nil || !want.MatchString(err.Error()) {
		t.Errorf("expected error to match regexp %q, got %v", want, err)
	}
}
