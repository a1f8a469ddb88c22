# What the findings of `kerjasama check` say, and why a ledger cannot be opened.
# { $detail } is a text from the TOML reader or the operating system (English).
# Ids start with the rule code; the values in backticks are keys and values of the format.

## A. Syntax and schema

toml-syntax = not valid TOML: { $detail }; fix the syntax (quotes, brackets, `key = value`)
toml-syntax-unreadable = this agreement file cannot be read: { $detail }
toml-syntax-permission = this agreement file cannot be read: permission denied; make it readable (chmod a+r)
toml-syntax-vanished = this agreement file cannot be read: it disappeared while the ledger was read
toml-syntax-too-large = this agreement file is { $mib }.{ $tenth } MiB, more than the { $max } MiB an agreement file may have; it was not read (is it the right file?)
toml-syntax-grew = this agreement file grew past { $max } MiB while it was read; it was not read
toml-syntax-not-utf8 = this agreement file is not UTF-8 text (invalid byte at line { $line }, byte offset { $offset }); save it as UTF-8

config-syntax = not valid TOML: { $detail }; fix the syntax (quotes, brackets, `key = value`); the defaults are used instead
config-invalid-unreadable = kerjasama.toml cannot be read: { $detail }; the defaults are used instead
config-invalid-permission = kerjasama.toml cannot be read: permission denied; make it readable (chmod a+r); the defaults are used instead
config-invalid-vanished = kerjasama.toml cannot be read: it disappeared while the ledger was read; the defaults are used instead
config-invalid-too-large = kerjasama.toml is { $mib }.{ $tenth } MiB, more than the { $max } MiB an agreement file may have; it was not read (is it the right file?); the defaults are used instead
config-invalid-grew = kerjasama.toml grew past { $max } MiB while it was read; it was not read; the defaults are used instead
config-invalid-not-utf8 = kerjasama.toml is not UTF-8 text (invalid byte at line { $line }, byte offset { $offset }); save it as UTF-8; the defaults are used instead
config-invalid-not-regular = kerjasama.toml is not a regular file (a directory, a pipe, a device, or a link put in its place while the ledger was read); it was not read; the defaults are used instead
config-invalid-outside = kerjasama.toml is outside the ledger (at { $target }: a directory or link on its way was changed while the ledger was read); it was not read; the defaults are used instead
config-invalid-link-outside = kerjasama.toml is a link that points outside the ledger (to { $target }); it was not read; the defaults are used instead
config-invalid-link-unresolved = kerjasama.toml is a link that cannot be resolved (a loop or a missing target: { $detail }); it was not read; the defaults are used instead
config-invalid-format = `format` must be { $version }; the default { $version } is used instead
config-invalid-prefix = `prefix` = "{ $value }" must be 2 to 8 capital letters (A-Z); "KS" is used instead
config-invalid-unknown-rule = `[rules]` names unknown rule `{ $code }`; see `kerjasama rules`
config-invalid-unknown-rule-suggest = `[rules]` names unknown rule `{ $code }`; did you mean `{ $suggestion }`?; see `kerjasama rules`
config-invalid-fixed-rule = rule `{ $code }` is fixed: its severity cannot be changed; remove this line
config-invalid-region-code-provinsi = region code "{ $code }" does not fit a provinsi: write two digits, e.g. "35"; without it the ledger has no home and the rules that need one are skipped
config-invalid-region-code = region code "{ $code }" does not fit a { $level }: write "PP.KK", e.g. "35.15" (01-70 kabupaten, 71-99 kota); without it the ledger has no home and the rules that need one are skipped
config-invalid-neighbour = neighbour "{ $code }" is not a region code such as "35.78"; it is ignored

unknown-key = unknown key `{ $key }`
unknown-key-suggest = unknown key `{ $key }`; did you mean `{ $suggestion }`?
unknown-key-in = unknown key `{ $key }` in { $place }
unknown-key-in-suggest = unknown key `{ $key }` in { $place }; did you mean `{ $suggestion }`?
unknown-key-reserved = `{ $key }` is derived by kerjasama and never stored in a file; remove it

missing-key = missing key `{ $key }`, which every agreement must have
# { $place } is a table as written in TOML: [termination], [dprd_approval].
missing-key-in = { $place } has no `{ $key }`; add it
missing-key-attachment = this attachment has no `{ $key }`; add it
missing-key-monitoring = this monitoring entry has no `{ $key }`; add it
missing-key-party = this party has no `{ $key }`; add it

