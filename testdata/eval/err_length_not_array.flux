length(arr: "abc")
