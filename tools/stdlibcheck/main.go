// Command stdlibcheck validates goji's standard library surface.
//
// Usage (the go.mod here makes this directory its own module, so run it
// from inside the directory, or name main.go when running from elsewhere):
//
//	cd tools/stdlibcheck && go run . [-compare] <stdlib-dir>
//	go run /path/to/tools/stdlibcheck/main.go [-compare] <stdlib-dir>
//
// Every directory under <stdlib-dir> that holds .go files is a package whose
// import path is the directory's path relative to <stdlib-dir>. Each package
// is type-checked with go/types (function bodies included) using an importer
// that resolves imports only to packages of that same directory tree.
// The check fails on any type error and on any construct outside goji's
// language subset: type parameters and instantiations, goto, complex types,
// imaginary literals, the complex/real/imag builtins, imports of
// unsafe/reflect/"C", struct tags and //go: (or // +build, //line) directives
// other than //go:noinline, which goji honours (runtime.Caller needs its frame).
//
// Bodyless function declarations are allowed: they are the functions the
// runtime implements natively.
//
// With -compare, the exported API of each package is also compared with the
// Go toolchain's own package of the same import path (read from GOROOT
// sources); differences are reported for information only and do not change
// the exit status.
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// pkgInfo is one package of the stdlib tree.
type pkgInfo struct {
	path  string // import path
	dir   string
	files []*ast.File
	names []string // file names, parallel to files

	state int // 0 = not loaded, 1 = loading, 2 = done
	pkg   *types.Package
}

type checker struct {
	root     string
	fset     *token.FileSet
	pkgs     map[string]*pkgInfo
	errs     []problem
	decls    int
	bodyless int
}

// problem is one reported error.
type problem struct {
	pos token.Position // may be invalid
	msg string
}

func (p problem) String() string {
	if !p.pos.IsValid() {
		if p.pos.Filename != "" {
			return p.pos.Filename + ": " + p.msg
		}
		return p.msg
	}
	return fmt.Sprintf("%s: %s", p.pos, p.msg)
}

func (c *checker) errorf(pos token.Pos, format string, args ...any) {
	c.errs = append(c.errs, problem{c.fset.Position(pos), fmt.Sprintf(format, args...)})
}

// errorAt reports a problem in a file (or, if file is "", nowhere in
// particular).
func (c *checker) errorAt(file, msg string) {
	c.errs = append(c.errs, problem{token.Position{Filename: file}, msg})
}

func main() {
	compare := flag.Bool("compare", false, "compare exported API with the Go toolchain's packages (informational)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: stdlibcheck [-compare] <stdlib-dir>\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	root, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c := &checker{root: root, fset: token.NewFileSet(), pkgs: map[string]*pkgInfo{}}
	if err := c.discover(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	paths := make([]string, 0, len(c.pkgs))
	for p := range c.pkgs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		c.load(p, token.NoPos)
	}
	files := 0
	for _, p := range paths {
		files += len(c.pkgs[p].files)
	}
	if *compare {
		c.compareAPI(paths)
	}
	if len(c.errs) > 0 {
		sort.SliceStable(c.errs, func(i, j int) bool {
			a, b := c.errs[i].pos, c.errs[j].pos
			if a.Filename != b.Filename {
				return a.Filename < b.Filename
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		seen := map[string]bool{}
		for _, e := range c.errs {
			if s := e.String(); !seen[s] {
				seen[s] = true
				fmt.Println(s)
			}
		}
		fmt.Printf("FAIL: %d problem(s)\n", len(seen))
		os.Exit(1)
	}
	fmt.Printf("%d packages, %d files, %d declarations, %d bodyless functions\n",
		len(paths), files, c.decls, c.bodyless)
}

// discover finds and parses every package under the root directory.
func (c *checker) discover() error {
	return filepath.WalkDir(c.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != c.root && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		if strings.HasSuffix(p, "_test.go") {
			c.errorAt(p, "test files are not allowed in the stdlib tree")
			return nil
		}
		dir := filepath.Dir(p)
		rel, err := filepath.Rel(c.root, dir)
		if err != nil {
			return err
		}
		if rel == "." {
			c.errorAt(p, "Go file at the root of the stdlib tree")
			return nil
		}
		ip := filepath.ToSlash(rel)
		f, err := parser.ParseFile(c.fset, p, nil, parser.ParseComments)
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					c.errs = append(c.errs, problem{e.Pos, e.Msg})
				}
			} else {
				c.errorAt(p, err.Error())
			}
			return nil
		}
		pi := c.pkgs[ip]
		if pi == nil {
			pi = &pkgInfo{path: ip, dir: dir}
			c.pkgs[ip] = pi
		}
		pi.files = append(pi.files, f)
		pi.names = append(pi.names, p)
		return nil
	})
}

