//! A snapshot of the session's bindings, for completion.

use flux::Value;

use super::complete::Names;

/// Names bound in the session and the importable packages, taken after each entry.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Every name in scope, the universe's included.
    pub names: Vec<String>,
    /// `(name, value)` of the bindings whose members can be completed (imports, variables).
    pub bindings: Vec<(String, Value)>,
    /// Importable package paths.
    pub packages: Vec<String>,
    /// `(name, fields)` of the session's bindings whose type is a record (or a
    /// package), for completing `name.` where the value says nothing (a function
    /// parameter's record is not a value yet; a stream is not a record).
    pub typed_fields: Vec<(String, Vec<String>)>,
}

impl Snapshot {
    /// What `session` knows now.
    pub fn of(session: &flux::Session) -> Snapshot {
        Snapshot {
            names: session.names().iter().map(|n| n.to_string()).collect(),
            bindings: session
                .bindings()
                .iter()
                .map(|(n, v)| (n.to_string(), v.clone()))
                .collect(),
            packages: session
                .runtime()
                .package_paths()
                .iter()
                .map(|p| p.to_string())
                .filter(|p| p != "universe")
                .collect(),
            typed_fields: session
                .bindings()
                .iter()
                .map(|(n, _)| {
                    let fields = session.fields_of(n).iter().map(|f| f.to_string()).collect();
                    (n.to_string(), fields)
                })
                .collect(),
        }
    }
}

impl Names for Snapshot {
    fn names_in_scope(&self) -> Vec<String> {
        self.names.clone()
    }

    fn package_paths(&self) -> Vec<String> {
        self.packages.clone()
    }

    fn members(&self, path: &[&str]) -> Vec<String> {
        let Some((first, rest)) = path.split_first() else {
            return Vec::new();
        };
        if rest.is_empty() {
            let by_value = self.members_by_value(first, rest);
            if !by_value.is_empty() {
                return by_value;
            }
            return self
                .typed_fields
                .iter()
                .rev()
                .find(|(n, _)| n == first)
                .map(|(_, fields)| fields.clone())
                .unwrap_or_default();
        }
        self.members_by_value(first, rest)
    }
}

impl Snapshot {
    /// Members of the value at `first.rest…`, from the value itself.
    fn members_by_value(&self, first: &str, rest: &[&str]) -> Vec<String> {
        let Some(mut value) = self
            .bindings
            .iter()
            .rev()
            .find(|(n, _)| n == first)
            .map(|(_, v)| v)
        else {
            return Vec::new();
        };
        for field in rest {
            match value {
                Value::Record(r) => match r.fields.get(*field) {
                    Some(v) => value = v,
                    None => return Vec::new(),
                },
                _ => return Vec::new(),
            }
        }
        match value {
            Value::Record(r) => r.fields.keys().map(|k| k.to_string()).collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &[(&str, Value)]) -> Value {
        Value::record(fields.iter().map(|(k, v)| (*k, v.clone())))
    }

    #[test]
    fn members_of_nested_records() {
        let inner = record(&[("x", Value::Int(1)), ("y", Value::Int(2))]);
        let snap = Snapshot {
            names: vec![],
            bindings: vec![
                ("r".into(), record(&[("a", inner), ("b", Value::Null)])),
                ("n".into(), Value::Int(1)),
            ],
            packages: vec![],
            typed_fields: vec![("s".into(), vec!["x".into()])],
        };
        assert_eq!(snap.members(&["s"]), vec!["x".to_string()]);
        assert_eq!(snap.members(&["r"]), vec!["a".to_string(), "b".to_string()]);
        assert_eq!(snap.members(&["r", "a"]), vec!["x".to_string(), "y".to_string()]);
        assert!(snap.members(&["r", "b"]).is_empty());
        assert!(snap.members(&["n"]).is_empty());
        assert!(snap.members(&["missing"]).is_empty());
    }
}
