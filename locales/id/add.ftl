# kerjasama add: pertanyaan dan pilihan dalam tanya jawab, kesalahan pada nilai opsi, dan pesan
# add di stderr. Nama kunci, nilai enum format, opsi baris perintah dan penanda seperti
# NAME;TYPE tidak diterjemahkan.

## Nilai dari baris perintah atau dari jawaban

add-bad-date = `{ $value }` bukan tanggal; tulis 2019-01-15, 15-01-2019 atau `hari ini`
add-did-you-mean = ; apakah yang dimaksud `{ $value }`?
add-bad-party-type = `{ $value }` bukan jenis pihak yang dikenal{ $hint }; nilai yang dapat dipakai: { $values }
add-bad-termination-reason = `{ $value }` bukan alasan pengakhiran yang dikenal{ $hint }; nilai yang dapat dipakai: { $values }
add-bad-monitoring-state = `{ $value }` bukan keadaan pemantauan yang dikenal{ $hint }; nilai yang dapat dipakai: { $values }
add-bad-boolean = { $key } = `{ $value }` harus true atau false (ya atau tidak)
add-bad-amount = `{ $value }` bukan jumlah rupiah; tulis dengan angka, misalnya 1500000000 atau 1.500.000.000
add-amount-too-large = jumlah `{ $value }` terlalu besar
-party-usage = tulis NAME;TYPE[;KEY=VALUE...], misalnya 'PT Indosat Tbk;badan_usaha;legal_entity=true'
add-party-usage = pihak `{ $party }`: { -party-usage }
add-party-no-name = pihak `{ $party }` tidak mempunyai nama; { -party-usage }
add-party-error = pihak `{ $name }`: { $error }
add-party-not-key-value = pihak `{ $name }`: `{ $part }` tidak berbentuk KEY=VALUE; kunci yang dapat dipakai: { $keys }
add-party-unknown-key = pihak `{ $name }`: kunci `{ $key }` tidak dikenal{ $hint }; kunci yang dapat dipakai: { $keys }
add-approval-usage = persetujuan `{ $approval }`: tulis NUMBER;DATE, misalnya '172/12/404.1.1/2019;2019-03-01'
add-ending-usage = { $key } `{ $value }`: tulis DATE;REASON[;NOTE]
-monitoring-usage = tulis YEAR;STATE[;REVENUE_IDR[;NOTE]], misalnya '2020;berjalan;25000000'
add-monitoring-usage = pemantauan `{ $monitoring }`: { -monitoring-usage }
add-monitoring-bad-year = pemantauan `{ $monitoring }`: `{ $year }` bukan tahun; { -monitoring-usage }
add-waiver-usage = pengecualian `{ $waiver }`: tulis RULE=REASON, misalnya 'pks-max-five-years=KPBU, 20 tahun'
add-attachment-usage = lampiran `{ $attachment }`: tulis PATH[;SHA256]
add-attachment-outside = lampiran `{ $attachment }`: tulis lokasinya relatif terhadap direktori register, dan lokasi itu harus berada di dalam register
add-attachment-unreadable = lampiran `{ $attachment }`: { $file } tidak dapat dibaca: { $error }; untuk berkas yang belum ada, tulis PATH;SHA256
add-attachment-link-outside = berkas itu tautan yang mengarah ke luar register (ke { $target })
add-attachment-not-regular = berkas itu bukan berkas biasa
add-id-not-a-file-name = --id `{ $id }` tidak dapat menjadi nama berkas; id berbentuk PREFIX-YYYY-NNN, misalnya KS-2019-004
add-id-not-a-string = `id` harus berupa teks, misalnya "KS-2019-004"

## Tanya jawab