// Import implements types.Importer, resolving only stdlib-tree packages.
func (c *checker) Import(p string) (*types.Package, error) {
	switch p {
	case "unsafe", "reflect", "C":
		return nil, fmt.Errorf("import of %q is outside the goji subset", p)
	}
	pi := c.pkgs[p]
	if pi == nil {
		return nil, fmt.Errorf("package %q is not in the stdlib directory", p)
	}
	if pi.state == 1 {
		return nil, fmt.Errorf("import cycle through %q", p)
	}
	c.load(p, token.NoPos)
	if pi.pkg == nil {
		return nil, errors.New("could not load " + p)
	}
	return pi.pkg, nil
}

// load type-checks one package (once) and applies the subset checks.
func (c *checker) load(p string, _ token.Pos) {
	pi := c.pkgs[p]
	if pi.state != 0 {
		return
	}
	pi.state = 1
	defer func() { pi.state = 2 }()

	want := path.Base(p)
	for i, f := range pi.files {
		if f.Name.Name != want {
			c.errorf(f.Name.Pos(), "package %s in directory for import path %q (want package %s)", f.Name.Name, p, want)
		}
		_ = i
		c.checkSyntax(f)
	}

	info := &types.Info{
		Types:     map[ast.Expr]types.TypeAndValue{},
		Defs:      map[*ast.Ident]types.Object{},
		Uses:      map[*ast.Ident]types.Object{},
		Instances: map[*ast.Ident]types.Instance{},
	}
	conf := types.Config{
		Importer: c,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				c.errorf(te.Pos, "%s", te.Msg)
				return
			}
			c.errorAt("", err.Error())
		},
	}
	pkg, _ := conf.Check(p, c.fset, pi.files, info)
	pi.pkg = pkg
	c.checkTypes(info)
}

// checkSyntax reports subset violations visible in the syntax tree and
// counts declarations.
func (c *checker) checkSyntax(f *ast.File) {
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			t := cm.Text
			if t == "//go:noinline" {
				continue
			}
			if strings.HasPrefix(t, "//go:") || strings.HasPrefix(t, "// +build") || strings.HasPrefix(t, "//line ") || strings.HasPrefix(t, "/*line ") {
				c.errorf(cm.Pos(), "compiler directive %q is outside the goji subset", strings.Fields(t)[0])
			}
		}
	}
	for _, imp := range f.Imports {
		switch strings.Trim(imp.Path.Value, "\"`") {
		case "unsafe", "reflect", "C":
			c.errorf(imp.Pos(), "import of %s is outside the goji subset", imp.Path.Value)
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			c.decls++
			if d.Body == nil {
				c.bodyless++
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					c.decls++
				case *ast.ValueSpec:
					c.decls += len(s.Names)
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				c.errorf(n.TypeParams.Pos(), "type parameters are outside the goji subset")
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				c.errorf(n.TypeParams.Pos(), "type parameters are outside the goji subset")
			}
		case *ast.IndexListExpr:
			c.errorf(n.Pos(), "generic instantiation is outside the goji subset")
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				c.errorf(n.Pos(), "goto is outside the goji subset")
			}
		case *ast.BasicLit:
			if n.Kind == token.IMAG {
				c.errorf(n.Pos(), "imaginary literal %s is outside the goji subset", n.Value)
			}
		case *ast.StructType:
			for _, fld := range n.Fields.List {
				if fld.Tag != nil {
					c.errorf(fld.Tag.Pos(), "struct tags are outside the goji subset")
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.TILDE {
				c.errorf(n.Pos(), "type constraints are outside the goji subset")
			}
		case *ast.UnaryExpr:
			if n.Op == token.TILDE {
				c.errorf(n.Pos(), "type constraints are outside the goji subset")
			}
		}
		return true
	})
}

