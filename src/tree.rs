//! The spanned TOML tree that [`crate::parse::Reader`] walks, and the reader that builds it.
//!
//! Agreement files are plain TOML: `key = value` lines, `[table]` and `[[array]]` headers,
//! basic and literal strings, dates, integers, booleans, one-line arrays and inline tables.
//! [`parse`] reads that subset itself, several times faster than toml's general parser, and
//! hands any other text (any other syntax, anything toml could reject, any doubt) to
//! `toml::de::DeTable::parse`, converting its tree. The fast reader accepts only text that toml
//! accepts and builds the same tree from it: the same keys, values and byte spans ([`Table::iter`]
//! gives the keys in toml's sorted order either way). Findings therefore never depend on which
//! of the two read a file, and every syntax error is toml's own. `tests` compares the two on
//! many inputs.

use std::borrow::Cow;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::value::{Date, Datetime};

/// A value with its byte span: a scalar's text (strings with their quotes), an array or inline
/// table from its opening to its closing bracket, a `[table]` or `[[array]]` its header.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'i> {
    pub span: Range<usize>,
    pub value: Value<'i>,
}

impl Item<'_> {
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

/// A TOML value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'i> {
    String(Cow<'i, str>),
    /// The digits as toml gives them (`from_str_radix`-ready) and the radix.
    Integer(Cow<'i, str>, u32),
    /// Floats are never valid in an agreement; only their type is needed.
    Float,
    Boolean(bool),
    Datetime(Datetime),
    Array(Vec<Item<'i>>),
    Table(Table<'i>),
}

impl Value<'_> {
    /// The type's name, as toml's `DeValue::type_str` gives it.
    pub fn type_str(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Integer(..) => "integer",
            Value::Float => "float",
            Value::Boolean(_) => "boolean",
            Value::Datetime(_) => "datetime",
            Value::Array(_) => "array",
            Value::Table(_) => "table",
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// One `key = value` of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'i> {
    pub key: Cow<'i, str>,
    pub key_span: Range<usize>,
    pub value: Item<'i>,
}

/// A table: its entries in the file's order (fast reader) or in key order (toml), each key once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table<'i> {
    entries: Vec<Entry<'i>>,
}

impl<'i> Table<'i> {
    pub fn get(&self, key: &str) -> Option<&Item<'i>> {
        // Tables are small: a scan that compares lengths first beats a binary search.
        self.entries
            .iter()
            .find(|e| e.key.len() == key.len() && e.key == key)
            .map(|e| &e.value)
    }

    /// The entries in key order, as toml's map gives them.
    pub fn iter(&self) -> std::vec::IntoIter<&Entry<'i>> {
        let mut sorted: Vec<&Entry<'i>> = self.entries.iter().collect();
        sorted.sort_unstable_by(|a, b| a.key.cmp(&b.key));
        sorted.into_iter()
    }

    /// The entries in the order they are stored, for a pass over all of them that does not
    /// depend on their order (cheaper than [`Table::iter`]).
    pub fn entries(&self) -> &[Entry<'i>] {
        &self.entries
    }

    /// `None` when a key is there twice.
    fn from_entries(entries: Vec<Entry<'i>>) -> Option<Self> {
        let same = |a: &Entry<'_>, b: &Entry<'_>| a.key.len() == b.key.len() && a.key == b.key;
        let twice = if entries.len() <= 48 {
            (1..entries.len()).any(|i| entries[..i].iter().any(|f| same(f, &entries[i])))
        } else {
            let mut keys: Vec<&str> = entries.iter().map(|e| e.key.as_ref()).collect();
            keys.sort_unstable();
            keys.windows(2).any(|w| w[0] == w[1])
        };
        (!twice).then_some(Self { entries })
    }
}

/// Parses a TOML document: with the fast reader when the text is in its subset, else with
/// toml's parser (whose error is returned for text that is not TOML).
pub fn parse(text: &str) -> Result<Table<'_>, toml::de::Error> {
    if let Some(table) = parse_fast(text) {
        return Ok(table);
    }
    parse_toml(text)
}

