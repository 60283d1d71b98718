// Package session keeps user sessions, cached in redis when it is there.
package session

import (
	"net"
	"time"
)

type User struct{ Name string }

type Store struct {
	cache net.Conn
	users map[string]*User
}

// Open connects the cache when it can and works without it otherwise.
func Open(cacheAddr string) (*Store, error) {
	s := &Store{users: map[string]*User{}}
	c, err := net.DialTimeout("tcp", cacheAddr, time.Second)
	if err != nil {
		return s, err
	}
	s.cache = c
	return s, nil
}

// Touch refreshes a session in the background. (The bug: an unknown user is dereferenced.)
func (s *Store) Touch(name string, done chan<- string) {
	go func() {
		u := s.users[name]
		done <- u.Name
	}()
}
