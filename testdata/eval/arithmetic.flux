// Arithmetic on operands of one type. A line starting with - ( [ or / would continue
// the previous expression (newlines are whitespace in Flux), so such values are wrapped.
1 + 2 * 3
3 * (1 + 2)
9223372036854775807 + 1
uint(v: 0) - uint(v: 1)
7 / 2
display(v: -7 / 2)
display(v: -7 % 2)
7.0 / 2.0
1.0 / 0.0
display(v: -1.0 / 0.0)
5.5 % 2.0
2 ^ 10
2.0 ^ 0.5
display(v: -2 ^ 2)
"con" + "cat"
display(v: -1h)
