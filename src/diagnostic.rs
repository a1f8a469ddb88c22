//! Findings as plain values, and the three ways to print them: human, JSON and GitHub.

use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

use crate::i18n::{Lang, Message};
use crate::source::Source;
use crate::tr;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The severity as a word for people, in `lang` (the human format of `check`, `rules`).
    pub fn text(self, lang: Lang) -> String {
        match self {
            Severity::Error => tr!(lang, "severity-error"),
            Severity::Warning => tr!(lang, "severity-warning"),
        }
    }
}

/// A place in a file of the ledger.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Location {
    /// A place without a line: the file as a whole.
    pub fn file(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            column: None,
        }
    }

    /// The place of a byte span in a source.
    pub fn at(source: &Source, span: &Range<usize>) -> Self {
        let (line, column) = source.line_col(span.start);
        Self {
            file: source.path.clone(),
            line: Some(line),
            column: Some(column),
        }
    }
}

/// The source line shown under a human diagnostic (a window of it when it is long, see
/// [`Source::snippet`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Where the marker starts in `text` (1-based, in characters).
    pub column: usize,
    pub width: usize,
}

/// A finding of a rule, before its severity is known.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static str,
    pub location: Location,
    pub snippet: Option<Snippet>,
    /// What it says, put into words in the language of the output.
    pub message: Message,
    pub related: Vec<Location>,
}

impl Finding {
    /// A finding at a span of a source.
    pub fn at(
        rule: &'static str,
        source: &Source,
        span: &Range<usize>,
        message: impl Into<Message>,
    ) -> Self {
        let location = Location::at(source, span);
        let snippet = location.line.map(|_| {
            let (text, column, width) = source.snippet(span);
            Snippet {
                text,
                column,
                width,
            }
        });
        Self {
            rule,
            location,
            snippet,
            message: message.into(),
            related: Vec::new(),
        }
    }

    /// A finding about a file as a whole (no line).
    pub fn whole(rule: &'static str, file: &str, message: impl Into<Message>) -> Self {
        Self {
            rule,
            location: Location::file(file),
            snippet: None,
            message: message.into(),
            related: Vec::new(),
        }
    }

    /// At a span when there is one, else about the file as a whole.
    pub fn maybe_at(
        rule: &'static str,
        source: &Source,
        span: Option<&Range<usize>>,
        message: impl Into<Message>,
    ) -> Self {
        match span {
            Some(span) => Self::at(rule, source, span, message),
            None => Self::whole(rule, &source.path, message),
        }
    }

    pub fn with_related(mut self, related: Vec<Location>) -> Self {
        self.related = related;
        self
    }
}

/// A finding with its severity, as reported.
#[derive(Clone, Debug, Serialize)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub id: Option<String>,
    pub message: String,
    /// The rule's basis in the language of the output; `None` where the rule cites none.
    pub basis: Option<String>,
    pub related: Vec<Location>,
    #[serde(skip)]
    pub snippet: Option<Snippet>,
}

impl Diagnostic {
    /// A finding at the severity it has, with the rule's basis and its message in `lang`;
    /// `related` sorted.
    pub fn from_finding(f: Finding, severity: Severity, id: Option<&str>, lang: Lang) -> Self {
        let mut related = f.related;
        related.sort();
        Self {
            rule: f.rule,
            severity,
            file: f.location.file,
            line: f.location.line,
            column: f.location.column,
            id: id.map(str::to_owned),
            message: f.message.text(lang),
            basis: crate::rules::catalogue::get(f.rule).basis_in(lang),
            related,
            snippet: f.snippet,
        }
    }

    /// The order of FORMAT.md: file, then line (none first), then rule; column and message
    /// make it total.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (&self.file, self.line, self.rule, self.column, &self.message)
    }
}

/// The outcome of a check, ready to print.
#[derive(Debug, Default)]
pub struct Report {
    pub files: usize,
    pub agreements: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}

/// Terminal colours, used only when the caller says so.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(self, severity: Severity, lang: Lang) -> String {
        match severity {
            Severity::Error => self.paint("1;31", &severity.text(lang)),
            Severity::Warning => self.paint("1;33", &severity.text(lang)),
        }
    }
}

/// `path:line:col: error[code]: message`, the source line with a marker, and the basis.
pub fn render_human(diagnostics: &[Diagnostic], style: Style, lang: Lang) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let place = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", d.file),
            _ => d.file.clone(),
        };
        let _ = writeln!(
            out,
            "{}: {}[{}]: {}",
            style.paint("1", &place),
            style.severity(d.severity, lang),
            d.rule,
            d.message
        );
        if let (Some(line), Some(_), Some(snippet)) = (d.line, d.column, &d.snippet) {
            let num = line.to_string();
            let pad = " ".repeat(num.len());
            let bar = style.paint("34", "|");
            let _ = writeln!(out, "{pad} {bar}");
            let _ = writeln!(out, "{} {bar} {}", style.paint("34", &num), snippet.text);
            let indent: String = snippet
                .text
                .chars()
                .take(snippet.column - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let marker = "^".repeat(snippet.width);
            let marker = match d.severity {
                Severity::Error => style.paint("1;31", &marker),
                Severity::Warning => style.paint("1;33", &marker),
            };
            let _ = writeln!(out, "{pad} {bar} {indent}{marker}");
        }
        for r in &d.related {
            let place = match (r.line, r.column) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", r.file),
                _ => r.file.clone(),
            };
            let _ = writeln!(out, "  = {}", tr!(lang, "check-see-also", place = place));
        }
        if let Some(basis) = &d.basis {
            let _ = writeln!(out, "  = {}", tr!(lang, "check-basis", basis = basis));
        }
        out.push('\n');
    }
    out
}

