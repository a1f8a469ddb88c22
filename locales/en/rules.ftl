# The rules of `kerjasama rules` and `kerjasama explain` (and SARIF): for each rule code, when it fires
# (summary) and why it exists (why).

rule-toml-syntax-summary = The file is not valid TOML 1.0; the line and column where reading stopped are reported.
rule-toml-syntax-why = Nothing else can be checked in a file that cannot be read. Common causes are a missing closing quote, a date written as 15/01/2019, or a stray character; the position points at the place to fix.

rule-unknown-key-summary = The file uses a key the format does not define; the nearest known key is suggested.
rule-unknown-key-why = A misspelt key would otherwise be ignored and its value silently lost: an `end` typed as `end_date` would leave the agreement without an end. Derived values such as `status` or `effective_end` are computed by kerjasama and never stored.

rule-missing-key-summary = A key marked always required in FORMAT.md (e.g. `unit`, `document`, or a party's `name` and `type`) is absent.
rule-missing-key-why = These keys say what the agreement is, which unit started it and who the parties are; every report and every other rule depends on them.

rule-wrong-type-summary = A value has the wrong TOML type, e.g. a date in quotes, an amount written as text, or a yes/no written as a word.
rule-wrong-type-why = Dates must be TOML dates and amounts integers so that terms can be compared and values added up; a quoted date looks right to a reader but cannot be computed with.

rule-invalid-value-summary = A value lies outside its allowed set: an unknown enum value, a bad `year_only` entry, a non-ISO `country`, a `title` of 0 or over 300 characters, or a malformed `sha256`.
rule-invalid-value-why = Enum values drive the category, party and date rules, so a misspelling must be caught rather than guessed at. A year-only date is stored as 1 January of its year so that it sorts and compares correctly.

rule-stray-file-summary = A file under `agreements/` is not a `*.toml`, a hidden file or a README, or a `*.toml` entry is not a regular file (a directory, an outside link, a device).
rule-stray-file-why = Files that are not agreements are reported rather than skipped, so a record saved with the wrong extension is never silently left out of the register. Scans belong under `docs/` and are linked with `[[attachments]]`.

rule-config-invalid-summary = `kerjasama.toml` cannot be read, has an unknown key or value, names an unknown rule code, or overrides a fixed rule.
rule-config-invalid-why = The settings decide the home region, the id prefix and the severity of every rule, so a mistake there changes the findings for the whole ledger. Only the value concerned falls back to its default.

rule-id-format-summary = `id` is not `PREFIX-YYYY-NNN` with the ledger's prefix, a four-digit year and a sequence number of at least three digits.
rule-id-format-why = The id is the permanent key by which files refer to each other and by which the office cites an agreement; one pattern keeps ids unique, sortable and easy to read.

rule-file-name-summary = The file is not stored as `agreements/YYYY/<id>.toml`, YYYY being the year of its id.
rule-file-name-why = One predictable place per id makes the ledger easy to browse and review, and keeps two copies of the same agreement from hiding under different names.

rule-id-year-summary = The year in the `id` is later than the year of `signed`.
rule-id-year-why = An id is given when the record is created, at signing or earlier as a draft, and never changes; its year may be earlier than the signing year but never later. A later year points to a mistyped id or signing date.

rule-duplicate-id-summary = Two or more files carry the same `id`.
rule-duplicate-id-why = Links by `parent` and `renews`, reports and citations rely on an id naming exactly one document. A duplicate usually comes from copying a file as a template and forgetting to change its id.

rule-duplicate-number-summary = Two agreements carry the same register `number` (compared after trimming, case folding and collapsing spaces).
rule-duplicate-number-why = Each signed document gets its own number in the home's register; a repeated number usually means a copied file or a typing mistake, and makes the register ambiguous for auditors and the DPRD.

rule-unknown-reference-summary = `parent` or `renews` names an id that no file in the ledger carries.
rule-unknown-reference-why = A link to a missing document cannot be followed to check stages, dates or approvals. Usually the id is mistyped or the parent's file has not been added yet.

rule-reference-cycle-summary = Following `parent` and `renews` links from a document leads back to it (a document naming itself included).
rule-reference-cycle-why = Parents and renewals form a chain back in time; a loop has no first document, so stages, order and effective ends cannot be worked out.

rule-unknown-unit-summary = `unit` is not one of the names in `kerjasama.toml units` (checked only when that list is set).
rule-unknown-unit-why = Reports by unit (which OPD started what) only add up when every file spells the unit the same way; the `units` list is the office's own spelling of its OPD names.

rule-waiver-invalid-summary = A `waive` entry names an unknown or a fixed rule code, or gives an empty reason.
rule-waiver-invalid-why = A waiver is a recorded decision to accept a deviation in one file, so it must name a rule that can be waived and say why; otherwise it hides nothing, or hides the wrong thing without explanation.

rule-too-few-parties-summary = The file lists fewer than two `[[parties]]` (no `parties` at all counts as none).
rule-too-few-parties-why = Kerja sama daerah is a joint undertaking between the daerah and at least one other party; a document with a single party records no agreement, and usually the counterpart was left out.

rule-duplicate-party-summary = The same party is listed twice: two daerah with the same `code`, or two parties with the same name.
rule-duplicate-party-why = A party listed twice makes a two-party agreement look like a multi-party one and can hide a missing counterpart, for example a KSDD that names only one daerah.

rule-no-daerah-summary = None of the parties is a `provinsi`, `kabupaten` or `kota`.
rule-no-daerah-why = Every kerja sama daerah is made by a daerah. An agreement without one is either not a regional cooperation at all, or the daerah's own party entry was forgotten.

rule-home-missing-summary = No party carries the home region's `code` from `kerjasama.toml [region]` (skipped when the ledger has no home).
rule-home-missing-why = The register of a daerah holds the agreements that daerah is itself party to. A file without the home is misfiled, or the home's code is mistyped.

rule-ksdd-party-type-summary = A KSDD has a party that is not a daerah, or fewer than two distinct daerah.
rule-ksdd-party-type-why = A KSDD is by definition cooperation between a daerah and another daerah. With a company or a foundation on the document, it is a KSDPK (or needs splitting into separate agreements).

rule-ksdpk-party-type-summary = A KSDPK has no third party (`perseorangan`, `badan_usaha`, `ormas`), or a party that is neither a daerah nor a third party.
rule-ksdpk-party-type-why = A KSDPK is cooperation between a daerah and a pihak ketiga: an individual, a business entity or a civil-society organisation. Without one, or with a foreign or central-government party, the document belongs to another category.

rule-ksdpk-legal-entity-summary = A KSDPK has a `badan_usaha` party with `legal_entity = false` (such as a CV, firma or UD).
rule-ksdpk-legal-entity-why = Only a business entity with legal entity status (PT, BUMN, BUMD, koperasi) may be a pihak ketiga; a CV, firma or UD has no legal personality apart from its owners. An ormas may take part with or without legal entity status.

rule-legal-entity-missing-summary = A `badan_usaha` or `ormas` party has no `legal_entity` key.
rule-legal-entity-missing-why = Whether a company or organisation is a legal entity decides whether it may be a pihak ketiga, so the file must state it rather than let the tool assume either way.

rule-ksdpl-party-type-summary = A KSDPL has no `pemerintah_daerah_luar_negeri` party, or a party that is neither a daerah nor a foreign regional government.
rule-ksdpl-party-type-why = A KSDPL is cooperation between a daerah and a regional government abroad (a sister province, sister city or similar). With a foreign institution it is a KSDLL; with a domestic partner it is not foreign cooperation.

rule-ksdll-party-type-summary = A KSDLL has no `lembaga_luar_negeri` party, or a party that is neither a daerah nor a foreign institution.
rule-ksdll-party-type-why = A KSDLL is cooperation between a daerah and an institution abroad. A foreign city or province as the counterpart makes it a KSDPL, with its own forms.

rule-sinergi-party-type-summary = A SINERGI has no `pemerintah_pusat` or `badan_hukum_publik` party, or has a foreign party.
rule-sinergi-party-type-why = SINERGI records support of a central-government programme, so a ministry, agency, vertical office or public legal body must take part. A state-owned company such as PT Taspen (Persero) is a badan_usaha, and its agreement is a KSDPK.

rule-central-government-party-summary = A KSDD, KSDPK, KSDPL or KSDLL has a `pemerintah_pusat` or `badan_hukum_publik` party; such an agreement is recorded as SINERGI.
rule-central-government-party-why = None of the four PP 28/2018 categories includes the central government or a public legal body as a party; cooperation with them (the kejaksaan, the land office, BPJS) is recorded as SINERGI with an NK.

rule-country-missing-summary = A foreign party (`pemerintah_daerah_luar_negeri`, `lembaga_luar_negeri`) has no `country`, or has country ID.
rule-country-missing-why = Foreign cooperation needs diplomatic relations with the partner's country, so the country must be known; a foreign party in Indonesia is a contradiction, usually a wrong party type.

rule-country-unexpected-summary = A party that is not foreign has a `country` other than ID.
rule-country-unexpected-why = Daerah, third parties and central-government bodies are in Indonesia; another country usually means the wrong party type was chosen for a foreign partner, or a mistyped code.

rule-code-invalid-summary = A daerah has no `code` or one that does not fit its type (PP for a provinsi, PP.KK with KK 01-70 for a kabupaten, 71-99 for a kota), or a non-daerah has a `code`.
rule-code-invalid-why = The region code names a daerah without ambiguity (Kabupaten Mojokerto is 35.16, Kota Mojokerto 35.76); the home, neighbour and wajib-combination rules all work by code.

rule-form-category-summary = `form` is not one of the forms allowed for the `category` (FORMAT.md section 4).
rule-form-category-why = Each category has its own forms: wajib or sukarela for a KSDD; public service, asset management, investment or other for a KSDPK; sister or other forms abroad. A mismatch usually means the category itself is wrong.

rule-ksdd-wajib-combination-summary = A `wajib` KSDD whose daerah are neither all kabupaten/kota, nor all provinsi, nor one provinsi with kabupaten/kota lying inside it.
rule-ksdd-wajib-combination-why = Kerja sama wajib is allowed only between kabupaten/kota (in the same or across provinces), between provinsi, or between a provinsi and the kabupaten/kota inside it. Other mixes, like a provinsi with a kabupaten of another province, must be sukarela.

rule-ksdd-wajib-neighbour-summary = A `wajib` KSDD includes a daerah that is not the home, a listed neighbour, the home's province or (for a provinsi home) one of its kabupaten/kota; only when `neighbours` is set.
rule-ksdd-wajib-neighbour-why = Kerja sama wajib serves bordering daerah that share cross-border affairs or services; with a daerah further away the cooperation is normally sukarela. A multi-party agreement over a wider area can be accepted with a waiver.

rule-sister-level-summary = `form = provinsi_kembar` while the home is not a provinsi, or `kabupaten_kota_kembar` while it is one.
rule-sister-level-why = A sister province pairs a provinsi with a province abroad, a sister city pairs a kabupaten or kota with a city abroad; a level mismatch usually means the wrong form was chosen.

rule-scope-missing-summary = A KSDPL or KSDLL has no `scope`, or an empty one.
rule-scope-missing-why = Cooperation abroad is limited to the objects the regulation lists (science and technology, cultural exchange, government capacity, promotion of the region, other lawful objects), so every foreign agreement must say which it covers.

rule-scope-unexpected-summary = `scope` is given on a KSDD, KSDPK or SINERGI.
rule-scope-unexpected-why = `scope` lists the objects defined for foreign cooperation only; a domestic agreement describes its object through `affairs` and `form`.

rule-affairs-empty-summary = `affairs` is an empty array.
rule-affairs-empty-why = The object of every kerja sama daerah must be a government affair within the daerah's authority; an empty list leaves the object unrecorded and the agreement out of every report by affair.

rule-document-category-summary = `document` is not allowed for the category: KSB/PKS/ADENDUM for KSDD and KSDPK, LOI/NASKAH/ADENDUM for KSDPL and KSDLL, NK/PKS/ADENDUM for SINERGI.
rule-document-category-why = Domestic cooperation goes from a KSB to a PKS, foreign cooperation from a letter of intent to a naskah kerja sama, and sinergi from an NK to a PKS; the document kind decides which stage and approval rules apply.

rule-number-missing-summary = A signed document (one with `signed`) has no register `number`.
rule-number-missing-why = Once signed, a document is entered in the home's register and numbered; the number is how letters, the DPRD and auditors cite it.

rule-start-missing-summary = A signed document has no `start`.
rule-start-missing-why = Without a first day in force kerjasama cannot tell whether the agreement is pending, active or expired, nor check its term against its parent.

rule-term-order-summary = `end` is before `start` (the same day is allowed).
rule-term-order-why = A term that ends before it begins is a typing error, often a mistyped year; status, effective end and the five-year check would all be wrong.

rule-signed-in-future-summary = `signed` is after today (in the region's time zone, or as set by `--today`).
rule-signed-in-future-why = A document cannot have been signed on a day that has not come. Until the signing happens the file stays a draft (no `signed`); a planned date can go in `notes`.

rule-start-before-signed-summary = `start` is before `signed`, a retroactive term (not checked when either date is year-only).
rule-start-before-signed-why = An agreement normally takes effect on or after the day it is signed. A retroactive start is sometimes agreed on purpose, so this is a warning that an office can waive per file or set to its own policy.

rule-pks-end-missing-summary = A signed PKS has no `end`.
rule-pks-end-missing-why = A perjanjian kerja sama always states how long it runs; without an end the register cannot tell when it expires or must be renewed.

rule-pks-max-five-years-summary = A PKS's own term from `start` to its stored `end` exceeds five years (addenda are not counted).
rule-pks-max-five-years-why = In practice a PKS runs at most five years and is then extended by a new document, so that its terms are reviewed. Longer terms (e.g. a KPBU concession) can be accepted with a waiver.

rule-pks-without-ksb-summary = A PKS of a KSDD or KSDPK has no `parent`.
rule-pks-without-ksb-why = In domestic cooperation the kesepakatan bersama (KSB) is agreed first and the PKS implements it; a PKS without its KSB may mean the KSB is not yet in the register.

rule-parent-kind-summary = An ADENDUM has no `parent`; a PKS's parent is not a KSB (KSDD, KSDPK) or an NK (SINERGI); or an ADENDUM's parent is an ADENDUM or a draft.
rule-parent-kind-why = A PKS implements a KSB, or for SINERGI an NK, and an addendum changes a signed main document. Any other link breaks the chain of stages and the effective end; a second change is another addendum to the main document.

rule-parent-mismatch-summary = A document's parent has another `category`, or the two share no counterpart.
rule-parent-mismatch-why = A PKS or addendum belongs to the cooperation it implements or changes, so it has the same category and at least one counterpart in common with its parent; otherwise `parent` most likely points at the wrong file.

rule-parent-order-summary = A document is signed before its parent, or an ADENDUM is signed after its parent's effective end (as it stood without this addendum).
rule-parent-order-why = A PKS implements a KSB that already exists, and an addendum can only change an agreement still in force; an expired agreement is continued by a new document (`renews`), not revived by an addendum.

rule-outlives-parent-summary = A PKS's own `end` is after the effective end of its parent KSB.
rule-outlives-parent-why = A PKS carries out the KSB and should run within the KSB's term; if the PKS must run longer, the KSB is usually extended first by an addendum.

rule-renewal-order-summary = `renews` names an agreement that starts after this one.
rule-renewal-order-why = A renewal (perpanjangan) continues an earlier agreement, so it cannot start before the agreement it extends; usually a start date is mistyped or `renews` points the wrong way.

rule-budget-flags-missing-summary = A PKS of a KSDD or KSDPK lacks `burdens_region`, `apbd_funding`, or both.
rule-budget-flags-missing-why = Whether a PKS burdens the public and the daerah, and what it asks of the APBD, decides whether DPRD approval is needed; the file must state both rather than let the tool assume.

rule-dprd-approval-missing-summary = A KSDD PKS that burdens the region or needs unbudgeted APBD money, or a KSDPL or KSDLL NASKAH, has no `[dprd_approval]` in its file or its parent.
rule-dprd-approval-missing-why = The DPRD must approve a cooperation between daerah that burdens the public and the daerah or whose funding is not in the current APBD, and every foreign cooperation. The approval may be recorded on the PKS or NASKAH itself or on its parent.

rule-dprd-approval-missing-ksdpk-summary = A KSDPK PKS that burdens the region or needs unbudgeted APBD money has no `[dprd_approval]` in its file or its parent.
rule-dprd-approval-missing-ksdpk-why = The regulation states the DPRD approval for cooperation between daerah; offices differ on whether the same applies to a PKS with a third party, so this is a warning each office can set to its own policy.

rule-central-approval-missing-summary = A KSDPL or KSDLL NASKAH has no `[central_approval]`.
rule-central-approval-missing-why = Cooperation with a regional government or an institution abroad may only be signed with the central government's approval, which is recorded with its letter number and date.

rule-approval-order-summary = On a PKS or NASKAH the approval its approval rule relies on is dated after `signed`; or, on any document, `central_approval` predates `dprd_approval`.
rule-approval-order-why = Approvals are given before signing, and for foreign cooperation the DPRD approves before the request goes to the central government; dates out of this order point to a missed stage or a mistyped date.

rule-proxy-incomplete-summary = A party's `proxy` lacks `number` or `date`, or is dated after `signed`.
rule-proxy-incomplete-why = A surat kuasa lets an official sign for the head of the daerah; it must be identifiable and must exist before the signature, or the signing authority is open to question.

rule-proxy-not-allowed-summary = The home's party signs a KSB, NK, LOI or NASKAH by `proxy`.
rule-proxy-not-allowed-why = The head of the daerah signs the KSB, NK, letter of intent and naskah; the regulation foresees a surat kuasa to an official for signing the PKS. Kept as a warning because offices handle exceptions differently.

rule-termination-order-summary = `[termination] date` is before `start`, after the effective end, or given on a draft.
rule-termination-order-why = An early end can only happen while the agreement is in force; after its end it has simply expired, and a draft that will not be signed is recorded with `[withdrawn]` instead.

rule-withdrawn-signed-summary = A document with `signed` also has `[withdrawn]`.
rule-withdrawn-signed-why = Withdrawal records an offer refused or abandoned before signing. A signed agreement that ends early is recorded with `[termination]` and one of its reasons.

rule-funding-value-summary = `funding` includes `tanpa_biaya` together with another source, or while `value_idr` is above zero.
rule-funding-value-why = An agreement without cost cannot also be funded from the APBD or a partner, nor have a value; the contradiction would make budget and value reports inconsistent.

rule-attachment-outside-summary = An attachment `path` is absolute, has a `..` segment, or resolves outside the ledger; it is never opened and no other attachment rule applies.
rule-attachment-outside-why = Attachments must travel with the ledger repository so that reviewers and auditors see the same files; a path outside it breaks on another computer and would let the checker read unrelated files.

rule-attachment-missing-summary = An attachment `path` does not exist in the ledger.
rule-attachment-missing-why = A referenced scan that is not there, usually renamed or never committed, leaves the signed document unverifiable for reviewers and auditors.

rule-attachment-hash-summary = An attachment's SHA-256 differs from its recorded `sha256`.
rule-attachment-hash-why = The hash pins the exact signed scan; a difference means the file was replaced or altered after it was recorded, or the hash was mistyped.

