# Isi temuan `kerjasama check`. { $detail } adalah teks dari pembaca TOML (berbahasa Inggris).

## A. Syntax and schema

toml-syntax = bukan TOML yang sah: { $detail }; perbaiki penulisannya (tanda kutip, kurung, `kunci = nilai`)
config-syntax = bukan TOML yang sah: { $detail }; perbaiki penulisannya (tanda kutip, kurung, `kunci = nilai`); pengaturan bawaan dipakai sebagai gantinya
