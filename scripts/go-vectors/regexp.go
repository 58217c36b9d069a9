package main
func regexpVectors() {}
