# The rules of `kerjasama rules` and `kerjasama explain` (and SARIF): for each rule code, when it fires
# (summary), why it exists (why), the basis cited under each finding (basis; none where RULES.md
# gives none), and a TOML example that satisfies the rule (valid) and one that breaks it (invalid).
# In the examples only the `#` comments are words; the TOML is the same in every language. A line
# starting with `[` is written `{"["}`, and braces `{"{"}` and `{"}"}`, as Fluent requires.

rule-toml-syntax-summary = The file is not valid TOML 1.0; the line and column where reading stopped are reported.
rule-toml-syntax-why = Nothing else can be checked in a file that cannot be read. Common causes are a missing closing quote, a date written as 15/01/2019, or a stray character; the position points at the place to fix.
rule-toml-syntax-basis = format
rule-toml-syntax-valid =
    id = "KS-2019-002"
    title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City"
    signed = 2019-01-15
rule-toml-syntax-invalid =
    id = "KS-2019-002"
    title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City
    signed = 15/01/2019

rule-unknown-key-summary = The file uses a key the format does not define; the nearest known key is suggested.
rule-unknown-key-why = A misspelt key would otherwise be ignored and its value silently lost: an `end` typed as `end_date` would leave the agreement without an end. Derived values such as `status` or `effective_end` are computed by kerjasama and never stored.
rule-unknown-key-basis = format
rule-unknown-key-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-unknown-key-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end_date = 2024-01-31   # did you mean `end`?
    status = "active"       # derived, never stored

rule-missing-key-summary = A key marked always required in FORMAT.md (e.g. `unit`, `document`, or a party's `name` and `type`) is absent.
rule-missing-key-why = These keys say what the agreement is, which unit started it and who the parties are; every report and every other rule depends on them.
rule-missing-key-basis = format
rule-missing-key-valid =
    category = "KSDPK"
    document = "PKS"
    unit = "Dinas Komunikasi dan Informatika"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-missing-key-invalid =
    category = "KSDPK"
    document = "PKS"
    # no `unit`

    {"["}[parties]]
    name = "PT Indosat Tbk"
    # no `type`
    legal_entity = true

rule-wrong-type-summary = A value has the wrong TOML type, e.g. a date in quotes, an amount written as text, or a yes/no written as a word.
rule-wrong-type-why = Dates must be TOML dates and amounts integers so that terms can be compared and values added up; a quoted date looks right to a reader but cannot be computed with.
rule-wrong-type-basis = format
rule-wrong-type-valid =
    signed = 2019-01-15
    value_idr = 1500000000
    burdens_region = false
rule-wrong-type-invalid =
    signed = "2019-01-15"
    value_idr = "Rp 1.500.000.000"
    burdens_region = "tidak"

rule-invalid-value-summary = A value lies outside its allowed set: an unknown enum value, a bad `year_only` entry, a non-ISO `country`, a `title` of 0 or over 300 characters, or a malformed `sha256`.
rule-invalid-value-why = Enum values drive the category, party and date rules, so a misspelling must be caught rather than guessed at. A year-only date is stored as 1 January of its year so that it sorts and compares correctly.
rule-invalid-value-basis = format
rule-invalid-value-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    year_only = ["signed"]
    signed = 2005-01-01
rule-invalid-value-invalid =
    category = "KSDPK"
    form = "pelayanan publik"
    year_only = ["signed", "place"] # `place` is not a date
    signed = 2005-03-17             # a year-only date must be 1 January

rule-stray-file-summary = A file under `agreements/` is not a `*.toml`, a hidden file or a README, or a `*.toml` entry is not a regular file (a directory, an outside link, a device).
rule-stray-file-why = Files that are not agreements are reported rather than skipped, so a record saved with the wrong extension is never silently left out of the register. Scans belong under `docs/` and are linked with `[[attachments]]`.
rule-stray-file-basis = format
rule-stray-file-valid =
    # agreements/.gitkeep
    # agreements/README.md
    # agreements/2019/KS-2019-002.toml
    # docs/2019/KS-2019-002.pdf
rule-stray-file-invalid =
    # agreements/2019/KS-2019-002.toml
    # agreements/2019/KS-2019-003.tml      (wrong extension)
    # agreements/2019/KS-2019-002.pdf      (a scan: move it to docs/)
    # agreements/2019/KS-2019-004.toml/    (a directory)

rule-config-invalid-summary = `kerjasama.toml` cannot be read, has an unknown key or value, names an unknown rule code, or overrides a fixed rule.
rule-config-invalid-why = The settings decide the home region, the id prefix and the severity of every rule, so a mistake there changes the findings for the whole ledger. Only the value concerned falls back to its default.
rule-config-invalid-basis = format
rule-config-invalid-valid =
    format = 1

    {"["}region]
    name = "Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}rules]
    pks-max-five-years = "error"
rule-config-invalid-invalid =
    {"["}region]
    name = "Kabupaten Sidoarjo"
    type = "regency"            # provinsi | kabupaten | kota
    code = "35.15"

    {"["}rules]
    pks-max-five-year = "off"   # unknown rule code
    duplicate-id = "warning"    # a fixed rule cannot be overridden

