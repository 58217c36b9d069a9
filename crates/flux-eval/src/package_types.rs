//! The types of the functions a package defines in Flux, for their values to display as
//! their type (`(<-tables: stream[A]) => stream[B]`), worked out when first displayed.

use std::sync::{Arc, OnceLock};

use flux_semantic::{Checker, Types};
use flux_syntax::Span;

use crate::closure::FunctionTypes;

/// A package's function literal types, by span in its source. Loading a package does
/// not record them (start-up would pay for every package); the first display of one of
/// its functions checks the package again with them recorded.
pub(crate) struct PackageFunctionTypes {
    checker: Arc<Checker>,
    path: Arc<str>,
    types: OnceLock<Option<Types>>,
}

impl PackageFunctionTypes {
    pub(crate) fn new(checker: Arc<Checker>, path: &str) -> Self {
        PackageFunctionTypes {
            checker,
            path: path.into(),
            types: OnceLock::new(),
        }
    }
}

impl FunctionTypes for PackageFunctionTypes {
    fn function_type(&self, span: Span) -> Option<String> {
        self.types
            .get_or_init(|| self.checker.package_function_types(&self.path).ok())
            .as_ref()?
            .function_value_type(span)
    }
}
