//! Lexical scopes: an immutable chain of frames. Adding a binding makes a new
//! scope that shares the old one, so a closure keeps exactly the bindings that were
//! visible when it was created.

use std::collections::HashMap;
use std::sync::Arc;

use crate::value::Value;

/// Frames with more bindings than this get a hash index.
const INDEX_THRESHOLD: usize = 8;

/// A set of bindings (innermost last); cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    head: Option<Arc<Frame>>,
}

#[derive(Debug)]
struct Frame {
    vars: Vec<(Arc<str>, Value)>,
    index: Option<HashMap<Arc<str>, usize>>,
    parent: Option<Arc<Frame>>,
}

impl Drop for Frame {
    /// Unlink the parent chain iteratively: a long chain must not overflow the stack.
    fn drop(&mut self) {
        let mut next = self.parent.take();
        while let Some(frame) = next {
            match Arc::try_unwrap(frame) {
                Ok(mut frame) => next = frame.parent.take(),
                Err(_) => break,
            }
        }
    }
}

impl Scope {
    /// An empty scope.
    pub fn new() -> Self {
        Scope::default()
    }

    /// This scope plus one frame holding `vars` (later names shadow earlier ones).
    pub fn with_frame(&self, vars: Vec<(Arc<str>, Value)>) -> Scope {
        if vars.is_empty() {
            return self.clone();
        }
        let index = (vars.len() > INDEX_THRESHOLD).then(|| {
            vars.iter()
                .enumerate()
                .map(|(i, (k, _))| (k.clone(), i))
                .collect()
        });
        Scope {
            head: Some(Arc::new(Frame {
                vars,
                index,
                parent: self.head.clone(),
            })),
        }
    }

    /// This scope plus one binding.
    pub fn with(&self, name: Arc<str>, value: Value) -> Scope {
        self.with_frame(vec![(name, value)])
    }

    /// The innermost value bound to `name`.
    pub fn lookup(&self, name: &str) -> Option<&Value> {
        let mut frame = self.head.as_deref();
        while let Some(f) = frame {
            let found = match &f.index {
                Some(index) => index.get(name).and_then(|&i| f.vars.get(i)),
                None => f.vars.iter().rev().find(|(k, _)| &**k == name),
            };
            if let Some((_, v)) = found {
                return Some(v);
            }
            frame = f.parent.as_deref();
        }
        None
    }

    /// Every visible binding (shadowed ones left out), innermost first.
    pub fn bindings(&self) -> Vec<(Arc<str>, Value)> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let mut frame = self.head.as_deref();
        while let Some(f) = frame {
            for (k, v) in f.vars.iter().rev() {
                if seen.insert(k.clone()) {
                    out.push((k.clone(), v.clone()));
                }
            }
            frame = f.parent.as_deref();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_bindings_shadow_outer_ones() {
        let outer = Scope::new().with("x".into(), Value::Int(1));
        let inner = outer.with("x".into(), Value::Int(2));
        assert_eq!(inner.lookup("x"), Some(&Value::Int(2)));
        assert_eq!(outer.lookup("x"), Some(&Value::Int(1)));
        assert_eq!(inner.lookup("y"), None);
        assert_eq!(inner.bindings().len(), 1);
    }

    #[test]
    fn long_chains_drop_without_recursion() {
        let handle = std::thread::Builder::new().stack_size(256 * 1024).spawn(|| {
            let mut s = Scope::new();
            for i in 0..200_000 {
                s = s.with("x".into(), Value::Int(i));
            }
            drop(s);
        });
        assert!(handle.map(|h| h.join().is_ok()).unwrap_or(false));
    }

    #[test]
    fn large_frames_are_indexed() {
        let vars = (0..20)
            .map(|i| (Arc::from(format!("v{i}")), Value::Int(i)))
            .collect();
        let s = Scope::new().with_frame(vars);
        assert_eq!(s.lookup("v17"), Some(&Value::Int(17)));
    }
}