# $expected and $found are TOML types.
wrong-type = `{ $key }` must be { $expected ->
        [string] a string
        [boolean] true or false
        [date] a date
        [integer] an integer
        [array] an array
        [table] a table
       *[tables] an array of tables (`[[...]]`)
    }, found { $found ->
        [string] a string
        [integer] an integer
        [float] a float
        [boolean] a boolean
        [datetime] a datetime
        [array] an array
       *[table] a table
    }
wrong-type-date = `{ $key }` must be a date, found a string; write it without quotes: `{ $key } = { $value }`
wrong-type-number = `{ $key }` must be an integer, found a string; write the number without quotes or dots: `{ $key } = { $value }`

invalid-value-choice = `{ $key }` = "{ $value }" is not allowed; use one of: { $allowed }
invalid-value-choice-suggest = `{ $key }` = "{ $value }" is not allowed; use one of: { $allowed }; did you mean `{ $suggestion }`?
invalid-value-negative = `{ $key }` = { $value } may not be negative
invalid-value-too-large = `{ $key }` = { $value } is too large
invalid-value-title = `title` has { $n } characters; write 1 to 300 characters
invalid-value-year-only-absent = `year_only` names `{ $key }`, which this file does not have
invalid-value-year-only-date = `{ $key }` is { $date } but is marked year-only; write it as { $year }-01-01
invalid-value-sha256 = `sha256` = "{ $value }" is not 64 lowercase hexadecimal digits; take it from `sha256sum FILE`
invalid-value-country = `country` = "{ $value }" is not an ISO 3166-1 alpha-2 code (e.g. "JP", "NL")
invalid-value-country-capitals = `country` = "{ $value }" is not an ISO 3166-1 alpha-2 code (e.g. "JP", "NL"); write it in capitals: "{ $upper }"

stray-file-not-toml = `{ $name }` is not an agreement file (*.toml); move it out of agreements/ (scans belong in docs/ and are linked by [[attachments]])
stray-file-hidden-dir = a hidden directory under agreements/; its files are not checked: move them out of it, or the directory out of agreements/
stray-file-toml-dir = a directory named *.toml is not an agreement file; rename or remove it
stray-file-special = not a regular file (a device, socket or pipe); it was not opened: remove it
stray-file-link-not-agreement = a link to something that is not an agreement file; links are not followed here: replace it with the file itself
stray-file-link-outside = a link that points outside the ledger (to { $target }); it is not followed: replace it with the file itself
stray-file-link-unresolved = a link that cannot be resolved (a loop or a missing target: { $detail }); it is not followed: replace it with the file itself
stray-file-not-regular = this agreement file is not a regular file (a directory, a pipe, a device, or a link put in its place while the ledger was read); it was not read
stray-file-outside = this agreement file is outside the ledger (at { $target }: a directory or link on its way was changed while the ledger was read); it was not read
stray-file-dir-unreadable = this directory cannot be read ({ $detail }); its files were not checked
stray-file-dir-permission = this directory cannot be read (permission denied; make it readable (chmod a+r)); its files were not checked
stray-file-dir-vanished = this directory cannot be read (it disappeared while the ledger was read); its files were not checked
stray-file-agreements-not-dir = agreements is not a directory (a link or a file); make it a directory
stray-file-agreements-link-outside = agreements/ is a link that points outside the ledger (to { $target }); it is not followed: make it a directory
stray-file-agreements-link-unresolved = agreements/ is a link that cannot be resolved (a loop or a missing target: { $detail }); it is not followed: make it a directory

## B. Identity and the ledger as a whole

