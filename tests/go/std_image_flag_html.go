// image, image/color, flag and html (ports of Go 1.19's packages): the Go Tour's image
// exercise shape, color models, geometry, a FlagSet parsing its own arguments (values,
// defaults, errors and the usage text), and HTML escaping.
package main

import (
	"flag"
	"fmt"
	"html"
	"image"
	"image/color"
	"os"
	"time"
)

// The Go Tour's exercise: a type that implements image.Image.
type Image struct{ w, h int }

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	var img image.Image = Image{4, 3}
	b := img.Bounds()
	sum := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, _, _, _ := img.At(x, y).RGBA()
			sum += int(r >> 8)
		}
	}
	fmt.Println(b, sum, img.ColorModel() == color.RGBAModel)

	m := image.NewRGBA(image.Rect(0, 0, 100, 50))
	m.Set(3, 4, color.RGBA{255, 0, 0, 255})
	fmt.Println(m.Bounds(), m.At(3, 4), m.At(0, 0), m.Bounds().Dx(), m.Stride, len(m.Pix))
	gray := image.NewGray(image.Rect(0, 0, 2, 2))
	gray.Set(1, 1, color.RGBA{10, 200, 30, 255})
	fmt.Println(gray.At(1, 1), gray.Opaque())
	r, g, bl, a := color.Gray{128}.RGBA()
	fmt.Println(r, g, bl, a, color.GrayModel.Convert(color.RGBA{10, 200, 30, 255}))
	fmt.Println(color.NRGBAModel.Convert(color.RGBA{100, 50, 0, 128}))
	y, cb, cr := color.RGBToYCbCr(255, 0, 0)
	fmt.Println(y, cb, cr, color.Palette{color.Black, color.White}.Index(color.Gray{200}))
	fmt.Println(image.Pt(1, 2).Add(image.Pt(3, 4)), image.Rect(0, 0, 4, 4).Intersect(image.Rect(2, 2, 8, 8)),
		image.Rect(3, 3, 1, 1), image.Pt(5, 5).In(image.Rect(0, 0, 5, 5)), image.ZR.Empty())

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "how many `times`")
	name := fs.String("name", "x", "a name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", time.Second, "how long to wait")
	err := fs.Parse([]string{"-n", "7", "--name=gopher", "-v", "-wait", "1m30s", "rest", "-x"})
	fmt.Println(err, *n, *name, *v, *d, fs.NArg(), fs.Args(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	err = fs.Parse([]string{"-n", "many"})
	fmt.Println("error:", err)
	err = fs.Parse([]string{"-bogus"})
	fmt.Println("error:", err)
	fs.PrintDefaults()

	fmt.Println(html.EscapeString("<a href='x'>\"&\"</a>"), html.UnescapeString("&lt;&eacute;&#65;&amp;&notanentity;"))
}

// Output:
// (0,0)-(4,3) 18 true
// (0,0)-(100,50) {255 0 0 255} {0 0 0 0} 100 400 20000
// {124} true
// 32896 32896 32896 65535 {124}
// {199 99 0 128}
// 76 85 255 1
// (4,6) (2,2)-(4,4) (1,1)-(3,3) false true
// <nil> 7 gopher true 1m30s 2 [rest -x] 4
// n=7 name=gopher v=true wait=1m30s
// invalid value "many" for flag -n: parse error
// Usage of tool:
//   -n times
//     	how many times (default 3)
//   -name string
//     	a name (default "x")
//   -v	verbose
//   -wait duration
//     	how long to wait (default 1s)
// error: invalid value "many" for flag -n: parse error
// flag provided but not defined: -bogus
// Usage of tool:
//   -n times
//     	how many times (default 3)
//   -name string
//     	a name (default "x")
//   -v	verbose
//   -wait duration
//     	how long to wait (default 1s)
// error: flag provided but not defined: -bogus
//   -n times
//     	how many times (default 3)
//   -name string
//     	a name (default "x")
//   -v	verbose
//   -wait duration
//     	how long to wait (default 1s)
// &lt;a href=&#39;x&#39;&gt;&#34;&amp;&#34;&lt;/a&gt; <éA&¬anentity;
