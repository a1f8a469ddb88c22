# kerjasama init: pertanyaan dan pesannya, serta teks yang ditulisnya ke register baru untuk
# para pegawai (README, komentar dalam kerjasama.toml). Berkas CI dan skema adalah kode dan
# tidak diterjemahkan.

## Pertanyaan dan pesan

init-ask-name = Nama daerah (misalnya Kabupaten Sidoarjo)
init-ask-level = Tingkat daerah
init-ask-code = Kode wilayah Kemendagri (35, 35.15, 35.78)
init-missing = init memerlukan --region-name, --region-type dan --region-code (di terminal, init menanyakannya)
init-name-empty = --region-name kosong; berikan nama daerah, misalnya 'Kabupaten Sidoarjo'
init-code-misfit = --region-code `{ $code }` tidak sesuai untuk { $level }: kode provinsi berbentuk `PP` (misalnya 35), kode kabupaten `PP.KK` dengan KK 01-70 (misalnya 35.15), kode kota `PP.KK` dengan KK 71-99 (misalnya 35.78)
init-bad-prefix = --prefix `{ $prefix }` harus terdiri atas 2 sampai 8 huruf kapital (A-Z), misalnya KS
init-cannot-write = berkas register tidak dapat ditulis di { $dir }
# Satu baris untuk setiap berkas; keduanya menjaga lokasi berkas dalam satu kolom.
init-wrote = ditulis  { $path }
init-kept = tetap    { $path } (sudah ada, tidak ditimpa)
init-ready = register siap di { $dir }; catat perjanjian dengan `kerjasama add`, periksa dengan `kerjasama check`

## Komentar dalam kerjasama.toml yang baru

# Setiap baris teks ini menjadi satu baris komentar.

init-config-head = Pengaturan register perjanjian kerja sama ini (kerjasama, format 1).
init-config-units =
    Perangkat daerah (OPD) pemrakarsa perjanjian; perangkat daerah yang tidak tercantum
    di sini menimbulkan peringatan.
init-config-neighbours = daerah yang berbatasan, menurut kodenya (untuk KSDD `wajib`)
init-config-timezone = WIB, WITA atau WIT: zona waktu yang menentukan "hari ini"
init-config-rules = mengubah tingkat aturan: kode-aturan = "error" | "warning" | "off"

## README.md register (Markdown)

init-readme-title = Register Perjanjian Kerja Sama { $name }
init-readme-intro =
    Perjanjian kerja sama daerah (PP 28/2018) { $name } (kode { $code }): satu berkas TOML untuk
    setiap dokumen yang telah ditandatangani atau masih berupa rancangan, di bawah `agreements/YYYY/`,
    dikelola dengan [kerjasama](https://crates.io/crates/kerjasama).
init-readme-add = mencatat perjanjian baru (menanyakan data yang diperlukan)
init-readme-check = memeriksa setiap berkas terhadap format dan PP 28/2018
init-readme-list = daftar perjanjian
init-readme-summary = jumlah perjanjian per tahun
init-readme-settings = `kerjasama.toml`: pengaturan (daerah, perangkat daerah yang dikenal, awalan id `{ $prefix }`, tingkat aturan).
init-readme-schemas = `schemas/`: JSON Schema; dengan `.taplo.toml`, editor memeriksa berkas selagi diketik.
init-readme-ci-github = CI menjalankan `kerjasama check` pada setiap push dan pull request; temuan bertingkat kesalahan membuat CI gagal.
init-readme-ci-gitlab = CI menjalankan `kerjasama check` pada setiap push dan merge request; temuan bertingkat kesalahan membuat CI gagal.
