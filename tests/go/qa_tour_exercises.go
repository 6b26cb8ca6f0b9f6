// Go tour exercises as users write them: Newton's sqrt (loops), WordCount (maps), fibonacci
// closure, IPAddr Stringer, ErrNegativeSqrt error with fmt inside Error, and the web crawler
// with a mutex-protected visited set and a fake fetcher (output sorted).
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

func Sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3])
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt2(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	return math.Sqrt(x), nil
}

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language", []string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages", []string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt", []string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os", []string{"https://golang.org/", "https://golang.org/pkg/"}},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) visit(url string) bool {
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
	if depth <= 0 || !v.visit(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	v.mu.Lock()
	if err != nil {
		v.log = append(v.log, err.Error())
	} else {
		v.log = append(v.log, fmt.Sprintf("found: %s %q", url, body))
	}
	v.mu.Unlock()
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

func main() {
	fmt.Println(Sqrt(2), math.Sqrt(2), Sqrt(2) == math.Sqrt(2))
	fmt.Println(WordCount("I am learning Go! Go is fun and I am happy"))
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts)
	fmt.Println(Sqrt2(2))
	fmt.Println(Sqrt2(-2))
	v := &visited{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	sort.Strings(v.log)
	for _, l := range v.log {
		fmt.Println(l)
	}
}

// Output:
// 1.414213562373095 1.4142135623730951 false
// map[Go:1 Go!:1 I:2 am:2 and:1 fun:1 happy:1 is:1 learning:1]
// 0,1,1,2,3,5,8,13,21,34,
// googleDNS: 8.8.8.8
// loopback: 127.0.0.1
// map[googleDNS:8.8.8.8 loopback:127.0.0.1]
// 1.4142135623730951 <nil>
// 0 cannot Sqrt negative number: -2
// found: https://golang.org/ "The Go Programming Language"
// found: https://golang.org/pkg/ "Packages"
// found: https://golang.org/pkg/fmt/ "Package fmt"
// found: https://golang.org/pkg/os/ "Package os"
// not found: https://golang.org/cmd/
