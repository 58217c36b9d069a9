//! Byte spans into one source text, and line/column lookup for rendering.

use std::ops::Range;

/// A half-open byte range `start..end` into the source text.
///
/// Spans are two `u32`s so that every AST node stays small; line and column are
/// computed only when an error is rendered (see [`LineIndex`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets.
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The byte range as `usize`, for slicing the source.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Number of bytes covered.
    pub fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(clamp_u32(r.start), clamp_u32(r.end))
    }
}

fn clamp_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A 1-based line and column, the way Flux prints locations (`@1:5-1:7`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
}

/// Maps byte offsets of one source text to lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex<'s> {
    source: &'s str,
    line_starts: Vec<u32>,
}

impl<'s> LineIndex<'s> {
    /// Index the line starts of `source`.
    pub fn new(source: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| clamp_u32(i + 1)),
        );
        LineIndex { source, line_starts }
    }

    /// Line and column of a byte offset (offsets past the end map to the end).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(clamp_u32(self.source.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts[line] as usize;
        let mut end = offset as usize;
        while end > start && !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.source[start..end].chars().count() + 1;
        LineCol {
            line: clamp_u32(line + 1),
            column: clamp_u32(column),
        }
    }

    /// Flux's short location form, `L:C-L:C`.
    pub fn location(&self, span: Span) -> String {
        let a = self.line_col(span.start);
        let b = self.line_col(span.end);
        format!("{}:{}-{}:{}", a.line, a.column, b.line, b.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_are_one_based() {
        let idx = LineIndex::new("ab\ncd");
        assert_eq!(idx.location(Span::new(0, 2)), "1:1-1:3");
        assert_eq!(idx.location(Span::new(3, 5)), "2:1-2:3");
        assert_eq!(idx.location(Span::new(99, 99)), "2:3-2:3");
    }
}
