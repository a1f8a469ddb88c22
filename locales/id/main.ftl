# Pesan umum kerjasama: tanggal, keluaran `check`, `list`, `show`, `summary`, `rules` dan
# `explain`, kesalahan yang menghentikan perintah.
# { $nama } adalah nilai yang diisi program. Kode aturan, nama kunci dan baris perintah
# tidak diterjemahkan.

## Tanggal

# Tanggal dengan nama bulan: 15 Januari 2019.
date-long = { $day } { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
       *[12] Desember
    } { $year }

## check: format untuk dibaca orang

severity-error = kesalahan
severity-warning = peringatan
check-see-also = lihat juga: { $place }
check-basis = dasar: { $basis }
check-summary = { $files } berkas diperiksa ({ $agreements } perjanjian): { $errors } kesalahan, { $warnings } peringatan

## Status perjanjian pada suatu hari, sebagai kata untuk dibaca orang (tabel, Markdown, `show`).
## JSON, CSV dan TSV tetap memakai nilai FORMAT.md: withdrawn, draft, terminated, pending,
## expired, active.

status-withdrawn = ditarik
status-draft = rancangan
status-terminated = diakhiri
status-pending = belum berlaku
status-expired = berakhir
status-active = berlaku

## Baris di stderr dari list, show dan summary bila tampilan tidak mencakup seluruh register

ledger-note-left-out = { $left } berkas tidak diikutkan (tidak dapat dibaca atau bukan berkas perjanjian); jalankan `kerjasama check` untuk melihat rinciannya
ledger-note-with-errors = { $errors } berkas mengandung kesalahan dan ditampilkan sebagaimana terbaca; jalankan `kerjasama check` untuk melihat rinciannya
ledger-note-both = { $left } berkas tidak diikutkan (tidak dapat dibaca atau bukan berkas perjanjian) dan { $errors } berkas mengandung kesalahan dan ditampilkan sebagaimana terbaca; jalankan `kerjasama check` untuk melihat rinciannya

## list: judul kolom tabel dan Markdown (CSV dan TSV tetap memakai nama kunci)

list-col-id = id
list-col-signed = tanggal
list-col-category = kategori
list-col-form = bentuk
list-col-document = dokumen
list-col-title = judul
list-col-counterparts = mitra
list-col-unit = perangkat daerah
list-col-status = status

## show: satu perjanjian. Kunci yang tersimpan ditampilkan seperti dalam berkas (`value_idr`, `parties`).

show-status = status
show-effective-end = berlaku sampai
show-path = berkas
show-links = dokumen terkait
show-no-links = (tidak ada)
show-link-changes = mengubah
show-link-implements = melaksanakan
show-link-implemented-by = dilaksanakan oleh
show-link-addendum = adendum
show-link-renews = memperbarui
show-link-renewed-by = diperbarui oleh
show-link-unsigned = belum ditandatangani
show-link-missing = (tidak ada dalam register, atau tidak dapat dibaca)
show-withdrawn-on = ditarik pada { $date }: { $reason }
show-draft = rancangan (belum ditandatangani)
show-terminated-on = diakhiri pada { $date } ({ $days } hari yang lalu): { $reason }
show-pending-until = belum berlaku: mulai berlaku pada { $date } ({ $days } hari lagi)
show-expired-on = berakhir: masa berlakunya habis pada { $date } ({ $days } hari yang lalu)
show-expired-on-extended = berakhir: masa berlakunya, yang diperpanjang dengan adendum, habis pada { $date } ({ $days } hari yang lalu)
show-active-last-day = berlaku: hari ini hari terakhir masa berlakunya ({ $date })
show-active-last-day-extended = berlaku: hari ini hari terakhir masa berlakunya ({ $date }, diperpanjang dengan adendum)
show-active-remaining = berlaku: sisa { $days } hari, sampai dengan { $date }
show-active-remaining-extended = berlaku: sisa { $days } hari, sampai dengan { $date }, diperpanjang dengan adendum
show-active-open = berlaku: tanpa batas akhir
show-unknown-id = perjanjian `{ $id }` tidak ada dalam register; daftar perjanjian dapat dilihat dengan `kerjasama list`
show-unknown-id-suggest = perjanjian `{ $id }` tidak ada dalam register; apakah yang dimaksud `{ $suggestion }`? Daftar perjanjian dapat dilihat dengan `kerjasama list`
show-duplicate-id = { $n } berkas memiliki id { $id } ({ $paths }); yang ditampilkan adalah berkas pertama