/// Parses with toml's parser alone.
pub fn parse_toml(text: &str) -> Result<Table<'_>, toml::de::Error> {
    let root = DeTable::parse(text)?;
    Ok(from_de_table(root.into_inner()))
}

/// Whether the fast reader agrees with toml's parser on `text`: `None` when the fast reader
/// leaves the text to toml; else `Some(true)` when toml accepts the text too and builds the
/// same tree (tables compared in key order), `Some(false)` when it does not. For the fuzz
/// target, which asserts it on every input.
pub fn fast_agrees(text: &str) -> Option<bool> {
    let fast = parse_fast(text)?;
    Some(parse_toml(text).is_ok_and(|slow| in_key_order(fast) == slow))
}

/// The tree with every table in key order, as toml builds it.
fn in_key_order(mut t: Table<'_>) -> Table<'_> {
    fn item(it: &mut Item<'_>) {
        match &mut it.value {
            Value::Array(items) => items.iter_mut().for_each(item),
            Value::Table(t) => table(t),
            _ => {}
        }
    }
    fn table(t: &mut Table<'_>) {
        t.entries.sort_by(|a, b| a.key.cmp(&b.key));
        t.entries.iter_mut().for_each(|e| item(&mut e.value));
    }
    table(&mut t);
    t
}

/// Parses with the fast reader alone; `None` when the text is outside its subset.
pub fn parse_fast(text: &str) -> Option<Table<'_>> {
    Fast {
        text,
        b: text.as_bytes(),
        pos: 0,
    }
    .document()
}

fn from_de_table(t: DeTable<'_>) -> Table<'_> {
    // toml's map iterates in key order already.
    Table {
        entries: t
            .into_iter()
            .map(|(k, v)| {
                let key_span = k.span();
                Entry {
                    key: k.into_inner(),
                    key_span,
                    value: from_de_value(v),
                }
            })
            .collect(),
    }
}

fn from_de_value(v: toml::Spanned<DeValue<'_>>) -> Item<'_> {
    let span = v.span();
    let value = match v.into_inner() {
        DeValue::String(s) => Value::String(s),
        DeValue::Integer(i) => Value::Integer(Cow::Owned(i.as_str().to_owned()), i.radix()),
        DeValue::Float(_) => Value::Float,
        DeValue::Boolean(b) => Value::Boolean(b),
        DeValue::Datetime(d) => Value::Datetime(d),
        DeValue::Array(a) => Value::Array(a.into_iter().map(from_de_value).collect()),
        DeValue::Table(t) => Value::Table(from_de_table(t)),
    };
    Item { span, value }
}

/// Where `key = value` lines go: the root, a `[table]` or the last table of an `[[array]]`
/// (both by their index in the root's entries).
#[derive(Clone, Copy)]
enum Target {
    Root,
    Table(usize),
    ArrayLast(usize),
}

/// The fast reader: every method returns `None` as soon as the text leaves its subset.
struct Fast<'i> {
    text: &'i str,
    b: &'i [u8],
    pos: usize,
}

/// Bytes that may end a bare scalar (`true`, `12`, `2019-01-15`) in the subset.
fn ends_scalar(b: Option<&u8>) -> bool {
    matches!(
        b,
        None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b',' | b']' | b'}')
    )
}

fn is_bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// A control character that TOML does not allow in strings and comments (tab is allowed).
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

