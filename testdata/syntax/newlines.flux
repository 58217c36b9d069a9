x = 5
x
-1
a
[1]
f
(x: 3)
1500ms
-1h
