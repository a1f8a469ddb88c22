# Isi temuan `kerjasama check`, dan alasan register tidak dapat dibuka.
# { $detail } adalah teks dari pembaca TOML atau sistem operasi (berbahasa Inggris).
# Id diawali kode aturan; nilai di antara tanda petik terbalik adalah kunci dan nilai format,
# tidak diterjemahkan.

## A. Syntax and schema

toml-syntax = bukan TOML yang sah: { $detail }; perbaiki penulisannya (tanda kutip, kurung, `kunci = nilai`)
toml-syntax-unreadable = berkas perjanjian ini tidak dapat dibaca: { $detail }
toml-syntax-permission = berkas perjanjian ini tidak dapat dibaca: izin akses ditolak; jadikan berkas dapat dibaca (chmod a+r)
toml-syntax-vanished = berkas perjanjian ini tidak dapat dibaca: berkas hilang ketika register sedang dibaca
toml-syntax-too-large = berkas perjanjian ini berukuran { $mib },{ $tenth } MiB, melebihi batas { $max } MiB untuk berkas perjanjian; berkas tidak dibaca (apakah ini berkas yang benar?)
toml-syntax-grew = berkas perjanjian ini bertambah besar melebihi { $max } MiB ketika sedang dibaca; berkas tidak dibaca
toml-syntax-not-utf8 = berkas perjanjian ini bukan teks UTF-8 (bita tidak sah pada baris { $line }, posisi bita { $offset }); simpan berkas dalam UTF-8

config-syntax = bukan TOML yang sah: { $detail }; perbaiki penulisannya (tanda kutip, kurung, `kunci = nilai`); pengaturan bawaan dipakai sebagai gantinya
config-invalid-unreadable = kerjasama.toml tidak dapat dibaca: { $detail }; pengaturan bawaan dipakai sebagai gantinya
config-invalid-permission = kerjasama.toml tidak dapat dibaca: izin akses ditolak; jadikan berkas dapat dibaca (chmod a+r); pengaturan bawaan dipakai sebagai gantinya
config-invalid-vanished = kerjasama.toml tidak dapat dibaca: berkas hilang ketika register sedang dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-too-large = kerjasama.toml berukuran { $mib },{ $tenth } MiB, melebihi batas { $max } MiB untuk berkas perjanjian; berkas tidak dibaca (apakah ini berkas yang benar?); pengaturan bawaan dipakai sebagai gantinya
config-invalid-grew = kerjasama.toml bertambah besar melebihi { $max } MiB ketika sedang dibaca; berkas tidak dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-not-utf8 = kerjasama.toml bukan teks UTF-8 (bita tidak sah pada baris { $line }, posisi bita { $offset }); simpan berkas dalam UTF-8; pengaturan bawaan dipakai sebagai gantinya
config-invalid-not-regular = kerjasama.toml bukan berkas biasa (melainkan direktori, pipa, perangkat, atau tautan yang menggantikannya ketika register sedang dibaca); berkas tidak dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-outside = kerjasama.toml berada di luar register (di { $target }: sebuah direktori atau tautan pada jalurnya berubah ketika register sedang dibaca); berkas tidak dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-link-outside = kerjasama.toml adalah tautan yang mengarah ke luar register (ke { $target }); berkas tidak dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-link-unresolved = kerjasama.toml adalah tautan yang tidak dapat diikuti (berputar atau tujuannya tidak ada: { $detail }); berkas tidak dibaca; pengaturan bawaan dipakai sebagai gantinya
config-invalid-format = `format` harus { $version }; nilai bawaan { $version } dipakai sebagai gantinya
config-invalid-prefix = `prefix` = "{ $value }" harus terdiri atas 2 sampai 8 huruf kapital (A-Z); "KS" dipakai sebagai gantinya
config-invalid-unknown-rule = `[rules]` menyebut aturan `{ $code }` yang tidak dikenal; lihat `kerjasama rules`
config-invalid-unknown-rule-suggest = `[rules]` menyebut aturan `{ $code }` yang tidak dikenal; apakah yang dimaksud `{ $suggestion }`?; lihat `kerjasama rules`
config-invalid-fixed-rule = aturan `{ $code }` bersifat tetap: tingkat keparahannya tidak dapat diubah; hapus baris ini
config-invalid-region-code-provinsi = kode wilayah "{ $code }" tidak sesuai untuk provinsi: tulis dua angka, misalnya "35"; tanpa kode ini register tidak mempunyai daerah pemilik dan aturan yang memerlukannya dilewati
config-invalid-region-code = kode wilayah "{ $code }" tidak sesuai untuk { $level }: tulis "PP.KK", misalnya "35.15" (01-70 kabupaten, 71-99 kota); tanpa kode ini register tidak mempunyai daerah pemilik dan aturan yang memerlukannya dilewati
config-invalid-neighbour = daerah tetangga "{ $code }" bukan kode wilayah seperti "35.78"; nilai ini diabaikan