rule-id-format-summary = `id` is not `PREFIX-YYYY-NNN` with the ledger's prefix, a four-digit year and a sequence number of at least three digits.
rule-id-format-why = The id is the permanent key by which files refer to each other and by which the office cites an agreement; one pattern keeps ids unique, sortable and easy to read.
rule-id-format-basis = format
rule-id-format-valid =
    # kerjasama.toml: [ids] prefix = "KS"
    id = "KS-2019-002"
    signed = 2019-01-15
rule-id-format-invalid =
    # kerjasama.toml: [ids] prefix = "KS"
    id = "MOU/2019/2"
    signed = 2019-01-15

rule-file-name-summary = The file is not stored as `agreements/YYYY/<id>.toml`, YYYY being the year of its id.
rule-file-name-why = One predictable place per id makes the ledger easy to browse and review, and keeps two copies of the same agreement from hiding under different names.
rule-file-name-basis = format
rule-file-name-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    signed = 2019-01-15
rule-file-name-invalid =
    # agreements/2018/kerjasama-indosat.toml
    id = "KS-2019-002"
    signed = 2019-01-15

rule-id-year-summary = The year in the `id` is later than the year of `signed`.
rule-id-year-why = An id is given when the record is created, at signing or earlier as a draft, and never changes; its year may be earlier than the signing year but never later. A later year points to a mistyped id or signing date.
rule-id-year-basis = format: ids are given at signing or earlier, never later
rule-id-year-valid =
    id = "KS-2018-014"     # recorded as a draft in 2018
    document = "KSB"
    signed = 2019-01-10
rule-id-year-invalid =
    id = "KS-2020-001"     # should be KS-2019-...
    document = "KSB"
    signed = 2019-12-30

rule-duplicate-id-summary = Two or more files carry the same `id`.
rule-duplicate-id-why = Links by `parent` and `renews`, reports and citations rely on an id naming exactly one document. A duplicate usually comes from copying a file as a template and forgetting to change its id.
rule-duplicate-id-basis = format
rule-duplicate-id-valid =
    # agreements/2019/KS-2019-003.toml
    id = "KS-2019-003"
    title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
    # agreements/2019/KS-2019-004.toml
    id = "KS-2019-004"
    title = "Pengelolaan parkir tepi jalan umum"
rule-duplicate-id-invalid =
    # agreements/2019/KS-2019-003.toml
    id = "KS-2019-003"
    title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
    # agreements/2019/KS-2019-004.toml
    id = "KS-2019-003"
    title = "Pengelolaan parkir tepi jalan umum"

rule-duplicate-number-summary = Two agreements carry the same register `number` (compared after trimming, case folding and collapsing spaces).
rule-duplicate-number-why = Each signed document gets its own number in the home's register; a repeated number usually means a copied file or a typing mistake, and makes the register ambiguous for auditors and the DPRD.
rule-duplicate-number-basis = one register, one number
rule-duplicate-number-valid =
    # agreements/2019/KS-2019-002.toml
    number = "180/123/438.1.1.3/2019"
    # agreements/2019/KS-2019-003.toml
    number = "180/131/438.1.1.3/2019"
rule-duplicate-number-invalid =
    # agreements/2019/KS-2019-002.toml
    number = "180/123/438.1.1.3/2019"
    # agreements/2019/KS-2019-003.toml
    number = "180/123/438.1.1.3/2019"

rule-unknown-reference-summary = `parent` or `renews` names an id that no file in the ledger carries.
rule-unknown-reference-why = A link to a missing document cannot be followed to check stages, dates or approvals. Usually the id is mistyped or the parent's file has not been added yet.
rule-unknown-reference-basis = format
rule-unknown-reference-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    document = "PKS"
    parent = "KS-2018-014"
rule-unknown-reference-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    document = "PKS"
    parent = "KS-2018-041"   # no such id

rule-reference-cycle-summary = Following `parent` and `renews` links from a document leads back to it (a document naming itself included).
rule-reference-cycle-why = Parents and renewals form a chain back in time; a loop has no first document, so stages, order and effective ends cannot be worked out.
rule-reference-cycle-basis = format
rule-reference-cycle-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    # agreements/2024/KS-2024-003.toml
    id = "KS-2024-003"
    renews = "KS-2019-002"
rule-reference-cycle-invalid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    renews = "KS-2024-003"
    # agreements/2024/KS-2024-003.toml
    id = "KS-2024-003"
    renews = "KS-2019-002"

rule-unknown-unit-summary = `unit` is not one of the names in `kerjasama.toml units` (checked only when that list is set).
rule-unknown-unit-why = Reports by unit (which OPD started what) only add up when every file spells the unit the same way; the `units` list is the office's own spelling of its OPD names.
rule-unknown-unit-basis = practice
rule-unknown-unit-valid =
    # kerjasama.toml
    units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
    # agreements/2019/KS-2019-002.toml
    unit = "Dinas Komunikasi dan Informatika"
rule-unknown-unit-invalid =
    # kerjasama.toml
    units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
    # agreements/2019/KS-2019-002.toml
    unit = "Diskominfo"