impl<'i> Fast<'i> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    fn document(mut self) -> Option<Table<'i>> {
        let mut root: Vec<Entry<'i>> = Vec::with_capacity(32);
        // Root indices of the `[table]`s and `[[array]]`s, whose keys are checked at the end.
        let mut headers: Vec<usize> = Vec::new();
        let mut target = Target::Root;
        loop {
            self.skip_ws();
            match self.peek() {
                None => break,
                Some(b'\n') => self.pos += 1,
                Some(b'\r') => self.newline()?,
                Some(b'#') => self.comment()?,
                Some(b'[') => {
                    let start = self.pos;
                    let array = self.b.get(start + 1) == Some(&b'[');
                    self.pos += if array { 2 } else { 1 };
                    let (key, key_span) = self.bare_key()?;
                    let close: &[u8] = if array { b"]]" } else { b"]" };
                    if !self.b[self.pos..].starts_with(close) {
                        return None;
                    }
                    self.pos += close.len();
                    let span = start..self.pos;
                    let table = Item {
                        span: span.clone(),
                        value: Value::Table(Table::default()),
                    };
                    if array {
                        let existing = headers.iter().copied().find(|&i| {
                            root[i].key == key && matches!(root[i].value.value, Value::Array(_))
                        });
                        match existing {
                            Some(i) => {
                                if let Value::Array(items) = &mut root[i].value.value {
                                    items.push(table);
                                }
                                target = Target::ArrayLast(i);
                            }
                            None => {
                                root.push(Entry {
                                    key,
                                    key_span,
                                    value: Item {
                                        span,
                                        value: Value::Array(vec![table]),
                                    },
                                });
                                headers.push(root.len() - 1);
                                target = Target::ArrayLast(root.len() - 1);
                            }
                        }
                    } else {
                        // A key defined twice is caught when the root is checked.
                        root.push(Entry {
                            key,
                            key_span,
                            value: table,
                        });
                        headers.push(root.len() - 1);
                        target = Target::Table(root.len() - 1);
                    }
                    self.line_end()?;
                }
                Some(b) if is_bare(b) => {
                    let entry = self.keyval()?;
                    match target {
                        Target::Root => root.push(entry),
                        Target::Table(i) => match &mut root[i].value.value {
                            Value::Table(t) => t.entries.push(entry),
                            _ => return None,
                        },
                        Target::ArrayLast(i) => match &mut root[i].value.value {
                            Value::Array(items) => match items.last_mut().map(|t| &mut t.value) {
                                Some(Value::Table(t)) => t.entries.push(entry),
                                _ => return None,
                            },
                            _ => return None,
                        },
                    }
                    self.line_end()?;
                }
                Some(_) => return None,
            }
        }
        for &i in &headers {
            match &mut root[i].value.value {
                Value::Table(t) => *t = Table::from_entries(std::mem::take(&mut t.entries))?,
                Value::Array(items) => {
                    for it in items {
                        if let Value::Table(t) = &mut it.value {
                            *t = Table::from_entries(std::mem::take(&mut t.entries))?;
                        }
                    }
                }
                _ => return None,
            }
        }
        Table::from_entries(root)
    }

    /// `\r\n` (a lone `\r` is left to toml).
    fn newline(&mut self) -> Option<()> {
        if self.b.get(self.pos..self.pos + 2) == Some(b"\r\n") {
            self.pos += 2;
            Some(())
        } else {
            None
        }
    }

    /// A comment up to (not including) the line end.
    fn comment(&mut self) -> Option<()> {
        self.pos += 1;
        let rest = &self.b[self.pos..];
        let n = rest
            .iter()
            .position(|&b| is_control(b))
            .unwrap_or(rest.len());
        self.pos += n;
        match rest.get(n) {
            None | Some(b'\n' | b'\r') => Some(()),
            Some(_) => None,
        }
    }

    /// After a value or header: spaces, an optional comment, then a line end or the end.
    fn line_end(&mut self) -> Option<()> {
        self.skip_ws();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.pos += 1;
                Some(())
            }
            Some(b'\r') => self.newline(),
            Some(_) => None,
        }
    }

    fn bare_key(&mut self) -> Option<(Cow<'i, str>, Range<usize>)> {
        let start = self.pos;
        let rest = &self.b[start..];
        let n = rest.iter().position(|&b| !is_bare(b)).unwrap_or(rest.len());
        if n == 0 {
            return None;
        }
        self.pos += n;
        Some((Cow::Borrowed(&self.text[start..self.pos]), start..self.pos))
    }

    /// `key = value` with a bare key (dotted keys are left to toml).
    fn keyval(&mut self) -> Option<Entry<'i>> {
        let (key, key_span) = self.bare_key()?;
        self.skip_ws();
        if self.peek() != Some(b'=') {
            return None;
        }
        self.pos += 1;
        self.skip_ws();
        let value = self.value(0)?;
        Some(Entry {
            key,
            key_span,
            value,
        })
    }

    /// A value; arrays and inline tables nest at most two deep.
    fn value(&mut self, depth: u8) -> Option<Item<'i>> {
        let start = self.pos;
        let value = match self.peek()? {
            b'"' => Value::String(self.basic_string()?),
            b'\'' => Value::String(self.literal_string()?),
            b't' | b'f' => {
                let rest = &self.b[start..];
                let (value, len) = if rest.starts_with(b"true") {
                    (true, 4)
                } else if rest.starts_with(b"false") {
                    (false, 5)
                } else {
                    return None;
                };
                self.pos += len;
                Value::Boolean(value)
            }
            b'0'..=b'9' => self.number_or_date()?,
            b'[' if depth < 2 => self.array(depth + 1)?,
            b'{' if depth < 2 => Value::Table(self.inline_table(depth + 1)?),
            _ => return None,
        };
        if !matches!(value, Value::Array(_) | Value::Table(_) | Value::String(_))
            && !ends_scalar(self.b.get(self.pos))
        {
            return None;
        }
        Some(Item {
            span: start..self.pos,
            value,
        })
    }

    /// A decimal integer without sign or underscores (at most 18 digits), or a local date
    /// `YYYY-MM-DD` that is a day of the calendar.
    fn number_or_date(&mut self) -> Option<Value<'i>> {
        let start = self.pos;
        let rest = &self.b[start..];
        self.pos += rest
            .iter()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(rest.len());
        let digits = &self.text[start..self.pos];
        if self.peek() == Some(b'-') && digits.len() == 4 {
            let d = self.b.get(start..start + 10)?;
            let two = |i: usize| -> Option<u8> {
                let (a, b) = (d[i], d[i + 1]);
                (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + (b - b'0'))
            };
            if d[7] != b'-' {
                return None;
            }
            let (month, day) = (two(5)?, two(8)?);
            let year: u16 = digits.parse().ok()?;
            let leap =
                year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                1..=12 => 31,
                _ => return None,
            };
            if day < 1 || day > days {
                return None;
            }
            self.pos = start + 10;
            return Some(Value::Datetime(Datetime {
                date: Some(Date { year, month, day }),
                time: None,
                offset: None,
            }));
        }
        if digits.len() > 18 || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        Some(Value::Integer(Cow::Borrowed(digits), 10))
    }

    /// `"..."` on one line, with the escapes `\" \\ \b \t \n \f \r \uXXXX \UXXXXXXXX`.
    fn basic_string(&mut self) -> Option<Cow<'i, str>> {
        self.pos += 1;
        let start = self.pos;
        if self.b[start..].starts_with(b"\"\"") {
            return None; // a multi-line string
        }
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            // Up to the next quote, backslash or control character.
            let rest = &self.b[self.pos..];
            self.pos += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || is_control(b))?;
            let b = self.b[self.pos];
            match b {
                b'"' => {
                    let end = self.pos;
                    self.pos += 1;
                    return Some(match owned {
                        None => Cow::Borrowed(&self.text[start..end]),
                        Some(mut s) => {
                            s.push_str(&self.text[run..end]);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.pos]);
                    let c = match *self.b.get(self.pos + 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'b' => '\u{8}',
                        b't' => '\t',
                        b'n' => '\n',
                        b'f' => '\u{c}',
                        b'r' => '\r',
                        e @ (b'u' | b'U') => {
                            let n = if e == b'u' { 4 } else { 8 };
                            let hex = self.text.get(self.pos + 2..self.pos + 2 + n)?;
                            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                                return None;
                            }
                            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                            self.pos += n;
                            c
                        }
                        _ => return None,
                    };
                    s.push(c);
                    self.pos += 2;
                    run = self.pos;
                }
                _ => return None, // a control character
            }
        }
    }

    /// `'...'` on one line.
    fn literal_string(&mut self) -> Option<Cow<'i, str>> {
        self.pos += 1;
        let start = self.pos;
        if self.b[start..].starts_with(b"''") {
            return None; // a multi-line string
        }
        let n = self.b[start..]
            .iter()
            .position(|&b| b == b'\'' || is_control(b))?;
        if self.b[start + n] != b'\'' {
            return None;
        }
        self.pos = start + n + 1;
        Some(Cow::Borrowed(&self.text[start..start + n]))
    }

    /// Spaces, line ends and comments, as allowed between the values of an array.
    fn skip_ws_comment_newline(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.pos += 1,
                Some(b'\r') => self.newline()?,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// `[a, b, ...]`, over several lines or one.
    fn array(&mut self, depth: u8) -> Option<Value<'i>> {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_ws_comment_newline()?;
            if self.peek()? == b']' {
                self.pos += 1;
                return Some(Value::Array(items));
            }
            items.push(self.value(depth)?);
            self.skip_ws_comment_newline()?;
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(Value::Array(items));
                }
                _ => return None,
            }
        }
    }

    /// `{ k = v, ... }` on one line, without a trailing comma.
    fn inline_table(&mut self, depth: u8) -> Option<Table<'i>> {
        self.pos += 1;
        let mut entries = Vec::new();
        self.skip_ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(Table::default());
        }
        loop {
            let (key, key_span) = self.bare_key()?;
            self.skip_ws();
            if self.peek()? != b'=' {
                return None;
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value(depth)?;
            entries.push(Entry {
                key,
                key_span,
                value,
            });
            self.skip_ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.skip_ws();
                }
                b'}' => {
                    self.pos += 1;
                    return Table::from_entries(entries);
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the fast reader accepts, toml accepts with the same tree.
    fn agrees(text: &str) -> bool {
        let Some(fast) = parse_fast(text) else {
            return false;
        };
        match parse_toml(text) {
            Ok(slow) => assert_eq!(in_key_order(fast), slow, "different trees for {text:?}"),
            Err(e) => panic!("the fast reader accepted what toml rejects ({e}): {text:?}"),
        }
        assert_eq!(fast_agrees(text), Some(true));
        true
    }

    const SAMPLE: &str = "id = \"KS-2019-001\"\ntitle = 'Kerja \"sama\"'  # note\n\
        affairs = [\"kesehatan\", \"sosial\",]\nsigned = 2019-01-15\nvalue_idr = 993000000\n\
        burdens_region = false\nwaive = { pks-max-five-years = \"a\\tb\\u00e9\", x = [1, 2] }\n\
        empty = []\nnone = {}\n\n[dprd_approval]\nnumber = \"1\\\\2\"\ndate = 2018-10-04\n\n\
        [[parties]]\nname = \"Pemerintah Kabupaten Sidoarjo\"\ntype = \"kabupaten\"\n\
        proxy = { number = \"800/1\", date = 2019-06-04 }\n\n[[parties]]\nname = \"PT Ä\"\n\
        legal_entity = true\n# the end\n[[monitoring]]\nyear = 2019\n";

    #[test]
    fn the_sample_is_read_fast_and_alike() {
        assert!(agrees(SAMPLE));
        assert!(agrees(&SAMPLE.replace('\n', "\r\n")));
        assert!(agrees(""));
        assert!(agrees("\n\n# only a comment"));
    }

    #[test]
    fn small_cases_agree() {
        let cases = [
            "a = 1#c",
            "a = true}",
            "a = truex",
            "a = 0",
            "a = 00",
            "a = 01",
            "a = -1",
            "a = +1",
            "a = 1_000",
            "a = 0x1f",
            "a = 1.5",
            "a = 1e5",
            "a = inf",
            "a = 99999999999999999999999",
            "a = 999999999999999999",
            "a = 2019-02-29",
            "a = 2020-02-29",
            "a = 2019-13-01",
            "a = 2019-00-01",
            "a = 2019-01-00",
            "a = 0000-01-01",
            "a = 2019-01-15T10:00:00",
            "a = 2019-01-15 10:00:00",
            "a = 2019-01-15 # c",
            "a = 10:00:00",
            "a = 2019-1-15",
            "a = 20190-01-15",
            "a =",
            "a = \"x\" b = 1",
            "a = 1\na = 2",
            "a = 1\n[a]",
            "[a]\n[a]",
            "[a]\nx = 1\n[[a]]",
            "[[a]]\n[a]",
            "[[a]]\nx = 1\n[[a]]\nx = 2\n[b]\ny = 3",
            "a = [1]\n[[a]]",
            "[ a ]",
            "[a.b]",
            "a.b = 1",
            "\"a\" = 1",
            "'a' = 1",
            "a = \"\"",
            "a = \"\"\"x\"\"\"",
            "a = ''",
            "a = '''x'''",
            "a = \"\\e\"",
            "a = \"\\x41\"",
            "a = \"\\ud800\"",
            "a = \"\\U0001F600\"",
            "a = \"tab\there\"",
            "a = \"ctl\u{1}\"",
            "a = 'ctl\u{7f}'",
            "# ctl \u{1}",
            "a = 1\r",
            "a = 1\rb = 2",
            "a = [1, 2,, 3]",
            "a = [,]",
            "a = [\n1]",
            "a = [ # c\n  1, # d\r\n  2\n\n,]",
            "a = [ # c\u{1}\n 1]",
            "a = [1\n,\n]\nb = 2",
            "a = [\n",
            "a = [[1], [\"x\"]]",
            "a = [[[1]]]",
            "a = [{x = 1}]",
            "a = {x = 1,}",
            "a = {x = 1, x = 2}",
            "a = {x = {y = 1}}",
            "a = {x = 1\n}",
            "a = { }",
            "a = {x=1,y=2}",
            "1 = 2",
            "true = false",
            "2019-01-01 = 1",
            "a-b_c = 1",
            "a = 1 \t",
            "\t a = 1",
            "a = é",
            "é = 1",
        ];
        let mut fast = 0;
        for c in cases {
            fast += usize::from(agrees(c));
        }
        assert!(fast > 20, "only {fast} cases were read fast");
    }

    /// One-character edits of the sample anywhere: each either read fast and alike, or left to
    /// toml.
    #[test]
    fn edited_samples_agree() {
        let inserts = [
            "\"", "'", "[", "]", "{", "}", ",", "=", "#", ".", " ", "\n", "\r", "\t", "\\", "x",
            "0", "-", ":", "T", "\u{0}", "é", "\"\"", "''", "[[", "]]",
        ];
        let chars: Vec<(usize, char)> = SAMPLE.char_indices().collect();
        let mut fast = 0;
        for &(i, _) in &chars {
            let mut deleted = SAMPLE.to_owned();
            deleted.remove(i);
            fast += usize::from(agrees(&deleted));
            for ins in inserts {
                let mut edited = SAMPLE.to_owned();
                edited.insert_str(i, ins);
                fast += usize::from(agrees(&edited));
            }
        }
        assert!(fast > chars.len(), "only {fast} edits were read fast");
    }

    /// `KERJASAMA_TREE_CORPUS=DIR cargo test --release --lib -- --ignored corpus`: every
    /// `*.toml` under DIR (a generated ledger, `tests/`).
    #[test]
    #[ignore]
    fn corpus_agrees() {
        let Some(dir) = std::env::var_os("KERJASAMA_TREE_CORPUS") else {
            return;
        };
        let (mut n, mut fast) = (0, 0);
        for e in walkdir::WalkDir::new(dir) {
            let e = e.expect("walk");
            if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") {
                // Files that are not UTF-8 never reach the parser.
                let Ok(text) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                n += 1;
                fast += usize::from(agrees(&text));
            }
        }
        eprintln!("{fast} of {n} files read fast, the others by toml");
    }
}
