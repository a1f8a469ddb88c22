//! The rule catalogue: every code of RULES.md with its severity, basis and explanation.

use crate::diagnostic::Severity;
use crate::i18n::{self, Lang};

/// The section of RULES.md a rule belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// A. Reading a file
    Reading,
    /// B. Identity and the ledger as a whole
    Identity,
    /// C. Parties (PP 28/2018)
    Parties,
    /// D. Category, form and object
    Category,
    /// E. Dates, terms, documents and money
    Dates,
}

/// One rule of the catalogue.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable kebab-case code, e.g. `term-order`.
    pub code: &'static str,
    pub section: Section,
    /// Default severity.
    pub severity: Severity,
    /// Fixed rules cannot be overridden in `[rules]` nor waived.
    pub fixed: bool,
    /// One line: when the rule fires.
    pub summary: &'static str,
    /// The basis cited (regulation or practice); `None` where RULES.md gives none ("—").
    pub basis: Option<&'static str>,
    /// A short paragraph: why the rule exists.
    pub why: &'static str,
    /// A TOML snippet that satisfies the rule.
    pub valid: &'static str,
    /// A TOML snippet that breaks the rule.
    pub invalid: &'static str,
}

impl RuleInfo {
    /// When the rule fires, in `lang` (`rule-CODE-summary` in `locales/*/rules.ftl`).
    pub fn summary_in(&self, lang: Lang) -> String {
        i18n::text(lang, &format!("rule-{}-summary", self.code), &[])
    }

    /// Why the rule exists, in `lang` (`rule-CODE-why` in `locales/*/rules.ftl`).
    pub fn why_in(&self, lang: Lang) -> String {
        i18n::text(lang, &format!("rule-{}-why", self.code), &[])
    }

    /// The basis cited, in `lang` (`rule-CODE-basis`); `None` where RULES.md gives none ("—").
    pub fn basis_in(&self, lang: Lang) -> Option<String> {
        self.basis
            .is_some()
            .then(|| i18n::text(lang, &format!("rule-{}-basis", self.code), &[]))
    }

    /// A TOML snippet that satisfies the rule, its `#` comments in `lang` (`rule-CODE-valid`).
    pub fn valid_in(&self, lang: Lang) -> String {
        i18n::text(lang, &format!("rule-{}-valid", self.code), &[])
    }

    /// A TOML snippet that breaks the rule, its `#` comments in `lang` (`rule-CODE-invalid`).
    pub fn invalid_in(&self, lang: Lang) -> String {
        i18n::text(lang, &format!("rule-{}-invalid", self.code), &[])
    }
}