// checkTypes reports subset violations that need type information.
func (c *checker) checkTypes(info *types.Info) {
	for id := range info.Instances {
		c.errorf(id.Pos(), "generic instantiation of %s is outside the goji subset", id.Name)
	}
	for id, obj := range info.Uses {
		if obj == nil || obj.Parent() != types.Universe {
			continue
		}
		switch obj.Name() {
		case "complex", "real", "imag":
			if _, ok := obj.(*types.Builtin); ok {
				c.errorf(id.Pos(), "builtin %s is outside the goji subset", obj.Name())
			}
		case "comparable":
			c.errorf(id.Pos(), "constraint comparable is outside the goji subset")
		}
	}
	for e, tv := range info.Types {
		if tv.Type == nil {
			continue
		}
		if isComplex(tv.Type) {
			c.errorf(e.Pos(), "complex type %s is outside the goji subset", tv.Type)
		}
	}
	for id, obj := range info.Defs {
		if obj == nil {
			continue
		}
		if v, ok := obj.(*types.Var); ok && isComplex(v.Type()) {
			c.errorf(id.Pos(), "complex type %s is outside the goji subset", v.Type())
		}
		if tn, ok := obj.(*types.TypeName); ok {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				c.errorf(id.Pos(), "generic type %s is outside the goji subset", tn.Name())
			}
		}
	}
}

// isComplex reports whether t is, or is built directly from, a complex type.
func isComplex(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsComplex != 0
	case *types.Pointer:
		return isComplex(u.Elem())
	case *types.Slice:
		return isComplex(u.Elem())
	case *types.Array:
		return isComplex(u.Elem())
	case *types.Map:
		return isComplex(u.Key()) || isComplex(u.Elem())
	case *types.Chan:
		return isComplex(u.Elem())
	}
	return false
}

// compareAPI prints how each package's exported API differs from Go's.
func (c *checker) compareAPI(paths []string) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	totalMissing, totalDiff := 0, 0
	for _, p := range paths {
		mine := c.pkgs[p].pkg
		if mine == nil {
			continue
		}
		real, err := imp.Import(p)
		if err != nil {
			fmt.Printf("compare %s: %v\n", p, err)
			continue
		}
		var missing, diff []string
		qual := func(pk *types.Package) string { return pk.Path() }
		ts := func(t types.Type) string {
			s := types.TypeString(t, qual)
			if p == "os" {
				// os declares io/fs's FileMode, FileInfo, DirEntry and
				// PathError itself (goji has no io/fs).
				s = strings.ReplaceAll(s, "io/fs.", "os.")
			}
			return s
		}
		for _, name := range real.Scope().Names() {
			ro := real.Scope().Lookup(name)
			if !ro.Exported() {
				continue
			}
			mo := mine.Scope().Lookup(name)
			if mo == nil {
				missing = append(missing, name)
				continue
			}
			switch ro := ro.(type) {
			case *types.Const:
				mc, ok := mo.(*types.Const)
				if !ok {
					diff = append(diff, name+": not a constant")
				} else if ts(ro.Type()) != ts(mc.Type()) || ro.Val().ExactString() != mc.Val().ExactString() {
					diff = append(diff, fmt.Sprintf("%s: const %s = %s, want %s = %s", name, ts(mc.Type()), mc.Val().ExactString(), ts(ro.Type()), ro.Val().ExactString()))
				}
			case *types.Var, *types.Func:
				if fmt.Sprintf("%T", ro) != fmt.Sprintf("%T", mo) {
					diff = append(diff, name+": different kind of object")
				} else if ts(ro.Type()) != ts(mo.Type()) {
					diff = append(diff, fmt.Sprintf("%s: %s, want %s", name, ts(mo.Type()), ts(ro.Type())))
				}
			case *types.TypeName:
				mt, ok := mo.(*types.TypeName)
				if !ok {
					diff = append(diff, name+": not a type")
					continue
				}
				diff = append(diff, compareType(name, ro.Type(), mt.Type(), ts)...)
			}
		}
		if len(missing)+len(diff) > 0 {
			fmt.Printf("compare %s: %d missing, %d different\n", p, len(missing), len(diff))
			if len(missing) > 0 {
				fmt.Printf("    missing: %s\n", strings.Join(missing, " "))
			}
			for _, d := range diff {
				fmt.Printf("    differs: %s\n", d)
			}
		}
		totalMissing += len(missing)
		totalDiff += len(diff)
	}
	fmt.Printf("compare: %d missing, %d different (informational)\n", totalMissing, totalDiff)
}

