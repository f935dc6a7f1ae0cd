// Command fmtcheck checks goji's fmt and strconv, which are Go source in
// stdlib/, against the real Go 1.19 packages, case by case.
//
// Usage (the go.mod here makes this directory its own module):
//
//	cd tools/fmtcheck && go run . [-stdlib DIR] [-keep] [-- CHECK-FLAGS]
//
// It works in three steps:
//
//  1. Generate. A throw-away module is written to a temporary directory:
//     port/fmt and port/strconv hold every .go file of stdlib/fmt and
//     stdlib/strconv. Files without bodyless functions are copied byte for
//     byte; from the others the bodyless functions (the natives, with
//     their doc comments) are cut out, the rest of the text kept as is, and
//     testdata/natives/<pkg>/*.go, which implements those natives with
//     package reflect, is added. print.go, format.go, scan.go, fmtsort.go
//     and all of strconv are thus exactly the stdlib's code. The checker
//     program (testdata/check) is added as the module's main package, and
//     testdata/fmtr/fmtr.go twice, as realfmtr (importing the real fmt) and
//     portfmtr (importing the port): its types implement Formatter and
//     Scanner, whose method signatures name the package's own State and
//     ScanState, so each fmt needs its own copy.
//
//  2. Run. `go run .` in the generated module. The checker formats a table
//     of cases with the port and with the real fmt, scans a table of inputs
//     with both, and compares the port's strconv FormatFloat/ParseFloat with
//     the real ones on random and hand-picked values.
//
//  3. Report. Every difference is listed and the exit status is 1; on
//     success the checker prints one "N cases agree" line per part.
//
// Flags after "--" go to the checker: -seed N (random values), -floats N
// (number of random floats), -v (list every case).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// modulePath is the generated module's path.
const modulePath = "fmtcheckrun"

// ported lists the stdlib packages copied into the generated module.
var ported = []string{"fmt", "strconv"}

func main() {
	here := sourceDir()
	stdlib := flag.String("stdlib", filepath.Join(here, "..", "..", "stdlib"), "goji's stdlib directory")
	keep := flag.Bool("keep", false, "keep the generated module and print its path")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: fmtcheck [-stdlib DIR] [-keep] [-- check flags: -seed N -floats N -v]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	dir, err := os.MkdirTemp("", "fmtcheck-")
	if err != nil {
		fail(err)
	}
	if *keep {
		fmt.Fprintf(os.Stderr, "fmtcheck: generated module in %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	if err := generate(dir, here, *stdlib); err != nil {
		if !*keep {
			os.RemoveAll(dir)
		}
		fail(err)
	}

	cmd := exec.Command(goCommand(), append([]string{"run", "."}, flag.Args()...)...)
	cmd.Dir = dir
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GO111MODULE=on")
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		if !*keep {
			os.RemoveAll(dir)
		}
		os.Exit(1)
	default:
		if !*keep {
			os.RemoveAll(dir)
		}
		fail(err)
	}
}

// generate writes the checker module into dir (step 1 above).
func generate(dir, here, stdlib string) error {
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+modulePath+"\n\ngo 1.19\n"), 0o644); err != nil {
		return err
	}
	for _, pkg := range ported {
		if err := portPackage(filepath.Join(stdlib, pkg), filepath.Join(dir, "port", pkg),
			filepath.Join(here, "testdata", "natives", pkg)); err != nil {
			return err
		}
	}
	if err := copyDir(filepath.Join(here, "testdata", "check"), dir); err != nil {
		return err
	}
	src, err := os.ReadFile(filepath.Join(here, "testdata", "fmtr", "fmtr.go"))
	if err != nil {
		return err
	}
	if !bytes.Contains(src, []byte("\t\"fmt\"\n")) {
		return errors.New("testdata/fmtr/fmtr.go must import \"fmt\" on a line of its own")
	}
	portSrc := bytes.Replace(src, []byte("\t\"fmt\"\n"), []byte("\tfmt \""+modulePath+"/port/fmt\"\n"), 1)
	for name, text := range map[string][]byte{"realfmtr": src, "portfmtr": portSrc} {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name, "fmtr.go"), text, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// portPackage copies the stdlib package in src to dst, replacing its
// natives by the files in natives.
func portPackage(src, dst, natives string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no Go files in %s", src)
	}
	sort.Strings(files)
	var verbatim, cut []string
	nativeCount := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		out, n, err := cutBodyless(f, text)
		if err != nil {
			return err
		}
		if n == 0 {
			verbatim = append(verbatim, filepath.Base(f))
		} else {
			cut = append(cut, fmt.Sprintf("%s (%d natives)", filepath.Base(f), n))
			nativeCount += n
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), out, 0o644); err != nil {
			return err
		}
	}
	pkg := filepath.Base(src)
	fmt.Printf("fmtcheck: port/%s: verbatim: %s\n", pkg, strings.Join(verbatim, " "))
	if nativeCount > 0 {
		if _, err := os.Stat(natives); err != nil {
			return fmt.Errorf("%s declares %d natives but there is no %s to implement them", src, nativeCount, natives)
		}
		if err := copyDir(natives, dst); err != nil {
			return err
		}
		fmt.Printf("fmtcheck: port/%s: natives cut from %s, implemented by testdata/natives/%s\n", pkg, strings.Join(cut, ", "), pkg)
	}
	return nil
}

// cutBodyless returns text without its bodyless function declarations
// (each with its doc comment and the line end after it) and how many it
// removed. Everything else is kept byte for byte.
func cutBodyless(name string, text []byte) ([]byte, int, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, text, parser.ParseComments)
	if err != nil {
		return nil, 0, err
	}
	type span struct{ from, to int }
	var cuts []span
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body != nil {
			continue
		}
		from := fset.Position(fd.Pos()).Offset
		if fd.Doc != nil {
			from = fset.Position(fd.Doc.Pos()).Offset
		}
		to := fset.Position(fd.End()).Offset
		if to < len(text) && text[to] == '\n' {
			to++
		}
		cuts = append(cuts, span{from, to})
	}
	if len(cuts) == 0 {
		return text, 0, nil
	}
	var out []byte
	at := 0
	for _, c := range cuts {
		out = append(out, text[at:c.from]...)
		at = c.to
	}
	out = append(out, text[at:]...)
	return out, len(cuts), nil
}

// copyDir copies the .go files of src into dst.
func copyDir(src, dst string) error {
	files, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no Go files in %s", src)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), text, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sourceDir returns the directory of this source file (the module root),
// falling back to the working directory.
func sourceDir() string {
	if _, file, _, ok := runtime.Caller(0); ok {
		if _, err := os.Stat(filepath.Join(filepath.Dir(file), "testdata")); err == nil {
			return filepath.Dir(file)
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		fail(err)
	}
	return wd
}

// goCommand returns the go command of the toolchain running us, or "go".
func goCommand() string {
	if p := filepath.Join(runtime.GOROOT(), "bin", "go"); fileExists(p) {
		return p
	}
	return "go"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fmtcheck:", err)
	os.Exit(2)
}