unknown-key = kunci `{ $key }` tidak dikenal
unknown-key-suggest = kunci `{ $key }` tidak dikenal; apakah yang dimaksud `{ $suggestion }`?
unknown-key-in = kunci `{ $key }` di { $place } tidak dikenal
unknown-key-in-suggest = kunci `{ $key }` di { $place } tidak dikenal; apakah yang dimaksud `{ $suggestion }`?
unknown-key-reserved = `{ $key }` dihitung oleh kerjasama dan tidak pernah disimpan dalam berkas; hapus kunci ini

missing-key = kunci `{ $key }` tidak ada, padahal wajib ada pada setiap perjanjian
# { $place } adalah tabel sebagaimana ditulis dalam TOML: [termination], [dprd_approval].
missing-key-in = { $place } tidak memiliki `{ $key }`; tambahkan
missing-key-attachment = lampiran ini tidak memiliki `{ $key }`; tambahkan
missing-key-monitoring = entri pemantauan ini tidak memiliki `{ $key }`; tambahkan
missing-key-party = pihak ini tidak memiliki `{ $key }`; tambahkan

# $expected dan $found adalah jenis nilai TOML.
wrong-type = `{ $key }` harus berupa { $expected ->
        [string] teks
        [boolean] true atau false
        [date] tanggal
        [integer] bilangan bulat
        [array] daftar (array)
        [table] tabel
       *[tables] daftar tabel (`[[...]]`)
    }, tetapi yang tertulis berupa { $found ->
        [string] teks
        [integer] bilangan bulat
        [float] bilangan pecahan
        [boolean] nilai true/false
        [datetime] tanggal dan waktu
        [array] daftar (array)
       *[table] tabel
    }
wrong-type-date = `{ $key }` harus berupa tanggal, tetapi yang tertulis berupa teks; tulis tanpa tanda kutip: `{ $key } = { $value }`
wrong-type-number = `{ $key }` harus berupa bilangan bulat, tetapi yang tertulis berupa teks; tulis angkanya tanpa tanda kutip atau titik: `{ $key } = { $value }`

invalid-value-choice = `{ $key }` = "{ $value }" tidak diperbolehkan; gunakan salah satu dari: { $allowed }
invalid-value-choice-suggest = `{ $key }` = "{ $value }" tidak diperbolehkan; gunakan salah satu dari: { $allowed }; apakah yang dimaksud `{ $suggestion }`?
invalid-value-negative = `{ $key }` = { $value } tidak boleh negatif
invalid-value-too-large = `{ $key }` = { $value } terlalu besar
invalid-value-title = `title` terdiri atas { $n } karakter; tulis 1 sampai 300 karakter
invalid-value-year-only-absent = `year_only` menyebut `{ $key }`, padahal berkas ini tidak memilikinya
invalid-value-year-only-date = `{ $key }` bernilai { $date }, tetapi ditandai sebagai tanggal yang hanya diketahui tahunnya; tulis sebagai { $year }-01-01
invalid-value-sha256 = `sha256` = "{ $value }" bukan 64 digit heksadesimal huruf kecil; ambil nilainya dari `sha256sum FILE`
invalid-value-country = `country` = "{ $value }" bukan kode ISO 3166-1 alpha-2 (misalnya "JP", "NL")
invalid-value-country-capitals = `country` = "{ $value }" bukan kode ISO 3166-1 alpha-2 (misalnya "JP", "NL"); tulis dengan huruf kapital: "{ $upper }"

