package main
func stringsVectors() {}
