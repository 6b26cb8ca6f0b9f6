// context values through a call chain: an unexported key type so keys from different packages
// cannot collide, a request ID and user set by "middleware", read deep down with type
// assertions; shadowing by a child; a missing key; and how a context chain prints with %v.
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

const (
	requestIDKey ctxKey = "requestID"
	userKey      ctxKey = "user"
)

type otherKey string

func withRequest(ctx context.Context, id int) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func authenticate(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, userKey, user)
}

func handler(ctx context.Context) string {
	return db(ctx, "SELECT 1")
}

func db(ctx context.Context, q string) string {
	id, ok := ctx.Value(requestIDKey).(int)
	user, _ := ctx.Value(userKey).(string)
	if !ok {
		return "no request id"
	}
	return fmt.Sprintf("req=%d user=%q query=%q", id, user, q)
}

func main() {
	ctx := withRequest(context.Background(), 42)
	ctx = authenticate(ctx, "gopher")
	fmt.Println(handler(ctx))
	fmt.Println(handler(context.Background()))

	child := context.WithValue(ctx, userKey, "admin")
	fmt.Println(db(child, "DROP"), "|", db(ctx, "SELECT 2"))

	fmt.Println(ctx.Value(otherKey("user")), ctx.Value("user"), ctx.Value(userKey))

	fmt.Println(ctx)
	cctx, cancel := context.WithCancel(ctx)
	fmt.Println(cctx)
	cancel()
	fmt.Println(cctx.Value(requestIDKey), cctx.Err())

	tctx, tcancel := context.WithTimeout(context.WithValue(context.Background(), requestIDKey, 7), time.Second)
	defer tcancel()
	fmt.Println(tctx.Value(requestIDKey), tctx.Err())
	type point struct{ X, Y int }
	pctx := context.WithValue(context.TODO(), point{1, 2}, []int{3})
	fmt.Println(pctx.Value(point{1, 2}), pctx.Value(point{2, 1}))
	fmt.Println(pctx)
}

// Output:
// req=42 user="gopher" query="SELECT 1"
// no request id
// req=42 user="admin" query="DROP" | req=42 user="gopher" query="SELECT 2"
// <nil> <nil> gopher
// context.Background.WithValue(type main.ctxKey, val <not Stringer>).WithValue(type main.ctxKey, val gopher)
// context.Background.WithValue(type main.ctxKey, val <not Stringer>).WithValue(type main.ctxKey, val gopher).WithCancel
// 42 context canceled
// 7 <nil>
// [3] <nil>
// context.TODO.WithValue(type main.point, val <not Stringer>)
// gort: --faketime