add-intro = Perjanjian baru. Ketik < (atau Esc pada daftar pilihan) untuk kembali ke pertanyaan sebelumnya; Enter mempertahankan isian yang sudah tertera.
add-first-question = (ini pertanyaan pertama)
add-cannot-record = perjanjian ini tidak dapat dicatat: { $error }
add-ask-title = Judul (pokok perjanjian)
add-title-too-long = paling banyak { $max } karakter
add-ask-partner = Mitra { $n } (ketik untuk mencari mitra terdahulu)
add-new-partner = (mitra baru: ketik namanya sesudah ini)
add-ask-partner-name = Nama mitra { $n }
add-ask-category = Kategori
add-ask-form = Bentuk kerja sama
add-ask-document = Jenis dokumen
# Jika mitra belum bernama.
add-the-counterpart = mitra
add-ask-party-type = Jenis pihak { $name }
add-ask-legal-entity = Apakah { $name } berbadan hukum?
add-ask-region-code = Kode wilayah { $name } (35 atau 35.78)
add-ask-country = Negara { $name } (kode ISO, misalnya JP)
add-ask-more-counterparts = Ada mitra lain?
add-ask-unit = Perangkat daerah pemrakarsa (ketik untuk mencari)
add-other-unit = (perangkat daerah lain: ketik namanya sesudah ini)
add-ask-unit-name = Nama perangkat daerah
add-ask-affair = Urusan pemerintahan (ketik untuk mencari)
add-ask-affair-besides = Urusan lain, selain { $affairs }
add-affairs-as-before = (seperti sebelumnya: { $affairs })
add-ask-another-affair = Ada urusan lain?
add-ask-scope = Ruang lingkup (Spasi untuk mencentang, Enter jika selesai)
# Pertanyaan tanggal: { $prompt } adalah salah satu pertanyaan di bawah.
add-ask-date = { $prompt } (2019-01-15, 15-01-2019 atau hari ini)
add-ask-signed = Tanggal penandatanganan (kosongkan jika masih rancangan)
add-ask-number = Nomor register
add-ask-start = Berlaku sejak
add-ask-end = Hari terakhir masa berlaku
add-ask-end-optional = Hari terakhir masa berlaku (kosongkan jika tanpa batas akhir)
add-ask-parent-addendum = Dokumen yang diubah oleh adendum ini (ketik untuk mencari)
add-ask-parent-pks = KSB atau NK yang dilaksanakan oleh PKS ini (ketik untuk mencari)
add-no-parent = (tidak ada)
add-ask-burdens = Apakah rencana kerja sama ini membebani masyarakat dan daerah?
add-ask-apbd = Pembebanan pada APBD
add-ask-value = Nilai dalam rupiah untuk seluruh jangka waktu (kosongkan jika tidak ada)
# Pertanyaan ya/tidak: tombolnya tetap y dan n.
add-yes-no-keys = (y = ya, n = tidak)
add-yes = ya
add-no = tidak

## Pemeriksaan sebelum ditulis

add-no-findings = Tidak ada temuan.
add-ask-record = Catat { $id } di { $path }?
add-review-errors = { $errors } kesalahan: perjanjian ini tidak dapat ditulis apa adanya. Ubah jawaban atau batalkan.
add-review-write = Tulis
add-review-change = Ubah jawaban
add-review-cancel = Batal (tidak ada yang ditulis)
add-ask-change = Jawaban mana yang akan diubah? (pertanyaan sesudahnya diajukan lagi)

# Jawaban dalam daftar add-ask-change, dengan kunci yang diisinya.
add-step-title = judul (title)
add-step-partner = mitra { $n }
add-step-category = kategori (category)
add-step-form = bentuk kerja sama (form)
add-step-document = jenis dokumen (document)
add-step-party-type = jenis mitra { $n }
add-step-party-details = rincian mitra { $n }
add-step-more = mitra lain
add-step-unit = perangkat daerah (unit)
add-step-affairs = urusan pemerintahan (affairs)
add-step-scope = ruang lingkup (scope)
add-step-signed = tanggal penandatanganan (signed)
add-step-number = nomor register (number)
add-step-start = berlaku sejak (start)
add-step-end = hari terakhir masa berlaku (end)
add-step-parent = dokumen induk (parent)
add-step-burdens = membebani masyarakat dan daerah (burdens_region)
add-step-apbd = pembebanan pada APBD (apbd_funding)
add-step-value = nilai (value_idr)

## Pesan add di stderr

add-no-current-dir = direktori kerja saat ini tidak dapat dibaca
add-cannot-read-stdin = perjanjian tidak dapat dibaca dari stdin (apakah berupa teks UTF-8?)
add-cannot-read-from = { $file } tidak dapat dibaca (harus berupa berkas TOML dalam UTF-8)
add-not-toml = { $file } bukan TOML yang sah; tidak ada berkas yang ditulis
add-cannot-create = { $dir } tidak dapat dibuat
add-cannot-resolve = lokasi sebenarnya dari { $dir } tidak dapat ditentukan
add-outside-ledger = { $dir } mengarah ke luar register (ke { $target }); tidak ada berkas yang ditulis: ganti tautan itu dengan direktori
add-cannot-write = { $file } tidak dapat ditulis
add-missing = tidak dapat menambahkan perjanjian: { $flags } belum diisi; berikan sebagai opsi atau dalam --from FILE
add-missing-no-terminal = tidak dapat menambahkan perjanjian: { $flags } belum diisi; berikan sebagai opsi atau dalam --from FILE (di terminal, kerjasama add menanyakannya)
add-dialogue-stopped = tanya jawab terhenti: { $error }; tidak ada berkas yang ditulis
add-cancelled = dibatalkan; tidak ada berkas yang ditulis
add-dry-run-written = uji coba (--dry-run): { $id } di { $path } akan dicatat; tidak ada berkas yang ditulis
add-dry-run-refused = uji coba (--dry-run): { $id } di { $path } akan ditolak; tidak ada berkas yang ditulis
add-refused = { $id } ditolak karena { $errors } kesalahan; tidak ada berkas yang ditulis
add-recorded = { $id } dicatat di { $path }
add-exists = { $path } sudah ada; tidak ada berkas yang ditulis (pilih --id lain, atau jangan berikan --id)
add-no-free-id = tidak ditemukan id yang belum dipakai setelah { $tries } kali mencoba; tidak ada berkas yang ditulis