id-format = id "{ $id }" is not { $prefix }-YYYY-NNN (for example { $prefix }-2019-001)
file-name = the file of { $id } must be { $expected }; move it there (git mv { $path } { $expected })
id-year = id { $id } has the year { $year }, later than its signing on { $signed }; an id is given at signing or earlier: use { $signed_year }
duplicate-id = id { $id } is also used by { $files }; every agreement needs its own id
duplicate-number = number "{ $number }" is also the number of { $ids }; one register, one number: check which document carries it
unknown-reference = `{ $key }` names { $target }, which is not in the ledger
unknown-reference-suggest = `{ $key }` names { $target }, which is not in the ledger; did you mean `{ $suggestion }`?
reference-cycle-self = following `parent` and `renews` comes back to { $id }: { $id } names itself; a link must point to an earlier document
reference-cycle = following `parent` and `renews` comes back to { $id }: { $ids } are linked in a circle; a link must point to an earlier document
unknown-unit = unit "{ $unit }" is not in the `units` of kerjasama.toml; add it there if it is a new unit
unknown-unit-suggest = unit "{ $unit }" is not in the `units` of kerjasama.toml; did you mean `{ $suggestion }`?; add it there if it is a new unit
waiver-invalid-unknown = `waive` names unknown rule `{ $code }`
waiver-invalid-unknown-suggest = `waive` names unknown rule `{ $code }`; did you mean `{ $suggestion }`?
waiver-invalid-fixed = rule `{ $code }` is fixed and cannot be waived
waiver-invalid-no-reason = the waiver of `{ $code }` gives no reason; say why the rule does not apply here

## C. Parties

too-few-parties = the agreement lists { $n } { $n ->
        [one] party
       *[other] parties
    }; a cooperation needs at least two [[parties]], the home daerah among them
duplicate-party = party "{ $name }" is listed twice (also as "{ $other }"); list each party once
no-daerah = no party is a daerah (provinsi, kabupaten or kota); every cooperation of the register has a daerah among its parties
home-missing = { $name } (code { $code }) is not among the parties; add it as a party with `code = "{ $code }"`
home-missing-unnamed = the home region (code { $code }) is not among the parties; add it as a party with `code = "{ $code }"`
ksdd-party-type = KSDD party "{ $name }" is a { $type }; a KSDD is between daerah only (provinsi, kabupaten, kota): use KSDPK, KSDPL or KSDLL for other partners
ksdd-party-type-distinct = a KSDD needs at least two different daerah; this one has { $n }
ksdpk-party-type = KSDPK party "{ $name }" is a { $type }; a KSDPK is between daerah and third parties (perseorangan, badan_usaha, ormas)
ksdpk-party-type-none = a KSDPK has no third party (perseorangan, badan_usaha or ormas); add the pihak ketiga or choose another category
ksdpk-legal-entity = KSDPK counterpart "{ $name }" is a badan_usaha without legal entity status; only a badan usaha berbadan hukum may be a pihak ketiga (PP 28/2018)
ksdpl-party-type = KSDPL party "{ $name }" is a { $type }; a KSDPL is between daerah and pemerintah_daerah_luar_negeri only
ksdpl-party-type-none = a KSDPL needs a regional government abroad: no party is a pemerintah_daerah_luar_negeri
ksdll-party-type = KSDLL party "{ $name }" is a { $type }; a KSDLL is between daerah and lembaga_luar_negeri only
ksdll-party-type-none = a KSDLL needs an institution abroad: no party is a lembaga_luar_negeri
sinergi-party-type = SINERGI party "{ $name }" is foreign ({ $type }); foreign partners belong in KSDPL or KSDLL
sinergi-party-type-none = a SINERGI needs a pemerintah_pusat or badan_hukum_publik party: the central programme it supports
central-government-party = party "{ $name }" is a { $type }, which is none of the four PP 28/2018 categories' partners; record a cooperation with the central government as SINERGI
legal-entity-missing = { $type } "{ $name }" has no `legal_entity`; add `legal_entity = true` (PT, BUMN, BUMD, koperasi, yayasan berbadan hukum) or `false`
country-missing = foreign party "{ $name }" has no `country`; add its ISO code, e.g. `country = "JP"`
country-missing-id = foreign party "{ $name }" has `country = "ID"`; a foreign party is outside Indonesia: give its own country, or change its type
country-unexpected = party "{ $name }" is a { $type } but has `country = "{ $country }"`; only foreign parties (pemerintah_daerah_luar_negeri, lembaga_luar_negeri) are abroad
code-invalid-missing = daerah "{ $name }" has no `code`; add its Kemendagri region code (e.g. "35.15")
code-invalid-provinsi = code "{ $code }" does not fit provinsi "{ $name }": a provinsi code is two digits, e.g. "35"
code-invalid-kabupaten = code "{ $code }" does not fit kabupaten "{ $name }": a kabupaten code is PP.KK with KK from 01 to 70, e.g. "35.15"
code-invalid-kota = code "{ $code }" does not fit kota "{ $name }": a kota code is PP.KK with KK from 71 upwards, e.g. "35.78"
code-invalid-not-daerah = party "{ $name }" is a { $type }, not a daerah, but has `code = "{ $code }"`; region codes are for provinsi, kabupaten and kota: remove it

