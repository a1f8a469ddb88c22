//! The words of the yearly report in Indonesian and English: one table of (key, id, en), and
//! dates as `15 Januari 2019`. Kept apart so that a project-wide catalogue can take it over.

use chrono::{Datelike as _, NaiveDate};

/// The language of the report (`--lang`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The code for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// Every string of the report: (key, Indonesian, English). `{}` marks a value filled in by
/// [`fill`], in order.
const TEXTS: &[(&str, &str, &str)] = &[
    (
        "title",
        "Laporan Tahunan Kerja Sama Daerah {}",
        "Annual Report on Regional Cooperation {}",
    ),
    ("region", "Daerah", "Region"),
    (
        "no_region",
        "(daerah belum diatur di kerjasama.toml)",
        "(no region set in kerjasama.toml)",
    ),
    ("year", "Tahun", "Year"),
    (
        "ledger_version",
        "Versi register (git)",
        "Ledger version (git)",
    ),
    ("commit_of", "{}, commit tanggal {}", "{}, committed on {}"),
    (
        "uncommitted",
        "ada perubahan yang belum di-commit",
        "with uncommitted changes",
    ),
    ("made_on", "Dibuat pada", "Made on"),
    ("figures", "Angka utama", "Key figures"),
    ("figure", "Angka", "Figure"),
    ("value", "Nilai", "Value"),
    (
        "fig_signed",
        "Perjanjian yang ditandatangani tahun {}",
        "Agreements signed in {}",
    ),
    (
        "fig_in_force",
        "Perjanjian yang berlaku selama tahun {}",
        "Agreements in force during {}",
    ),
    (
        "fig_ended",
        "Perjanjian yang berakhir tahun {} (habis masa berlaku atau diakhiri)",
        "Agreements that ended in {} (expired or terminated)",
    ),
    (
        "fig_ending",
        "Perjanjian yang akan berakhir dalam 12 bulan berikutnya ({} s.d. {})",
        "Agreements ending within the following 12 months ({} to {})",
    ),
    (
        "fig_value",
        "Nilai perjanjian yang ditandatangani tahun {}",
        "Total value of the agreements signed in {}",
    ),
    (
        "fig_addenda",
        "Adendum yang ditandatangani tahun {} (tidak dihitung tersendiri)",
        "Addenda signed in {} (not counted on their own)",
    ),
    (
        "counting_rule",
        "Aturan penghitungan: yang dihitung adalah dokumen yang telah ditandatangani. Adendum \
         tidak dihitung tersendiri karena mengubah dokumen yang sudah dihitung; rancangan tidak \
         dihitung. Kesepakatan bersama dan perjanjian kerja sama yang melaksanakannya dihitung \
         sebagai dua dokumen. Masa berlaku memperhitungkan adendum dan pengakhiran.",
        "Counting rule: the signed documents are counted. An addendum is not counted on its own, \
         as it changes a document already counted; drafts are not counted. A KSB and the PKS \
         that implements it count as two documents. Terms include the extensions of addenda \
         and early terminations.",
    ),
    (
        "signed_table",
        "Perjanjian yang ditandatangani tahun {}",
        "Agreements signed in {}",
    ),
    (
        "none_signed",
        "Tidak ada perjanjian yang ditandatangani tahun {}.",
        "No agreement was signed in {}.",
    ),
    ("col_id", "Id", "Id"),
    ("col_number", "Nomor", "Number"),
    ("col_date", "Tanggal", "Date"),
    ("col_title", "Judul", "Title"),
    ("col_counterparts", "Mitra", "Counterparts"),
    ("col_category", "Kategori", "Category"),
    ("col_form", "Bentuk", "Form"),
    ("col_document", "Dokumen", "Document"),
    ("col_term", "Jangka waktu", "Term"),
    ("col_count", "Jumlah", "Count"),
    ("col_party_type", "Jenis mitra", "Counterpart type"),
    ("col_unit", "Perangkat daerah", "Unit"),
    ("col_affair", "Urusan", "Affair"),
    ("col_year", "Tahun", "Year"),
    ("col_missing", "Yang belum tercatat", "Missing"),
    ("col_end", "Berakhir", "Ends"),
    ("col_days", "Sisa hari", "Days left"),
    ("term_range", "{} s.d. {}", "{} to {}"),
    (
        "term_open",
        "sejak {}, tanpa batas akhir",
        "from {}, no fixed end",
    ),
    ("term_terminated", "diakhiri {}", "terminated {}"),
    ("counts", "Jumlah menurut kelompok", "Counts"),
    ("by_category", "Menurut kategori", "By category"),
    (
        "by_form",
        "Menurut bentuk kerja sama",
        "By form of cooperation",
    ),
    (
        "by_party_type",
        "Menurut jenis mitra",
        "By type of counterpart",
    ),
    (
        "by_unit",
        "Menurut perangkat daerah pemrakarsa",
        "By initiating unit",
    ),
    (
        "by_affair",
        "Menurut urusan pemerintahan",
        "By government affair",
    ),
    (
        "counts_note",
        "Satu perjanjian dihitung sekali untuk setiap urusan dan setiap jenis mitranya, sehingga \
         jumlah menurut urusan dan jenis mitra dapat melebihi total.",
        "An agreement counts once under each of its affairs and counterpart types, so those \
         counts can add up to more than the total.",
    ),
    ("no_counts", "Tidak ada.", "None."),
    (
        "trend",
        "Tren sepuluh tahun terakhir",
        "Trend over the last ten years",
    ),
    (
        "trend_caption",
        "Jumlah perjanjian yang ditandatangani per tahun, {} s.d. {}",
        "Agreements signed per year, {} to {}",
    ),
    ("chart_y", "Perjanjian", "Agreements"),
    ("attention", "Perlu perhatian", "Needs attention"),
    ("as_of", "Keadaan per {}.", "As of {}."),
    (
        "approvals_missing",
        "Perjanjian yang berlaku tanpa persetujuan yang diwajibkan",
        "Agreements in force without a required approval",
    ),
    (
        "ending_soon",
        "Berakhir dalam 90 hari tanpa perpanjangan tercatat",
        "Ending within 90 days with no renewal recorded",
    ),
    ("findings", "Temuan pemeriksaan", "Check findings"),
    (
        "findings_text",
        "{} kesalahan dan {} peringatan pada seluruh register (`kerjasama check` merinci \
         temuannya).",
        "{} errors and {} warnings in the whole ledger (`kerjasama check` lists them).",
    ),
    ("none", "Tidak ada.", "None."),
    ("errors", "Kesalahan", "Errors"),
    ("warnings", "Peringatan", "Warnings"),
    ("missing_dprd", "persetujuan DPRD", "DPRD approval"),
    (
        "missing_central",
        "persetujuan Pemerintah Pusat",
        "central government approval",
    ),
    (
        "made_with",
        "Dibuat dengan kerjasama report dari register perjanjian kerja sama.",
        "Made with kerjasama report from the register of cooperation agreements.",
    ),
];

