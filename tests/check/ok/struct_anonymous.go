package main

import "fmt"

type Config struct {
	Server struct {
		Host string
		Port int
	}
	Limits struct{ Max, Min int }
}

func point() struct{ X, Y int } { return struct{ X, Y int }{1, 2} }

type Named struct{ X, Y int }

func main() {
	var c Config
	c.Server.Host = "localhost"
	c.Server.Port = 8080
	c.Limits.Max = 10
	fmt.Printf("%+v\n", c)

	p := point()
	var n Named = p // identical underlying type, one side unnamed
	fmt.Println(n, p.X)

	people := []struct {
		Name string
		Age  int
	}{
		{"a", 1},
		{Name: "b", Age: 2},
	}
	for _, pe := range people {
		fmt.Println(pe.Name, pe.Age)
	}

	empty := struct{}{}
	fmt.Println(empty, struct{}{} == empty)

	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 5
	fmt.Println(nested)

	var x struct {
		A int
		B string
	}
	y := struct {
		A int
		B string
	}{1, "b"}
	x = y
	fmt.Println(x == y)

	m := map[string]struct{ N int }{"k": {3}}
	fmt.Println(m["k"].N)
}
