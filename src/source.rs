//! A file's text with a line index, to turn byte offsets into 1-based line and column.

use std::ops::Range;
use std::sync::OnceLock;

/// The text of one file as read from disk (without a byte-order mark).
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the ledger root, `/` separated.
    pub path: String,
    pub text: String,
    /// Where lines start and how many characters lie before each block, for a large text;
    /// built when a position is first asked for.
    index: OnceLock<Index>,
}

/// Texts up to this size are scanned for each position asked for; a larger one gets an
/// [`Index`], so that many findings in one huge file (100,000 parties, or 100,000 values on
/// one line) cost a lookup each rather than a scan.
const INDEX_FROM_BYTES: usize = 64 * 1024;

/// The index of a large text.
#[derive(Debug, Clone)]
struct Index {
    /// The byte offset where each line starts (the first is 0).
    lines: Vec<usize>,
    /// `chars[k]`: how many characters start before byte `k * BLOCK`.
    chars: Vec<usize>,
}

const BLOCK: usize = 256;

/// How many characters start in `bytes` (the bytes that are not UTF-8 continuation bytes).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A snippet shows at most this many characters before the marked span, and this many from it.
const SNIPPET_BEFORE: usize = 60;
const SNIPPET_FROM: usize = 120;

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
            index: OnceLock::new(),
        }
    }

    /// The index of a large text (`None` for a small one). The text is not expected to change
    /// once positions have been asked for.
    fn index(&self) -> Option<&Index> {
        if self.text.len() <= INDEX_FROM_BYTES {
            return None;
        }
        Some(self.index.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let newlines = bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n');
            let lines = std::iter::once(0)
                .chain(newlines.map(|(i, _)| i + 1))
                .collect();
            let mut chars = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut total = 0;
            for block in bytes.chunks(BLOCK) {
                chars.push(total);
                total += count_chars(block);
            }
            chars.push(total);
            Index { lines, chars }
        }))
    }

    /// How many characters start before byte `offset` (at most the text's length).
    fn chars_before(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let bytes = self.text.as_bytes();
        match self.index() {
            Some(index) => {
                let k = offset / BLOCK;
                index.chars[k] + count_chars(&bytes[k * BLOCK..offset])
            }
            None => count_chars(&bytes[..offset]),
        }
    }

    /// The byte offset where the line holding `offset` starts, and its 0-based number.
    /// Computed on demand: positions are needed only for findings, which are rare, and an
    /// index for every file of a large ledger would cost more than it saves.
    fn line_start(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if let Some(index) = self.index() {
            // The last line start at or before the offset (the first is 0).
            let line = index.lines.partition_point(|&start| start <= offset) - 1;
            return (index.lines[line], line);
        }
        let before = &self.text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        (start, line)
    }

    /// The byte offset where the next line starts after the line holding `offset` (or the
    /// end of the text).
    fn line_end(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if let Some(index) = self.index() {
            let next = index.lines.partition_point(|&start| start <= offset);
            return index.lines.get(next).copied().unwrap_or(self.text.len());
        }
        self.text.as_bytes()[offset..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.text.len(), |i| offset + i + 1)
    }

    /// The largest character boundary at or before `offset`.
    fn floor(&self, offset: usize) -> usize {
        let mut i = offset.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let (start, line) = self.line_start(offset);
        let end = self.floor(offset);
        let column = self.chars_before(end) - self.chars_before(start) + 1;
        (line + 1, column)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 {
            return "";
        }
        let start = match self.index() {
            Some(index) => match index.lines.get(line - 1) {
                Some(&start) => start,
                None => return "",
            },
            None => {
                let mut start = 0;
                for _ in 1..line {
                    match self.text[start..].find('\n') {
                        Some(i) => start += i + 1,
                        None => return "",
                    }
                }
                start
            }
        };
        let end = self.line_end(start);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// How many characters of `span` lie on its first line (at least 1), for the marker.
    pub fn marker_width(&self, span: &Range<usize>) -> usize {
        let line_end = self.line_end(span.start);
        let end = span.end.min(line_end).max(span.start);
        let (s, e) = (self.floor(span.start), self.floor(end));
        let body = self.text[s..e].trim_end_matches(['\n', '\r']);
        (self.chars_before(s + body.len()) - self.chars_before(s)).max(1)
    }

    /// The line of `span` to show under a finding, cut to a window around the span's start
    /// when it is long (an ellipsis marks each cut): the text, the 1-based column of the span
    /// in that text, and how many characters of the span it shows (at least 1).
    pub fn snippet(&self, span: &Range<usize>) -> (String, usize, usize) {
        let at = self.floor(span.start);
        let (start, _) = self.line_start(at);
        let end = self.line_end(at);
        let line = self.text[start..end].trim_end_matches(['\n', '\r']);
        let line_end = start + line.len();
        // Back from the span's start, and on from it, each a bounded number of characters.
        let from = self.text[start..at]
            .char_indices()
            .rev()
            .nth(SNIPPET_BEFORE - 1)
            .map_or(start, |(i, _)| start + i);
        let to = self.text[at.min(line_end)..line_end]
            .char_indices()
            .nth(SNIPPET_FROM)
            .map_or(line_end, |(i, _)| at + i);
        let mut text = String::with_capacity(to - from + 8);
        if from > start {
            text.push('…');
        }
        let column = count_chars(&self.text.as_bytes()[from..at]) + 1 + usize::from(from > start);
        text.push_str(&self.text[from..to]);
        if to < line_end {
            text.push('…');
        }
        let shown_end = span.end.clamp(at, to.max(at));
        let width = count_chars(&self.text.as_bytes()[at..self.floor(shown_end)]).max(1);
        (text, column, width)
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
        assert!(s.index().is_some());
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
    fn snippets_of_short_lines_are_the_whole_line() {
        let s = Source::new("a.toml", "a = 1\r\nnamé = \"é\"\nx = [1,\n  2]\n");
        for start in 0..s.text.len() {
            if !s.text.is_char_boundary(start) {
                continue;
            }
            for end in start..=s.text.len() {
                let span = start..end;
                let (line, column) = s.line_col(start);
                let (text, col, width) = s.snippet(&span);
                assert_eq!(text, s.line_text(line), "{span:?}");
                assert_eq!(col, column, "{span:?}");
                assert_eq!(width, s.marker_width(&span), "{span:?}");
            }
        }
    }

    #[test]
    fn snippets_of_long_lines_are_a_window_around_the_span() {
        for item in ["1", "\"é\u{301}\"", "\"\u{1F600}\""] {
            let line = format!("tags = [{}]", vec![item; 50_000].join(", "));
            let s = Source::new("a.toml", format!("a = 1\n{line}\r\nb = 2\n"));
            let first = s.text.find('[').unwrap_or(0) + 1;
            let step = item.len() + 2;
            for k in [0, 1, 59, 60, 61, 30_000, 49_999] {
                let span = first + k * step..first + k * step + item.len();
                let (text, column, width) = s.snippet(&span);
                let marked: String = text.chars().skip(column - 1).take(width).collect();
                assert_eq!(marked, item, "item {k}: {text}");
                assert!(
                    text.chars().count() <= SNIPPET_BEFORE + SNIPPET_FROM + 2,
                    "{k}"
                );
                let line_start = s.text.find("tags").unwrap_or(0);
                let line_end = s.text.find("\r\n").unwrap_or(0);
                let before = s.text[line_start..span.start].chars().count();
                let after = s.text[span.start..line_end].chars().count();
                assert_eq!(text.starts_with('…'), before > SNIPPET_BEFORE, "item {k}");
                assert_eq!(text.ends_with('…'), after > SNIPPET_FROM, "item {k}");
                // The line and column of the finding are the true ones.
                assert_eq!(s.line_col(span.start), (2, before + 1));
            }
        }
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let s = Source::new("a.toml", "\u{feff}id = 1");
        assert_eq!(s.text, "id = 1");
    }
}