stray-file-not-toml = `{ $name }` bukan berkas perjanjian (*.toml); pindahkan keluar dari agreements/ (hasil pindaian disimpan di docs/ dan ditautkan melalui [[attachments]])
stray-file-hidden-dir = direktori tersembunyi di dalam agreements/; berkas di dalamnya tidak diperiksa: pindahkan berkas-berkas itu keluar, atau pindahkan direktori itu keluar dari agreements/
stray-file-toml-dir = direktori bernama *.toml bukan berkas perjanjian; ganti namanya atau hapus
stray-file-special = bukan berkas biasa (perangkat, soket, atau pipa); tidak dibuka: hapus
stray-file-link-not-agreement = tautan ke sesuatu yang bukan berkas perjanjian; tautan tidak diikuti di sini: ganti dengan berkasnya sendiri
stray-file-link-outside = tautan yang mengarah ke luar register (ke { $target }); tautan ini tidak diikuti: ganti dengan berkasnya sendiri
stray-file-link-unresolved = tautan yang tidak dapat diurai (berputar atau sasarannya tidak ada: { $detail }); tautan ini tidak diikuti: ganti dengan berkasnya sendiri
stray-file-not-regular = berkas perjanjian ini bukan berkas biasa (melainkan direktori, pipa, perangkat, atau tautan yang menggantikannya ketika register sedang dibaca); berkas tidak dibaca
stray-file-outside = berkas perjanjian ini berada di luar register (di { $target }: sebuah direktori atau tautan pada jalurnya berubah ketika register sedang dibaca); berkas tidak dibaca
stray-file-dir-unreadable = direktori ini tidak dapat dibaca ({ $detail }); berkas di dalamnya tidak diperiksa
stray-file-dir-permission = direktori ini tidak dapat dibaca (izin akses ditolak; jadikan dapat dibaca dengan chmod a+r); berkas di dalamnya tidak diperiksa
stray-file-dir-vanished = direktori ini tidak dapat dibaca (direktori hilang ketika register sedang dibaca); berkas di dalamnya tidak diperiksa
stray-file-agreements-not-dir = agreements bukan direktori (melainkan tautan atau berkas); jadikan direktori
stray-file-agreements-link-outside = agreements/ adalah tautan yang mengarah ke luar register (ke { $target }); tautan ini tidak diikuti: jadikan direktori
stray-file-agreements-link-unresolved = agreements/ adalah tautan yang tidak dapat diurai (berputar atau sasarannya tidak ada: { $detail }); tautan ini tidak diikuti: jadikan direktori

## B. Identity and the ledger as a whole

id-format = id "{ $id }" tidak berbentuk { $prefix }-YYYY-NNN (misalnya { $prefix }-2019-001)
file-name = berkas { $id } harus berada di { $expected }; pindahkan ke sana (git mv { $path } { $expected })
id-year = id { $id } memuat tahun { $year }, lebih lambat daripada penandatanganannya pada { $signed }; id diberikan pada saat penandatanganan atau sebelumnya: gunakan { $signed_year }
duplicate-id = id { $id } juga dipakai oleh { $files }; setiap perjanjian memerlukan id sendiri
duplicate-number = nomor "{ $number }" juga merupakan nomor { $ids }; satu register, satu nomor: periksa dokumen mana yang memuat nomor ini
unknown-reference = `{ $key }` menyebut { $target }, yang tidak ada di register
unknown-reference-suggest = `{ $key }` menyebut { $target }, yang tidak ada di register; apakah yang dimaksud `{ $suggestion }`?
reference-cycle-self = jika `parent` dan `renews` ditelusuri, rangkaiannya kembali ke { $id }: { $id } menyebut dirinya sendiri; rujukan harus menunjuk dokumen yang lebih dahulu
reference-cycle = jika `parent` dan `renews` ditelusuri, rangkaiannya kembali ke { $id }: { $ids } saling terhubung melingkar; rujukan harus menunjuk dokumen yang lebih dahulu
unknown-unit = perangkat daerah "{ $unit }" tidak tercantum dalam `units` di kerjasama.toml; tambahkan di sana jika perangkat daerah ini baru
unknown-unit-suggest = perangkat daerah "{ $unit }" tidak tercantum dalam `units` di kerjasama.toml; apakah yang dimaksud `{ $suggestion }`?; tambahkan di sana jika perangkat daerah ini baru
waiver-invalid-unknown = `waive` menyebut aturan `{ $code }` yang tidak dikenal
waiver-invalid-unknown-suggest = `waive` menyebut aturan `{ $code }` yang tidak dikenal; apakah yang dimaksud `{ $suggestion }`?
waiver-invalid-fixed = aturan `{ $code }` bersifat tetap dan tidak dapat dikecualikan
waiver-invalid-no-reason = pengecualian `{ $code }` tidak menyebutkan alasan; jelaskan mengapa aturan itu tidak berlaku di sini