rule-waiver-invalid-summary = A `waive` entry names an unknown or a fixed rule code, or gives an empty reason.
rule-waiver-invalid-why = A waiver is a recorded decision to accept a deviation in one file, so it must name a rule that can be waived and say why; otherwise it hides nothing, or hides the wrong thing without explanation.
rule-waiver-invalid-basis = format
rule-waiver-invalid-valid =
    document = "PKS"
    start = 2019-02-01
    end = 2039-01-31

    {"["}waive]
    pks-max-five-years = "KPBU, jangka waktu 20 tahun"
rule-waiver-invalid-invalid =
    document = "PKS"
    start = 2019-02-01
    end = 2039-01-31

    {"["}waive]
    pks-max-5-years = "KPBU, jangka waktu 20 tahun"   # unknown rule code
    duplicate-id = "salinan dokumen"                  # fixed rule
    start-before-signed = " "                         # empty reason

rule-too-few-parties-summary = The file lists fewer than two `[[parties]]` (no `parties` at all counts as none).
rule-too-few-parties-why = Kerja sama daerah is a joint undertaking between the daerah and at least one other party; a document with a single party records no agreement, and usually the counterpart was left out.
rule-too-few-parties-basis = PP 28/2018 Pasal 1 angka 1: a joint undertaking (usaha bersama)
rule-too-few-parties-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-too-few-parties-invalid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    # the counterpart is missing

rule-duplicate-party-summary = The same party is listed twice: two daerah with the same `code`, or two parties with the same name.
rule-duplicate-party-why = A party listed twice makes a two-party agreement look like a multi-party one and can hide a missing counterpart, for example a KSDD that names only one daerah.
rule-duplicate-party-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Gresik"
    type = "kabupaten"
    code = "35.25"
rule-duplicate-party-invalid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

rule-no-daerah-summary = None of the parties is a `provinsi`, `kabupaten` or `kota`.
rule-no-daerah-why = Every kerja sama daerah is made by a daerah. An agreement without one is either not a regional cooperation at all, or the daerah's own party entry was forgotten.
rule-no-daerah-basis = PP 28/2018 Pasal 1 angka 1
rule-no-daerah-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-no-daerah-invalid =
    {"["}[parties]]
    name = "Dinas Komunikasi dan Informatika"
    type = "badan_usaha"        # a unit of the daerah, not a company
    legal_entity = true

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true

rule-home-missing-summary = No party carries the home region's `code` from `kerjasama.toml [region]` (skipped when the ledger has no home).
rule-home-missing-why = The register of a daerah holds the agreements that daerah is itself party to. A file without the home is misfiled, or the home's code is mistyped.
rule-home-missing-basis = the ledger records the home's own agreements
rule-home-missing-valid =
    # kerjasama.toml: [region] code = "35.15"
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
rule-home-missing-invalid =
    # kerjasama.toml: [region] code = "35.15"
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.51"              # typo for 35.15

rule-ksdd-party-type-summary = A KSDD has a party that is not a daerah, or fewer than two distinct daerah.
rule-ksdd-party-type-why = A KSDD is by definition cooperation between a daerah and another daerah. With a company or a foundation on the document, it is a KSDPK (or needs splitting into separate agreements).
rule-ksdd-party-type-basis = PP 28/2018 Pasal 1 angka 2
rule-ksdd-party-type-valid =
    category = "KSDD"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-ksdd-party-type-invalid =
    category = "KSDD"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true

rule-ksdpk-party-type-summary = A KSDPK has no third party (`perseorangan`, `badan_usaha`, `ormas`), or a party that is neither a daerah nor a third party.
rule-ksdpk-party-type-why = A KSDPK is cooperation between a daerah and a pihak ketiga: an individual, a business entity or a civil-society organisation. Without one, or with a foreign or central-government party, the document belongs to another category.
rule-ksdpk-party-type-basis = PP 28/2018 Pasal 1 angka 3; the kinds of pihak ketiga
rule-ksdpk-party-type-valid =
    category = "KSDPK"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-ksdpk-party-type-invalid =
    category = "KSDPK"   # both parties are daerah: this is a KSDD

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"

rule-ksdpk-legal-entity-summary = A KSDPK has a `badan_usaha` party with `legal_entity = false` (such as a CV, firma or UD).
rule-ksdpk-legal-entity-why = Only a business entity with legal entity status (PT, BUMN, BUMD, koperasi) may be a pihak ketiga; a CV, firma or UD has no legal personality apart from its owners. An ormas may take part with or without legal entity status.
rule-ksdpk-legal-entity-basis = pihak ketiga: badan usaha berbadan hukum (PT, BUMN, BUMD, koperasi)
rule-ksdpk-legal-entity-valid =
    category = "KSDPK"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-ksdpk-legal-entity-invalid =
    category = "KSDPK"

    {"["}[parties]]
    name = "CV Maju Jaya"
    type = "badan_usaha"
    legal_entity = false

rule-legal-entity-missing-summary = A `badan_usaha` or `ormas` party has no `legal_entity` key.
rule-legal-entity-missing-why = Whether a company or organisation is a legal entity decides whether it may be a pihak ketiga, so the file must state it rather than let the tool assume either way.
rule-legal-entity-missing-basis = needed by ksdpk-legal-entity
rule-legal-entity-missing-valid =
    {"["}[parties]]
    name = "Yayasan Pendidikan Delta Sidoarjo"
    type = "ormas"
    legal_entity = true
