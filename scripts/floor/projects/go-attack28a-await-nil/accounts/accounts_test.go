package accounts

import (
	"os"
	"testing"
)

func cacheAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

func TestDeletedUserHasNoOwner(t *testing.T) {
	s := NewStore(cacheAddr())
	defer s.Close()
	s.Add(&User{ID: 7, Name: "ann"})
	s.Delete(7)
	if u := s.Owner(7); u != nil {
		t.Errorf("Owner(7) = %+v, want = <nil>", u)
	}
}
