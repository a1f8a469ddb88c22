# General messages of kerjasama: dates, the output of `check`, `list`, `show`, `summary`,
# `rules` and `explain`, errors that stop a command.
# Placeables: { $name } is a value the program fills in. Keep `code`, key names and
# command lines as they are: they are not translated.

## Dates

# A date in words: 15 January 2019.
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## check: the human format

severity-error = error
severity-warning = warning
check-see-also = see also: { $place }
check-basis = basis: { $basis }
check-summary = checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    } ({ $agreements ->
        [one] { $agreements } agreement
       *[other] { $agreements } agreements
    }): { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## The status of an agreement on a day, as a word for people (tables, Markdown, `show`).
## JSON, CSV and TSV keep the values of FORMAT.md: withdrawn, draft, terminated, pending,
## expired, active.

status-withdrawn = withdrawn
status-draft = draft
status-terminated = terminated
status-pending = pending
status-expired = expired
status-active = active

## The stderr line of list, show and summary when the views do not cover the whole ledger

ledger-note-left-out = { $left ->
        [one] { $left } file
       *[other] { $left } files
    } left out (unreadable, or not agreement files); `kerjasama check` tells what is wrong
ledger-note-with-errors = { $errors ->
        [one] { $errors } file
       *[other] { $errors } files
    } with errors, shown as read; `kerjasama check` tells what is wrong
ledger-note-both = { $left ->
        [one] { $left } file
       *[other] { $left } files
    } left out (unreadable, or not agreement files) and { $errors ->
        [one] { $errors } file
       *[other] { $errors } files
    } with errors, shown as read; `kerjasama check` tells what is wrong

## list: the headers of the table and of Markdown (CSV and TSV keep the key names)

list-col-id = id
list-col-signed = signed
list-col-category = category
list-col-form = form
list-col-document = document
list-col-title = title
list-col-counterparts = counterparts
list-col-unit = unit
list-col-status = status

## show: one agreement. The stored keys are shown as in the file (`value_idr`, `parties`).

show-status = status
show-effective-end = effective end
show-path = path
show-links = links
show-no-links = (none)
show-link-changes = changes
show-link-implements = implements
show-link-implemented-by = implemented by
show-link-addendum = addendum
show-link-renews = renews
show-link-renewed-by = renewed by
show-link-unsigned = unsigned
show-link-missing = (not in the ledger, or not readable)
show-withdrawn-on = withdrawn on { $date }: { $reason }
show-draft = draft (not signed)
show-terminated-on = terminated on { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago): { $reason }
show-pending-until = pending: starts on { $date } (in { $days ->
        [one] { $days } day
       *[other] { $days } days
    })
show-expired-on = expired: ended on { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago)
show-expired-on-extended = expired: ended on { $date }, extended by addenda ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago)
show-active-last-day = active: today is its last day ({ $date })
show-active-last-day-extended = active: today is its last day ({ $date }, extended by addenda)
show-active-remaining = active: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } remaining, until { $date }
show-active-remaining-extended = active: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } remaining, until { $date }, extended by addenda
show-active-open = active: no fixed end
show-unknown-id = no agreement `{ $id }` in the ledger; `kerjasama list` lists them
show-unknown-id-suggest = no agreement `{ $id }` in the ledger; did you mean `{ $suggestion }`? `kerjasama list` lists them
show-duplicate-id = { $n } files have the id { $id } ({ $paths }); showing the first

## summary: key figures and the headers of the table and of Markdown (CSV, TSV and JSON keep
## the key names: `year,count`)

summary-agreements = agreements
summary-in-force = in force today
summary-expiring = expiring within { $days } days
summary-total-value = total value
summary-not-counted = not counted
summary-not-counted-value = { $drafts ->
        [one] { $drafts } draft
       *[other] { $drafts } drafts
    }, { $withdrawn } withdrawn, { $addenda ->
        [one] { $addenda } addendum
       *[other] { $addenda } addenda
    }
summary-col-year = year
summary-col-category = category
summary-col-form = form
summary-col-document = document
summary-col-unit = unit
summary-col-status = status
summary-col-affair = affair
summary-col-party-type = party_type
summary-col-count = count

## rules and explain

rules-col-code = code
rules-col-severity = severity
rules-col-fixed = fixed
rules-col-basis = basis
rules-fixed = fixed
severity-off = off
explain-heading = { $code } ({ $severity })
explain-heading-fixed = { $code } ({ $severity }, fixed)
explain-why = Why: { $why }
# Also the last paragraph of a rule's help in SARIF.
rules-basis = Basis: { $basis }
explain-valid = Valid:
explain-invalid = Invalid:
explain-settable = Its severity can be set in kerjasama.toml ([rules] { $code } = "error" | "warning" | "off"), and one file can waive it with a reason (waive = {"{"} { $code } = "..." {"}"}).
explain-unknown = no rule `{ $code }`; `kerjasama rules` lists them all
explain-unknown-suggest = no rule `{ $code }`; did you mean `{ $suggestion }`? `kerjasama rules` lists them all

## report: the command's messages on stderr (the report itself is in report.ftl)

report-cmd-unknown-extension = cannot tell the format of { $path } from its extension; use one of { $extensions } or give --format markdown|html|csv|json
report-cmd-wrote = wrote the { $year } report ({ $format }) to { $path }
report-cmd-ledger-has-errors = the ledger has { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }; `kerjasama check` tells what is wrong

## Errors that stop a command (exit 2)

error-current-dir = cannot read the current directory
error-path-missing = { $path }: no such file or directory
error-path-outside = { $path } is outside the ledger at { $root }
error-path-not-agreement = { $path } is not an agreement file of the ledger (agreements/**/*.toml)
error-changed-no-repository = --changed needs a git repository, and { $root } is not in one; check without --changed, or name the files to report
error-changed-no-commit = --changed { $reference }: no such commit in this repository
error-git-missing = git could not be started ({ $error }); install git
error-git-failed = git { $args } failed: { $stderr }
error-not-a-file-name = { $path } is not a file name; give the path of a file to write
error-is-a-directory = { $path } is a directory; give the path of a file to write
error-cannot-create = cannot create { $path }
error-cannot-write = cannot write { $path }
error-chart = cannot draw the trend chart: { $detail }
