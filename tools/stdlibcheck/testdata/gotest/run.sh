#!/bin/bash
# run.sh runs Go 1.19's own test suites against goji's stdlib under the real
# Go toolchain, to check the Go parts of the ports. It builds a throw-away
# module "gt" holding a copy of every stdlib package (imports rewritten to
# "gt/<path>", bodyless functions replaced by the shims in shims/, which
# implement them with the real standard library), plus copies of Go's bytes
# and testing/iotest built on the goji io, then runs each package's
# Test* functions from $GOROOT/src/<pkg>.
#
# Usage: run.sh [pkg ...]      (default: the packages listed below)
#
# Expected failures, which are not bugs in the ports:
#   strings, bufio: allocation-count tests (Builder.String copies here);
#   fmt: tests that scan complex numbers (not in the goji subset), and
#        tests of Formatter (the shim prints with the real fmt, which does
#        not recognise goji's fmt.Formatter and fmt.State);
#   time: tests that need $GOROOT/lib/time/zoneinfo.zip when it is absent;
#   errors: TestAs case 2, which expects os errors to be *io/fs.PathError.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
STDLIB=${STDLIB:-$(cd "$HERE/../../../../stdlib" && pwd)}
GOSRC=$(go env GOROOT)/src
PKGS="errors,unicode/utf8,math/bits,unicode,sync/atomic,sync,io,runtime,math,strconv,strings,sort,bufio,time,os,fmt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
GT=$WORK/gt

(cd "$HERE/prep" && go build -o "$WORK/prep" .)
mkdir -p "$GT"
printf 'module gt\n\ngo 1.19\n' > "$GT/go.mod"
for p in ${PKGS//,/ }; do
	"$WORK/prep" "$STDLIB/$p" "$GT/$p" "$PKGS"
	[ -f "$HERE/shims/$p/zz_shim.go" ] && cp "$HERE/shims/$p/zz_shim.go" "$GT/$p/"
done
mkdir -p "$GT/internal" && cp -r "$HERE/shims/internal/"* "$GT/internal/"
for p in bytes testing/iotest; do
	mkdir -p "$WORK/src/$p" && cp "$GOSRC/$p/"*.go "$WORK/src/$p/" && rm -f "$WORK/src/$p/"*_test.go
	"$WORK/prep" "$WORK/src/$p" "$GT/$p" "$PKGS" keep
done
(cd "$GT" && go build ./... && go vet ./...)

# Test files of Go's that cannot build against the ports (they reach into
# internals the ports do not have, or into excluded features).
exclude() {
	case $1 in
	strconv) echo internal_test.go decimal_test.go atoc_test.go ctoa_test.go ftoaryu_test.go ;;
	math) echo export_test.go ;;
	sync) echo export_test.go pool_test.go ;;
	sync/atomic) echo atomic_test.go ;;
	time) echo internal_test.go tzdata_test.go ;;
	esac
}

status=0
for p in ${@:-errors unicode unicode/utf8 math/bits sync/atomic sync io math strconv strings sort bufio time fmt}; do
	t=$WORK/tests/$p
	mkdir -p "$t" && cp "$GOSRC/$p/"*_test.go "$t/"
	for x in $(exclude "$p"); do rm -f "$t/$x"; done
	"$WORK/prep" "$t" "$GT/$p" "$PKGS" keep
	cp "$HERE/shims/$p/"*_test.go "$GT/$p/" 2>/dev/null || true
	[ -d "$GOSRC/$p/testdata" ] && cp -r "$GOSRC/$p/testdata" "$GT/$p/"
	echo "=== $p"
	(cd "$GT/$p" && go test -count=1 -run '^Test' . 2>&1 | grep -E '^(--- FAIL|ok|FAIL)' ) || status=1
done
exit $status