## C. Parties

too-few-parties = perjanjian ini mencantumkan { $n } pihak; kerja sama memerlukan sekurang-kurangnya dua [[parties]], salah satunya daerah pemilik register
duplicate-party = pihak "{ $name }" tercantum dua kali (juga sebagai "{ $other }"); cantumkan setiap pihak satu kali
no-daerah = tidak ada pihak yang berupa daerah (provinsi, kabupaten, atau kota); setiap kerja sama dalam register melibatkan daerah sebagai salah satu pihaknya
home-missing = { $name } (kode { $code }) tidak termasuk para pihak; tambahkan sebagai pihak dengan `code = "{ $code }"`
home-missing-unnamed = daerah pemilik register (kode { $code }) tidak termasuk para pihak; tambahkan sebagai pihak dengan `code = "{ $code }"`
ksdd-party-type = pihak KSDD "{ $name }" berjenis { $type }; KSDD hanya dilakukan antardaerah (provinsi, kabupaten, kota): gunakan KSDPK, KSDPL, atau KSDLL untuk mitra lain
ksdd-party-type-distinct = KSDD memerlukan sekurang-kurangnya dua daerah yang berbeda; perjanjian ini hanya memiliki { $n }
ksdpk-party-type = pihak KSDPK "{ $name }" berjenis { $type }; KSDPK dilakukan antara daerah dan pihak ketiga (perseorangan, badan_usaha, ormas)
ksdpk-party-type-none = KSDPK ini tidak memiliki pihak ketiga (perseorangan, badan_usaha, atau ormas); tambahkan pihak ketiganya atau pilih kategori lain
ksdpk-legal-entity = mitra KSDPK "{ $name }" adalah badan_usaha yang tidak berbadan hukum; hanya badan usaha berbadan hukum yang dapat menjadi pihak ketiga (PP 28/2018)
ksdpl-party-type = pihak KSDPL "{ $name }" berjenis { $type }; KSDPL hanya dilakukan antara daerah dan pemerintah_daerah_luar_negeri
ksdpl-party-type-none = KSDPL memerlukan pemerintah daerah di luar negeri: tidak ada pihak yang berjenis pemerintah_daerah_luar_negeri
ksdll-party-type = pihak KSDLL "{ $name }" berjenis { $type }; KSDLL hanya dilakukan antara daerah dan lembaga_luar_negeri
ksdll-party-type-none = KSDLL memerlukan lembaga di luar negeri: tidak ada pihak yang berjenis lembaga_luar_negeri
sinergi-party-type = pihak SINERGI "{ $name }" adalah pihak asing ({ $type }); kerja sama dengan mitra asing dicatat sebagai KSDPL atau KSDLL
sinergi-party-type-none = SINERGI memerlukan pihak pemerintah_pusat atau badan_hukum_publik: pemilik program pusat yang didukungnya
central-government-party = pihak "{ $name }" berjenis { $type }, padahal jenis ini bukan mitra dalam keempat kategori PP 28/2018; catat kerja sama dengan Pemerintah Pusat sebagai SINERGI
legal-entity-missing = { $type } "{ $name }" tidak memiliki `legal_entity`; tambahkan `legal_entity = true` (PT, BUMN, BUMD, koperasi, yayasan berbadan hukum) atau `false`
country-missing = pihak asing "{ $name }" tidak memiliki `country`; tambahkan kode ISO negaranya, misalnya `country = "JP"`
country-missing-id = pihak asing "{ $name }" memiliki `country = "ID"`; pihak asing berada di luar Indonesia: cantumkan negaranya sendiri, atau ubah jenis pihaknya
country-unexpected = pihak "{ $name }" berjenis { $type } tetapi memiliki `country = "{ $country }"`; hanya pihak asing (pemerintah_daerah_luar_negeri, lembaga_luar_negeri) yang berada di luar negeri
code-invalid-missing = daerah "{ $name }" tidak memiliki `code`; tambahkan kode wilayah Kemendagri-nya (misalnya "35.15")
code-invalid-provinsi = kode "{ $code }" tidak sesuai untuk provinsi "{ $name }": kode provinsi terdiri atas dua angka, misalnya "35"
code-invalid-kabupaten = kode "{ $code }" tidak sesuai untuk kabupaten "{ $name }": kode kabupaten berbentuk PP.KK dengan KK dari 01 sampai 70, misalnya "35.15"
code-invalid-kota = kode "{ $code }" tidak sesuai untuk kota "{ $name }": kode kota berbentuk PP.KK dengan KK mulai dari 71, misalnya "35.78"
code-invalid-not-daerah = pihak "{ $name }" berjenis { $type }, bukan daerah, tetapi memiliki `code = "{ $code }"`; kode wilayah hanya untuk provinsi, kabupaten, dan kota: hapus kode ini

