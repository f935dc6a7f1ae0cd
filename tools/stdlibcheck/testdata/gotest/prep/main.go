// main.go (gotestprep) copies a goji stdlib package, or a Go test directory,
// into the test module: imports of goji packages (and of the stand-ins in
// shims/internal) become "gt/<path>", and bodyless functions are dropped
// unless a fifth argument is given.
package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	src, dst := os.Args[1], os.Args[2]
	pkgs := map[string]bool{}
	for _, p := range strings.Split(os.Args[3], ",") {
		pkgs[p] = true
	}
	stripBodyless := len(os.Args) < 5
	os.MkdirAll(dst, 0755)
	files, _ := filepath.Glob(filepath.Join(src, "*.go"))
	for _, f := range files {
		fset := token.NewFileSet()
		af, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			panic(err)
		}
		for _, imp := range af.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if pkgs[p] || p == "internal/testenv" || p == "internal/race" || p == "testing/iotest" || p == "internal/bytealg" || p == "bytes" {
				imp.Path.Value = strconv.Quote("gt/" + p)
				if imp.Name == nil && !strings.HasSuffix(f, "_test.go") {
					// keep package name the same
				}
			}
		}
		if stripBodyless {
			var decls []ast.Decl
			for _, d := range af.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
					continue
				}
				decls = append(decls, d)
			}
			af.Decls = decls
		}
		var buf bytes.Buffer
		printer.Fprint(&buf, fset, af)
		os.WriteFile(filepath.Join(dst, filepath.Base(f)), buf.Bytes(), 0644)
	}
}
