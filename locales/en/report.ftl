# The yearly report (`kerjasama report`): headings, key figures, tables, trend, attention.

report-title = Annual Report on Regional Cooperation { $year }
report-region = Region
report-no-region = (no region set in kerjasama.toml)
report-year = Year
report-ledger-version = Ledger version (git)
report-commit-of = { $commit }, committed on { $date }
report-uncommitted = with uncommitted changes
report-made-on = Made on
report-figures = Key figures
report-figure = Figure
report-value = Value
report-fig-signed = Agreements signed in { $year }
report-fig-in-force = Agreements in force during { $year }
report-fig-ended = Agreements that ended in { $year } (expired or terminated)
report-fig-ending = Agreements ending within the following 12 months ({ $from } to { $to })
report-fig-value = Total value of the agreements signed in { $year }
report-fig-addenda = Addenda signed in { $year } (not counted on their own)
report-counting-rule = Counting rule: the signed documents are counted. An addendum is not counted on its own, as it changes a document already counted; drafts are not counted. A KSB and the PKS that implements it count as two documents. Terms include the extensions of addenda and early terminations.
report-signed-table = Agreements signed in { $year }
report-none-signed = No agreement was signed in { $year }.
report-col-id = Id
report-col-number = Number
report-col-date = Date
report-col-title = Title
report-col-counterparts = Counterparts
report-col-category = Category
report-col-form = Form
report-col-term = Term
report-col-count = Count
report-col-party-type = Counterpart type
report-col-unit = Unit
report-col-affair = Affair
report-col-year = Year
report-col-missing = Missing
report-col-end = Ends
report-col-days = Days left
report-term-range = { $from } to { $to }
report-term-open = from { $from }, no fixed end
report-term-terminated = terminated { $date }
report-counts = Counts
report-by-category = By category
report-by-form = By form of cooperation
report-by-party-type = By type of counterpart
report-by-unit = By initiating unit
report-by-affair = By government affair
report-counts-note = An agreement counts once under each of its affairs and counterpart types, so those counts can add up to more than the total.
report-no-counts = None.
report-trend = Trend over the last ten years
report-trend-caption = Agreements signed per year, { $from } to { $to }
report-chart-y = Agreements
report-attention = Needs attention
report-as-of = As of { $date }.
report-approvals-missing = Agreements in force without a required approval
report-ending-soon = Ending within 90 days with no renewal recorded
report-findings = Check findings
report-findings-text = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in the whole ledger (`kerjasama check` lists them).
report-none = None.
report-errors = Errors
report-warnings = Warnings
report-missing-dprd = DPRD approval
report-missing-central = central government approval
report-made-with = Made with kerjasama report from the register of cooperation agreements.
