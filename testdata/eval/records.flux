r = {name: "cpu", value: 0.5, tags: ["a", "b"]}
r.name
r["value"]
r.tags[1]
{r with value: 0.75, host: "h1"}
{r with value: "changed type"}
exists r.name
{a: 1} == {a: 1}