func compareType(name string, rt, mt types.Type, ts func(types.Type) string) []string {
	var out []string
	switch ru := rt.Underlying().(type) {
	case *types.Struct:
		mu, ok := mt.Underlying().(*types.Struct)
		if !ok {
			return []string{name + ": not a struct"}
		}
		for i := 0; i < ru.NumFields(); i++ {
			f := ru.Field(i)
			if !f.Exported() {
				continue
			}
			found := false
			for j := 0; j < mu.NumFields(); j++ {
				g := mu.Field(j)
				if g.Name() == f.Name() {
					found = true
					if ts(g.Type()) != ts(f.Type()) {
						out = append(out, fmt.Sprintf("%s.%s: field type %s, want %s", name, f.Name(), ts(g.Type()), ts(f.Type())))
					}
				}
			}
			if !found {
				out = append(out, fmt.Sprintf("%s.%s: missing field", name, f.Name()))
			}
		}
	case *types.Interface:
		mu, ok := mt.Underlying().(*types.Interface)
		if !ok {
			return []string{name + ": not an interface"}
		}
		if ru.NumMethods() != mu.NumMethods() {
			out = append(out, fmt.Sprintf("%s: interface has %d methods, want %d", name, mu.NumMethods(), ru.NumMethods()))
		}
	default:
		if ts(rt.Underlying()) != ts(mt.Underlying()) {
			out = append(out, fmt.Sprintf("%s: underlying %s, want %s", name, ts(mt.Underlying()), ts(rt.Underlying())))
		}
	}
	if _, isIface := rt.Underlying().(*types.Interface); !isIface {
		rms := types.NewMethodSet(types.NewPointer(rt))
		mms := types.NewMethodSet(types.NewPointer(mt))
		for i := 0; i < rms.Len(); i++ {
			m := rms.At(i).Obj()
			if !m.Exported() {
				continue
			}
			sel := mms.Lookup(m.Pkg(), m.Name())
			if sel == nil {
				// Methods of embedded fields may come from another package.
				for j := 0; j < mms.Len(); j++ {
					if mms.At(j).Obj().Name() == m.Name() {
						sel = mms.At(j)
					}
				}
			}
			if sel == nil {
				out = append(out, fmt.Sprintf("%s.%s: missing method", name, m.Name()))
				continue
			}
			if ts(sel.Obj().Type()) != ts(m.Type()) {
				out = append(out, fmt.Sprintf("%s.%s: %s, want %s", name, m.Name(), ts(sel.Obj().Type()), ts(m.Type())))
			}
			// Receiver kind: value methods must stay value methods.
			rv := types.NewMethodSet(rt).Lookup(m.Pkg(), m.Name()) != nil
			mv := false
			vs := types.NewMethodSet(mt)
			for j := 0; j < vs.Len(); j++ {
				if vs.At(j).Obj().Name() == m.Name() {
					mv = true
				}
			}
			if rv != mv {
				out = append(out, fmt.Sprintf("%s.%s: receiver kind differs", name, m.Name()))
			}
		}
	}
	return out
}
