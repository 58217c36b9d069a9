//! A package's types summary: its members' types as Flux `builtin` declarations.
//!
//! Inferring the prelude's Flux-defined functions was two thirds of what a trivial
//! script cost at start-up. A summary written once ([`PackageTypes::summary`]) gives
//! the same types for a fraction of the work, and the prelude reads each member's
//! declaration only when a script first names it ([`Lazy`]). The host keeps the
//! summary beside the package source and tests that it is current (see
//! [`crate::Checker::with_summaries`]).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::sync::OnceLock;

use flux_syntax::ast::{Name, StatementKind};

use crate::env::{Binding, PackageTypes};
use crate::types::{PolyType, Type};

/// What begins each declaration: [`PackageTypes::summary`] writes one per line, and
/// the types it prints indent every continuation line.
const DECLARATION: &str = "\nbuiltin ";

impl PackageTypes {
    /// The package's members as `builtin name : type` declarations under its
    /// `package` clause, in name order: Flux source that
    /// [`crate::Checker::with_summaries`] reads back into the same types.
    pub fn summary(&self) -> String {
        let mut out = format!("package {}\n", self.name);
        for (name, ty) in &self.members {
            let _ = write!(out, "{DECLARATION}{name} : {ty}");
        }
        out.push('\n');
        out
    }
}

/// The declarations of a summary: the package name and `(member, declaration text)`.
fn declarations(text: &str) -> (Option<&str>, Vec<(&str, &str)>) {
    let package = text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("package "))
        .map(str::trim);
    let starts: Vec<usize> = text.match_indices(DECLARATION).map(|(i, _)| i + 1).collect();
    let ends = starts.iter().skip(1).map(|&s| s - 1).chain([text.len()]);
    let decls = starts
        .iter()
        .zip(ends)
        .filter_map(|(&start, end)| {
            let decl = text.get(start..end)?;
            let name = decl.strip_prefix("builtin ")?.split(" : ").next()?;
            Some((name, decl))
        })
        .collect();
    (package, decls)
}

/// The type of one `builtin name : type` declaration.
fn declaration(decl: &str) -> Result<PolyType, String> {
    let parsed = flux_syntax::parse(decl);
    if let Some(e) = parsed.errors.first() {
        return Err(e.message.clone());
    }
    match parsed.file.body.as_slice() {
        [stmt] => match &stmt.kind {
            StatementKind::Builtin(b) => {
                let mut errors = Vec::new();
                let ty = crate::convert::polytype(&b.ty, &mut errors);
                match errors.first() {
                    Some((_, message)) => Err(message.clone()),
                    None => Ok(ty),
                }
            }
            _ => Err("only builtin declarations belong in a summary".into()),
        },
        _ => Err(format!("not one declaration: {decl}")),
    }
}

/// The types of the package at `path` from its summary `text`, every member read.
pub(crate) fn read(path: &str, text: &str) -> Result<PackageTypes, String> {
    let bad = |what: String| format!("types summary of package {path}: {what}");
    let (package, decls) = declarations(text);
    let name = package.ok_or_else(|| bad("no package clause".into()))?;
    let mut members = BTreeMap::new();
    for (member, decl) in decls {
        members.insert(Name::from(member), declaration(decl).map_err(bad)?);
    }
    Ok(PackageTypes {
        path: path.to_string(),
        name: name.into(),
        members,
    })
}

/// A summary's members, each read on first lookup (a script names a handful of the
/// prelude's hundred-odd members).
#[derive(Debug)]
pub(crate) struct Lazy {
    members: HashMap<Name, (&'static str, OnceLock<Binding>)>,
}

impl Lazy {
    pub(crate) fn new(text: &'static str) -> Lazy {
        let members = declarations(text)
            .1
            .into_iter()
            .map(|(name, decl)| (Name::from(name), (decl, OnceLock::new())))
            .collect();
        Lazy { members }
    }

    /// The binding of `name`. A declaration that does not read (a summary edited by
    /// hand; the host's test catches it) binds the error type, which unifies with
    /// anything.
    pub(crate) fn get(&self, name: &str) -> Option<&Binding> {
        let (decl, cell) = self.members.get(name)?;
        Some(cell.get_or_init(|| {
            Binding::Value(declaration(decl).unwrap_or_else(|_| PolyType::mono(Type::Error)))
        }))
    }

    /// Every member, read.
    pub(crate) fn all(&self) -> impl Iterator<Item = (&Name, &Binding)> {
        self.members
            .keys()
            .filter_map(|name| Some((name, self.get(name)?)))
    }
}
