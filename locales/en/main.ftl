# General messages of kerjasama: dates, the output of `check`, errors that stop a command.
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

# TRANSITIONAL: a finding not yet in the catalogue.
untranslated = { $text }
