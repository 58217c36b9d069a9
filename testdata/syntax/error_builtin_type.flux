builtin x : 
