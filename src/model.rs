//! The agreement as stored in a file: enums of FORMAT.md and the typed record.
//!
//! Every value keeps its byte span in the file (`Sp<T>`), so a rule can point at it. The same
//! types generate the JSON Schema (schemars) and serialise an agreement (serde).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::{Deref, Range};

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

/// A value with the byte span it was read from (empty for a value not read from a file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Range<usize>) -> Self {
        Self { value, span }
    }

    /// A value that was not read from a file.
    pub fn bare(value: T) -> Self {
        Self { value, span: 0..0 }
    }
}

impl<T> Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: Serialize> Serialize for Sp<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: JsonSchema> JsonSchema for Sp<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// An enum of FORMAT.md: a closed set of string values.
pub trait Choice: Sized + Copy + 'static {
    /// Every value, in the order of FORMAT.md.
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
    /// The values joined for a message: `a, b, c`.
    fn list() -> String {
        Self::ALL
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "enum": [$($text),+]
                })
            }
        }
    };
}

choice! {
    /// The kind of cooperation (PP 28/2018, plus SINERGI).
    Category {
        Ksdd = "KSDD",
        Ksdpk = "KSDPK",
        Ksdpl = "KSDPL",
        Ksdll = "KSDLL",
        Sinergi = "SINERGI",
    }
}

choice! {
    /// The form of cooperation; which forms a category allows is `Category::forms`.
    Form {
        Wajib = "wajib",
        Sukarela = "sukarela",
        PelayananPublik = "pelayanan_publik",
        PengelolaanAset = "pengelolaan_aset",
        Investasi = "investasi",
        Lainnya = "lainnya",
        ProvinsiKembar = "provinsi_kembar",
        KabupatenKotaKembar = "kabupaten_kota_kembar",
        PenerusanKerjaSamaPusat = "penerusan_kerja_sama_pusat",
        PersetujuanPusat = "persetujuan_pusat",
        DukunganProgram = "dukungan_program",
    }
}

choice! {
    /// The kind of document.
    DocumentKind {
        Ksb = "KSB",
        Pks = "PKS",
        Nk = "NK",
        Loi = "LOI",
        Naskah = "NASKAH",
        Adendum = "ADENDUM",
    }
}

choice! {
    /// The kind of a party.
    PartyType {
        Provinsi = "provinsi",
        Kabupaten = "kabupaten",
        Kota = "kota",
        Perseorangan = "perseorangan",
        BadanUsaha = "badan_usaha",
        Ormas = "ormas",
        PemerintahPusat = "pemerintah_pusat",
        BadanHukumPublik = "badan_hukum_publik",
        PemerintahDaerahLuarNegeri = "pemerintah_daerah_luar_negeri",
        LembagaLuarNegeri = "lembaga_luar_negeri",
    }
}

choice! {
    /// Government affairs (urusan pemerintahan), FORMAT.md section 5.
    Affair {
        Pendidikan = "pendidikan",
        Kesehatan = "kesehatan",
        PekerjaanUmum = "pekerjaan_umum_dan_penataan_ruang",
        Perumahan = "perumahan_rakyat_dan_kawasan_permukiman",
        Ketenteraman = "ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat",
        Sosial = "sosial",
        TenagaKerja = "tenaga_kerja",
        PemberdayaanPerempuan = "pemberdayaan_perempuan_dan_pelindungan_anak",
        Pangan = "pangan",
        Pertanahan = "pertanahan",
        LingkunganHidup = "lingkungan_hidup",
        Adminduk = "administrasi_kependudukan_dan_pencatatan_sipil",
        PemberdayaanMasyarakat = "pemberdayaan_masyarakat_dan_desa",
        PengendalianPenduduk = "pengendalian_penduduk_dan_keluarga_berencana",
        Perhubungan = "perhubungan",
        Kominfo = "komunikasi_dan_informatika",
        Koperasi = "koperasi_usaha_kecil_dan_menengah",
        PenanamanModal = "penanaman_modal",
        KepemudaanOlahraga = "kepemudaan_dan_olahraga",
        Statistik = "statistik",
        Persandian = "persandian",
        Kebudayaan = "kebudayaan",
        Perpustakaan = "perpustakaan",
        Kearsipan = "kearsipan",
        KelautanPerikanan = "kelautan_dan_perikanan",
        Pariwisata = "pariwisata",
        Pertanian = "pertanian",
        Kehutanan = "kehutanan",
        Esdm = "energi_dan_sumber_daya_mineral",
        Perdagangan = "perdagangan",
        Perindustrian = "perindustrian",
        Transmigrasi = "transmigrasi",
        Penunjang = "penunjang_urusan_pemerintahan",
    }
}

