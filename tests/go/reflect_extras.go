package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Base struct {
	ID   int
	Note string `note:"base"`
}

type Item struct {
	Base
	Name  string `json:"name" db:"item_name"`
	Price float64
	tags  []string
}

// A tiny struct-tag driven formatter, the way tutorials show reflection.
func describe(x any) string {
	v := reflect.Indirect(reflect.ValueOf(x))
	t := v.Type()
	var parts []string
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		name := f.Name
		if db, ok := f.Tag.Lookup("db"); ok {
			name = db
		}
		parts = append(parts, fmt.Sprintf("%s=%v", name, v.FieldByIndex(f.Index)))
	}
	return t.Name() + "{" + strings.Join(parts, ", ") + "}"
}

func setDefaults(p any) {
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !f.CanSet() || !f.IsZero() {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString("default")
		case reflect.Int, reflect.Int64:
			f.SetInt(-1)
		case reflect.Float64:
			f.SetFloat(0.5)
		}
	}
}

func main() {
	it := Item{Base: Base{ID: 7, Note: "n"}, Name: "pen", Price: 1.25}
	fmt.Println(describe(it))
	fmt.Println(describe(&it))
	for _, f := range reflect.VisibleFields(reflect.TypeOf(it)) {
		fmt.Println(f.Name, f.Index, f.Anonymous, f.Type)
	}

	var empty Item
	setDefaults(&empty)
	fmt.Printf("%+v\n", empty)

	s := []string{"a", "b", "c", "d"}
	sw := reflect.Swapper(s)
	sw(0, 3)
	fmt.Println(s)
	items := []Item{{Name: "x"}, {Name: "y"}}
	reflect.Swapper(items)(0, 1)
	fmt.Println(items[0].Name, items[1].Name)

	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{9, 8, 7, 6}))
	fmt.Println(n, dst)
	ov := []int{1, 2, 3, 4, 5}
	reflect.Copy(reflect.ValueOf(ov[1:]), reflect.ValueOf(ov))
	fmt.Println(ov)
	bs := make([]byte, 3)
	reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("hey!"))
	fmt.Println(string(bs))

	// Generic walk of any value.
	var walk func(v reflect.Value, depth int)
	walk = func(v reflect.Value, depth int) {
		pad := strings.Repeat("  ", depth)
		switch v.Kind() {
		case reflect.Struct:
			fmt.Printf("%sstruct %s\n", pad, v.Type())
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i), depth+1)
			}
		case reflect.Slice, reflect.Array:
			fmt.Printf("%s%s len %d\n", pad, v.Kind(), v.Len())
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), depth+1)
			}
		case reflect.Map:
			fmt.Printf("%smap %d\n", pad, v.Len())
			iter := v.MapRange()
			for iter.Next() {
				fmt.Printf("%s  key %v\n", pad, iter.Key())
				walk(iter.Value(), depth+2)
			}
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				fmt.Printf("%snil %s\n", pad, v.Kind())
				return
			}
			walk(v.Elem(), depth)
		default:
			fmt.Printf("%s%v (%s)\n", pad, v, v.Type())
		}
	}
	walk(reflect.ValueOf(map[string]any{"k": []any{1, "s", &it, nil}}), 0)
}

// Output:
// Item{ID=7, Note=n, item_name=pen, Price=1.25}
// Item{ID=7, Note=n, item_name=pen, Price=1.25}
// Base [0] true main.Base
// ID [0 0] false int
// Note [0 1] false string
// Name [1] false string
// Price [2] false float64
// tags [3] false []string
// {Base:{ID:0 Note:} Name:default Price:0.5 tags:[]}
// [d b c a]
// y x
// 3 [9 8 7]
// [1 1 2 3 4]
// hey
// map 1
//   key k
//     slice len 4
//       1 (int)
//       s (string)
//       struct main.Item
//         struct main.Base
//           7 (int)
//           n (string)
//         pen (string)
//         1.25 (float64)
//         slice len 0
//       nil interface
