//! The rule catalogue: every code of RULES.md with its section and severity. Its texts (summary,
//! explanation, basis, examples) are in the message catalogue, `locales/*/rules.ftl`.

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
    /// Whether RULES.md cites a basis (regulation or practice) for the rule; its text is
    /// `rule-CODE-basis` in `locales/*/rules.ftl` ([`RuleInfo::basis_in`]).
    pub has_basis: bool,
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
        self.has_basis
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
        has_basis: true,
    },
    RuleInfo {
        code: "unknown-key",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "missing-key",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "wrong-type",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "invalid-value",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "stray-file",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "config-invalid",
        section: Section::Reading,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    // ──────────────────── B. Identity and the ledger as a whole ────────────────────
    RuleInfo {
        code: "id-format",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "file-name",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "id-year",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "duplicate-id",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "duplicate-number",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "unknown-reference",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "reference-cycle",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: true,
        has_basis: true,
    },
    RuleInfo {
        code: "unknown-unit",
        section: Section::Identity,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "waiver-invalid",
        section: Section::Identity,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    // ───────────────────────────── C. Parties (PP 28/2018) ─────────────────────────────
    RuleInfo {
        code: "too-few-parties",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "duplicate-party",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "no-daerah",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "home-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdd-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdpk-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdpk-legal-entity",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "legal-entity-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdpl-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdll-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "sinergi-party-type",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "central-government-party",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "country-missing",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "country-unexpected",
        section: Section::Parties,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "code-invalid",
        section: Section::Parties,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    // ──────────────────────── D. Category, form and object ────────────────────────
    RuleInfo {
        code: "form-category",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdd-wajib-combination",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "ksdd-wajib-neighbour",
        section: Section::Category,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "sister-level",
        section: Section::Category,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "scope-missing",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "scope-unexpected",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "affairs-empty",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "document-category",
        section: Section::Category,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    // ─────────────────── E. Dates, terms, documents and money ───────────────────
    RuleInfo {
        code: "number-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "start-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "term-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "signed-in-future",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "start-before-signed",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "pks-end-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "pks-max-five-years",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "pks-without-ksb",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "parent-kind",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "parent-mismatch",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "parent-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "outlives-parent",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "renewal-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "budget-flags-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "dprd-approval-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "dprd-approval-missing-ksdpk",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "central-approval-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "approval-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "proxy-incomplete",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "proxy-not-allowed",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "termination-order",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "withdrawn-signed",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: true,
    },
    RuleInfo {
        code: "funding-value",
        section: Section::Dates,
        severity: Severity::Warning,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "attachment-outside",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "attachment-missing",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
    },
    RuleInfo {
        code: "attachment-hash",
        section: Section::Dates,
        severity: Severity::Error,
        fixed: false,
        has_basis: false,
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
    has_basis: false,
};
