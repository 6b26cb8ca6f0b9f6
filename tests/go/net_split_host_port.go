// net.SplitHostPort and JoinHostPort (the address helpers URL-parsing programs use; gort has
// no sockets): brackets, zones, and Go's error texts.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	for _, s := range []string{"example.com:80", "[::1]:443", "[fe80::1%en0]:8080", ":9", "host", "a:b:c", "[::1]", "[::1]x:1", "[::1"} {
		h, p, err := net.SplitHostPort(s)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "http"))
	u, _ := url.Parse("postgres://user:pass@host.com:5432/path")
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port)
	_, _, err := net.SplitHostPort("x")
	if ae, ok := err.(*net.AddrError); ok {
		fmt.Println(ae.Err, "|", ae.Addr)
	}
}

// Output:
// "example.com" "80" <nil>
// "::1" "443" <nil>
// "fe80::1%en0" "8080" <nil>
// "" "9" <nil>
// "" "" address host: missing port in address
// "" "" address a:b:c: too many colons in address
// "" "" address [::1]: missing port in address
// "" "" address [::1]x:1: missing port in address
// "" "" address [::1: missing ']' in address
// [::1]:80 example.com:http
// host.com 5432
// missing port in address | x
