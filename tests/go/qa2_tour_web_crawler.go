// Go Tour "Web Crawler" exercise solved the usual way: a fake fetcher, a mutex-guarded map of
// visited URLs, one goroutine per URL joined with a WaitGroup. The fetch order depends on
// scheduling; the set of lines does not.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

var errNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("%s: %w", url, errNotFound)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
}

// claim reports whether url was not seen before, marking it seen.
func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("found: %s %q\n", url, body)
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

func main() {
	v := &visited{seen: make(map[string]bool)}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	keys := make([]string, 0, len(v.seen))
	for k := range v.seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), "visited; first:", keys[0], "last:", keys[len(keys)-1])
	_, _, err := fetcher.Fetch("https://golang.org/cmd/")
	fmt.Println(errors.Is(err, errNotFound), err)
}

// Unordered output:
// found: https://golang.org/ "The Go Programming Language"
// found: https://golang.org/pkg/ "Packages"
// https://golang.org/cmd/: not found
// found: https://golang.org/pkg/fmt/ "Package fmt"
// found: https://golang.org/pkg/os/ "Package os"
// 5 visited; first: https://golang.org/ last: https://golang.org/pkg/os/
// true https://golang.org/cmd/: not found
