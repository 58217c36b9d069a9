//! docs/stdlib.md: one markdown page for every package, generated from the docs.

use super::{BuiltinDoc, PackageDoc};

/// The markdown reference of `packages` (universe first, then by import path).
pub fn stdlib_markdown(packages: &[PackageDoc]) -> String {
    let mut sorted: Vec<&PackageDoc> = packages.iter().collect();
    sorted.sort_by_key(|p| (p.path != "universe", p.path.clone()));
    let mut out = String::from(
        "# Flux standard library\n\n\
         <!-- Generated from stdlib/**/*.flux by `UPDATE_DOCS=1 cargo test -p flux --test doc_examples`. Do not edit. -->\n\n\
         The packages flux-rs provides and every function they declare. The examples are run by\n\
         `cargo test` (see [subset.md](subset.md) for what is supported; how to write doc comments\n\
         and examples: [crates/flux/src/docs/mod.rs](../crates/flux/src/docs/mod.rs)).\n\n",
    );
    for package in &sorted {
        out.push_str(&format!(
            "- [`{}`](#{}): {}\n",
            package.path,
            anchor(&package.path),
            summary(&package.doc)
        ));
    }
    for package in sorted {
        out.push('\n');
        out.push_str(&package_section(package));
    }
    out
}

fn package_section(package: &PackageDoc) -> String {
    let mut out = format!("## {}\n\n", package.path);
    if package.path == "universe" {
        out.push_str("Always in scope: no import needed.\n\n");
    } else {
        out.push_str(&format!("```js\nimport \"{}\"\n```\n\n", package.path));
    }
    push_doc(&mut out, &package.doc, 1);
    let prefix = if package.path == "universe" {
        String::new()
    } else {
        format!("{}.", package.name)
    };
    for group in shared_docs(&package.builtins) {
        let names: Vec<String> = group.iter().map(|b| format!("{prefix}{}", b.name)).collect();
        let declarations: Vec<&str> = group.iter().map(|b| b.declaration.as_str()).collect();
        out.push_str(&format!("### {}\n\n", names.join(", ")));
        out.push_str(&format!("```js\n{}\n```\n\n", declarations.join("\n")));
        push_doc(&mut out, &group[0].doc, 2);
    }
    out
}

/// Builtins in source order, those sharing one doc comment grouped together.
pub(super) fn shared_docs(builtins: &[BuiltinDoc]) -> Vec<Vec<&BuiltinDoc>> {
    let mut groups: Vec<Vec<&BuiltinDoc>> = Vec::new();
    for builtin in builtins {
        match groups.last_mut() {
            Some(group)
                if !builtin.doc.is_empty()
                    && group
                        .iter()
                        .any(|b| b.doc_line == builtin.doc_line && b.doc == builtin.doc) =>
            {
                group.push(builtin)
            }
            _ => groups.push(vec![builtin]),
        }
    }
    groups
}

/// Append a doc comment: headings moved `demote` levels down, Flux fences shown as `js`
/// (the nearest highlighting GitHub has) without their `no_run` reason.
fn push_doc(out: &mut String, doc: &str, demote: usize) {
    if doc.trim().is_empty() {
        return;
    }
    let mut in_fence = false;
    for line in doc.lines() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            let first = info.split_whitespace().next().unwrap_or("");
            if !in_fence && matches!(first, "" | "flux" | "no_run") {
                out.push_str("```js\n");
            } else {
                out.push_str(line);
                out.push('\n');
            }
            in_fence = !in_fence;
            continue;
        }
        if !in_fence && line.starts_with('#') {
            out.push_str(&"#".repeat(demote));
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
}

/// The first sentence of a doc comment, on one line.
fn summary(doc: &str) -> String {
    let paragraph: Vec<&str> = doc.lines().take_while(|l| !l.trim().is_empty()).collect();
    let text = paragraph.join(" ");
    match text.find(". ") {
        Some(end) => text[..=end].to_string(),
        None => text,
    }
}

/// GitHub's heading anchor for a package path (`experimental/influxdb` → `experimentalinfluxdb`).
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