/// The text of `key` in `lang`; the key itself when the table lacks it (so that a missing text
/// shows in the snapshot tests).
pub fn t(lang: Lang, key: &'static str) -> &'static str {
    TEXTS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or(key, |&(_, id, en)| match lang {
            Lang::Id => id,
            Lang::En => en,
        })
}

/// `t(lang, key)` with each `{}` replaced by the next of `values`.
pub fn fill(lang: Lang, key: &'static str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = t(lang, key);
    let mut values = values.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `15 Januari 2019` (or `15 January 2019`).
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let month = months[usize::try_from(d.month0()).unwrap_or(0)];
    format!("{} {month} {}", d.day(), d.year())
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
    fn keys_are_unique_and_every_text_is_there() {
        let mut keys: Vec<&str> = TEXTS.iter().map(|(k, _, _)| *k).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate keys");
        for (k, id, en) in TEXTS {
            assert!(!id.is_empty() && !en.is_empty(), "{k}");
            assert_eq!(
                id.matches("{}").count(),
                en.matches("{}").count(),
                "{k}: both languages take the same values"
            );
        }
    }

    #[test]
    fn dates_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2019, 1, 15).expect("date");
        assert_eq!(date(Lang::Id, d), "15 Januari 2019");
        assert_eq!(date(Lang::En, d), "15 January 2019");
        let d = NaiveDate::from_ymd_opt(2018, 8, 1).expect("date");
        assert_eq!(date(Lang::Id, d), "1 Agustus 2018");
        assert_eq!(agreement_date(Lang::Id, d, true), "2018");
    }

    #[test]
    fn fill_puts_values_in_order() {
        assert_eq!(
            fill(Lang::Id, "term_range", &["1 Mei 2018", "30 April 2023"]),
            "1 Mei 2018 s.d. 30 April 2023"
        );
        assert_eq!(
            fill(Lang::En, "title", &["2018"]),
            "Annual Report on Regional Cooperation 2018"
        );
    }
}