## D. Category, form and object

form-category = form "{ $form }" is not a form of { $category }; a { $category } is one of: { $forms }
document-category = a { $category } is not recorded with a { $document }; its documents are: { $documents }
sister-level = form "{ $form }" does not fit the home region, a { $level }; sister cooperation is between equal levels ({ $fitting })
scope-missing = a { $category } states its objects: add `scope` with one or more of iptek, pertukaran_budaya, kapasitas_pemerintahan, promosi_potensi_daerah, lainnya
scope-missing-empty = `scope` of a { $category } is empty; name at least one object
scope-unexpected = `scope` is for KSDPL and KSDLL (cooperation abroad); remove it from this { $category }
affairs-empty = `affairs` is empty; name the government affair(s) the cooperation serves, e.g. ["kesehatan"]
ksdd-wajib-combination = a wajib KSDD joins kabupaten/kota only, provinsi only, or one provinsi with kabupaten/kota inside it; this one has { $provinces } provinsi and { $kabkota } kabupaten/kota
ksdd-wajib-neighbour = "{ $name }" ({ $code }) is not a neighbour of the home region (neighbours: { $neighbours }); a wajib KSDD is between bordering daerah: check the form, or waive this rule with a reason for a multi-party agreement

## E. Dates, terms, documents and money

