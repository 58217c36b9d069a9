// Universe functions are in scope without an import and display their types
display(v: string)
display(v: length)
display(v: die)
