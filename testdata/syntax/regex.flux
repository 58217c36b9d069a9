matches = r.host =~ /^web-[0-9]+$/
fails = r.host !~ /a\/b\\c\d/
ratio = total / count / 2
slash = f() / 2