number-missing = { $id } was signed on { $signed } but has no `number`; add the register number of the signed document
start-missing = { $id } was signed on { $signed } but has no `start`; add the first day it is in force
signed-in-future = `signed` is { $signed }, after today ({ $today }); record the signing when it has happened, or leave `signed` out while it is a draft
start-before-signed = `start` { $start } is before `signed` { $signed }: a retroactive term; check the dates, or waive the rule with the reason
term-order = `end` { $end } is before `start` { $start }; swap them or correct the year
pks-end-missing = PKS { $id } has no `end`; a PKS states its duration (jangka waktu): add `end`
pks-max-five-years = the PKS runs from { $start } to { $end }, more than five years (at most to { $last }); extend it by a new document, or waive the rule with the reason (e.g. a KPBU)
pks-without-ksb = { $category } PKS { $id } has no `parent`; name the KSB it implements (`parent = "..."`)
budget-flags-missing = { $category } PKS { $id } lacks { $key }; say whether it burdens the public and the daerah (`burdens_region = true|false`) and what it asks of the APBD (`apbd_funding = "none"|"budgeted"|"not_budgeted"`)
budget-flags-missing-both = { $category } PKS { $id } lacks burdens_region and apbd_funding; say whether it burdens the public and the daerah (`burdens_region = true|false`) and what it asks of the APBD (`apbd_funding = "none"|"budgeted"|"not_budgeted"`)
parent-kind-none = ADENDUM { $id } names no document it changes; add `parent = "..."` with its id
parent-kind-pks = a { $category } PKS implements a { $want }, but { $parent } is a { $parent_document }
parent-kind-addendum = { $parent } is itself an ADENDUM; an addendum changes the original document: name that one
parent-kind-draft = { $parent } is a draft; only a signed document can be changed by an addendum
parent-mismatch-category = this { $category } names { $parent } ({ $parent_category }) as its parent; a document belongs to the cooperation of its own category
parent-mismatch = this document shares no counterpart with its parent { $parent } ({ $counterparts }); check `parent`
parent-order = signed on { $signed }, before its parent { $parent } was signed on { $parent_signed }; the stages run in order
parent-order-ended = the addendum was signed on { $signed }, after { $parent } had ended on { $end }; an ended agreement is renewed by a new document (`renews`), not changed
outlives-parent = the PKS ends on { $end }, after its KSB { $parent } ends on { $parent_end }; the PKS implements the KSB within its term: extend the KSB first
dprd-approval-missing-naskah = { $category } { $document } { $id }: a { $category } NASKAH needs the approval of the DPRD; record it as `[dprd_approval]` (number, date) here or in the parent
dprd-approval-missing-burdens = { $category } { $document } { $id }: `burdens_region = true`, so it needs the approval of the DPRD; record it as `[dprd_approval]` (number, date) here or in the parent
dprd-approval-missing-not-budgeted = { $category } { $document } { $id }: `apbd_funding = "not_budgeted"`, so it needs the approval of the DPRD; record it as `[dprd_approval]` (number, date) here or in the parent
central-approval-missing = { $category } NASKAH { $id } has no `[central_approval]`; a { $category } NASKAH needs the approval of the central government: record it (number, date)
approval-order-dprd = the DPRD approval is dated { $date }, after the signing on { $signed }; approval comes before signing
approval-order-dprd-parent = the DPRD approval (recorded in the parent) is dated { $date }, after the signing on { $signed }; approval comes before signing
approval-order-central = the central approval is dated { $date }, after the signing on { $signed }; approval comes before signing
approval-order-central-first = the central approval ({ $central }) is dated before the DPRD approval ({ $dprd }); the DPRD approves first, then the centre
renewal-order = { $id } renews { $renews }, which starts later ({ $old_start } after { $new_start }); a renewal follows the agreement it extends
proxy-incomplete-number = the surat kuasa of "{ $name }" has no `number`; a proxy needs its number and a date on or before signing
proxy-incomplete-date = the surat kuasa of "{ $name }" has no `date`; a proxy needs its number and a date on or before signing
proxy-incomplete-number-date = the surat kuasa of "{ $name }" has no `number` and has no `date`; a proxy needs its number and a date on or before signing
proxy-incomplete-late = the surat kuasa of "{ $name }" is dated { $date }, after the signing on { $signed }; a proxy needs its number and a date on or before signing
proxy-incomplete-number-late = the surat kuasa of "{ $name }" has no `number` and is dated { $date }, after the signing on { $signed }; a proxy needs its number and a date on or before signing
proxy-not-allowed = "{ $name }" signs this { $document } by proxy (number { $number }); the home region signs a { $document } through its head, and a surat kuasa is for signing the PKS (PP 28/2018 Pasal 2 ayat (2))
proxy-not-allowed-unnumbered = "{ $name }" signs this { $document } by proxy (no number); the home region signs a { $document } through its head, and a surat kuasa is for signing the PKS (PP 28/2018 Pasal 2 ayat (2))
termination-order-draft = the termination date { $date } does not fit: the agreement is a draft: a draft that will not be signed is `[withdrawn]`
termination-order-before-start = the termination date { $date } does not fit: it is before `start` { $start }
termination-order-after-end = the termination date { $date } does not fit: it is after the agreement had already ended on { $end }
withdrawn-signed = { $id } was signed on { $signed }, so it cannot be withdrawn on { $date }; record an early end of a signed agreement as `[termination]` instead
funding-value = `funding` says tanpa_biaya (no cost) but `value_idr` is { $value }; correct one of them
funding-value-sources = `funding` says tanpa_biaya (no cost) together with { $sources }; keep one or the other
attachment-outside = attachment "{ $path }" is not a path inside the ledger; write it relative to the ledger root without `..` (e.g. "docs/2019/KS-2019-001.pdf"); it was not opened
attachment-outside-link = attachment "{ $path }" is a link that points outside the ledger (to { $target }); it was not opened
attachment-missing = attachment "{ $path }" does not exist in the ledger; add the file or correct the path
attachment-missing-link = attachment "{ $path }" is a link that cannot be resolved (a loop or a missing target: { $detail })
attachment-missing-not-file = attachment "{ $path }" is not a file; name the file itself
attachment-missing-unreadable = attachment "{ $path }" cannot be read: { $detail }
attachment-hash = the SHA-256 of "{ $path }" is { $hash }, not the recorded { $recorded }; the file changed since it was recorded: check it, then record the new hash

## Opening the ledger

ledger-not-found = no ledger found in { $dir } or any directory above it (a ledger holds kerjasama.toml or agreements/); run kerjasama inside a ledger, or pass --ledger DIR / set KERJASAMA_LEDGER
ledger-not-a-ledger = { $dir } is not a ledger: it holds neither kerjasama.toml nor agreements/
ledger-cannot-open = cannot open the ledger at { $path }: { $detail }
ledger-newer-format = this ledger needs a newer kerjasama: kerjasama.toml says format = { $found }, this kerjasama reads format { $known }; upgrade kerjasama

## More findings of one rule than a file lists

findings-not-listed = this and { $more ->
        [one] { $more } more finding
       *[other] { $more } more findings
    } of { $rule } in this file are not listed one by one (a file lists at most { $limit } of a rule); correct the ones above and check again
