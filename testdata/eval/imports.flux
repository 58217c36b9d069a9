// import binds the package clause name; an alias overrides it
import "dict"
import j "json"

dict.fromList(pairs: [{key: 1, value: "foo"}, {key: 2, value: "bar"}])
dict.get(dict: [1: "foo", 2: "bar"], key: 1, default: "")
string(v: j.encode(v: {foo: "bar", baz: 123, quz: [4, 5, 6]}))