rule-legal-entity-missing-invalid =
    {"["}[parties]]
    name = "Yayasan Pendidikan Delta Sidoarjo"
    type = "ormas"
    # `legal_entity` not stated

rule-ksdpl-party-type-summary = A KSDPL has no `pemerintah_daerah_luar_negeri` party, or a party that is neither a daerah nor a foreign regional government.
rule-ksdpl-party-type-why = A KSDPL is cooperation between a daerah and a regional government abroad (a sister province, sister city or similar). With a foreign institution it is a KSDLL; with a domestic partner it is not foreign cooperation.
rule-ksdpl-party-type-basis = PP 28/2018 Pasal 1 angka 4
rule-ksdpl-party-type-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"

    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"
rule-ksdpl-party-type-invalid =
    category = "KSDPL"
    form = "lainnya"

    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "lembaga_luar_negeri"
    country = "JP"

rule-ksdll-party-type-summary = A KSDLL has no `lembaga_luar_negeri` party, or a party that is neither a daerah nor a foreign institution.
rule-ksdll-party-type-why = A KSDLL is cooperation between a daerah and an institution abroad. A foreign city or province as the counterpart makes it a KSDPL, with its own forms.
rule-ksdll-party-type-basis = PP 28/2018 Pasal 1 angka 5
rule-ksdll-party-type-valid =
    category = "KSDLL"
    form = "penerusan_kerja_sama_pusat"

    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "lembaga_luar_negeri"
    country = "JP"
rule-ksdll-party-type-invalid =
    category = "KSDLL"
    form = "persetujuan_pusat"

    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"

rule-sinergi-party-type-summary = A SINERGI has no `pemerintah_pusat` or `badan_hukum_publik` party, or has a foreign party.
rule-sinergi-party-type-why = SINERGI records support of a central-government programme, so a ministry, agency, vertical office or public legal body must take part. A state-owned company such as PT Taspen (Persero) is a badan_usaha, and its agreement is a KSDPK.
rule-sinergi-party-type-basis = Permendagri 22/2020: support of central-government programmes
rule-sinergi-party-type-valid =
    category = "SINERGI"
    document = "NK"

    {"["}[parties]]
    name = "Kejaksaan Negeri Sidoarjo"
    type = "pemerintah_pusat"
rule-sinergi-party-type-invalid =
    category = "SINERGI"
    document = "NK"

    {"["}[parties]]
    name = "PT Taspen (Persero)"
    type = "badan_usaha"
    legal_entity = true

rule-central-government-party-summary = A KSDD, KSDPK, KSDPL or KSDLL has a `pemerintah_pusat` or `badan_hukum_publik` party; such an agreement is recorded as SINERGI.
rule-central-government-party-why = None of the four PP 28/2018 categories includes the central government or a public legal body as a party; cooperation with them (the kejaksaan, the land office, BPJS) is recorded as SINERGI with an NK.
rule-central-government-party-basis = the four categories' definitions (PP 28/2018 Pasal 1 angka 2 to 5)
rule-central-government-party-valid =
    category = "SINERGI"
    form = "dukungan_program"

    {"["}[parties]]
    name = "BPJS Kesehatan Cabang Sidoarjo"
    type = "badan_hukum_publik"
rule-central-government-party-invalid =
    category = "KSDPK"
    form = "pelayanan_publik"

    {"["}[parties]]
    name = "BPJS Kesehatan Cabang Sidoarjo"
    type = "badan_hukum_publik"

rule-country-missing-summary = A foreign party (`pemerintah_daerah_luar_negeri`, `lembaga_luar_negeri`) has no `country`, or has country ID.
rule-country-missing-why = Foreign cooperation needs diplomatic relations with the partner's country, so the country must be known; a foreign party in Indonesia is a contradiction, usually a wrong party type.
rule-country-missing-basis = foreign means outside Indonesia
rule-country-missing-valid =
    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"
rule-country-missing-invalid =
    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    # `country` missing

rule-country-unexpected-summary = A party that is not foreign has a `country` other than ID.
rule-country-unexpected-why = Daerah, third parties and central-government bodies are in Indonesia; another country usually means the wrong party type was chosen for a foreign partner, or a mistyped code.
rule-country-unexpected-basis = format
rule-country-unexpected-valid =
    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-country-unexpected-invalid =
    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "badan_usaha"        # should be lembaga_luar_negeri
    legal_entity = true
    country = "JP"

rule-code-invalid-summary = A daerah has no `code` or one that does not fit its type (PP for a provinsi, PP.KK with KK 01-70 for a kabupaten, 71-99 for a kota), or a non-daerah has a `code`.
rule-code-invalid-why = The region code names a daerah without ambiguity (Kabupaten Mojokerto is 35.16, Kota Mojokerto 35.76); the home, neighbour and wajib-combination rules all work by code.
rule-code-invalid-basis = kode wilayah (Kemendagri)
rule-code-invalid-valid =
    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    code = "35"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-code-invalid-invalid =
    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    # `code` missing

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kabupaten"          # 71-99 are kota numbers
    code = "35.78"