## summary: angka utama dan judul kolom tabel dan Markdown (CSV, TSV dan JSON tetap memakai
## nama kunci: `year,count`)

summary-agreements = jumlah perjanjian
summary-in-force = berlaku hari ini
summary-expiring = berakhir dalam { $days } hari
summary-total-value = nilai total
summary-not-counted = tidak dihitung
summary-not-counted-value = { $drafts } rancangan, { $withdrawn } ditarik, { $addenda } adendum
summary-col-year = tahun
summary-col-category = kategori
summary-col-form = bentuk
summary-col-document = dokumen
summary-col-unit = perangkat daerah
summary-col-status = status
summary-col-affair = urusan
summary-col-party-type = jenis mitra
summary-col-count = jumlah

## rules dan explain

rules-col-code = kode
rules-col-severity = tingkat
rules-col-fixed = tetap
rules-col-basis = dasar
rules-fixed = ya
severity-off = nonaktif
explain-heading = { $code } ({ $severity })
explain-heading-fixed = { $code } ({ $severity }, tidak dapat diubah)
explain-why = Alasan: { $why }
# Juga paragraf terakhir bantuan aturan dalam SARIF.
rules-basis = Dasar: { $basis }
explain-valid = Contoh yang benar:
explain-invalid = Contoh yang salah:
explain-settable = Tingkatnya dapat diatur di kerjasama.toml ([rules] { $code } = "error" | "warning" | "off"), dan satu berkas dapat dikecualikan dari aturan ini dengan menyebutkan alasannya (waive = {"{"} { $code } = "..." {"}"}).
explain-unknown = aturan `{ $code }` tidak ada; daftar aturan dapat dilihat dengan `kerjasama rules`
explain-unknown-suggest = aturan `{ $code }` tidak ada; apakah yang dimaksud `{ $suggestion }`? Daftar aturan dapat dilihat dengan `kerjasama rules`

## report: pesan perintah di stderr (laporannya sendiri ada di report.ftl)

report-cmd-unknown-extension = format { $path } tidak dapat ditentukan dari ekstensinya; gunakan salah satu dari { $extensions }, atau berikan --format markdown|html|csv|json
report-cmd-wrote = laporan tahun { $year } ({ $format }) telah ditulis ke { $path }
report-cmd-ledger-has-errors = register memuat { $errors } kesalahan dan { $warnings } peringatan; jalankan `kerjasama check` untuk melihat rinciannya

## Kesalahan yang menghentikan perintah (kode keluar 2)

error-current-dir = direktori kerja saat ini tidak dapat dibaca
error-path-missing = { $path }: berkas atau direktori tersebut tidak ada
error-path-outside = { $path } berada di luar register di { $root }
error-path-not-agreement = { $path } bukan berkas perjanjian dalam register (agreements/**/*.toml)
error-changed-no-repository = --changed memerlukan repositori git, sedangkan { $root } tidak berada dalam repositori git; jalankan pemeriksaan tanpa --changed, atau sebutkan berkas yang hendak diperiksa
error-changed-no-commit = --changed { $reference }: commit tersebut tidak ada dalam repositori ini
error-git-missing = git tidak dapat dijalankan ({ $error }); pasang git terlebih dahulu
error-git-failed = git { $args } gagal: { $stderr }
error-not-a-file-name = { $path } bukan nama berkas; berikan jalur berkas yang akan ditulis
error-is-a-directory = { $path } adalah direktori; berikan jalur berkas yang akan ditulis
error-cannot-create = tidak dapat membuat { $path }
error-cannot-write = tidak dapat menulis { $path }
error-chart = grafik tren tidak dapat digambar: { $detail }
