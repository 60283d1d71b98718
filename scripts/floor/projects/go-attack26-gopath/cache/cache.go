package cache

import "github.com/gomodule/redigo"

func Dial(addr string) (redis.Conn, error) { return redis.Dial("tcp", addr) }
