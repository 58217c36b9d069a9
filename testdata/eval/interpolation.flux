// Interpolation formats values as string() does
"the answer is ${1m}"
"the answer is ${2016-06-13T17:43:50Z}"
x = 1000000.0
"x is ${x}"
"we ${"can ${"add" + "strings"}"} together"
"escaped \${not interpolated}"
