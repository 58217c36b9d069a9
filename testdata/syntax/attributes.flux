@edition("2022.1")
package attrs

@registry("fluxlang.dev")
import "array"

@deprecated
@since("0.1")
f = () => 1