## D. Category, form and object

form-category = bentuk "{ $form }" bukan bentuk { $category }; bentuk { $category } adalah salah satu dari: { $forms }
document-category = { $category } tidak dicatat dengan dokumen { $document }; dokumen { $category } adalah: { $documents }
sister-level = bentuk "{ $form }" tidak sesuai dengan daerah pemilik register, yang berupa { $level }; kerja sama kembar dilakukan antardaerah yang setingkat ({ $fitting })
scope-missing = { $category } wajib menyebutkan objeknya: tambahkan `scope` dengan satu atau lebih dari iptek, pertukaran_budaya, kapasitas_pemerintahan, promosi_potensi_daerah, lainnya
scope-missing-empty = `scope` pada { $category } ini kosong; sebutkan sekurang-kurangnya satu objek
scope-unexpected = `scope` hanya untuk KSDPL dan KSDLL (kerja sama luar negeri); hapus dari { $category } ini
affairs-empty = `affairs` kosong; sebutkan urusan pemerintahan yang dilayani kerja sama ini, misalnya ["kesehatan"]
ksdd-wajib-combination = KSDD wajib hanya menggabungkan kabupaten/kota saja, provinsi saja, atau satu provinsi dengan kabupaten/kota di wilayahnya; perjanjian ini memiliki { $provinces } provinsi dan { $kabkota } kabupaten/kota
ksdd-wajib-neighbour = "{ $name }" ({ $code }) bukan tetangga daerah pemilik register (tetangga: { $neighbours }); KSDD wajib dilakukan antardaerah yang berbatasan: periksa bentuknya, atau, untuk perjanjian multipihak, kecualikan aturan ini beserta alasannya

## E. Dates, terms, documents and money