rule-form-category-summary = `form` is not one of the forms allowed for the `category` (FORMAT.md section 4).
rule-form-category-why = Each category has its own forms: wajib or sukarela for a KSDD; public service, asset management, investment or other for a KSDPK; sister or other forms abroad. A mismatch usually means the category itself is wrong.
rule-form-category-basis = Permendagri 22/2020 and 25/2020: the forms of each category
rule-form-category-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
rule-form-category-invalid =
    category = "KSDD"
    form = "pelayanan_publik"   # KSDD: wajib | sukarela
    affairs = ["komunikasi_dan_informatika"]

rule-ksdd-wajib-combination-summary = A `wajib` KSDD whose daerah are neither all kabupaten/kota, nor all provinsi, nor one provinsi with kabupaten/kota lying inside it.
rule-ksdd-wajib-combination-why = Kerja sama wajib is allowed only between kabupaten/kota (in the same or across provinces), between provinsi, or between a provinsi and the kabupaten/kota inside it. Other mixes, like a provinsi with a kabupaten of another province, must be sukarela.
rule-ksdd-wajib-combination-basis = Permendagri 22/2020: the four combinations of kerja sama wajib
rule-ksdd-wajib-combination-valid =
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    code = "35"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
rule-ksdd-wajib-combination-invalid =
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Tengah"
    type = "provinsi"
    code = "33"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

rule-ksdd-wajib-neighbour-summary = A `wajib` KSDD includes a daerah that is not the home, a listed neighbour, the home's province or (for a provinsi home) one of its kabupaten/kota; only when `neighbours` is set.
rule-ksdd-wajib-neighbour-why = Kerja sama wajib serves bordering daerah that share cross-border affairs or services; with a daerah further away the cooperation is normally sukarela. A multi-party agreement over a wider area can be accepted with a waiver.
rule-ksdd-wajib-neighbour-basis = kerja sama wajib is between bordering daerah
rule-ksdd-wajib-neighbour-valid =
    # kerjasama.toml: [region] code = "35.15"
    #   neighbours = ["35.78", "35.25", "35.14", "35.16"]
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-ksdd-wajib-neighbour-invalid =
    # kerjasama.toml: [region] code = "35.15"
    #   neighbours = ["35.78", "35.25", "35.14", "35.16"]
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Kota Malang"
    type = "kota"
    code = "35.73"

rule-sister-level-summary = `form = provinsi_kembar` while the home is not a provinsi, or `kabupaten_kota_kembar` while it is one.
rule-sister-level-why = A sister province pairs a provinsi with a province abroad, a sister city pairs a kabupaten or kota with a city abroad; a level mismatch usually means the wrong form was chosen.
rule-sister-level-basis = sister cooperation is between equal levels
rule-sister-level-valid =
    # kerjasama.toml: [region] type = "kabupaten"
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
rule-sister-level-invalid =
    # kerjasama.toml: [region] type = "kabupaten"
    category = "KSDPL"
    form = "provinsi_kembar"

rule-scope-missing-summary = A KSDPL or KSDLL has no `scope`, or an empty one.
rule-scope-missing-why = Cooperation abroad is limited to the objects the regulation lists (science and technology, cultural exchange, government capacity, promotion of the region, other lawful objects), so every foreign agreement must say which it covers.
rule-scope-missing-basis = PP 28/2018: the objects of cooperation abroad
rule-scope-missing-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    scope = ["pertukaran_budaya", "promosi_potensi_daerah"]
rule-scope-missing-invalid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    scope = []

rule-scope-unexpected-summary = `scope` is given on a KSDD, KSDPK or SINERGI.
rule-scope-unexpected-why = `scope` lists the objects defined for foreign cooperation only; a domestic agreement describes its object through `affairs` and `form`.
rule-scope-unexpected-basis = format
rule-scope-unexpected-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
rule-scope-unexpected-invalid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
    scope = ["iptek"]

rule-affairs-empty-summary = `affairs` is an empty array.
rule-affairs-empty-why = The object of every kerja sama daerah must be a government affair within the daerah's authority; an empty list leaves the object unrecorded and the agreement out of every report by affair.
rule-affairs-empty-basis = the object is an urusan pemerintahan within the daerah's authority
rule-affairs-empty-valid =
    category = "KSDPK"
    unit = "Bagian Organisasi"
    affairs = ["penunjang_urusan_pemerintahan"]
rule-affairs-empty-invalid =
    category = "KSDPK"
    unit = "Bagian Organisasi"
    affairs = []

rule-document-category-summary = `document` is not allowed for the category: KSB/PKS/ADENDUM for KSDD and KSDPK, LOI/NASKAH/ADENDUM for KSDPL and KSDLL, NK/PKS/ADENDUM for SINERGI.
rule-document-category-why = Domestic cooperation goes from a KSB to a PKS, foreign cooperation from a letter of intent to a naskah kerja sama, and sinergi from an NK to a PKS; the document kind decides which stage and approval rules apply.
rule-document-category-basis = Permendagri 22/2020 and 25/2020: the documents of each procedure
rule-document-category-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    document = "LOI"
rule-document-category-invalid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    document = "KSB"      # KSDPL: LOI | NASKAH | ADENDUM

