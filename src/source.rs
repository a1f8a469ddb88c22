//! A file's text with a line index, to turn byte offsets into 1-based line and column.

use std::ops::Range;
use std::sync::OnceLock;

/// The text of one file as read from disk (without a byte-order mark).
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the ledger root, `/` separated.
    pub path: String,
    pub text: String,
    /// Where each line starts, for a large text, built when a position is first asked for.
    lines: OnceLock<Vec<usize>>,
}

/// Texts up to this size are scanned for each position asked for; a larger one gets a line
/// index, so that many findings in one huge file (100,000 parties) cost no more than a scan.
const INDEX_FROM_BYTES: usize = 64 * 1024;

impl Source {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        Self {
            path: path.into(),
            text,
            lines: OnceLock::new(),
        }
    }

    /// The start of every line of a large text (`None` for a small one). The text is not
    /// expected to change once positions have been asked for.
    fn line_index(&self) -> Option<&[usize]> {
        if self.text.len() <= INDEX_FROM_BYTES {
            return None;
        }
        let index = self.lines.get_or_init(|| {
            let newlines = self.text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
            std::iter::once(0)
                .chain(newlines.map(|(i, _)| i + 1))
                .collect()
        });
        Some(index)
    }

    /// The byte offset where the line holding `offset` starts, and its 0-based number.
    /// Computed on demand: positions are needed only for findings, which are rare, and a line
    /// index for every file of a large ledger would cost more than it saves.
    fn line_start(&self, offset: usize) -> (usize, usize) {
        if let Some(index) = self.line_index() {
            let offset = offset.min(self.text.len());
            // The last line start at or before the offset (the first is 0).
            let line = index.partition_point(|&start| start <= offset) - 1;
            return (index[line], line);
        }
        let before = &self.text.as_bytes()[..offset.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        (start, line)
    }

    /// The byte offset where the next line starts (or the end of the text).
    fn line_end(&self, offset: usize) -> usize {
        self.text.as_bytes()[offset.min(self.text.len())..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.text.len(), |i| offset + i + 1)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let (start, line) = self.line_start(offset);
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.text[start..end].chars().count() + 1;
        (line + 1, column)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 {
            return "";
        }
        if let Some(index) = self.line_index() {
            let Some(&start) = index.get(line - 1) else {
                return "";
            };
            let end = self.line_end(start);
            return self.text[start..end].trim_end_matches(['\n', '\r']);
        }
        let mut start = 0;
        for _ in 1..line {
            match self.text[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return "",
            }
        }
        let end = self.line_end(start);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// How many characters of `span` lie on its first line (at least 1), for the marker.
    pub fn marker_width(&self, span: &Range<usize>) -> usize {
        let line_end = self.line_end(span.start);
        let end = span.end.min(line_end).max(span.start);
        let mut s = span.start.min(self.text.len());
        while !self.text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = end.min(self.text.len());
        while !self.text.is_char_boundary(e) {
            e -= 1;
        }
        self.text[s..e]
            .trim_end_matches(['\n', '\r'])
            .chars()
            .count()
            .max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let s = Source::new("a.toml", "a = 1\r\nnamé = \"é\"\nx");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(7), (2, 1));
        let off = s.text.find("= \"é").unwrap_or(0);
        assert_eq!(s.line_col(off), (2, 6));
        assert_eq!(s.line_text(2), "namé = \"é\"");
        assert_eq!(s.line_text(1), "a = 1");
        assert_eq!(s.line_col(s.text.len()), (3, 2));
    }

    #[test]
    fn large_texts_give_the_same_positions_by_their_index() {
        let mut text = String::from("é\r\n\n");
        while text.len() <= INDEX_FROM_BYTES {
            text.push_str("name = \"Pemerintah Kabupaten Sidoarjo é\"\r\nx\n\n");
        }
        let s = Source::new("a.toml", text);
        assert!(s.line_index().is_some());
        // Every offset against a plain count.
        let (mut start, mut line) = (0, 0);
        for (off, b) in s.text.bytes().enumerate() {
            assert_eq!(s.line_start(off), (start, line), "at {off}");
            if b == b'\n' {
                (start, line) = (off + 1, line + 1);
            }
        }
        assert_eq!(s.line_start(s.text.len()), (start, line));
        let last = s.text.lines().count();
        for line in [1, 2, 3, 4, last, last + 1, last + 2] {
            let expected = s
                .text
                .lines()
                .nth(line - 1)
                .unwrap_or("")
                .trim_end_matches('\r');
            assert_eq!(s.line_text(line), expected, "line {line}");
        }
        assert_eq!(s.line_col(s.text.len()), (last + 1, 1));
        assert_eq!(s.line_col(1), (1, 1), "inside the first character");
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let s = Source::new("a.toml", "\u{feff}id = 1");
        assert_eq!(s.text, "id = 1");
    }
}
