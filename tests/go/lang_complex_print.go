// The builtin print/println of complex values (runtime.printcomplex, on stderr) and a panic
// with a complex value (printpanicval prints it the same way).
package main

type K complex128

func main() {
	c := complex(1.5, -2)
	println(c, complex64(1i))
	print(3+4i, "\n")
	var z complex128
	println(z)
	defer func() {
		r := recover()
		println("recovered", r.(K) == K(1i))
		panic(2i)
	}()
	panic(K(1i))
}

// Stderr:
// (+1.500000e+000-2.000000e+000i) (+0.000000e+000+1.000000e+000i)
// (+3.000000e+000+4.000000e+000i)
// (+0.000000e+000+0.000000e+000i)
// recovered true
// panic: main.K(+0.000000e+000+1.000000e+000i) [recovered]
// 	panic: (+0.000000e+000+2.000000e+000i)
// Exit: 2
