true and false
true or false
not true
not 1 == 2
false and die(msg: "never evaluated")
true or die(msg: "never evaluated")
if 1 < 2 then "yes" else die(msg: "never evaluated")
if false then 1 else 2