rule-number-missing-summary = A signed document (one with `signed`) has no register `number`.
rule-number-missing-why = Once signed, a document is entered in the home's register and numbered; the number is how letters, the DPRD and auditors cite it.
rule-number-missing-basis = one register, one number
rule-number-missing-valid =
    document = "PKS"
    number = "180/123/438.1.1.3/2019"
    signed = 2019-01-15
rule-number-missing-invalid =
    document = "PKS"
    signed = 2019-01-15
    # `number` missing

rule-start-missing-summary = A signed document has no `start`.
rule-start-missing-why = Without a first day in force kerjasama cannot tell whether the agreement is pending, active or expired, nor check its term against its parent.
rule-start-missing-basis = format
rule-start-missing-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-start-missing-invalid =
    signed = 2019-01-15
    # `start` missing
    end = 2024-01-31

rule-term-order-summary = `end` is before `start` (the same day is allowed).
rule-term-order-why = A term that ends before it begins is a typing error, often a mistyped year; status, effective end and the five-year check would all be wrong.
rule-term-order-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-term-order-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2014-01-31

rule-signed-in-future-summary = `signed` is after today (in the region's time zone, or as set by `--today`).
rule-signed-in-future-why = A document cannot have been signed on a day that has not come. Until the signing happens the file stays a draft (no `signed`); a planned date can go in `notes`.
rule-signed-in-future-valid =
    # kerjasama check --today 2019-01-20
    signed = 2019-01-15
    start = 2019-03-01
rule-signed-in-future-invalid =
    # kerjasama check --today 2019-01-20
    signed = 2019-02-15
    start = 2019-03-01

rule-start-before-signed-summary = `start` is before `signed`, a retroactive term (not checked when either date is year-only).
rule-start-before-signed-why = An agreement normally takes effect on or after the day it is signed. A retroactive start is sometimes agreed on purpose, so this is a warning that an office can waive per file or set to its own policy.
rule-start-before-signed-basis = practice
rule-start-before-signed-valid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
rule-start-before-signed-invalid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-01-01

rule-pks-end-missing-summary = A signed PKS has no `end`.
rule-pks-end-missing-why = A perjanjian kerja sama always states how long it runs; without an end the register cannot tell when it expires or must be renewed.
rule-pks-end-missing-basis = a PKS states its duration (jangka waktu)
rule-pks-end-missing-valid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-pks-end-missing-invalid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
    # `end` missing

rule-pks-max-five-years-summary = A PKS's own term from `start` to its stored `end` exceeds five years (addenda are not counted).
rule-pks-max-five-years-why = In practice a PKS runs at most five years and is then extended by a new document, so that its terms are reviewed. Longer terms (e.g. a KPBU concession) can be accepted with a waiver.
rule-pks-max-five-years-basis = practice: a PKS runs at most five years and is extended by a new document
rule-pks-max-five-years-valid =
    document = "PKS"
    start = 2019-02-01
    end = 2024-01-31      # exactly five years
rule-pks-max-five-years-invalid =
    document = "PKS"
    start = 2019-02-01
    end = 2024-02-01      # one day more than five years

rule-pks-without-ksb-summary = A PKS of a KSDD or KSDPK has no `parent`.
rule-pks-without-ksb-why = In domestic cooperation the kesepakatan bersama (KSB) is agreed first and the PKS implements it; a PKS without its KSB may mean the KSB is not yet in the register.
rule-pks-without-ksb-basis = Permendagri 22/2020 stages: the KSB comes before the PKS
rule-pks-without-ksb-valid =
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"
rule-pks-without-ksb-invalid =
    category = "KSDPK"
    document = "PKS"
    # no `parent`

rule-parent-kind-summary = An ADENDUM has no `parent`; a PKS's parent is not a KSB (KSDD, KSDPK) or an NK (SINERGI); or an ADENDUM's parent is an ADENDUM or a draft.
rule-parent-kind-why = A PKS implements a KSB, or for SINERGI an NK, and an addendum changes a signed main document. Any other link breaks the chain of stages and the effective end; a second change is another addendum to the main document.
rule-parent-kind-basis = stages (Permendagri 22/2020, 25/2020)
rule-parent-kind-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"
rule-parent-kind-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    document = "PKS"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"

rule-parent-mismatch-summary = A document's parent has another `category`, or the two share no counterpart.
rule-parent-mismatch-why = A PKS or addendum belongs to the cooperation it implements or changes, so it has the same category and at least one counterpart in common with its parent; otherwise `parent` most likely points at the wrong file.
rule-parent-mismatch-basis = a PKS or addendum belongs to the cooperation it implements
rule-parent-mismatch-valid =
    # (both files also list Kabupaten Sidoarjo)
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    {"["}[parties]]
    name = "PT Indosat Tbk"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    parent = "KS-2018-014"
    {"["}[parties]]
    name = "PT Indosat Tbk"
rule-parent-mismatch-invalid =
    # (both files also list Kabupaten Sidoarjo)
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    {"["}[parties]]
    name = "PT Indosat Tbk"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    parent = "KS-2018-014"
    {"["}[parties]]
    name = "PT Telkom Indonesia (Persero) Tbk"

