//! Rendering errors at the edge.

/// `error` as text for standard error, ending with a newline.
pub fn render(error: &flux::Error, name: &str, color: bool) -> String {
    let _ = (name, color);
    format!("{}\n", error.render_plain())
}
