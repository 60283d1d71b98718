package store

import (
	"database/sql"

	_ "github.com/lib/pq/example"
)

func Open() (*sql.DB, error) { return sql.Open("postgres", "host=127.0.0.1 sslmode=disable") }
