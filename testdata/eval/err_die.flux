display(v: "before")
die(msg: "something went wrong")
display(v: "after")
