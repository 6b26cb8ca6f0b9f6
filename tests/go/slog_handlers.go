// log/slog (Go 1.21): the text and JSON handlers' formats (quoting, durations, errors, groups
// from WithGroup and slog.Group, With, !BADKEY, level offsets, a LevelVar minimum, ReplaceAttr
// dropping the time), the default logger through package log, and the text handler's time.
// go: skip log/slog is newer than Go 1.19 (expected output per the package's documented formats)
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"regexp"
	"time"
)

func main() {
	drop := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	opts := &slog.HandlerOptions{ReplaceAttr: drop}
	t := slog.New(slog.NewTextHandler(os.Stdout, opts))
	t.Info("hello again", "key", "val", "age", 25)
	t.Debug("hidden")
	t.Warn("w", "d", 1500*time.Millisecond, "ok", true, "f", 3.5, "empty", "", "q", `a"b`, "err", errors.New("boom!"))
	t.With("req", 7).WithGroup("g").Error("bad", "a", 1, slog.Group("h", "b", 2))
	t.Log(context.Background(), slog.LevelWarn+2, "custom")
	t.Info("bad key", 42)

	j := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	j.Info("hi there")
	j.Info("hello again", "key", "val", "age", 25, "d", time.Second, "f", 0.5, "s", "a\"b\n")
	j.With("req", 7).WithGroup("g").Error("bad", "a", 1, slog.Group("h", "b", 2))
	j.WithGroup("empty").Info("no attrs")

	lv := new(slog.LevelVar)
	lv.Set(slog.LevelDebug)
	d := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: lv, ReplaceAttr: drop}))
	d.Debug("shown", "n", -3)
	fmt.Println(slog.LevelDebug-1, slog.LevelError+4, slog.LevelInfo)
	fmt.Println(slog.Int("k", 3), slog.String("s", "x y"))

	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	slog.Info("default", "count", 3)

	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x")
	fmt.Println(regexp.MustCompile(`^time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d) level=INFO msg=x\n$`).MatchString(buf.String()))
}

// Output:
// level=INFO msg="hello again" key=val age=25
// level=WARN msg=w d=1.5s ok=true f=3.5 empty="" q="a\"b" err=boom!
// level=ERROR msg=bad req=7 g.a=1 g.h.b=2
// level=WARN+2 msg=custom
// level=INFO msg="bad key" !BADKEY=42
// {"level":"INFO","msg":"hi there"}
// {"level":"INFO","msg":"hello again","key":"val","age":25,"d":1000000000,"f":0.5,"s":"a\"b\n"}
// {"level":"ERROR","msg":"bad","req":7,"g":{"a":1,"h":{"b":2}}}
// {"level":"INFO","msg":"no attrs"}
// level=DEBUG msg=shown n=-3
// DEBUG-1 ERROR+4 INFO
// k=3 s=x y
// INFO default count=3
// true