choice! {
    /// Objects of foreign cooperation (KSDPL, KSDLL).
    Scope {
        Iptek = "iptek",
        PertukaranBudaya = "pertukaran_budaya",
        KapasitasPemerintahan = "kapasitas_pemerintahan",
        PromosiPotensiDaerah = "promosi_potensi_daerah",
        Lainnya = "lainnya",
    }
}

choice! {
    /// What the plan asks of the regional budget (APBD).
    ApbdFunding {
        None = "none",
        Budgeted = "budgeted",
        NotBudgeted = "not_budgeted",
    }
}

choice! {
    /// Sources of funding.
    Funding {
        Apbd = "apbd",
        Apbn = "apbn",
        Mitra = "mitra",
        Hibah = "hibah",
        TanpaBiaya = "tanpa_biaya",
    }
}

choice! {
    /// Why a signed agreement ended early.
    TerminationReason {
        KesepakatanParaPihak = "kesepakatan_para_pihak",
        TujuanTercapai = "tujuan_tercapai",
        Wanprestasi = "wanprestasi",
        KeadaanMemaksa = "keadaan_memaksa",
        ObjekHilang = "objek_hilang",
        PerubahanKebijakan = "perubahan_kebijakan",
        DigantiPerjanjianBaru = "diganti_perjanjian_baru",
        Lainnya = "lainnya",
    }
}

choice! {
    /// Whether the agreement was carried out in a year.
    MonitoringState {
        Berjalan = "berjalan",
        TidakBerjalan = "tidak_berjalan",
        Selesai = "selesai",
    }
}

choice! {
    /// The top-level date keys that `year_only` may name.
    DateKey {
        Signed = "signed",
        Start = "start",
        End = "end",
    }
}

impl Category {
    /// The forms allowed for this category (FORMAT.md section 4).
    pub fn forms(self) -> &'static [Form] {
        use Form::*;
        match self {
            Category::Ksdd => &[Wajib, Sukarela],
            Category::Ksdpk => &[PelayananPublik, PengelolaanAset, Investasi, Lainnya],
            Category::Ksdpl => &[ProvinsiKembar, KabupatenKotaKembar, Lainnya],
            Category::Ksdll => &[PenerusanKerjaSamaPusat, PersetujuanPusat],
            Category::Sinergi => &[DukunganProgram, Lainnya],
        }
    }

    /// The documents allowed for this category (FORMAT.md section 4).
    pub fn documents(self) -> &'static [DocumentKind] {
        use DocumentKind::*;
        match self {
            Category::Ksdd | Category::Ksdpk => &[Ksb, Pks, Adendum],
            Category::Ksdpl | Category::Ksdll => &[Loi, Naskah, Adendum],
            Category::Sinergi => &[Nk, Pks, Adendum],
        }
    }

    /// KSDPL and KSDLL: cooperation abroad.
    pub fn is_foreign(self) -> bool {
        matches!(self, Category::Ksdpl | Category::Ksdll)
    }
}

impl PartyType {
    pub fn is_daerah(self) -> bool {
        matches!(
            self,
            PartyType::Provinsi | PartyType::Kabupaten | PartyType::Kota
        )
    }

    pub fn is_third_party(self) -> bool {
        matches!(
            self,
            PartyType::Perseorangan | PartyType::BadanUsaha | PartyType::Ormas
        )
    }

    pub fn is_foreign(self) -> bool {
        matches!(
            self,
            PartyType::PemerintahDaerahLuarNegeri | PartyType::LembagaLuarNegeri
        )
    }

    pub fn is_central(self) -> bool {
        matches!(
            self,
            PartyType::PemerintahPusat | PartyType::BadanHukumPublik
        )
    }
}

/// A surat kuasa: the signatory signs for the head of the party.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Proxy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Sp<NaiveDate>>,
}

/// A party to the document.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Party {
    pub name: Sp<String>,
    #[serde(rename = "type")]
    pub kind: Sp<PartyType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_entity: Option<Sp<bool>>,
    /// Kemendagri region code: `PP` for a provinsi, `PP.KK` for a kabupaten or kota.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<Sp<String>>,
    /// ISO 3166-1 alpha-2, for foreign parties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Sp<String>>,
    /// The party's own register number of the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signatory: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy: Option<Sp<Proxy>>,
}

/// An approval of the DPRD or of the central government.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Approval {
    pub number: Sp<String>,
    pub date: Sp<NaiveDate>,
}

