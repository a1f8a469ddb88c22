# kerjasama add: the dialogue's questions and choices, the errors in flag values, and what add
# says on stderr. Key names, enum values of the format, flags and placeholders such as
# NAME;TYPE stay as they are.

## Values given on the command line or at a prompt

add-bad-date = `{ $value }` is not a date; write 2019-01-15, 15-01-2019 or today
add-did-you-mean = ; did you mean `{ $value }`?
add-bad-party-type = `{ $value }` is not a party type{ $hint }; the values are: { $values }
add-bad-termination-reason = `{ $value }` is not a termination reason{ $hint }; the values are: { $values }
add-bad-monitoring-state = `{ $value }` is not a monitoring state{ $hint }; the values are: { $values }
add-bad-boolean = { $key } = `{ $value }` is not true or false
add-bad-amount = `{ $value }` is not an amount in rupiah; write digits, e.g. 1500000000 or 1.500.000.000
add-amount-too-large = `{ $value }` is too large an amount
-party-usage = write NAME;TYPE[;KEY=VALUE...], e.g. 'PT Indosat Tbk;badan_usaha;legal_entity=true'
add-party-usage = party `{ $party }`: { -party-usage }
add-party-no-name = party `{ $party }` has no name; { -party-usage }
add-party-error = party `{ $name }`: { $error }
add-party-not-key-value = party `{ $name }`: `{ $part }` is not KEY=VALUE; the keys are { $keys }
add-party-unknown-key = party `{ $name }`: unknown key `{ $key }`{ $hint }; the keys are { $keys }
add-approval-usage = approval `{ $approval }`: write NUMBER;DATE, e.g. '172/12/404.1.1/2019;2019-03-01'
add-ending-usage = { $key } `{ $value }`: write DATE;REASON[;NOTE]
-monitoring-usage = write YEAR;STATE[;REVENUE_IDR[;NOTE]], e.g. '2020;berjalan;25000000'
add-monitoring-usage = monitoring `{ $monitoring }`: { -monitoring-usage }
add-monitoring-bad-year = monitoring `{ $monitoring }`: `{ $year }` is not a year; { -monitoring-usage }
add-waiver-usage = waiver `{ $waiver }`: write RULE=REASON, e.g. 'pks-max-five-years=KPBU, 20 tahun'
add-attachment-usage = attachment `{ $attachment }`: write PATH[;SHA256]
add-attachment-outside = attachment `{ $attachment }`: give the path relative to the ledger root, inside it
add-attachment-unreadable = attachment `{ $attachment }`: cannot read { $file }: { $error }; give PATH;SHA256 for a file that is not there yet
add-attachment-link-outside = it is a link that points outside the ledger (to { $target })
add-attachment-not-regular = it is not a regular file
add-id-not-a-file-name = --id `{ $id }` cannot be a file name; an id is PREFIX-YYYY-NNN, e.g. KS-2019-004
add-id-not-a-string = `id` must be a string such as KS-2019-004

## The dialogue

add-intro = New agreement. Type < (or Esc on a list) to go back; Enter keeps the value in brackets.
add-first-question = (this is the first question)
add-cannot-record = cannot record it: { $error }
add-ask-title = Title (what the agreement is about)
add-title-too-long = at most { $max } characters
add-ask-partner = Counterpart { $n } (type to search earlier partners)
add-new-partner = (a new partner: type its name next)
add-ask-partner-name = Name of counterpart { $n }
add-ask-category = Category
add-ask-form = Form
add-ask-document = Document
# When a counterpart has no name yet.
add-the-counterpart = the counterpart
add-ask-party-type = Type of { $name }
add-ask-legal-entity = Is { $name } a legal entity (berbadan hukum)?
add-ask-region-code = Region code of { $name } (35 or 35.78)
add-ask-country = Country of { $name } (ISO code, e.g. JP)
add-ask-more-counterparts = Another counterpart?
add-ask-unit = Initiating unit (type to search)
add-other-unit = (another unit: type its name next)
add-ask-unit-name = Name of the unit
add-ask-affair = Affair (urusan; type to search)
add-ask-affair-besides = Another affair, besides { $affairs }
add-affairs-as-before = (as before: { $affairs })
add-ask-another-affair = Another affair?
add-ask-scope = Scope (Space to tick, Enter when done)
# A date question: { $prompt } is one of the questions below.
add-ask-date = { $prompt } (2019-01-15, 15-01-2019 or today)
add-ask-signed = Signed on (empty: a draft)
add-ask-number = Register number
add-ask-start = In force from
add-ask-end = Last day in force
add-ask-end-optional = Last day in force (empty: no fixed end)
add-ask-parent-addendum = The document this addendum changes (type to search)
add-ask-parent-pks = The KSB or NK this PKS implements (type to search)
add-no-parent = (none)
add-ask-burdens = Does the plan burden the public and the daerah?
add-ask-apbd = What it asks of the APBD
add-ask-value = Value in rupiah over the whole term (empty: none)
# Yes/no questions: the keys are y and n whatever the language.
add-yes-no-keys = (y/n)
add-yes = yes
add-no = no

## Review before writing

add-no-findings = No findings.
add-ask-record = Record { $id } in { $path }?
add-review-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: it cannot be written as it is. Change an answer or cancel.
add-review-write = Write it
add-review-change = Change an answer
add-review-cancel = Cancel (write nothing)
add-ask-change = Change which answer? (the later ones are asked again)

# The answers in the list of add-ask-change: the keys they fill.
add-step-title = title
add-step-partner = counterpart { $n }
add-step-category = category
add-step-form = form
add-step-document = document
add-step-party-type = type of counterpart { $n }
add-step-party-details = details of counterpart { $n }
add-step-more = more counterparts
add-step-unit = unit
add-step-affairs = affairs
add-step-scope = scope
add-step-signed = signed
add-step-number = number
add-step-start = start
add-step-end = end
add-step-parent = parent
add-step-burdens = burdens_region
add-step-apbd = apbd_funding
add-step-value = value_idr

## What add says on stderr

add-no-current-dir = cannot read the current directory
add-cannot-read-stdin = cannot read the agreement from stdin (is it UTF-8 text?)
add-cannot-read-from = cannot read { $file } (a UTF-8 TOML file)
add-not-toml = { $file } is not valid TOML; nothing written
add-cannot-create = cannot create { $dir }
add-cannot-resolve = cannot resolve { $dir }
add-outside-ledger = { $dir } leads outside the ledger (to { $target }); nothing written: replace the link with a directory
add-cannot-write = cannot write { $file }
add-missing = cannot add: missing { $flags }; give them as flags or in --from FILE
add-missing-no-terminal = cannot add: missing { $flags }; give them as flags or in --from FILE (on a terminal, kerjasama add asks for them)
add-dialogue-stopped = the dialogue stopped: { $error }; nothing written
add-cancelled = cancelled; nothing written
add-dry-run-written = dry run: { $id } in { $path }, it would be written; nothing written
add-dry-run-refused = dry run: { $id } in { $path }, it would be refused; nothing written
add-refused = { $id } refused: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; nothing written
add-recorded = recorded { $id } in { $path }
add-exists = { $path } already exists; nothing written (choose another --id, or leave it out)
add-no-free-id = could not find a free id after { $tries } tries; nothing written
