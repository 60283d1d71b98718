package config

import (
	"errors"
	"io/fs"
	"testing"
)

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/missing.yml")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("expected file does not exist, got %v", err)
	}
}
