#!/bin/sh
# Writes tools/goji/startup.order: the functions a cached `goji run` executes,
# in callgrind's order, for the linker to place together. Before main, LLVM's
# static constructors run code spread over its whole text; each first touch of
# a page maps 64 KiB around it, so a cached hello world otherwise keeps ~15 MB
# of goji's text resident and spends milliseconds faulting it in. Functions
# not in the binary are ignored by the linker, so a stale list only costs
# some of the gain. Run from the repository root after a build, with valgrind
# installed:
#   tools/gen/startup_order.sh > tools/goji/startup.order
set -eu
goji=${1:-build/bin/goji}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$tmp/hello.go"
# The first run fills the cache under valgrind's CPU (part of the cache key),
# the second is the cached run that is recorded.
for out in "$tmp/fill.out" "$tmp/run.out"; do
  GOJICACHE="$tmp/cache" valgrind -q --tool=callgrind --demangle=no --callgrind-out-file="$out" \
    "$goji" run "$tmp/hello.go" >/dev/null
done
sed -n -E "s/^c?fn=\([0-9]+\) ([^ ]+)('[0-9]+)?$/\1/p" "$tmp/run.out" | grep -v -e '^0x' | awk '!seen[$0]++'
