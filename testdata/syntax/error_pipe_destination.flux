x = data |> 1