rule-parent-order-summary = A document is signed before its parent, or an ADENDUM is signed after its parent's effective end (as it stood without this addendum).
rule-parent-order-why = A PKS implements a KSB that already exists, and an addendum can only change an agreement still in force; an expired agreement is continued by a new document (`renews`), not revived by an addendum.
rule-parent-order-basis = stages (Permendagri 22/2020, 25/2020)
rule-parent-order-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    signed = 2018-11-20
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    signed = 2019-01-15
rule-parent-order-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    signed = 2018-11-20
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    signed = 2018-10-01

rule-outlives-parent-summary = A PKS's own `end` is after the effective end of its parent KSB.
rule-outlives-parent-why = A PKS carries out the KSB and should run within the KSB's term; if the PKS must run longer, the KSB is usually extended first by an addendum.
rule-outlives-parent-basis = the PKS implements the KSB within its term
rule-outlives-parent-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    end = 2024-11-19
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    end = 2024-01-31
rule-outlives-parent-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    end = 2023-11-19
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    end = 2024-01-31

rule-renewal-order-summary = `renews` names an agreement that starts after this one.
rule-renewal-order-why = A renewal (perpanjangan) continues an earlier agreement, so it cannot start before the agreement it extends; usually a start date is mistyped or `renews` points the wrong way.
rule-renewal-order-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    start = 2019-02-01
    # agreements/2024/KS-2024-003.toml
    renews = "KS-2019-002"
    start = 2024-02-01
rule-renewal-order-invalid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    start = 2019-02-01
    # agreements/2024/KS-2024-003.toml
    renews = "KS-2019-002"
    start = 2014-02-01    # typo for 2024

rule-budget-flags-missing-summary = A PKS of a KSDD or KSDPK lacks `burdens_region`, `apbd_funding`, or both.
rule-budget-flags-missing-why = Whether a PKS burdens the public and the daerah, and what it asks of the APBD, decides whether DPRD approval is needed; the file must state both rather than let the tool assume.
rule-budget-flags-missing-basis = needed by the DPRD rules; no silent default
rule-budget-flags-missing-valid =
    category = "KSDD"
    document = "PKS"
    burdens_region = false
    apbd_funding = "budgeted"
rule-budget-flags-missing-invalid =
    category = "KSDD"
    document = "PKS"
    burdens_region = false
    # `apbd_funding` missing

rule-dprd-approval-missing-summary = A KSDD PKS that burdens the region or needs unbudgeted APBD money, or a KSDPL or KSDLL NASKAH, has no `[dprd_approval]` in its file or its parent.
rule-dprd-approval-missing-why = The DPRD must approve a cooperation between daerah that burdens the public and the daerah or whose funding is not in the current APBD, and every foreign cooperation. The approval may be recorded on the PKS or NASKAH itself or on its parent.
rule-dprd-approval-missing-basis = PP 28/2018 Pasal 6 (KSDD); Permendagri 25/2020 stages (KSDPL, KSDLL)
rule-dprd-approval-missing-valid =
    category = "KSDD"
    document = "PKS"
    signed = 2019-04-10
    burdens_region = true
    apbd_funding = "budgeted"

    {"["}dprd_approval]
    number = "170/12/404.1.1/2019"
    date = 2019-03-25
rule-dprd-approval-missing-invalid =
    category = "KSDD"
    document = "PKS"
    signed = 2019-04-10
    burdens_region = true
    apbd_funding = "budgeted"
    # no [dprd_approval] here or in the parent KSB

rule-dprd-approval-missing-ksdpk-summary = A KSDPK PKS that burdens the region or needs unbudgeted APBD money has no `[dprd_approval]` in its file or its parent.
rule-dprd-approval-missing-ksdpk-why = The regulation states the DPRD approval for cooperation between daerah; offices differ on whether the same applies to a PKS with a third party, so this is a warning each office can set to its own policy.
rule-dprd-approval-missing-ksdpk-basis = practice
rule-dprd-approval-missing-ksdpk-valid =
    category = "KSDPK"
    document = "PKS"
    burdens_region = false
    apbd_funding = "not_budgeted"

    {"["}dprd_approval]
    number = "170/14/404.1.1/2019"
    date = 2019-05-06
rule-dprd-approval-missing-ksdpk-invalid =
    category = "KSDPK"
    document = "PKS"
    burdens_region = false
    apbd_funding = "not_budgeted"
    # no [dprd_approval]

rule-central-approval-missing-summary = A KSDPL or KSDLL NASKAH has no `[central_approval]`.
rule-central-approval-missing-why = Cooperation with a regional government or an institution abroad may only be signed with the central government's approval, which is recorded with its letter number and date.
rule-central-approval-missing-basis = Permendagri 25/2020: approval of the central government
rule-central-approval-missing-valid =
    category = "KSDPL"
    document = "NASKAH"

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-05-20
rule-central-approval-missing-invalid =
    category = "KSDPL"
    document = "NASKAH"

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04
    # no [central_approval]