number-missing = { $id } ditandatangani pada { $signed } tetapi tidak memiliki `number`; tambahkan nomor register dokumen yang ditandatangani
start-missing = { $id } ditandatangani pada { $signed } tetapi tidak memiliki `start`; tambahkan tanggal mulai berlakunya
signed-in-future = `signed` bertanggal { $signed }, setelah hari ini ({ $today }); catat penandatanganan setelah benar-benar terjadi, atau hilangkan `signed` selama perjanjian masih berupa rancangan
start-before-signed = `start` { $start } lebih awal daripada `signed` { $signed }: jangka waktu berlaku surut; periksa tanggalnya, atau kecualikan aturan ini beserta alasannya
term-order = `end` { $end } lebih awal daripada `start` { $start }; tukar keduanya atau perbaiki tahunnya
pks-end-missing = PKS { $id } tidak memiliki `end`; PKS wajib menyebutkan jangka waktunya: tambahkan `end`
pks-max-five-years = PKS berlaku dari { $start } sampai { $end }, lebih dari lima tahun (paling lama sampai { $last }); perpanjang dengan dokumen baru, atau kecualikan aturan ini beserta alasannya (misalnya KPBU)
pks-without-ksb = PKS { $category } { $id } tidak memiliki `parent`; sebutkan KSB yang dilaksanakannya (`parent = "..."`)
budget-flags-missing = PKS { $category } { $id } tidak memiliki { $key }; nyatakan apakah PKS membebani masyarakat dan daerah (`burdens_region = true|false`) dan apa yang dibutuhkannya dari APBD (`apbd_funding = "none"|"budgeted"|"not_budgeted"`)
budget-flags-missing-both = PKS { $category } { $id } tidak memiliki burdens_region dan apbd_funding; nyatakan apakah PKS membebani masyarakat dan daerah (`burdens_region = true|false`) dan apa yang dibutuhkannya dari APBD (`apbd_funding = "none"|"budgeted"|"not_budgeted"`)
parent-kind-none = ADENDUM { $id } tidak menyebut dokumen yang diubahnya; tambahkan `parent = "..."` dengan id dokumen itu
parent-kind-pks = PKS { $category } melaksanakan { $want }, tetapi { $parent } adalah { $parent_document }
parent-kind-addendum = { $parent } sendiri adalah ADENDUM; adendum mengubah dokumen asli: sebutkan dokumen itu
parent-kind-draft = { $parent } masih rancangan; hanya dokumen yang telah ditandatangani yang dapat diubah dengan adendum
parent-mismatch-category = { $category } ini menyebut { $parent } ({ $parent_category }) sebagai induknya; dokumen termasuk dalam kerja sama yang kategorinya sama
parent-mismatch = dokumen ini tidak memiliki mitra yang sama dengan induknya { $parent } ({ $counterparts }); periksa `parent`
parent-order = ditandatangani pada { $signed }, sebelum induknya { $parent } ditandatangani pada { $parent_signed }; tahapan kerja sama berjalan berurutan
parent-order-ended = adendum ditandatangani pada { $signed }, setelah { $parent } berakhir pada { $end }; perjanjian yang telah berakhir diperpanjang dengan dokumen baru (`renews`), bukan diubah
outlives-parent = PKS berakhir pada { $end }, setelah KSB-nya { $parent } berakhir pada { $parent_end }; PKS melaksanakan KSB dalam jangka waktu KSB: perpanjang KSB terlebih dahulu
dprd-approval-missing-naskah = { $document } { $category } { $id }: NASKAH { $category } memerlukan persetujuan DPRD; catat sebagai `[dprd_approval]` (nomor, tanggal) di sini atau di dokumen induknya
dprd-approval-missing-burdens = { $document } { $category } { $id }: `burdens_region = true`, sehingga memerlukan persetujuan DPRD; catat sebagai `[dprd_approval]` (nomor, tanggal) di sini atau di dokumen induknya
dprd-approval-missing-not-budgeted = { $document } { $category } { $id }: `apbd_funding = "not_budgeted"`, sehingga memerlukan persetujuan DPRD; catat sebagai `[dprd_approval]` (nomor, tanggal) di sini atau di dokumen induknya
central-approval-missing = NASKAH { $category } { $id } tidak memiliki `[central_approval]`; NASKAH { $category } memerlukan persetujuan Pemerintah Pusat: catat persetujuan itu (nomor, tanggal)
approval-order-dprd = persetujuan DPRD bertanggal { $date }, setelah penandatanganan pada { $signed }; persetujuan diberikan sebelum penandatanganan
approval-order-dprd-parent = persetujuan DPRD (dicatat di dokumen induk) bertanggal { $date }, setelah penandatanganan pada { $signed }; persetujuan diberikan sebelum penandatanganan
approval-order-central = persetujuan Pemerintah Pusat bertanggal { $date }, setelah penandatanganan pada { $signed }; persetujuan diberikan sebelum penandatanganan
approval-order-central-first = persetujuan Pemerintah Pusat ({ $central }) bertanggal lebih awal daripada persetujuan DPRD ({ $dprd }); DPRD memberikan persetujuan lebih dahulu, baru kemudian Pemerintah Pusat
renewal-order = { $id } memperpanjang { $renews }, yang mulai berlaku lebih akhir ({ $old_start } setelah { $new_start }); perpanjangan menyusul perjanjian yang diperpanjangnya
proxy-incomplete-number = surat kuasa "{ $name }" tidak memiliki `number`; surat kuasa memerlukan nomor dan tanggal pada atau sebelum penandatanganan
proxy-incomplete-date = surat kuasa "{ $name }" tidak memiliki `date`; surat kuasa memerlukan nomor dan tanggal pada atau sebelum penandatanganan
proxy-incomplete-number-date = surat kuasa "{ $name }" tidak memiliki `number` dan tidak memiliki `date`; surat kuasa memerlukan nomor dan tanggal pada atau sebelum penandatanganan
proxy-incomplete-late = surat kuasa "{ $name }" bertanggal { $date }, setelah penandatanganan pada { $signed }; surat kuasa memerlukan nomor dan tanggal pada atau sebelum penandatanganan
proxy-incomplete-number-late = surat kuasa "{ $name }" tidak memiliki `number` dan bertanggal { $date }, setelah penandatanganan pada { $signed }; surat kuasa memerlukan nomor dan tanggal pada atau sebelum penandatanganan
proxy-not-allowed = "{ $name }" menandatangani { $document } ini dengan surat kuasa (nomor { $number }); daerah pemilik register menandatangani { $document } melalui kepala daerahnya, sedangkan surat kuasa hanya untuk penandatanganan PKS (PP 28/2018 Pasal 2 ayat (2))
proxy-not-allowed-unnumbered = "{ $name }" menandatangani { $document } ini dengan surat kuasa (tanpa nomor); daerah pemilik register menandatangani { $document } melalui kepala daerahnya, sedangkan surat kuasa hanya untuk penandatanganan PKS (PP 28/2018 Pasal 2 ayat (2))
termination-order-draft = tanggal pengakhiran { $date } tidak sesuai: perjanjian ini masih rancangan; rancangan yang tidak akan ditandatangani dicatat sebagai `[withdrawn]`
termination-order-before-start = tanggal pengakhiran { $date } tidak sesuai: tanggal itu lebih awal daripada `start` { $start }
termination-order-after-end = tanggal pengakhiran { $date } tidak sesuai: tanggal itu jatuh setelah perjanjian berakhir pada { $end }
withdrawn-signed = { $id } telah ditandatangani pada { $signed }, sehingga tidak dapat ditarik pada { $date }; catat pengakhiran lebih awal atas perjanjian yang telah ditandatangani sebagai `[termination]`
funding-value = `funding` menyatakan tanpa_biaya (tanpa biaya) tetapi `value_idr` bernilai { $value }; perbaiki salah satunya
funding-value-sources = `funding` menyatakan tanpa_biaya (tanpa biaya) bersama dengan { $sources }; pilih salah satu
attachment-outside = lampiran "{ $path }" bukan jalur di dalam register; tulis relatif terhadap akar register tanpa `..` (misalnya "docs/2019/KS-2019-001.pdf"); lampiran tidak dibuka
attachment-outside-link = lampiran "{ $path }" adalah tautan yang mengarah ke luar register (ke { $target }); lampiran tidak dibuka
attachment-missing = lampiran "{ $path }" tidak ada di register; tambahkan berkasnya atau perbaiki jalurnya
attachment-missing-link = lampiran "{ $path }" adalah tautan yang tidak dapat diurai (berputar atau sasarannya tidak ada: { $detail })
attachment-missing-not-file = lampiran "{ $path }" bukan berkas; sebutkan berkasnya sendiri
attachment-missing-unreadable = lampiran "{ $path }" tidak dapat dibaca: { $detail }
attachment-hash = SHA-256 dari "{ $path }" adalah { $hash }, bukan { $recorded } yang tercatat; berkas telah berubah sejak dicatat: periksa berkasnya, lalu catat hash yang baru

## Opening the ledger

ledger-not-found = tidak ada register di { $dir } maupun di direktori mana pun di atasnya (register berisi kerjasama.toml atau agreements/); jalankan kerjasama di dalam register, atau berikan --ledger DIR / atur KERJASAMA_LEDGER
ledger-not-a-ledger = { $dir } bukan register: di dalamnya tidak ada kerjasama.toml maupun agreements/
ledger-cannot-open = register di { $path } tidak dapat dibuka: { $detail }
ledger-newer-format = register ini memerlukan kerjasama yang lebih baru: kerjasama.toml menyatakan format = { $found }, sedangkan kerjasama ini membaca format { $known }; perbarui kerjasama

## Temuan satu aturan yang melebihi batas pencantuman

findings-not-listed = temuan ini dan { $more } temuan { $rule } lainnya dalam berkas ini tidak dicantumkan satu per satu (satu berkas mencantumkan paling banyak { $limit } temuan untuk satu aturan); perbaiki temuan di atas, lalu periksa kembali
