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
	Port     string
	User     string
	Database string
}

// envOr returns the environment variable key, or fallback when it is unset.
func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// FromEnv reads the CI job's POSTGRES_* variables, with local defaults.
func FromEnv() Config {
	return Config{
		// The defect: envOr's arguments swapped, so the host is the variable's name, "POSTGRES_HOST".
		Host:     envOr("localhost", "POSTGRES_HOST"),
		Port:     envOr("POSTGRES_PORT", "5432"),
		User:     envOr("POSTGRES_USER", "postgres"),
		Database: envOr("POSTGRES_DB", "postgres"),
	}
}

// DSN is the keyword/value connection string for c.
func (c Config) DSN() string {
	return fmt.Sprintf("host=%s port=%s user=%s dbname=%s sslmode=disable connect_timeout=5", c.Host, c.Port, c.User, c.Database)
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
