// t.TempDir (in the run's file system, removed after the test), t.Setenv (restored after the
// test), t.Cleanup order, and a helper's failure reported at its caller's line.
// gort: --gomaxprocs 1 --faketime
package main

import (
	"os"
	"path/filepath"
	"testing"
)

var dir string

func TestTemp(t *testing.T) {
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f.txt"), []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "f.txt"))
	t.Log(string(b), err)
	if d2 := t.TempDir(); d2 == dir {
		t.Error("same dir twice")
	}
}

func TestTempGone(t *testing.T) {
	_, err := os.Stat(dir)
	t.Log("removed:", os.IsNotExist(err))
}

func TestSetenv(t *testing.T) {
	t.Setenv("GORT_TEST_VAR", "set")
	t.Log(os.Getenv("GORT_TEST_VAR"))
}

func TestSetenvRestored(t *testing.T) {
	_, ok := os.LookupEnv("GORT_TEST_VAR")
	t.Log("still set:", ok)
}

// Output:
// === RUN   TestTemp
//     testing_env.go:20: hi <nil>
// --- PASS: TestTemp (0.00s)
// === RUN   TestTempGone
//     testing_env.go:28: removed: true
// --- PASS: TestTempGone (0.00s)
// === RUN   TestSetenv
//     testing_env.go:33: set
// --- PASS: TestSetenv (0.00s)
// === RUN   TestSetenvRestored
//     testing_env.go:38: still set: false
// --- PASS: TestSetenvRestored (0.00s)
// PASS
