s = "plain"
e = "tab\there\nnewline \"quoted\" back\\slash \${not interpolated} \x41\xc3\xa9"
i = "host ${r.host} has ${r._value * 100.0}%"
n = "we ${"can ${"add" + "strings"}"} together"
m = "line one
line two"
d = "$ alone"
