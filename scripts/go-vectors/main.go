// Command go-vectors prints test vectors computed by Go's standard library,
// which Go Flux calls for its math, strings and regexp packages. flux-rs's
// tests compare its own results with these, bit for bit and byte for byte.
//
//	cd scripts/go-vectors && go run . math > ../../testdata/go-vectors/math.txt
//	cd scripts/go-vectors && go run . strings > ../../testdata/go-vectors/strings.txt
//	cd scripts/go-vectors && go run . regexp > ../../testdata/go-vectors/regexp.txt
//	cd scripts/go-vectors && go run . tables > ../../crates/flux-stdlib/src/go/unicode_tables.rs
//
// `-n N` sets how many random inputs each math function gets (default 200);
// a large N is a deeper check that is not committed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
)

var out = bufio.NewWriter(os.Stdout)

func main() {
	n := flag.Int("n", 200, "random inputs per math function")
	flag.Parse()
	defer out.Flush()
	switch flag.Arg(0) {
	case "math":
		mathVectors(*n)
	case "strings":
		stringsVectors()
	case "tables":
		unicodeTables()
	case "regexp":
		regexpVectors()
	default:
		fmt.Fprintln(os.Stderr, "usage: go-vectors [-n N] math|strings|regexp|tables")
		os.Exit(2)
	}
}
