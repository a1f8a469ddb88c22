# What the findings of `kerjasama check` say. { $detail } is a text from the TOML reader (English).

## A. Syntax and schema

toml-syntax = not valid TOML: { $detail }; fix the syntax (quotes, brackets, `key = value`)
config-syntax = not valid TOML: { $detail }; fix the syntax (quotes, brackets, `key = value`); the defaults are used instead
