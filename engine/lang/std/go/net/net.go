// Package net for gort: only the address helpers that need no network (SplitHostPort,
// JoinHostPort), as programs that parse URLs use them. A gort program has no sockets, so
// Dial, Listen and the rest are not declared (using them is a compile error naming them).
// Written for gort after the documented behaviour of Go's net package.
package net

// An AddrError is a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// SplitHostPort splits "host:port", "host%zone:port", "[host]:port" or "[host%zone]:port"
// into host (without brackets) and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	const (
		missingPort   = "missing port in address"
		tooManyColons = "too many colons in address"
	)
	fail := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	i := lastIndexByte(hostport, ':')
	if i < 0 {
		return fail(missingPort)
	}
	j, k := 0, 0
	if hostport[0] == '[' {
		end := indexByte(hostport, ']')
		if end < 0 {
			return fail("missing ']' in address")
		}
		switch end + 1 {
		case len(hostport):
			return fail(missingPort)
		case i:
		default:
			if hostport[end+1] == ':' {
				return fail(tooManyColons)
			}
			return fail(missingPort)
		}
		host = hostport[1:end]
		j, k = 1, end+1
	} else {
		host = hostport[:i]
		if indexByte(host, ':') >= 0 {
			return fail(tooManyColons)
		}
	}
	if indexByte(hostport[j:], '[') >= 0 {
		return fail("unexpected '[' in address")
	}
	if indexByte(hostport[k:], ']') >= 0 {
		return fail("unexpected ']' in address")
	}
	port = hostport[i+1:]
	return host, port, nil
}

// JoinHostPort makes "host:port", bracketing a host that contains a colon (IPv6).
func JoinHostPort(host, port string) string {
	if indexByte(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}
