//! Host-provided packages: Rust functions a script reaches with `import "myorg/tools"`.

use std::sync::Arc;

use flux_eval::{Args, CallContext, NativeFunction, PackageSource, RuntimeError, Value};

/// A package the host writes in Rust (and optionally Flux). Each function is declared
/// with its Flux type, which names its parameters: `(a: int, ?b: int) => int` (`?b`
/// optional), `(<-tables: A, n: int) => A` (`<-` the pipe parameter). The function
/// reads them with the same typed reader the standard library uses.
///
/// ```
/// use flux::{Package, Runtime, Value};
///
/// let tools = Package::new("myorg/tools")
///     .function("add", "(a: int, ?b: int) => int", |args, _ctx| {
///         let a: i64 = args.required("a")?;
///         let b: i64 = args.optional("b")?.unwrap_or(1);
///         Ok(Value::from(a + b))
///     })
///     .flux("double = (x) => add(a: x, b: x)");
/// let runtime = Runtime::builder().package(tools).build();
/// let values = runtime.eval("import \"myorg/tools\"\ntools.add(a: 40, b: 2)\ntools.double(x: 4)")?;
/// assert_eq!(values, [Value::from(42), Value::from(8)]);
/// # Ok::<(), flux::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Package {
    path: Arc<str>,
    declarations: String,
    flux: String,
    natives: Vec<NativeFunction>,
}

impl Package {
    /// An empty package imported as `path`; scripts refer to it by the last segment
    /// of the path (`myorg/tools` → `tools`), which must be a Flux identifier.
    pub fn new(path: impl Into<Arc<str>>) -> Self {
        Package {
            path: path.into(),
            declarations: String::new(),
            flux: String::new(),
            natives: Vec::new(),
        }
    }

    /// Add a function `name` of Flux type `signature`, implemented by `func`.
    /// Errors `func` returns are reported as `error calling function "name" @L:C-L:C: …`.
    pub fn function(
        mut self,
        name: &str,
        signature: &str,
        func: impl Fn(&mut Args, &mut CallContext) -> Result<Value, RuntimeError> + Send + Sync + 'static,
    ) -> Self {
        self.declarations
            .push_str(&format!("builtin {name} : {signature}\n"));
        self.natives.push(NativeFunction::from_closure(name, func));
        self
    }

    /// Add Flux source to the package (members written in Flux; they may call the
    /// package's functions by their plain names).
    pub fn flux(mut self, source: &str) -> Self {
        self.flux.push_str(source);
        self.flux.push('\n');
        self
    }

    /// The import path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The package as the evaluator registers it: a `package` clause, one `builtin`
    /// declaration per function, the Flux members, and the natives.
    pub fn into_source(self) -> PackageSource {
        let name = self.path.rsplit('/').next().unwrap_or(&self.path).to_string();
        PackageSource {
            source: format!("package {name}\n\n{}\n{}", self.declarations, self.flux).into(),
            path: self.path.to_string().into(),
            natives: self.natives.into(),
        }
    }
}
