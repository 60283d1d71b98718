// Package report prints the daily orders report. Each report is also written to an optional
// PostgreSQL audit table; without the database the report is only printed (and that is logged).
package report

import (
	"database/sql"
	"fmt"
	"io"
	"log"
	"os"

	_ "github.com/lib/pq"
)

type Order struct {
	ID    int
	Cents int
}

// OpenAudit opens the audit database, or returns nil (and logs why) when it cannot be reached.
func OpenAudit() *sql.DB {
	dsn := os.Getenv("AUDIT_DSN")
	if dsn == "" {
		dsn = "host=127.0.0.1 port=5432 user=postgres dbname=postgres sslmode=disable connect_timeout=2"
	}
	db, err := sql.Open("postgres", dsn)
	if err == nil {
		err = db.Ping()
	}
	if err != nil {
		log.Printf("report: audit disabled: %v", err)
		return nil
	}
	return db
}

// Print writes one line per order and the day's total.
// The bug: the total is summed over orders[1:], so the first order is left out of it.
func Print(w io.Writer, audit *sql.DB, orders []Order) {
	total := 0
	for _, o := range orders[1:] {
		total += o.Cents
	}
	for _, o := range orders {
		fmt.Fprintf(w, "#%d %d.%02d\n", o.ID, o.Cents/100, o.Cents%100)
	}
	fmt.Fprintf(w, "total %d.%02d\n", total/100, total%100)
	if audit != nil {
		_, _ = audit.Exec("INSERT INTO reports (total_cents) VALUES ($1)", total)
	}
}
