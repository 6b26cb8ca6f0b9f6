// os files from many goroutines at once (they run in parallel on several Ms): each writes,
// appends to and reads back its own files in one shared directory; one shared file gets
// O_APPEND lines from all of them (each write is atomic, so every line arrives whole).
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

func main() {
	dir, err := os.MkdirTemp("", "par")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	shared := filepath.Join(dir, "shared.log")
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				name := filepath.Join(dir, fmt.Sprintf("g%d-%d.txt", g, i))
				want := strings.Repeat(fmt.Sprint(g), i+1)
				if err := os.WriteFile(name, []byte(want), 0644); err != nil {
					errs <- err
					return
				}
				got, err := os.ReadFile(name)
				if err != nil || string(got) != want {
					errs <- fmt.Errorf("g%d file %d: %q %v", g, i, got, err)
					return
				}
				f, err := os.OpenFile(shared, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
				if err != nil {
					errs <- err
					return
				}
				fmt.Fprintf(f, "g%d line %d\n", g, i)
				f.Close()
				if i%2 == 1 {
					os.Remove(name)
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println("error:", err)
	}
	ents, _ := os.ReadDir(dir)
	fmt.Println(len(ents))
	f, _ := os.Open(shared)
	defer f.Close()
	sc := bufio.NewScanner(f)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	sort.Strings(lines)
	fmt.Println(len(lines), lines[0], lines[len(lines)-1])
}

// Output:
// 201
// 400 g0 line 0 g7 line 9
