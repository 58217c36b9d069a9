// An invalid regex literal is a syntax error, reported where the literal is.
ok = /a\/b+/
bad = /a(b/
r = "x" =~ /*/