/// Every rule, in the order of RULES.md.
pub const RULES: &[RuleInfo] = &[
    // ───────────────────────── A. Reading a file (fixed) ─────────────────────────
    RuleInfo {
        code: "toml-syntax",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "The file is not valid TOML 1.0; the line and column where reading stopped are \
                  reported.",
        basis: Some("format"),
        why: "Nothing else can be checked in a file that cannot be read. Common causes are a \
              missing closing quote, a date written as 15/01/2019, or a stray character; the \
              position points at the place to fix.",
        valid: r#"id = "KS-2019-002"
title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City"
signed = 2019-01-15"#,
        invalid: r#"id = "KS-2019-002"
title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City
signed = 15/01/2019"#,
    },
    RuleInfo {
        code: "unknown-key",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "The file uses a key the format does not define; the nearest known key is \
                  suggested.",
        basis: Some("format"),
        why: "A misspelt key would otherwise be ignored and its value silently lost: an `end` \
              typed as `end_date` would leave the agreement without an end. Derived values such \
              as `status` or `effective_end` are computed by kerjasama and never stored.",
        valid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31"#,
        invalid: r#"signed = 2019-01-15
start = 2019-02-01
end_date = 2024-01-31   # did you mean `end`?
status = "active"       # derived, never stored"#,
    },
    RuleInfo {
        code: "missing-key",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "A key marked always required in FORMAT.md (e.g. `unit`, `document`, or a \
                  party's `name` and `type`) is absent.",
        basis: Some("format"),
        why: "These keys say what the agreement is, which unit started it and who the parties \
              are; every report and every other rule depends on them.",
        valid: r#"category = "KSDPK"
document = "PKS"
unit = "Dinas Komunikasi dan Informatika"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
        invalid: r#"category = "KSDPK"
document = "PKS"
# no `unit`

[[parties]]
name = "PT Indosat Tbk"
# no `type`
legal_entity = true"#,
    },
    RuleInfo {
        code: "wrong-type",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "A value has the wrong TOML type, e.g. a date in quotes, an amount written as \
                  text, or a yes/no written as a word.",
        basis: Some("format"),
        why: "Dates must be TOML dates and amounts integers so that terms can be compared and \
              values added up; a quoted date looks right to a reader but cannot be computed \
              with.",
        valid: r#"signed = 2019-01-15
value_idr = 1500000000
burdens_region = false"#,
        invalid: r#"signed = "2019-01-15"
value_idr = "Rp 1.500.000.000"
burdens_region = "tidak""#,
    },
    RuleInfo {
        code: "invalid-value",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "A value lies outside its allowed set: an unknown enum value, a bad `year_only` \
                  entry, a non-ISO `country`, a `title` of 0 or over 300 characters, or a \
                  malformed `sha256`.",
        basis: Some("format"),
        why: "Enum values drive the category, party and date rules, so a misspelling must be \
              caught rather than guessed at. A year-only date is stored as 1 January of its \
              year so that it sorts and compares correctly.",
        valid: r#"category = "KSDPK"
form = "pelayanan_publik"
year_only = ["signed"]
signed = 2005-01-01"#,
        invalid: r#"category = "KSDPK"
form = "pelayanan publik"
year_only = ["signed", "place"] # `place` is not a date
signed = 2005-03-17             # a year-only date must be 1 January"#,
    },
    RuleInfo {
        code: "stray-file",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "A file under `agreements/` is not a `*.toml`, a hidden file or a README, or a \
                  `*.toml` entry is not a regular file (a directory, an outside link, a device).",
        basis: Some("format"),
        why: "Files that are not agreements are reported rather than skipped, so a record saved \
              with the wrong extension is never silently left out of the register. Scans belong \
              under `docs/` and are linked with `[[attachments]]`.",
        valid: r#"# agreements/.gitkeep
# agreements/README.md
# agreements/2019/KS-2019-002.toml
# docs/2019/KS-2019-002.pdf"#,
        invalid: r#"# agreements/2019/KS-2019-002.toml
# agreements/2019/KS-2019-003.tml      (wrong extension)
# agreements/2019/KS-2019-002.pdf      (a scan: move it to docs/)
# agreements/2019/KS-2019-004.toml/    (a directory)"#,
    },
    RuleInfo {
        code: "config-invalid",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        summary: "`kerjasama.toml` cannot be read, has an unknown key or value, names an unknown \
                  rule code, or overrides a fixed rule.",
        basis: Some("format"),
        why: "The settings decide the home region, the id prefix and the severity of every \
              rule, so a mistake there changes the findings for the whole ledger. Only the value \
              concerned falls back to its default.",
        valid: r#"format = 1

[region]
name = "Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[rules]
pks-max-five-years = "error""#,
        invalid: r#"[region]
name = "Kabupaten Sidoarjo"
type = "regency"            # provinsi | kabupaten | kota
code = "35.15"

[rules]
pks-max-five-year = "off"   # unknown rule code
duplicate-id = "warning"    # a fixed rule cannot be overridden"#,
    },
    // ──────────────────── B. Identity and the ledger as a whole ────────────────────
    RuleInfo {
        code: "id-format",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        summary: "`id` is not `PREFIX-YYYY-NNN` with the ledger's prefix, a four-digit year and a \
                  sequence number of at least three digits.",
        basis: Some("format"),
        why: "The id is the permanent key by which files refer to each other and by which the \
              office cites an agreement; one pattern keeps ids unique, sortable and easy to \
              read.",
        valid: r#"# kerjasama.toml: [ids] prefix = "KS"
id = "KS-2019-002"
signed = 2019-01-15"#,
        invalid: r#"# kerjasama.toml: [ids] prefix = "KS"
id = "MOU/2019/2"
signed = 2019-01-15"#,
    },
    RuleInfo {
        code: "file-name",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        summary: "The file is not stored as `agreements/YYYY/<id>.toml`, YYYY being the year of \
                  its id.",
        basis: Some("format"),
        why: "One predictable place per id makes the ledger easy to browse and review, and \
              keeps two copies of the same agreement from hiding under different names.",
        valid: r#"# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
signed = 2019-01-15"#,
        invalid: r#"# agreements/2018/kerjasama-indosat.toml
id = "KS-2019-002"
signed = 2019-01-15"#,
    },
    RuleInfo {
        code: "id-year",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        summary: "The year in the `id` is later than the year of `signed`.",
        basis: Some("format: ids are given at signing or earlier, never later"),
        why: "An id is given when the record is created, at signing or earlier as a draft, and \
              never changes; its year may be earlier than the signing year but never later. A \
              later year points to a mistyped id or signing date.",
        valid: r#"id = "KS-2018-014"     # recorded as a draft in 2018
document = "KSB"
signed = 2019-01-10"#,
        invalid: r#"id = "KS-2020-001"     # should be KS-2019-...
document = "KSB"
signed = 2019-12-30"#,
    },
    RuleInfo {
        code: "duplicate-id",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        summary: "Two or more files carry the same `id`.",
        basis: Some("format"),
        why: "Links by `parent` and `renews`, reports and citations rely on an id naming \
              exactly one document. A duplicate usually comes from copying a file as a template \
              and forgetting to change its id.",
        valid: r#"# agreements/2019/KS-2019-003.toml
id = "KS-2019-003"
title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
# agreements/2019/KS-2019-004.toml
id = "KS-2019-004"
title = "Pengelolaan parkir tepi jalan umum""#,
        invalid: r#"# agreements/2019/KS-2019-003.toml
id = "KS-2019-003"
title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
# agreements/2019/KS-2019-004.toml
id = "KS-2019-003"
title = "Pengelolaan parkir tepi jalan umum""#,
    },
    RuleInfo {
        code: "duplicate-number",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        summary: "Two agreements carry the same register `number` (compared after trimming, \
                  case folding and collapsing spaces).",
        basis: Some("one register, one number"),
        why: "Each signed document gets its own number in the home's register; a repeated \
              number usually means a copied file or a typing mistake, and makes the register \
              ambiguous for auditors and the DPRD.",
        valid: r#"# agreements/2019/KS-2019-002.toml
number = "180/123/438.1.1.3/2019"
# agreements/2019/KS-2019-003.toml
number = "180/131/438.1.1.3/2019""#,
        invalid: r#"# agreements/2019/KS-2019-002.toml
number = "180/123/438.1.1.3/2019"
# agreements/2019/KS-2019-003.toml
number = "180/123/438.1.1.3/2019""#,
    },
    RuleInfo {
        code: "unknown-reference",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        summary: "`parent` or `renews` names an id that no file in the ledger carries.",
        basis: Some("format"),
        why: "A link to a missing document cannot be followed to check stages, dates or \
              approvals. Usually the id is mistyped or the parent's file has not been added \
              yet.",
        valid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
document = "PKS"
parent = "KS-2018-014""#,
        invalid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
document = "PKS"
parent = "KS-2018-041"   # no such id"#,
    },
    RuleInfo {
        code: "reference-cycle",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        summary: "Following `parent` and `renews` links from a document leads back to it (a \
                  document naming itself included).",
        basis: Some("format"),
        why: "Parents and renewals form a chain back in time; a loop has no first document, so \
              stages, order and effective ends cannot be worked out.",
        valid: r#"# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
# agreements/2024/KS-2024-003.toml
id = "KS-2024-003"
renews = "KS-2019-002""#,
        invalid: r#"# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
renews = "KS-2024-003"
# agreements/2024/KS-2024-003.toml
id = "KS-2024-003"
renews = "KS-2019-002""#,
    },
    RuleInfo {
        code: "unknown-unit",
        section: Section::Identity,
        severity: Severity::Warning,
        fixed: false,
        summary: "`unit` is not one of the names in `kerjasama.toml units` (checked only when \
                  that list is set).",
        basis: Some("practice"),
        why: "Reports by unit (which OPD started what) only add up when every file spells the \
              unit the same way; the `units` list is the office's own spelling of its OPD \
              names.",
        valid: r#"# kerjasama.toml
units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
# agreements/2019/KS-2019-002.toml
unit = "Dinas Komunikasi dan Informatika""#,
        invalid: r#"# kerjasama.toml
units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
# agreements/2019/KS-2019-002.toml
unit = "Diskominfo""#,
    },
    RuleInfo {
        code: "waiver-invalid",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        summary: "A `waive` entry names an unknown or a fixed rule code, or gives an empty \
                  reason.",
        basis: Some("format"),
        why: "A waiver is a recorded decision to accept a deviation in one file, so it must name \
              a rule that can be waived and say why; otherwise it hides nothing, or hides the \
              wrong thing without explanation.",
        valid: r#"document = "PKS"
start = 2019-02-01
end = 2039-01-31

[waive]
pks-max-five-years = "KPBU, jangka waktu 20 tahun""#,
        invalid: r#"document = "PKS"
start = 2019-02-01
end = 2039-01-31

[waive]
pks-max-5-years = "KPBU, jangka waktu 20 tahun"   # unknown rule code
duplicate-id = "salinan dokumen"                  # fixed rule
start-before-signed = " "                         # empty reason"#,
    },
    // ───────────────────────────── C. Parties (PP 28/2018) ─────────────────────────────
    RuleInfo {
        code: "too-few-parties",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "The file lists fewer than two `[[parties]]` (no `parties` at all counts as \
                  none).",
        basis: Some("PP 28/2018 Pasal 1 angka 1: a joint undertaking (usaha bersama)"),
        why: "Kerja sama daerah is a joint undertaking between the daerah and at least one other \
              party; a document with a single party records no agreement, and usually the \
              counterpart was left out.",
        valid: r#"[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kota"
code = "35.78""#,
        invalid: r#"[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
# the counterpart is missing"#,
    },
    RuleInfo {
        code: "duplicate-party",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "The same party is listed twice: two daerah with the same `code`, or two \
                  parties with the same name.",
        basis: None,
        why: "A party listed twice makes a two-party agreement look like a multi-party one and \
              can hide a missing counterpart, for example a KSDD that names only one daerah.",
        valid: r#"[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "Pemerintah Kabupaten Gresik"
type = "kabupaten"
code = "35.25""#,
        invalid: r#"[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15""#,
    },
    RuleInfo {
        code: "no-daerah",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "None of the parties is a `provinsi`, `kabupaten` or `kota`.",
        basis: Some("PP 28/2018 Pasal 1 angka 1"),
        why: "Every kerja sama daerah is made by a daerah. An agreement without one is either \
              not a regional cooperation at all, or the daerah's own party entry was forgotten.",
        valid: r#"[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
        invalid: r#"[[parties]]
name = "Dinas Komunikasi dan Informatika"
type = "badan_usaha"        # a unit of the daerah, not a company
legal_entity = true

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
    },
    RuleInfo {
        code: "home-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "No party carries the home region's `code` from `kerjasama.toml [region]` \
                  (skipped when the ledger has no home).",
        basis: Some("the ledger records the home's own agreements"),
        why: "The register of a daerah holds the agreements that daerah is itself party to. A \
              file without the home is misfiled, or the home's code is mistyped.",
        valid: r#"# kerjasama.toml: [region] code = "35.15"
[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15""#,
        invalid: r#"# kerjasama.toml: [region] code = "35.15"
[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.51"              # typo for 35.15"#,
    },
    RuleInfo {
        code: "ksdd-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDD has a party that is not a daerah, or fewer than two distinct daerah.",
        basis: Some("PP 28/2018 Pasal 1 angka 2"),
        why: "A KSDD is by definition cooperation between a daerah and another daerah. With a \
              company or a foundation on the document, it is a KSDPK (or needs splitting into \
              separate agreements).",
        valid: r#"category = "KSDD"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kota"
code = "35.78""#,
        invalid: r#"category = "KSDD"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
    },
    RuleInfo {
        code: "ksdpk-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDPK has no third party (`perseorangan`, `badan_usaha`, `ormas`), or a party \
                  that is neither a daerah nor a third party.",
        basis: Some("PP 28/2018 Pasal 1 angka 3; the kinds of pihak ketiga"),
        why: "A KSDPK is cooperation between a daerah and a pihak ketiga: an individual, a \
              business entity or a civil-society organisation. Without one, or with a foreign \
              or central-government party, the document belongs to another category.",
        valid: r#"category = "KSDPK"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
        invalid: r#"category = "KSDPK"   # both parties are daerah: this is a KSDD

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kota"
code = "35.78""#,
    },
    RuleInfo {
        code: "ksdpk-legal-entity",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDPK has a `badan_usaha` party with `legal_entity = false` (such as a CV, \
                  firma or UD).",
        basis: Some("pihak ketiga: badan usaha berbadan hukum (PT, BUMN, BUMD, koperasi)"),
        why: "Only a business entity with legal entity status (PT, BUMN, BUMD, koperasi) may be \
              a pihak ketiga; a CV, firma or UD has no legal personality apart from its owners. \
              An ormas may take part with or without legal entity status.",
        valid: r#"category = "KSDPK"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
        invalid: r#"category = "KSDPK"

[[parties]]
name = "CV Maju Jaya"
type = "badan_usaha"
legal_entity = false"#,
    },
    RuleInfo {
        code: "legal-entity-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A `badan_usaha` or `ormas` party has no `legal_entity` key.",
        basis: Some("needed by ksdpk-legal-entity"),
        why: "Whether a company or organisation is a legal entity decides whether it may be a \
              pihak ketiga, so the file must state it rather than let the tool assume either \
              way.",
        valid: r#"[[parties]]
name = "Yayasan Pendidikan Delta Sidoarjo"
type = "ormas"
legal_entity = true"#,
        invalid: r#"[[parties]]
name = "Yayasan Pendidikan Delta Sidoarjo"
type = "ormas"
# `legal_entity` not stated"#,
    },
    RuleInfo {
        code: "ksdpl-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDPL has no `pemerintah_daerah_luar_negeri` party, or a party that is \
                  neither a daerah nor a foreign regional government.",
        basis: Some("PP 28/2018 Pasal 1 angka 4"),
        why: "A KSDPL is cooperation between a daerah and a regional government abroad (a \
              sister province, sister city or similar). With a foreign institution it is a \
              KSDLL; with a domestic partner it is not foreign cooperation.",
        valid: r#"category = "KSDPL"
form = "kabupaten_kota_kembar"

[[parties]]
name = "Kitakyushu City"
type = "pemerintah_daerah_luar_negeri"
country = "JP""#,
        invalid: r#"category = "KSDPL"
form = "lainnya"

[[parties]]
name = "Japan International Cooperation Agency (JICA)"
type = "lembaga_luar_negeri"
country = "JP""#,
    },
    RuleInfo {
        code: "ksdll-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDLL has no `lembaga_luar_negeri` party, or a party that is neither a \
                  daerah nor a foreign institution.",
        basis: Some("PP 28/2018 Pasal 1 angka 5"),
        why: "A KSDLL is cooperation between a daerah and an institution abroad. A foreign city \
              or province as the counterpart makes it a KSDPL, with its own forms.",
        valid: r#"category = "KSDLL"
form = "penerusan_kerja_sama_pusat"

[[parties]]
name = "Japan International Cooperation Agency (JICA)"
type = "lembaga_luar_negeri"
country = "JP""#,
        invalid: r#"category = "KSDLL"
form = "persetujuan_pusat"

[[parties]]
name = "Kitakyushu City"
type = "pemerintah_daerah_luar_negeri"
country = "JP""#,
    },
    RuleInfo {
        code: "sinergi-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A SINERGI has no `pemerintah_pusat` or `badan_hukum_publik` party, or has a \
                  foreign party.",
        basis: Some("Permendagri 22/2020: support of central-government programmes"),
        why: "SINERGI records support of a central-government programme, so a ministry, agency, \
              vertical office or public legal body must take part. A state-owned company such \
              as PT Taspen (Persero) is a badan_usaha, and its agreement is a KSDPK.",
        valid: r#"category = "SINERGI"
document = "NK"

[[parties]]
name = "Kejaksaan Negeri Sidoarjo"
type = "pemerintah_pusat""#,
        invalid: r#"category = "SINERGI"
document = "NK"

[[parties]]
name = "PT Taspen (Persero)"
type = "badan_usaha"
legal_entity = true"#,
    },
    RuleInfo {
        code: "central-government-party",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDD, KSDPK, KSDPL or KSDLL has a `pemerintah_pusat` or `badan_hukum_publik` \
                  party; such an agreement is recorded as SINERGI.",
        basis: Some("the four categories' definitions (PP 28/2018 Pasal 1 angka 2 to 5)"),
        why: "None of the four PP 28/2018 categories includes the central government or a \
              public legal body as a party; cooperation with them (the kejaksaan, the land \
              office, BPJS) is recorded as SINERGI with an NK.",
        valid: r#"category = "SINERGI"
form = "dukungan_program"

[[parties]]
name = "BPJS Kesehatan Cabang Sidoarjo"
type = "badan_hukum_publik""#,
        invalid: r#"category = "KSDPK"
form = "pelayanan_publik"

[[parties]]
name = "BPJS Kesehatan Cabang Sidoarjo"
type = "badan_hukum_publik""#,
    },
    RuleInfo {
        code: "country-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A foreign party (`pemerintah_daerah_luar_negeri`, `lembaga_luar_negeri`) has \
                  no `country`, or has country ID.",
        basis: Some("foreign means outside Indonesia"),
        why: "Foreign cooperation needs diplomatic relations with the partner's country, so the \
              country must be known; a foreign party in Indonesia is a contradiction, usually a \
              wrong party type.",
        valid: r#"[[parties]]
name = "Kitakyushu City"
type = "pemerintah_daerah_luar_negeri"
country = "JP""#,
        invalid: r#"[[parties]]
name = "Kitakyushu City"
type = "pemerintah_daerah_luar_negeri"
# `country` missing"#,
    },
    RuleInfo {
        code: "country-unexpected",
        section: Section::Parties,
        severity: Severity::Warning,
        fixed: false,
        summary: "A party that is not foreign has a `country` other than ID.",
        basis: Some("format"),
        why: "Daerah, third parties and central-government bodies are in Indonesia; another \
              country usually means the wrong party type was chosen for a foreign partner, or \
              a mistyped code.",
        valid: r#"[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true"#,
        invalid: r#"[[parties]]
name = "Japan International Cooperation Agency (JICA)"
type = "badan_usaha"        # should be lembaga_luar_negeri
legal_entity = true
country = "JP""#,
    },
    RuleInfo {
        code: "code-invalid",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        summary: "A daerah has no `code` or one that does not fit its type (PP for a provinsi, \
                  PP.KK with KK 01-70 for a kabupaten, 71-99 for a kota), or a non-daerah has a \
                  `code`.",
        basis: Some("kode wilayah (Kemendagri)"),
        why: "The region code names a daerah without ambiguity (Kabupaten Mojokerto is 35.16, \
              Kota Mojokerto 35.76); the home, neighbour and wajib-combination rules all work by \
              code.",
        valid: r#"[[parties]]
name = "Pemerintah Provinsi Jawa Timur"
type = "provinsi"
code = "35"

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kota"
code = "35.78""#,
        invalid: r#"[[parties]]
name = "Pemerintah Provinsi Jawa Timur"
type = "provinsi"
# `code` missing

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kabupaten"          # 71-99 are kota numbers
code = "35.78""#,
    },
    // ──────────────────────── D. Category, form and object ────────────────────────
    RuleInfo {
        code: "form-category",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "`form` is not one of the forms allowed for the `category` (FORMAT.md section \
                  4).",
        basis: Some("Permendagri 22/2020 and 25/2020: the forms of each category"),
        why: "Each category has its own forms: wajib or sukarela for a KSDD; public service, \
              asset management, investment or other for a KSDPK; sister or other forms abroad. \
              A mismatch usually means the category itself is wrong.",
        valid: r#"category = "KSDPK"
form = "pelayanan_publik"
affairs = ["komunikasi_dan_informatika"]"#,
        invalid: r#"category = "KSDD"
form = "pelayanan_publik"   # KSDD: wajib | sukarela
affairs = ["komunikasi_dan_informatika"]"#,
    },
    RuleInfo {
        code: "ksdd-wajib-combination",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "A `wajib` KSDD whose daerah are neither all kabupaten/kota, nor all provinsi, \
                  nor one provinsi with kabupaten/kota lying inside it.",
        basis: Some("Permendagri 22/2020: the four combinations of kerja sama wajib"),
        why: "Kerja sama wajib is allowed only between kabupaten/kota (in the same or across \
              provinces), between provinsi, or between a provinsi and the kabupaten/kota inside \
              it. Other mixes, like a provinsi with a kabupaten of another province, must be \
              sukarela.",
        valid: r#"category = "KSDD"
form = "wajib"

[[parties]]
name = "Pemerintah Provinsi Jawa Timur"
type = "provinsi"
code = "35"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15""#,
        invalid: r#"category = "KSDD"
form = "wajib"

[[parties]]
name = "Pemerintah Provinsi Jawa Tengah"
type = "provinsi"
code = "33"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15""#,
    },
    RuleInfo {
        code: "ksdd-wajib-neighbour",
        section: Section::Category,
        severity: Severity::Warning,
        fixed: false,
        summary: "A `wajib` KSDD includes a daerah that is not the home, a listed neighbour, the \
                  home's province or (for a provinsi home) one of its kabupaten/kota; only when \
                  `neighbours` is set.",
        basis: Some("kerja sama wajib is between bordering daerah"),
        why: "Kerja sama wajib serves bordering daerah that share cross-border affairs or \
              services; with a daerah further away the cooperation is normally sukarela. A \
              multi-party agreement over a wider area can be accepted with a waiver.",
        valid: r#"# kerjasama.toml: [region] code = "35.15"
#   neighbours = ["35.78", "35.25", "35.14", "35.16"]
category = "KSDD"
form = "wajib"

[[parties]]
name = "Pemerintah Kota Surabaya"
type = "kota"
code = "35.78""#,
        invalid: r#"# kerjasama.toml: [region] code = "35.15"
#   neighbours = ["35.78", "35.25", "35.14", "35.16"]
category = "KSDD"
form = "wajib"

[[parties]]
name = "Pemerintah Kota Malang"
type = "kota"
code = "35.73""#,
    },
    RuleInfo {
        code: "sister-level",
        section: Section::Category,
        severity: Severity::Warning,
        fixed: false,
        summary: "`form = provinsi_kembar` while the home is not a provinsi, or \
                  `kabupaten_kota_kembar` while it is one.",
        basis: Some("sister cooperation is between equal levels"),
        why: "A sister province pairs a provinsi with a province abroad, a sister city pairs a \
              kabupaten or kota with a city abroad; a level mismatch usually means the wrong \
              form was chosen.",
        valid: r#"# kerjasama.toml: [region] type = "kabupaten"
category = "KSDPL"
form = "kabupaten_kota_kembar""#,
        invalid: r#"# kerjasama.toml: [region] type = "kabupaten"
category = "KSDPL"
form = "provinsi_kembar""#,
    },
    RuleInfo {
        code: "scope-missing",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDPL or KSDLL has no `scope`, or an empty one.",
        basis: Some("PP 28/2018: the objects of cooperation abroad"),
        why: "Cooperation abroad is limited to the objects the regulation lists (science and \
              technology, cultural exchange, government capacity, promotion of the region, \
              other lawful objects), so every foreign agreement must say which it covers.",
        valid: r#"category = "KSDPL"
form = "kabupaten_kota_kembar"
scope = ["pertukaran_budaya", "promosi_potensi_daerah"]"#,
        invalid: r#"category = "KSDPL"
form = "kabupaten_kota_kembar"
scope = []"#,
    },
    RuleInfo {
        code: "scope-unexpected",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "`scope` is given on a KSDD, KSDPK or SINERGI.",
        basis: Some("format"),
        why: "`scope` lists the objects defined for foreign cooperation only; a domestic \
              agreement describes its object through `affairs` and `form`.",
        valid: r#"category = "KSDPK"
form = "pelayanan_publik"
affairs = ["komunikasi_dan_informatika"]"#,
        invalid: r#"category = "KSDPK"
form = "pelayanan_publik"
affairs = ["komunikasi_dan_informatika"]
scope = ["iptek"]"#,
    },
    RuleInfo {
        code: "affairs-empty",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "`affairs` is an empty array.",
        basis: Some("the object is an urusan pemerintahan within the daerah's authority"),
        why: "The object of every kerja sama daerah must be a government affair within the \
              daerah's authority; an empty list leaves the object unrecorded and the agreement \
              out of every report by affair.",
        valid: r#"category = "KSDPK"
unit = "Bagian Organisasi"
affairs = ["penunjang_urusan_pemerintahan"]"#,
        invalid: r#"category = "KSDPK"
unit = "Bagian Organisasi"
affairs = []"#,
    },
    RuleInfo {
        code: "document-category",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        summary: "`document` is not allowed for the category: KSB/PKS/ADENDUM for KSDD and KSDPK, \
                  LOI/NASKAH/ADENDUM for KSDPL and KSDLL, NK/PKS/ADENDUM for SINERGI.",
        basis: Some("Permendagri 22/2020 and 25/2020: the documents of each procedure"),
        why: "Domestic cooperation goes from a KSB to a PKS, foreign cooperation from a letter \
              of intent to a naskah kerja sama, and sinergi from an NK to a PKS; the document \
              kind decides which stage and approval rules apply.",
        valid: r#"category = "KSDPL"
form = "kabupaten_kota_kembar"
document = "LOI""#,
        invalid: r#"category = "KSDPL"
form = "kabupaten_kota_kembar"
document = "KSB"      # KSDPL: LOI | NASKAH | ADENDUM"#,
    },
    // ─────────────────── E. Dates, terms, documents and money ───────────────────
    RuleInfo {
        code: "number-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A signed document (one with `signed`) has no register `number`.",
        basis: Some("one register, one number"),
        why: "Once signed, a document is entered in the home's register and numbered; the \
              number is how letters, the DPRD and auditors cite it.",
        valid: r#"document = "PKS"
number = "180/123/438.1.1.3/2019"
signed = 2019-01-15"#,
        invalid: r#"document = "PKS"
signed = 2019-01-15
# `number` missing"#,
    },
    RuleInfo {
        code: "start-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A signed document has no `start`.",
        basis: Some("format"),
        why: "Without a first day in force kerjasama cannot tell whether the agreement is \
              pending, active or expired, nor check its term against its parent.",
        valid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31"#,
        invalid: r#"signed = 2019-01-15
# `start` missing
end = 2024-01-31"#,
    },
    RuleInfo {
        code: "term-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "`end` is before `start` (the same day is allowed).",
        basis: None,
        why: "A term that ends before it begins is a typing error, often a mistyped year; \
              status, effective end and the five-year check would all be wrong.",
        valid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31"#,
        invalid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2014-01-31"#,
    },
    RuleInfo {
        code: "signed-in-future",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "`signed` is after today (in the region's time zone, or as set by `--today`).",
        basis: None,
        why: "A document cannot have been signed on a day that has not come. Until the signing \
              happens the file stays a draft (no `signed`); a planned date can go in `notes`.",
        valid: r#"# kerjasama check --today 2019-01-20
signed = 2019-01-15
start = 2019-03-01"#,
        invalid: r#"# kerjasama check --today 2019-01-20
signed = 2019-02-15
start = 2019-03-01"#,
    },
    RuleInfo {
        code: "start-before-signed",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "`start` is before `signed`, a retroactive term (not checked when either date \
                  is year-only).",
        basis: Some("practice"),
        why: "An agreement normally takes effect on or after the day it is signed. A \
              retroactive start is sometimes agreed on purpose, so this is a warning that an \
              office can waive per file or set to its own policy.",
        valid: r#"document = "PKS"
signed = 2019-01-15
start = 2019-02-01"#,
        invalid: r#"document = "PKS"
signed = 2019-01-15
start = 2019-01-01"#,
    },
    RuleInfo {
        code: "pks-end-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A signed PKS has no `end`.",
        basis: Some("a PKS states its duration (jangka waktu)"),
        why: "A perjanjian kerja sama always states how long it runs; without an end the \
              register cannot tell when it expires or must be renewed.",
        valid: r#"document = "PKS"
signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31"#,
        invalid: r#"document = "PKS"
signed = 2019-01-15
start = 2019-02-01
# `end` missing"#,
    },
    RuleInfo {
        code: "pks-max-five-years",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "A PKS's own term from `start` to its stored `end` exceeds five years (addenda \
                  are not counted).",
        basis: Some("practice: a PKS runs at most five years and is extended by a new document"),
        why: "In practice a PKS runs at most five years and is then extended by a new \
              document, so that its terms are reviewed. Longer terms (e.g. a KPBU concession) \
              can be accepted with a waiver.",
        valid: r#"document = "PKS"
start = 2019-02-01
end = 2024-01-31      # exactly five years"#,
        invalid: r#"document = "PKS"
start = 2019-02-01
end = 2024-02-01      # one day more than five years"#,
    },
    RuleInfo {
        code: "pks-without-ksb",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "A PKS of a KSDD or KSDPK has no `parent`.",
        basis: Some("Permendagri 22/2020 stages: the KSB comes before the PKS"),
        why: "In domestic cooperation the kesepakatan bersama (KSB) is agreed first and the PKS \
              implements it; a PKS without its KSB may mean the KSB is not yet in the register.",
        valid: r#"category = "KSDPK"
document = "PKS"
parent = "KS-2018-014""#,
        invalid: r#"category = "KSDPK"
document = "PKS"
# no `parent`"#,
    },
    RuleInfo {
        code: "parent-kind",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "An ADENDUM has no `parent`; a PKS's parent is not a KSB (KSDD, KSDPK) or an NK \
                  (SINERGI); or an ADENDUM's parent is an ADENDUM or a draft.",
        basis: Some("stages (Permendagri 22/2020, 25/2020)"),
        why: "A PKS implements a KSB, or for SINERGI an NK, and an addendum changes a signed \
              main document. Any other link breaks the chain of stages and the effective end; \
              a second change is another addendum to the main document.",
        valid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
category = "KSDPK"
document = "KSB"
# agreements/2019/KS-2019-002.toml
category = "KSDPK"
document = "PKS"
parent = "KS-2018-014""#,
        invalid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
category = "KSDPK"
document = "PKS"
# agreements/2019/KS-2019-002.toml
category = "KSDPK"
document = "PKS"
parent = "KS-2018-014""#,
    },
    RuleInfo {
        code: "parent-mismatch",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A document's parent has another `category`, or the two share no counterpart.",
        basis: Some("a PKS or addendum belongs to the cooperation it implements"),
        why: "A PKS or addendum belongs to the cooperation it implements or changes, so it has \
              the same category and at least one counterpart in common with its parent; \
              otherwise `parent` most likely points at the wrong file.",
        valid: r#"# (both files also list Kabupaten Sidoarjo)
# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
category = "KSDPK"
[[parties]]
name = "PT Indosat Tbk"
# agreements/2019/KS-2019-002.toml
category = "KSDPK"
parent = "KS-2018-014"
[[parties]]
name = "PT Indosat Tbk""#,
        invalid: r#"# (both files also list Kabupaten Sidoarjo)
# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
category = "KSDPK"
[[parties]]
name = "PT Indosat Tbk"
# agreements/2019/KS-2019-002.toml
category = "KSDPK"
parent = "KS-2018-014"
[[parties]]
name = "PT Telkom Indonesia (Persero) Tbk""#,
    },
    RuleInfo {
        code: "parent-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A document is signed before its parent, or an ADENDUM is signed after its \
                  parent's effective end (as it stood without this addendum).",
        basis: Some("stages (Permendagri 22/2020, 25/2020)"),
        why: "A PKS implements a KSB that already exists, and an addendum can only change an \
              agreement still in force; an expired agreement is continued by a new document \
              (`renews`), not revived by an addendum.",
        valid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
signed = 2018-11-20
# agreements/2019/KS-2019-002.toml
document = "PKS"
parent = "KS-2018-014"
signed = 2019-01-15"#,
        invalid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
signed = 2018-11-20
# agreements/2019/KS-2019-002.toml
document = "PKS"
parent = "KS-2018-014"
signed = 2018-10-01"#,
    },
    RuleInfo {
        code: "outlives-parent",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "A PKS's own `end` is after the effective end of its parent KSB.",
        basis: Some("the PKS implements the KSB within its term"),
        why: "A PKS carries out the KSB and should run within the KSB's term; if the PKS must \
              run longer, the KSB is usually extended first by an addendum.",
        valid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
end = 2024-11-19
# agreements/2019/KS-2019-002.toml
document = "PKS"
parent = "KS-2018-014"
end = 2024-01-31"#,
        invalid: r#"# agreements/2018/KS-2018-014.toml
id = "KS-2018-014"
document = "KSB"
end = 2023-11-19
# agreements/2019/KS-2019-002.toml
document = "PKS"
parent = "KS-2018-014"
end = 2024-01-31"#,
    },
    RuleInfo {
        code: "renewal-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "`renews` names an agreement that starts after this one.",
        basis: None,
        why: "A renewal (perpanjangan) continues an earlier agreement, so it cannot start before \
              the agreement it extends; usually a start date is mistyped or `renews` points the \
              wrong way.",
        valid: r#"# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
start = 2019-02-01
# agreements/2024/KS-2024-003.toml
renews = "KS-2019-002"
start = 2024-02-01"#,
        invalid: r#"# agreements/2019/KS-2019-002.toml
id = "KS-2019-002"
start = 2019-02-01
# agreements/2024/KS-2024-003.toml
renews = "KS-2019-002"
start = 2014-02-01    # typo for 2024"#,
    },
    RuleInfo {
        code: "budget-flags-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A PKS of a KSDD or KSDPK lacks `burdens_region`, `apbd_funding`, or both.",
        basis: Some("needed by the DPRD rules; no silent default"),
        why: "Whether a PKS burdens the public and the daerah, and what it asks of the APBD, \
              decides whether DPRD approval is needed; the file must state both rather than \
              let the tool assume.",
        valid: r#"category = "KSDD"
document = "PKS"
burdens_region = false
apbd_funding = "budgeted""#,
        invalid: r#"category = "KSDD"
document = "PKS"
burdens_region = false
# `apbd_funding` missing"#,
    },
    RuleInfo {
        code: "dprd-approval-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDD PKS that burdens the region or needs unbudgeted APBD money, or a KSDPL \
                  or KSDLL NASKAH, has no `[dprd_approval]` in its file or its parent.",
        basis: Some("PP 28/2018 Pasal 6 (KSDD); Permendagri 25/2020 stages (KSDPL, KSDLL)"),
        why: "The DPRD must approve a cooperation between daerah that burdens the public and the \
              daerah or whose funding is not in the current APBD, and every foreign cooperation. \
              The approval may be recorded on the PKS or NASKAH itself or on its parent.",
        valid: r#"category = "KSDD"
document = "PKS"
signed = 2019-04-10
burdens_region = true
apbd_funding = "budgeted"

[dprd_approval]
number = "170/12/404.1.1/2019"
date = 2019-03-25"#,
        invalid: r#"category = "KSDD"
document = "PKS"
signed = 2019-04-10
burdens_region = true
apbd_funding = "budgeted"
# no [dprd_approval] here or in the parent KSB"#,
    },
    RuleInfo {
        code: "dprd-approval-missing-ksdpk",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "A KSDPK PKS that burdens the region or needs unbudgeted APBD money has no \
                  `[dprd_approval]` in its file or its parent.",
        basis: Some("practice"),
        why: "The regulation states the DPRD approval for cooperation between daerah; offices \
              differ on whether the same applies to a PKS with a third party, so this is a \
              warning each office can set to its own policy.",
        valid: r#"category = "KSDPK"
document = "PKS"
burdens_region = false
apbd_funding = "not_budgeted"

[dprd_approval]
number = "170/14/404.1.1/2019"
date = 2019-05-06"#,
        invalid: r#"category = "KSDPK"
document = "PKS"
burdens_region = false
apbd_funding = "not_budgeted"
# no [dprd_approval]"#,
    },
    RuleInfo {
        code: "central-approval-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A KSDPL or KSDLL NASKAH has no `[central_approval]`.",
        basis: Some("Permendagri 25/2020: approval of the central government"),
        why: "Cooperation with a regional government or an institution abroad may only be \
              signed with the central government's approval, which is recorded with its \
              letter number and date.",
        valid: r#"category = "KSDPL"
document = "NASKAH"

[dprd_approval]
number = "170/8/404.1.1/2019"
date = 2019-03-04

[central_approval]
number = "120/4567/SJ"
date = 2019-05-20"#,
        invalid: r#"category = "KSDPL"
document = "NASKAH"

[dprd_approval]
number = "170/8/404.1.1/2019"
date = 2019-03-04
# no [central_approval]"#,
    },
    RuleInfo {
        code: "approval-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "On a PKS or NASKAH the approval its approval rule relies on is dated after \
                  `signed`; or, on any document, `central_approval` predates `dprd_approval`.",
        basis: Some("stages: DPRD approval, then the central government, then signing"),
        why: "Approvals are given before signing, and for foreign cooperation the DPRD approves \
              before the request goes to the central government; dates out of this order point \
              to a missed stage or a mistyped date.",
        valid: r#"document = "NASKAH"
signed = 2019-07-10

[dprd_approval]
number = "170/8/404.1.1/2019"
date = 2019-03-04

[central_approval]
number = "120/4567/SJ"
date = 2019-05-20"#,
        invalid: r#"document = "NASKAH"
signed = 2019-07-10

[dprd_approval]
number = "170/8/404.1.1/2019"
date = 2019-03-04

[central_approval]
number = "120/4567/SJ"
date = 2019-02-11"#,
    },
    RuleInfo {
        code: "proxy-incomplete",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A party's `proxy` lacks `number` or `date`, or is dated after `signed`.",
        basis: Some("PP 28/2018 Pasal 2 ayat (2) for the home; practice for other parties"),
        why: "A surat kuasa lets an official sign for the head of the daerah; it must be \
              identifiable and must exist before the signature, or the signing authority is \
              open to question.",
        valid: r#"signed = 2019-01-15

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
proxy = { number = "180/45/438.1.1.3/2019", date = 2019-01-10 }"#,
        invalid: r#"signed = 2019-01-15

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
proxy = { number = "180/45/438.1.1.3/2019", date = 2019-01-20 }"#,
    },
    RuleInfo {
        code: "proxy-not-allowed",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "The home's party signs a KSB, NK, LOI or NASKAH by `proxy`.",
        basis: Some("PP 28/2018 Pasal 2 ayat (2): a kuasa is for signing the PKS"),
        why: "The head of the daerah signs the KSB, NK, letter of intent and naskah; the \
              regulation foresees a surat kuasa to an official for signing the PKS. Kept as a \
              warning because offices handle exceptions differently.",
        valid: r#"document = "PKS"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
signatory = "Kepala Dinas Komunikasi dan Informatika"
proxy = { number = "180/45/438.1.1.3/2019", date = 2019-01-10 }"#,
        invalid: r#"document = "KSB"

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
signatory = "Kepala Dinas Komunikasi dan Informatika"
proxy = { number = "180/45/438.1.1.3/2018", date = 2018-11-15 }"#,
    },
    RuleInfo {
        code: "termination-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "`[termination] date` is before `start`, after the effective end, or given on a \
                  draft.",
        basis: None,
        why: "An early end can only happen while the agreement is in force; after its end it \
              has simply expired, and a draft that will not be signed is recorded with \
              `[withdrawn]` instead.",
        valid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31

[termination]
date = 2021-06-30
reason = "kesepakatan_para_pihak""#,
        invalid: r#"signed = 2019-01-15
start = 2019-02-01
end = 2024-01-31

[termination]
date = 2024-06-30
reason = "kesepakatan_para_pihak""#,
    },
    RuleInfo {
        code: "withdrawn-signed",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "A document with `signed` also has `[withdrawn]`.",
        basis: Some("a withdrawal is for drafts; a signed one is terminated"),
        why: "Withdrawal records an offer refused or abandoned before signing. A signed \
              agreement that ends early is recorded with `[termination]` and one of its \
              reasons.",
        valid: r#"# a draft: no `signed`
title = "Pengelolaan reklame di ruang milik jalan"

[withdrawn]
date = 2019-03-12
reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah""#,
        invalid: r#"title = "Pengelolaan reklame di ruang milik jalan"
signed = 2019-02-20

[withdrawn]
date = 2019-03-12
reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah""#,
    },
    RuleInfo {
        code: "funding-value",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        summary: "`funding` includes `tanpa_biaya` together with another source, or while \
                  `value_idr` is above zero.",
        basis: None,
        why: "An agreement without cost cannot also be funded from the APBD or a partner, nor \
              have a value; the contradiction would make budget and value reports \
              inconsistent.",
        valid: r#"title = "Pendampingan hukum bidang perdata dan tata usaha negara"
funding = ["tanpa_biaya"]
value_idr = 0"#,
        invalid: r#"title = "Pendampingan hukum bidang perdata dan tata usaha negara"
funding = ["apbd", "tanpa_biaya"]
value_idr = 250000000"#,
    },
    RuleInfo {
        code: "attachment-outside",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "An attachment `path` is absolute, has a `..` segment, or resolves outside the \
                  ledger; it is never opened and no other attachment rule applies.",
        basis: None,
        why: "Attachments must travel with the ledger repository so that reviewers and auditors \
              see the same files; a path outside it breaks on another computer and would let \
              the checker read unrelated files.",
        valid: r#"[[attachments]]
path = "docs/2019/KS-2019-002.pdf"
sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7""#,
        invalid: r#"[[attachments]]
path = "../arsip/2019/KS-2019-002.pdf"
sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7""#,
    },
    RuleInfo {
        code: "attachment-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "An attachment `path` does not exist in the ledger.",
        basis: None,
        why: "A referenced scan that is not there, usually renamed or never committed, leaves \
              the signed document unverifiable for reviewers and auditors.",
        valid: r#"# docs/2019/KS-2019-002.pdf exists in the ledger
[[attachments]]
path = "docs/2019/KS-2019-002.pdf"
sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7""#,
        invalid: r#"# docs/2019/KS-2019-002.pdf exists in the ledger
[[attachments]]
path = "docs/2019/KS-2019-02.pdf"
sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7""#,
    },
    RuleInfo {
        code: "attachment-hash",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        summary: "An attachment's SHA-256 differs from its recorded `sha256`.",
        basis: None,
        why: "The hash pins the exact signed scan; a difference means the file was replaced or \
              altered after it was recorded, or the hash was mistyped.",
        valid: r#"# sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
[[attachments]]
path = "docs/2019/KS-2019-002.pdf"
sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7""#,
        invalid: r#"# sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
[[attachments]]
path = "docs/2019/KS-2019-002.pdf"
sha256 = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f""#,
    },
];

/// The rule with this code.
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.code == code)
}

/// The rule with this code; for codes the engine itself uses, which a test keeps in the
/// catalogue.
pub fn get(code: &str) -> &'static RuleInfo {
    find(code).unwrap_or(&UNKNOWN)
}

static UNKNOWN: RuleInfo = RuleInfo {
    code: "unknown",
    section: Section::Reading,
    severity: Severity::Error,
    fixed: true,
    summary: "",
    basis: None,
    why: "",
    valid: "",
    invalid: "",
};
