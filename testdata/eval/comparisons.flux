1 == 1.0
1 < 2
uint(v: 1) == 1
display(v: -1 < uint(v: 0))
"B" < "a"
2021-01-01T00:00:00Z < 2022-01-01T00:00:00Z
1mo == 30d
bytes(v: "a") == bytes(v: "a")
"abc" =~ /b/
"abc" !~ /^b/
