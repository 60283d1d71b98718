// Package store keeps orders in PostgreSQL through pgx.
package store

import (
	"context"

	// The defect: pgx v3's import path. The installed pgx is v4, whose package is
	// github.com/jackc/pgx/v4; github.com/jackc/pgx is its repository root and holds no Go files.
	"github.com/jackc/pgx"
)

// Open connects to the database at url.
func Open(ctx context.Context, url string) (*pgx.Conn, error) {
	return pgx.Connect(ctx, url)
}

// CountOrders returns how many orders the table holds.
func CountOrders(ctx context.Context, conn *pgx.Conn) (int, error) {
	var n int
	err := conn.QueryRow(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}
