// Package store keeps orders in PostgreSQL; the CI job's services are docker compose's postgres and redis.
package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"
)

func env(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// DSN is the database's connection string. The defect: its host was copied from the cache's
// settings and still reads REDIS_HOST / "redis".
func DSN() string {
	return fmt.Sprintf("host=%s port=5432 user=app password=app dbname=app sslmode=disable", env("REDIS_HOST", "redis"))
}

// SaveOrder inserts one order.
func SaveOrder(id int, total float64) error {
	db, err := sql.Open("postgres", DSN())
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec("INSERT INTO orders (id, total) VALUES ($1, $2)", id, total)
	return err
}
