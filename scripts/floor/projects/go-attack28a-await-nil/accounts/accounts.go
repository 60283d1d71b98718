// Package accounts keeps users in memory; a Redis cache in front of the read side is told about
// deletions when the store closes. The cache is optional: without it the store works the same.
package accounts

import (
	"log"
	"strconv"
	"time"

	"github.com/gomodule/redigo/redis"
)

// User is an account.
type User struct {
	ID      int
	Name    string
	Deleted bool
}

// Store holds the users.
type Store struct {
	cacheAddr string
	users     map[int]*User
	deleted   []int // invalidations to send to the cache
}

// NewStore returns an empty store whose cache is at cacheAddr.
func NewStore(cacheAddr string) *Store {
	return &Store{cacheAddr: cacheAddr, users: map[int]*User{}}
}

// Add stores u.
func (s *Store) Add(u *User) { s.users[u.ID] = u }

// Delete marks the user deleted (kept for the audit trail).
func (s *Store) Delete(id int) {
	if u, ok := s.users[id]; ok {
		u.Deleted = true
		s.deleted = append(s.deleted, id)
	}
}

// Owner returns the live user with this id, or nil.
func (s *Store) Owner(id int) *User {
	u, ok := s.users[id]
	if !ok { // the defect: a deleted user is still returned, `if !ok || u.Deleted`
		return nil
	}
	return u
}

// Close tells the cache which users were deleted. The cache is optional: when it cannot be
// reached, the invalidations are dropped and the store closes all the same.
func (s *Store) Close() error {
	if len(s.deleted) == 0 {
		return nil
	}
	c, err := redis.Dial("tcp", s.cacheAddr, redis.DialConnectTimeout(time.Second))
	if err != nil {
		log.Printf("accounts: cache invalidation skipped: %v", err)
		return nil
	}
	defer c.Close()
	for _, id := range s.deleted {
		if _, err := c.Do("DEL", "user:"+strconv.Itoa(id)); err != nil {
			return err
		}
	}
	return nil
}
