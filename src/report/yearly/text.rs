//! Dates and enum values in the words of the yearly report; the report's texts themselves are in
//! the message catalogue (`locales/*/report.ftl`).

use chrono::{Datelike as _, NaiveDate};

pub use crate::i18n::Lang;

/// `15 Januari 2019` (or `15 January 2019`).
pub fn date(lang: Lang, d: NaiveDate) -> String {
    crate::tr!(
        lang,
        "date-long",
        day = d.day(),
        month = d.month(),
        year = d.year()
    )
}

/// A date of an agreement: the year alone when the file says it is known only to the year.
pub fn agreement_date(lang: Lang, d: NaiveDate, year_only: bool) -> String {
    if year_only {
        d.year().to_string()
    } else {
        date(lang, d)
    }
}

/// An enum value of the format as words: `pelayanan_publik` → `pelayanan publik`. The values
/// are the regulation's own Indonesian terms, kept in both languages.
pub fn words(value: &str) -> String {
    value.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2019, 1, 15).expect("date");
        assert_eq!(date(Lang::Id, d), "15 Januari 2019");
        assert_eq!(date(Lang::En, d), "15 January 2019");
        let d = NaiveDate::from_ymd_opt(2018, 8, 1).expect("date");
        assert_eq!(date(Lang::Id, d), "1 Agustus 2018");
        assert_eq!(agreement_date(Lang::Id, d, true), "2018");
        let d = NaiveDate::from_ymd_opt(2020, 12, 31).expect("date");
        assert_eq!(date(Lang::Id, d), "31 Desember 2020");
        assert_eq!(date(Lang::En, d), "31 December 2020");
    }
}