/// The closing count line of the human format.
pub fn summary_line(report: &Report, lang: Lang) -> String {
    tr!(
        lang,
        "check-summary",
        files = report.files,
        agreements = report.agreements,
        errors = report.errors(),
        warnings = report.warnings(),
    )
}

/// The JSON object of FORMAT.md section 6.
pub fn render_json(report: &Report) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        version: u32,
        files: usize,
        agreements: usize,
        errors: usize,
        warnings: usize,
        diagnostics: &'a [Diagnostic],
    }
    let out = Out {
        version: 1,
        files: report.files,
        agreements: report.agreements,
        errors: report.errors(),
        warnings: report.warnings(),
        diagnostics: &report.diagnostics,
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}

/// One GitHub Actions workflow command per diagnostic.
pub fn render_github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = format!("file={}", escape_property(&d.file));
        if let Some(line) = d.line {
            let _ = write!(props, ",line={line}");
        }
        if let Some(col) = d.column {
            let _ = write!(props, ",col={col}");
        }
        let _ = write!(props, ",title={}", escape_property(d.rule));
        let _ = writeln!(out, "::{kind} {props}::{}", escape_data(&d.message));
    }
    out
}

// GitHub's workflow-command escaping (the same as @actions/core).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A relative path as a URI reference: `/` kept, everything outside RFC 3986's unreserved
/// characters percent-encoded (UTF-8).
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn sarif_location(file: &str, line: Option<usize>, column: Option<usize>) -> serde_json::Value {
    let mut physical = serde_json::json!({
        "artifactLocation": { "uri": uri_path(file), "uriBaseId": "%SRCROOT%" }
    });
    if let Some(line) = line {
        let mut region = serde_json::json!({ "startLine": line });
        if let Some(column) = column {
            region["startColumn"] = column.into();
        }
        physical["region"] = region;
    }
    serde_json::json!({ "physicalLocation": physical })
}

/// SARIF 2.1.0 (for code-scanning dashboards): one run of the tool `kerjasama` with every rule
/// of the catalogue in `tool.driver.rules`, and one result per diagnostic. Paths are relative to
/// the ledger root (`uriBaseId` `%SRCROOT%`), so the output does not depend on where the ledger
/// lies. The rules' descriptions and the messages are in `lang`; ids, levels and paths are
/// not words.
pub fn render_sarif(report: &Report, lang: Lang) -> String {
    use crate::rules::catalogue::RULES;
    let rules: Vec<serde_json::Value> = RULES
        .iter()
        .map(|r| {
            let why = r.why_in(lang);
            let mut help = why.clone();
            if let Some(basis) = r.basis_in(lang) {
                let _ = write!(help, "\n\n{}", tr!(lang, "rules-basis", basis = basis));
            }
            serde_json::json!({
                "id": r.code,
                "name": r.code,
                "shortDescription": { "text": r.summary_in(lang) },
                "fullDescription": { "text": why },
                "help": { "text": help },
                "defaultConfiguration": { "level": sarif_level(r.severity) },
                "properties": { "fixed": r.fixed },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut result = serde_json::json!({
                "ruleId": d.rule,
                "level": sarif_level(d.severity),
                "message": { "text": d.message },
                "locations": [sarif_location(&d.file, d.line, d.column)],
            });
            if let Some(i) = RULES.iter().position(|r| r.code == d.rule) {
                result["ruleIndex"] = i.into();
            }
            if !d.related.is_empty() {
                let related: Vec<serde_json::Value> = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let mut v = sarif_location(&l.file, l.line, l.column);
                        v["id"] = i.into();
                        v
                    })
                    .collect();
                result["relatedLocations"] = related.into();
            }
            if let Some(id) = &d.id {
                result["properties"] = serde_json::json!({ "id": id });
            }
            result
        })
        .collect();
    let sarif = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kerjasama",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            // The language of the descriptions and messages (SARIF 2.1.0, 3.14.7).
            "language": lang.code(),
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escapes_message_and_properties() {
        let d = Diagnostic {
            rule: "term-order",
            severity: Severity::Warning,
            file: "agreements/2019/a,b.toml".into(),
            line: Some(3),
            column: Some(7),
            id: None,
            message: "100% wrong\nsecond".into(),
            basis: None,
            related: vec![],
            snippet: None,
        };
        assert_eq!(
            render_github(&[d]),
            "::warning file=agreements/2019/a%2Cb.toml,line=3,col=7,title=term-order::100%25 wrong%0Asecond\n"
        );
    }
}
