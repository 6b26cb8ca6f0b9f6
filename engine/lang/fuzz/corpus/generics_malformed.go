package main

type A[T] int
type B[T any,] struct{ x T }
type C[P *int] []P
type D[T interface{ ~ }] int
type E[K comparable, V any] map[K]V | int

func F[T any, ](x T) T { return x }
func G[](x int) {}
func (b B[T, U]) M() {}
func (b *B[_]) N() T { return b.x }

func main() {
	x := F[int, ](1)
	y := F[](2)
	z := B[int]{x: 1}.x[0, 1]
	var f = func[T any]() {}
	var e E[int, string, bool]
	_, _, _, _, _ = x, y, z, f, e
	F[F[int]](F)
	G[int]()
}
