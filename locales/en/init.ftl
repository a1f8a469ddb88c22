# kerjasama init: its questions and messages, and the texts it writes into a new ledger for the
# office's people (the README, the comments of kerjasama.toml). The CI files and the schemas
# are code and are not translated.

## Questions and messages

init-ask-name = Name of the daerah (e.g. Kabupaten Sidoarjo)
init-ask-level = Level
init-ask-code = Kemendagri region code (35, 35.15, 35.78)
init-missing = init needs --region-name, --region-type and --region-code (on a terminal it asks for them)
init-name-empty = --region-name is empty; give the daerah's name, e.g. 'Kabupaten Sidoarjo'
init-code-misfit = --region-code `{ $code }` does not fit a { $level }: a provinsi is `PP` (e.g. 35), a kabupaten `PP.KK` with KK 01-70 (e.g. 35.15), a kota `PP.KK` with KK 71-99 (e.g. 35.78)
init-bad-prefix = --prefix `{ $prefix }` must be 2 to 8 capital letters (A-Z), e.g. KS
init-cannot-write = cannot write the ledger files in { $dir }
# One line per file; the two keep the paths in one column.
init-wrote = wrote { $path }
init-kept = kept  { $path } (it exists)
init-ready = ledger ready in { $dir }; record an agreement with `kerjasama add`, check with `kerjasama check`

## Comments of the new kerjasama.toml

# Each line of these becomes a comment line.

init-config-head = Settings of this ledger of cooperation agreements (kerjasama, format 1).
init-config-units = The units (OPD) that initiate agreements; an unknown unit is a warning.
init-config-neighbours = bordering daerah, by code (for `wajib` KSDD)
init-config-timezone = WIB, WITA or WIT: what "today" means
init-config-rules = severity overrides: rule-code = "error" | "warning" | "off"

## The ledger's README.md (Markdown)

init-readme-title = Register of cooperation agreements: { $name }
init-readme-intro =
    The cooperation agreements (*kerja sama daerah*, PP 28/2018) of { $name } (code { $code }),
    one TOML file per signed or drafted document under `agreements/YYYY/`,
    kept with [kerjasama](https://crates.io/crates/kerjasama).
init-readme-add = record a new agreement (asks what it needs)
init-readme-check = check every file against the format and PP 28/2018
init-readme-list = which agreements
init-readme-summary = how many each year
init-readme-settings = `kerjasama.toml`: the settings (region, known units, id prefix `{ $prefix }`, rule severities).
init-readme-schemas = `schemas/`: JSON Schemas; with `.taplo.toml`, editors check a file while it is typed.
init-readme-ci-github = CI runs `kerjasama check` on every push and pull request; a finding at error level fails it.
init-readme-ci-gitlab = CI runs `kerjasama check` on every push and merge request; a finding at error level fails it.