/// An early end of a signed agreement.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Termination {
    pub date: Sp<NaiveDate>,
    pub reason: Sp<TerminationReason>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Sp<String>>,
}

/// A draft that will not be signed.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Withdrawn {
    pub date: Sp<NaiveDate>,
    pub reason: Sp<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Sp<String>>,
}

/// A file kept with the agreement (the signed scan).
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Attachment {
    /// Relative to the ledger root, inside it.
    pub path: Sp<String>,
    /// 64 lowercase hexadecimal digits.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: Sp<String>,
}

/// Whether the agreement was carried out in a year.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Monitoring {
    pub year: Sp<u16>,
    pub state: Sp<MonitoringState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue_idr: Option<Sp<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Sp<String>>,
}

/// Per-file waivers: rule code and reason, each with its span.
#[derive(Clone, Debug, Default)]
pub struct Waive(pub Vec<(Sp<String>, Sp<String>)>);

impl Waive {
    /// The reason given for `code`, when it is a real one (not empty).
    pub fn reason(&self, code: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.value == code)
            .map(|(_, r)| r.value.as_str())
            .filter(|r| !r.trim().is_empty())
    }
}

impl Serialize for Waive {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let map: BTreeMap<&str, &str> = self
            .0
            .iter()
            .map(|(k, v)| (k.value.as_str(), v.value.as_str()))
            .collect();
        map.serialize(s)
    }
}

impl JsonSchema for Waive {
    fn schema_name() -> Cow<'static, str> {
        "Waive".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Per-file waivers: rule code = reason.",
            "type": "object",
            "additionalProperties": { "type": "string", "minLength": 1 }
        })
    }
}

/// One agreement file.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "kerjasama agreement")]
pub struct Agreement {
    /// PREFIX-YYYY-NNN
    pub id: Sp<String>,
    #[schemars(length(min = 1, max = 300))]
    pub title: Sp<String>,
    pub category: Sp<Category>,
    pub form: Sp<Form>,
    #[schemars(length(min = 1))]
    pub affairs: Sp<Vec<Affair>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Sp<Vec<Scope>>>,
    /// The initiating unit (OPD).
    pub unit: Sp<String>,
    pub document: Sp<DocumentKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Sp<String>>,
    /// Absent for a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_only: Option<Sp<Vec<DateKey>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Sp<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renews: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub burdens_region: Option<Sp<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apbd_funding: Option<Sp<ApbdFunding>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_idr: Option<Sp<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funding: Option<Sp<Vec<Funding>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waive: Option<Sp<Waive>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Sp<Vec<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Sp<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dprd_approval: Option<Sp<Approval>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub central_approval: Option<Sp<Approval>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub termination: Option<Sp<Termination>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Sp<Withdrawn>>,
    /// At least two, the home daerah among them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(min = 2))]
    pub parties: Vec<Sp<Party>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Sp<Attachment>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<Sp<Monitoring>>,
}

impl Agreement {
    /// Whether `key` is marked in `year_only`.
    pub fn year_only(&self, key: DateKey) -> bool {
        self.year_only.as_ref().is_some_and(|v| v.contains(&key))
    }

    pub fn is_signed(&self) -> bool {
        self.signed.is_some()
    }
}

/// The top-level keys of an agreement file, in canonical order.
pub const AGREEMENT_KEYS: &[&str] = &[
    "id",
    "title",
    "category",
    "form",
    "affairs",
    "scope",
    "unit",
    "document",
    "number",
    "signed",
    "place",
    "year_only",
    "start",
    "end",
    "parent",
    "renews",
    "burdens_region",
    "apbd_funding",
    "value_idr",
    "funding",
    "waive",
    "tags",
    "notes",
    "dprd_approval",
    "central_approval",
    "termination",
    "withdrawn",
    "parties",
    "attachments",
    "monitoring",
];

pub const PARTY_KEYS: &[&str] = &[
    "name",
    "type",
    "legal_entity",
    "code",
    "country",
    "number",
    "signatory",
    "proxy",
];
pub const PROXY_KEYS: &[&str] = &["number", "date"];
pub const APPROVAL_KEYS: &[&str] = &["number", "date"];
pub const TERMINATION_KEYS: &[&str] = &["date", "reason", "note"];
pub const WITHDRAWN_KEYS: &[&str] = &["date", "reason", "note"];
pub const ATTACHMENT_KEYS: &[&str] = &["path", "sha256"];
pub const MONITORING_KEYS: &[&str] = &["year", "state", "revenue_idr", "note"];

/// Keys derived by the tool, never stored.
pub const RESERVED_KEYS: &[&str] = &["path", "status", "year", "effective_end", "links"];