rule-approval-order-summary = On a PKS or NASKAH the approval its approval rule relies on is dated after `signed`; or, on any document, `central_approval` predates `dprd_approval`.
rule-approval-order-why = Approvals are given before signing, and for foreign cooperation the DPRD approves before the request goes to the central government; dates out of this order point to a missed stage or a mistyped date.
rule-approval-order-basis = stages: DPRD approval, then the central government, then signing
rule-approval-order-valid =
    document = "NASKAH"
    signed = 2019-07-10

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-05-20
rule-approval-order-invalid =
    document = "NASKAH"
    signed = 2019-07-10

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-02-11

rule-proxy-incomplete-summary = A party's `proxy` lacks `number` or `date`, or is dated after `signed`.
rule-proxy-incomplete-why = A surat kuasa lets an official sign for the head of the daerah; it must be identifiable and must exist before the signature, or the signing authority is open to question.
rule-proxy-incomplete-basis = PP 28/2018 Pasal 2 ayat (2) for the home; practice for other parties
rule-proxy-incomplete-valid =
    signed = 2019-01-15

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-10 {"}"}
rule-proxy-incomplete-invalid =
    signed = 2019-01-15

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-20 {"}"}

rule-proxy-not-allowed-summary = The home's party signs a KSB, NK, LOI or NASKAH by `proxy`.
rule-proxy-not-allowed-why = The head of the daerah signs the KSB, NK, letter of intent and naskah; the regulation foresees a surat kuasa to an official for signing the PKS. Kept as a warning because offices handle exceptions differently.
rule-proxy-not-allowed-basis = PP 28/2018 Pasal 2 ayat (2): a kuasa is for signing the PKS
rule-proxy-not-allowed-valid =
    document = "PKS"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    signatory = "Kepala Dinas Komunikasi dan Informatika"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-10 {"}"}
rule-proxy-not-allowed-invalid =
    document = "KSB"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    signatory = "Kepala Dinas Komunikasi dan Informatika"
    proxy = {"{"} number = "180/45/438.1.1.3/2018", date = 2018-11-15 {"}"}

rule-termination-order-summary = `[termination] date` is before `start`, after the effective end, or given on a draft.
rule-termination-order-why = An early end can only happen while the agreement is in force; after its end it has simply expired, and a draft that will not be signed is recorded with `[withdrawn]` instead.
rule-termination-order-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31

    {"["}termination]
    date = 2021-06-30
    reason = "kesepakatan_para_pihak"
rule-termination-order-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31

    {"["}termination]
    date = 2024-06-30
    reason = "kesepakatan_para_pihak"

rule-withdrawn-signed-summary = A document with `signed` also has `[withdrawn]`.
rule-withdrawn-signed-why = Withdrawal records an offer refused or abandoned before signing. A signed agreement that ends early is recorded with `[termination]` and one of its reasons.
rule-withdrawn-signed-basis = a withdrawal is for drafts; a signed one is terminated
rule-withdrawn-signed-valid =
    # a draft: no `signed`
    title = "Pengelolaan reklame di ruang milik jalan"

    {"["}withdrawn]
    date = 2019-03-12
    reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah"
rule-withdrawn-signed-invalid =
    title = "Pengelolaan reklame di ruang milik jalan"
    signed = 2019-02-20

    {"["}withdrawn]
    date = 2019-03-12
    reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah"

rule-funding-value-summary = `funding` includes `tanpa_biaya` together with another source, or while `value_idr` is above zero.
rule-funding-value-why = An agreement without cost cannot also be funded from the APBD or a partner, nor have a value; the contradiction would make budget and value reports inconsistent.
rule-funding-value-valid =
    title = "Pendampingan hukum bidang perdata dan tata usaha negara"
    funding = ["tanpa_biaya"]
    value_idr = 0
rule-funding-value-invalid =
    title = "Pendampingan hukum bidang perdata dan tata usaha negara"
    funding = ["apbd", "tanpa_biaya"]
    value_idr = 250000000

rule-attachment-outside-summary = An attachment `path` is absolute, has a `..` segment, or resolves outside the ledger; it is never opened and no other attachment rule applies.
rule-attachment-outside-why = Attachments must travel with the ledger repository so that reviewers and auditors see the same files; a path outside it breaks on another computer and would let the checker read unrelated files.
rule-attachment-outside-valid =
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-outside-invalid =
    {"["}[attachments]]
    path = "../arsip/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"

rule-attachment-missing-summary = An attachment `path` does not exist in the ledger.
rule-attachment-missing-why = A referenced scan that is not there, usually renamed or never committed, leaves the signed document unverifiable for reviewers and auditors.
rule-attachment-missing-valid =
    # docs/2019/KS-2019-002.pdf exists in the ledger
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-missing-invalid =
    # docs/2019/KS-2019-002.pdf exists in the ledger
    {"["}[attachments]]
    path = "docs/2019/KS-2019-02.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"

rule-attachment-hash-summary = An attachment's SHA-256 differs from its recorded `sha256`.
rule-attachment-hash-why = The hash pins the exact signed scan; a difference means the file was replaced or altered after it was recorded, or the hash was mistyped.
rule-attachment-hash-valid =
    # sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-hash-invalid =
    # sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f"

