// Package store loads fixtures into the database.
package store
