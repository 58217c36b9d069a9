a = r.x
b = r["with space"]
c = arr[0]
d = arr[i + 1][0]
e = r.x.y.z
f = f().x
g = r["${k}"]
