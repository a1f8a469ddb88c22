# Aturan pada `kerjasama rules` dan `kerjasama explain` (dan SARIF): untuk setiap kode aturan, kapan
# aturan itu menghasilkan temuan (summary), mengapa aturan itu ada (why), dasar yang dicantumkan di
# bawah setiap temuan (basis; tidak ada jika RULES.md tidak menyebutkannya), serta contoh TOML yang
# memenuhi aturan (valid) dan yang melanggarnya (invalid). Dalam contoh, hanya komentar `#` yang
# diterjemahkan; TOML-nya sama dalam setiap bahasa. Baris yang diawali `[` ditulis `{"["}`, dan
# kurung kurawal `{"{"}` dan `{"}"}`, sebagaimana disyaratkan Fluent.

rule-toml-syntax-summary = Berkas bukan TOML 1.0 yang sah; baris dan kolom tempat pembacaan terhenti dilaporkan.
rule-toml-syntax-why = Berkas yang tidak dapat dibaca tidak dapat diperiksa lebih lanjut. Penyebab yang umum adalah tanda kutip penutup yang terlewat, tanggal yang ditulis 15/01/2019, atau karakter yang tidak pada tempatnya; posisi yang dilaporkan menunjukkan bagian yang harus diperbaiki.
rule-toml-syntax-basis = format register
rule-toml-syntax-valid =
    id = "KS-2019-002"
    title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City"
    signed = 2019-01-15
rule-toml-syntax-invalid =
    id = "KS-2019-002"
    title = "Pembangunan jaringan IT untuk program Sidoarjo Smart City
    signed = 15/01/2019

rule-unknown-key-summary = Berkas memuat kunci yang tidak dikenal dalam format; kunci yang dikenal dan paling mirip disarankan sebagai gantinya.
rule-unknown-key-why = Tanpa aturan ini, kunci yang salah eja akan diabaikan dan nilainya hilang tanpa pemberitahuan: `end` yang ditulis `end_date` membuat perjanjian tidak memiliki tanggal berakhir. Nilai turunan seperti `status` atau `effective_end` dihitung oleh kerjasama dan tidak pernah disimpan dalam berkas.
rule-unknown-key-basis = format register
rule-unknown-key-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-unknown-key-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end_date = 2024-01-31   # apakah yang dimaksud `end`?
    status = "active"       # nilai turunan, tidak pernah disimpan

rule-missing-key-summary = Kunci yang menurut FORMAT.md harus selalu ada (misalnya `unit`, `document`, atau `name` dan `type` suatu pihak) tidak terdapat dalam berkas.
rule-missing-key-why = Kunci-kunci ini menerangkan perjanjian itu sendiri, perangkat daerah yang memprakarsainya, dan para pihaknya; semua laporan dan semua aturan lain bergantung padanya.
rule-missing-key-basis = format register
rule-missing-key-valid =
    category = "KSDPK"
    document = "PKS"
    unit = "Dinas Komunikasi dan Informatika"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-missing-key-invalid =
    category = "KSDPK"
    document = "PKS"
    # tanpa `unit`

    {"["}[parties]]
    name = "PT Indosat Tbk"
    # tanpa `type`
    legal_entity = true

rule-wrong-type-summary = Suatu nilai memiliki tipe TOML yang salah, misalnya tanggal di dalam tanda kutip, jumlah uang yang ditulis sebagai teks, atau nilai ya/tidak yang ditulis sebagai kata.
rule-wrong-type-why = Tanggal harus berupa tanggal TOML dan jumlah uang berupa bilangan bulat agar jangka waktu dapat dibandingkan dan nilai dapat dijumlahkan; tanggal di dalam tanda kutip tampak benar bagi pembaca, tetapi tidak dapat diolah dalam perhitungan.
rule-wrong-type-basis = format register
rule-wrong-type-valid =
    signed = 2019-01-15
    value_idr = 1500000000
    burdens_region = false
rule-wrong-type-invalid =
    signed = "2019-01-15"
    value_idr = "Rp 1.500.000.000"
    burdens_region = "tidak"

rule-invalid-value-summary = Suatu nilai berada di luar nilai yang diizinkan: nilai enum yang tidak dikenal, entri `year_only` yang keliru, `country` yang bukan kode ISO, `title` yang kosong atau lebih dari 300 karakter, atau `sha256` yang formatnya salah.
rule-invalid-value-why = Nilai enum menjadi dasar aturan kategori, pihak, dan tanggal, sehingga salah eja harus dilaporkan, bukan ditebak maksudnya. Tanggal yang hanya diketahui tahunnya disimpan sebagai 1 Januari tahun tersebut agar dapat diurutkan dan dibandingkan dengan benar.
rule-invalid-value-basis = format register
rule-invalid-value-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    year_only = ["signed"]
    signed = 2005-01-01
rule-invalid-value-invalid =
    category = "KSDPK"
    form = "pelayanan publik"
    year_only = ["signed", "place"] # `place` bukan tanggal
    signed = 2005-03-17             # tanggal yang hanya diketahui tahunnya harus 1 Januari

rule-stray-file-summary = Suatu berkas di bawah `agreements/` bukan berkas `*.toml`, bukan berkas tersembunyi, dan bukan README, atau suatu entri `*.toml` bukan berkas biasa (melainkan direktori, tautan ke luar register, atau berkas perangkat).
rule-stray-file-why = Berkas yang bukan perjanjian dilaporkan, tidak dilewati begitu saja, sehingga catatan yang tersimpan dengan ekstensi yang salah tidak pernah tertinggal dari register tanpa diketahui. Hasil pindaian ditempatkan di bawah `docs/` dan ditautkan melalui `[[attachments]]`.
rule-stray-file-basis = format register
rule-stray-file-valid =
    # agreements/.gitkeep
    # agreements/README.md
    # agreements/2019/KS-2019-002.toml
    # docs/2019/KS-2019-002.pdf
rule-stray-file-invalid =
    # agreements/2019/KS-2019-002.toml
    # agreements/2019/KS-2019-003.tml      (ekstensi salah)
    # agreements/2019/KS-2019-002.pdf      (hasil pindaian: pindahkan ke docs/)
    # agreements/2019/KS-2019-004.toml/    (berupa direktori)

rule-config-invalid-summary = `kerjasama.toml` tidak dapat dibaca, memuat kunci atau nilai yang tidak dikenal, menyebut kode aturan yang tidak dikenal, atau mengubah aturan tetap.
rule-config-invalid-why = Pengaturan menentukan daerah pemilik register, awalan id, dan tingkat setiap aturan, sehingga kekeliruan di dalamnya mengubah temuan untuk seluruh register. Hanya nilai yang keliru itu yang diganti dengan nilai bawaannya.
rule-config-invalid-basis = format register
rule-config-invalid-valid =
    format = 1

    {"["}region]
    name = "Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}rules]
    pks-max-five-years = "error"
rule-config-invalid-invalid =
    {"["}region]
    name = "Kabupaten Sidoarjo"
    type = "regency"            # provinsi | kabupaten | kota
    code = "35.15"

    {"["}rules]
    pks-max-five-year = "off"   # kode aturan tidak dikenal
    duplicate-id = "warning"    # aturan tetap tidak dapat diubah

rule-id-format-summary = `id` tidak mengikuti pola `PREFIX-YYYY-NNN` dengan awalan register, tahun empat digit, dan nomor urut paling sedikit tiga digit.
rule-id-format-why = Id adalah kunci tetap yang dipakai berkas untuk saling merujuk dan dipakai pengelola register untuk menyebut suatu perjanjian; satu pola yang seragam menjaga id tetap unik, mudah diurutkan, dan mudah dibaca.
rule-id-format-basis = format register
rule-id-format-valid =
    # kerjasama.toml: [ids] prefix = "KS"
    id = "KS-2019-002"
    signed = 2019-01-15
rule-id-format-invalid =
    # kerjasama.toml: [ids] prefix = "KS"
    id = "MOU/2019/2"
    signed = 2019-01-15

rule-file-name-summary = Berkas tidak disimpan sebagai `agreements/YYYY/<id>.toml`, dengan YYYY adalah tahun pada id-nya.
rule-file-name-why = Satu tempat yang pasti untuk setiap id memudahkan penelusuran dan penelaahan register, serta mencegah dua salinan perjanjian yang sama tersembunyi di bawah nama yang berbeda.
rule-file-name-basis = format register
rule-file-name-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    signed = 2019-01-15
rule-file-name-invalid =
    # agreements/2018/kerjasama-indosat.toml
    id = "KS-2019-002"
    signed = 2019-01-15

rule-id-year-summary = Tahun pada `id` lebih lambat daripada tahun `signed`.
rule-id-year-why = Id diberikan pada saat catatan dibuat, yaitu pada saat penandatanganan atau lebih awal sebagai rancangan, dan tidak pernah berubah; tahunnya boleh lebih awal daripada tahun penandatanganan, tetapi tidak boleh lebih lambat. Tahun yang lebih lambat menunjukkan salah ketik pada id atau pada tanggal penandatanganan.
rule-id-year-basis = format register: id diberikan pada saat penandatanganan atau lebih awal, tidak pernah sesudahnya
rule-id-year-valid =
    id = "KS-2018-014"     # dicatat sebagai rancangan pada tahun 2018
    document = "KSB"
    signed = 2019-01-10
rule-id-year-invalid =
    id = "KS-2020-001"     # seharusnya KS-2019-...
    document = "KSB"
    signed = 2019-12-30

rule-duplicate-id-summary = Dua berkas atau lebih memuat `id` yang sama.
rule-duplicate-id-why = Tautan melalui `parent` dan `renews`, laporan, serta rujukan mengandalkan id yang menunjuk tepat satu dokumen. Id ganda biasanya berasal dari berkas yang disalin sebagai templat tanpa diganti id-nya.
rule-duplicate-id-basis = format register
rule-duplicate-id-valid =
    # agreements/2019/KS-2019-003.toml
    id = "KS-2019-003"
    title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
    # agreements/2019/KS-2019-004.toml
    id = "KS-2019-004"
    title = "Pengelolaan parkir tepi jalan umum"
rule-duplicate-id-invalid =
    # agreements/2019/KS-2019-003.toml
    id = "KS-2019-003"
    title = "Pemanfaatan gedung Lingkar Timur untuk Mal Pelayanan Publik"
    # agreements/2019/KS-2019-004.toml
    id = "KS-2019-003"
    title = "Pengelolaan parkir tepi jalan umum"

rule-duplicate-number-summary = Dua perjanjian memuat `number` (nomor register) yang sama (dibandingkan setelah spasi di awal dan akhir dibuang, huruf besar dan kecil disamakan, serta spasi berturut-turut diringkas).
rule-duplicate-number-why = Setiap dokumen yang ditandatangani mendapat nomor tersendiri dalam register daerah; nomor yang berulang biasanya berasal dari berkas salinan atau salah ketik, dan membuat register tidak dapat dirujuk secara pasti oleh auditor dan DPRD.
rule-duplicate-number-basis = satu register, satu nomor
rule-duplicate-number-valid =
    # agreements/2019/KS-2019-002.toml
    number = "180/123/438.1.1.3/2019"
    # agreements/2019/KS-2019-003.toml
    number = "180/131/438.1.1.3/2019"
rule-duplicate-number-invalid =
    # agreements/2019/KS-2019-002.toml
    number = "180/123/438.1.1.3/2019"
    # agreements/2019/KS-2019-003.toml
    number = "180/123/438.1.1.3/2019"

rule-unknown-reference-summary = `parent` atau `renews` menyebut id yang tidak dimiliki oleh berkas mana pun dalam register.
rule-unknown-reference-why = Tautan ke dokumen yang tidak ada tidak dapat ditelusuri untuk memeriksa tahapan, tanggal, atau persetujuan. Biasanya id-nya salah ketik atau berkas dokumen induknya belum ditambahkan.
rule-unknown-reference-basis = format register
rule-unknown-reference-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    document = "PKS"
    parent = "KS-2018-014"
rule-unknown-reference-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    document = "PKS"
    parent = "KS-2018-041"   # id tersebut tidak ada

rule-reference-cycle-summary = Penelusuran tautan `parent` dan `renews` dari suatu dokumen kembali lagi ke dokumen itu (termasuk dokumen yang merujuk dirinya sendiri).
rule-reference-cycle-why = Dokumen induk dan perpanjangan membentuk rantai yang menuju ke masa lalu; rantai yang melingkar tidak memiliki dokumen pertama, sehingga tahapan, urutan, dan akhir masa berlaku efektif tidak dapat ditentukan.
rule-reference-cycle-basis = format register
rule-reference-cycle-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    # agreements/2024/KS-2024-003.toml
    id = "KS-2024-003"
    renews = "KS-2019-002"
rule-reference-cycle-invalid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    renews = "KS-2024-003"
    # agreements/2024/KS-2024-003.toml
    id = "KS-2024-003"
    renews = "KS-2019-002"

rule-unknown-unit-summary = `unit` tidak termasuk nama dalam `kerjasama.toml units` (hanya diperiksa jika daftar tersebut diisi).
rule-unknown-unit-why = Laporan menurut perangkat daerah (OPD mana memprakarsai kerja sama apa) hanya akurat jika setiap berkas menuliskan nama perangkat daerah dengan cara yang sama; daftar `units` memuat penulisan baku nama OPD yang ditetapkan sendiri oleh pengelola register.
rule-unknown-unit-basis = praktik
rule-unknown-unit-valid =
    # kerjasama.toml
    units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
    # agreements/2019/KS-2019-002.toml
    unit = "Dinas Komunikasi dan Informatika"
rule-unknown-unit-invalid =
    # kerjasama.toml
    units = ["Bagian Organisasi", "Dinas Komunikasi dan Informatika"]
    # agreements/2019/KS-2019-002.toml
    unit = "Diskominfo"

rule-waiver-invalid-summary = Entri `waive` menyebut kode aturan yang tidak dikenal atau kode aturan tetap, atau memuat alasan yang kosong.
rule-waiver-invalid-why = Pengecualian adalah keputusan tercatat untuk menerima suatu penyimpangan pada satu berkas, sehingga harus menyebut aturan yang dapat dikecualikan dan menyatakan alasannya; jika tidak, pengecualian itu tidak menyembunyikan apa pun, atau menyembunyikan hal yang salah tanpa penjelasan.
rule-waiver-invalid-basis = format register
rule-waiver-invalid-valid =
    document = "PKS"
    start = 2019-02-01
    end = 2039-01-31

    {"["}waive]
    pks-max-five-years = "KPBU, jangka waktu 20 tahun"
rule-waiver-invalid-invalid =
    document = "PKS"
    start = 2019-02-01
    end = 2039-01-31

    {"["}waive]
    pks-max-5-years = "KPBU, jangka waktu 20 tahun"   # kode aturan tidak dikenal
    duplicate-id = "salinan dokumen"                  # aturan tetap
    start-before-signed = " "                         # alasan kosong

rule-too-few-parties-summary = Berkas mencantumkan kurang dari dua `[[parties]]` (berkas tanpa `parties` sama sekali dihitung tidak memiliki pihak).
rule-too-few-parties-why = Kerja sama daerah adalah usaha bersama antara daerah dan sekurang-kurangnya satu pihak lain; dokumen dengan satu pihak tidak mencatat kesepakatan apa pun, dan biasanya mitranya terlewat dicantumkan.
rule-too-few-parties-basis = PP 28/2018 Pasal 1 angka 1: kerja sama adalah usaha bersama
rule-too-few-parties-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-too-few-parties-invalid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    # mitra tidak dicantumkan

rule-duplicate-party-summary = Pihak yang sama dicantumkan dua kali: dua daerah dengan `code` yang sama, atau dua pihak dengan nama yang sama.
rule-duplicate-party-why = Pihak yang tercantum dua kali membuat perjanjian dua pihak tampak seperti perjanjian multipihak dan dapat menutupi mitra yang terlewat, misalnya KSDD yang hanya menyebut satu daerah.
rule-duplicate-party-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Gresik"
    type = "kabupaten"
    code = "35.25"
rule-duplicate-party-invalid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

rule-no-daerah-summary = Tidak ada pihak yang berjenis `provinsi`, `kabupaten`, atau `kota`.
rule-no-daerah-why = Setiap kerja sama daerah dilakukan oleh daerah. Perjanjian tanpa pihak daerah bukan kerja sama daerah, atau entri pihak untuk daerah itu sendiri terlupa dicantumkan.
rule-no-daerah-basis = PP 28/2018 Pasal 1 angka 1
rule-no-daerah-valid =
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-no-daerah-invalid =
    {"["}[parties]]
    name = "Dinas Komunikasi dan Informatika"
    type = "badan_usaha"        # perangkat daerah, bukan badan usaha
    legal_entity = true

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true

rule-home-missing-summary = Tidak ada pihak yang memiliki `code` daerah pemilik register sebagaimana tercantum dalam `kerjasama.toml [region]` (tidak diperiksa jika daerah pemilik register belum ditetapkan).
rule-home-missing-why = Register suatu daerah memuat perjanjian yang pihaknya mencakup daerah itu sendiri. Berkas yang tidak mencantumkan daerah pemilik register salah dimasukkan ke register ini, atau kode daerah tersebut salah ketik.
rule-home-missing-basis = register mencatat perjanjian daerah pemilik register itu sendiri
rule-home-missing-valid =
    # kerjasama.toml: [region] code = "35.15"
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
rule-home-missing-invalid =
    # kerjasama.toml: [region] code = "35.15"
    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.51"              # salah ketik, seharusnya 35.15

rule-ksdd-party-type-summary = KSDD memiliki pihak yang bukan daerah, atau kurang dari dua daerah yang berbeda.
rule-ksdd-party-type-why = Menurut definisinya, KSDD adalah kerja sama daerah dengan daerah lain. Jika perusahaan atau yayasan turut menjadi pihak dalam dokumen, kerja sama itu merupakan KSDPK (atau perlu dipecah menjadi perjanjian-perjanjian yang terpisah).
rule-ksdd-party-type-basis = PP 28/2018 Pasal 1 angka 2
rule-ksdd-party-type-valid =
    category = "KSDD"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-ksdd-party-type-invalid =
    category = "KSDD"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true

rule-ksdpk-party-type-summary = KSDPK tidak memiliki pihak ketiga (`perseorangan`, `badan_usaha`, `ormas`), atau memiliki pihak yang bukan daerah dan bukan pihak ketiga.
rule-ksdpk-party-type-why = KSDPK adalah kerja sama daerah dengan pihak ketiga, yaitu perseorangan, badan usaha, atau organisasi kemasyarakatan. Tanpa pihak ketiga, atau dengan pihak luar negeri atau pihak Pemerintah Pusat, dokumen tersebut termasuk kategori lain.
rule-ksdpk-party-type-basis = PP 28/2018 Pasal 1 angka 3; jenis-jenis pihak ketiga
rule-ksdpk-party-type-valid =
    category = "KSDPK"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-ksdpk-party-type-invalid =
    category = "KSDPK"   # kedua pihak adalah daerah: ini KSDD

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"

rule-ksdpk-legal-entity-summary = KSDPK memiliki pihak `badan_usaha` dengan `legal_entity = false` (misalnya CV, firma, atau UD).
rule-ksdpk-legal-entity-why = Hanya badan usaha berbadan hukum (PT, BUMN, BUMD, koperasi) yang dapat menjadi pihak ketiga; CV, firma, atau UD bukan badan hukum yang terpisah dari pemiliknya. Ormas dapat menjadi pihak, baik yang berbadan hukum maupun yang tidak berbadan hukum.
rule-ksdpk-legal-entity-basis = pihak ketiga: badan usaha berbadan hukum (PT, BUMN, BUMD, koperasi)
rule-ksdpk-legal-entity-valid =
    category = "KSDPK"

    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-ksdpk-legal-entity-invalid =
    category = "KSDPK"

    {"["}[parties]]
    name = "CV Maju Jaya"
    type = "badan_usaha"
    legal_entity = false

rule-legal-entity-missing-summary = Pihak `badan_usaha` atau `ormas` tidak memiliki kunci `legal_entity`.
rule-legal-entity-missing-why = Status badan hukum suatu perusahaan atau organisasi menentukan boleh tidaknya ia menjadi pihak ketiga, sehingga berkas harus menyatakannya secara tegas, bukan membiarkan kerjasama mengasumsikan salah satunya.
rule-legal-entity-missing-basis = diperlukan oleh aturan ksdpk-legal-entity
rule-legal-entity-missing-valid =
    {"["}[parties]]
    name = "Yayasan Pendidikan Delta Sidoarjo"
    type = "ormas"
    legal_entity = true
rule-legal-entity-missing-invalid =
    {"["}[parties]]
    name = "Yayasan Pendidikan Delta Sidoarjo"
    type = "ormas"
    # `legal_entity` tidak dinyatakan

rule-ksdpl-party-type-summary = KSDPL tidak memiliki pihak `pemerintah_daerah_luar_negeri`, atau memiliki pihak yang bukan daerah dan bukan pemerintah daerah di luar negeri.
rule-ksdpl-party-type-why = KSDPL adalah kerja sama daerah dengan pemerintah daerah di luar negeri (provinsi kembar, kabupaten/kota kembar, atau yang serupa). Dengan lembaga di luar negeri, kerja sama itu merupakan KSDLL; dengan mitra dari dalam negeri, kerja sama itu bukan kerja sama luar negeri.
rule-ksdpl-party-type-basis = PP 28/2018 Pasal 1 angka 4
rule-ksdpl-party-type-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"

    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"
rule-ksdpl-party-type-invalid =
    category = "KSDPL"
    form = "lainnya"

    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "lembaga_luar_negeri"
    country = "JP"

rule-ksdll-party-type-summary = KSDLL tidak memiliki pihak `lembaga_luar_negeri`, atau memiliki pihak yang bukan daerah dan bukan lembaga di luar negeri.
rule-ksdll-party-type-why = KSDLL adalah kerja sama daerah dengan lembaga di luar negeri. Jika mitranya kota atau provinsi di luar negeri, kerja sama itu merupakan KSDPL, dengan bentuk-bentuknya sendiri.
rule-ksdll-party-type-basis = PP 28/2018 Pasal 1 angka 5
rule-ksdll-party-type-valid =
    category = "KSDLL"
    form = "penerusan_kerja_sama_pusat"

    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "lembaga_luar_negeri"
    country = "JP"
rule-ksdll-party-type-invalid =
    category = "KSDLL"
    form = "persetujuan_pusat"

    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"

rule-sinergi-party-type-summary = SINERGI tidak memiliki pihak `pemerintah_pusat` atau `badan_hukum_publik`, atau memiliki pihak luar negeri.
rule-sinergi-party-type-why = SINERGI mencatat dukungan terhadap program Pemerintah Pusat, sehingga kementerian, lembaga, instansi vertikal, atau badan hukum publik harus menjadi pihak. BUMN seperti PT Taspen (Persero) adalah badan_usaha, dan perjanjiannya merupakan KSDPK.
rule-sinergi-party-type-basis = Permendagri 22/2020: dukungan terhadap program Pemerintah Pusat
rule-sinergi-party-type-valid =
    category = "SINERGI"
    document = "NK"

    {"["}[parties]]
    name = "Kejaksaan Negeri Sidoarjo"
    type = "pemerintah_pusat"
rule-sinergi-party-type-invalid =
    category = "SINERGI"
    document = "NK"

    {"["}[parties]]
    name = "PT Taspen (Persero)"
    type = "badan_usaha"
    legal_entity = true

rule-central-government-party-summary = KSDD, KSDPK, KSDPL, atau KSDLL memiliki pihak `pemerintah_pusat` atau `badan_hukum_publik`; perjanjian seperti itu dicatat sebagai SINERGI.
rule-central-government-party-why = Tidak satu pun dari keempat kategori dalam PP 28/2018 mencakup Pemerintah Pusat atau badan hukum publik sebagai pihak; kerja sama dengan mereka (kejaksaan, kantor pertanahan, BPJS) dicatat sebagai SINERGI dengan NK.
rule-central-government-party-basis = pengertian keempat kategori (PP 28/2018 Pasal 1 angka 2 sampai dengan angka 5)
rule-central-government-party-valid =
    category = "SINERGI"
    form = "dukungan_program"

    {"["}[parties]]
    name = "BPJS Kesehatan Cabang Sidoarjo"
    type = "badan_hukum_publik"
rule-central-government-party-invalid =
    category = "KSDPK"
    form = "pelayanan_publik"

    {"["}[parties]]
    name = "BPJS Kesehatan Cabang Sidoarjo"
    type = "badan_hukum_publik"

rule-country-missing-summary = Pihak luar negeri (`pemerintah_daerah_luar_negeri`, `lembaga_luar_negeri`) tidak memiliki `country`, atau `country`-nya ID.
rule-country-missing-why = Kerja sama luar negeri mensyaratkan adanya hubungan diplomatik dengan negara mitra, sehingga negaranya harus diketahui; pihak luar negeri yang berkedudukan di Indonesia merupakan kontradiksi, biasanya akibat jenis pihak yang salah.
rule-country-missing-basis = luar negeri berarti di luar wilayah Indonesia
rule-country-missing-valid =
    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    country = "JP"
rule-country-missing-invalid =
    {"["}[parties]]
    name = "Kitakyushu City"
    type = "pemerintah_daerah_luar_negeri"
    # `country` tidak ada

rule-country-unexpected-summary = Pihak yang bukan pihak luar negeri memiliki `country` selain ID.
rule-country-unexpected-why = Daerah, pihak ketiga, dan instansi Pemerintah Pusat berada di Indonesia; negara lain biasanya berarti jenis pihak yang dipilih untuk mitra luar negeri salah, atau kode negaranya salah ketik.
rule-country-unexpected-basis = format register
rule-country-unexpected-valid =
    {"["}[parties]]
    name = "PT Indosat Tbk"
    type = "badan_usaha"
    legal_entity = true
rule-country-unexpected-invalid =
    {"["}[parties]]
    name = "Japan International Cooperation Agency (JICA)"
    type = "badan_usaha"        # seharusnya lembaga_luar_negeri
    legal_entity = true
    country = "JP"

rule-code-invalid-summary = Daerah tidak memiliki `code` atau memiliki `code` yang tidak sesuai dengan jenisnya (PP untuk provinsi, PP.KK dengan KK 01-70 untuk kabupaten dan 71-99 untuk kota), atau pihak yang bukan daerah memiliki `code`.
rule-code-invalid-why = Kode wilayah menunjuk suatu daerah secara pasti (Kabupaten Mojokerto 35.16, Kota Mojokerto 35.76); aturan mengenai daerah pemilik register, daerah yang berbatasan, dan kombinasi kerja sama wajib seluruhnya bekerja berdasarkan kode.
rule-code-invalid-basis = kode wilayah (Kemendagri)
rule-code-invalid-valid =
    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    code = "35"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-code-invalid-invalid =
    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    # `code` tidak ada

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kabupaten"          # 71-99 adalah nomor untuk kota
    code = "35.78"

rule-form-category-summary = `form` bukan salah satu bentuk yang diizinkan untuk `category` tersebut (FORMAT.md bagian 4).
rule-form-category-why = Setiap kategori memiliki bentuknya sendiri: wajib atau sukarela untuk KSDD; penyediaan pelayanan publik, pengelolaan aset, investasi, atau kerja sama lainnya untuk KSDPK; kerja sama kembar atau bentuk lain untuk kerja sama luar negeri. Ketidaksesuaian biasanya berarti kategorinya sendiri yang salah.
rule-form-category-basis = Permendagri 22/2020 dan 25/2020: bentuk kerja sama setiap kategori
rule-form-category-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
rule-form-category-invalid =
    category = "KSDD"
    form = "pelayanan_publik"   # KSDD: wajib | sukarela
    affairs = ["komunikasi_dan_informatika"]

rule-ksdd-wajib-combination-summary = KSDD `wajib` yang daerahnya tidak seluruhnya kabupaten/kota, tidak seluruhnya provinsi, dan bukan satu provinsi bersama kabupaten/kota yang terletak di wilayahnya.
rule-ksdd-wajib-combination-why = Kerja sama wajib hanya dapat dilakukan oleh kabupaten/kota dengan kabupaten/kota (dalam satu provinsi maupun dari provinsi yang berbeda), provinsi dengan provinsi, atau provinsi dengan kabupaten/kota di wilayahnya. Kombinasi lain, seperti provinsi dengan kabupaten di provinsi lain, harus dilakukan sebagai kerja sama sukarela.
rule-ksdd-wajib-combination-basis = Permendagri 22/2020: empat kombinasi kerja sama wajib
rule-ksdd-wajib-combination-valid =
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Timur"
    type = "provinsi"
    code = "35"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
rule-ksdd-wajib-combination-invalid =
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Provinsi Jawa Tengah"
    type = "provinsi"
    code = "33"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"

rule-ksdd-wajib-neighbour-summary = KSDD `wajib` mencakup daerah yang bukan daerah pemilik register, bukan daerah berbatasan yang tercantum, bukan provinsi tempat daerah pemilik register berada, dan (jika daerah pemilik register adalah provinsi) bukan kabupaten/kota di wilayahnya; hanya diperiksa jika `neighbours` diisi.
rule-ksdd-wajib-neighbour-why = Kerja sama wajib diperuntukkan bagi daerah yang berbatasan, untuk urusan pemerintahan yang memiliki eksternalitas lintas daerah atau penyediaan layanan publik yang lebih efisien jika dikelola bersama; dengan daerah yang lebih jauh, kerja sama itu lazimnya bersifat sukarela. Perjanjian multipihak yang meliputi wilayah yang lebih luas dapat diterima dengan pengecualian.
rule-ksdd-wajib-neighbour-basis = kerja sama wajib dilakukan antardaerah yang berbatasan
rule-ksdd-wajib-neighbour-valid =
    # kerjasama.toml: [region] code = "35.15"
    #   neighbours = ["35.78", "35.25", "35.14", "35.16"]
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Kota Surabaya"
    type = "kota"
    code = "35.78"
rule-ksdd-wajib-neighbour-invalid =
    # kerjasama.toml: [region] code = "35.15"
    #   neighbours = ["35.78", "35.25", "35.14", "35.16"]
    category = "KSDD"
    form = "wajib"

    {"["}[parties]]
    name = "Pemerintah Kota Malang"
    type = "kota"
    code = "35.73"

rule-sister-level-summary = `form = provinsi_kembar` padahal daerah pemilik register bukan provinsi, atau `kabupaten_kota_kembar` padahal daerah pemilik register adalah provinsi.
rule-sister-level-why = Provinsi kembar memasangkan provinsi dengan provinsi di luar negeri, sedangkan kabupaten/kota kembar memasangkan kabupaten atau kota dengan kota di luar negeri; tingkat yang tidak sepadan biasanya berarti bentuk yang dipilih salah.
rule-sister-level-basis = kerja sama kembar dilakukan antarpemerintahan yang setingkat
rule-sister-level-valid =
    # kerjasama.toml: [region] type = "kabupaten"
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
rule-sister-level-invalid =
    # kerjasama.toml: [region] type = "kabupaten"
    category = "KSDPL"
    form = "provinsi_kembar"

rule-scope-missing-summary = KSDPL atau KSDLL tidak memiliki `scope`, atau `scope`-nya kosong.
rule-scope-missing-why = Kerja sama luar negeri terbatas pada objek yang disebut dalam peraturan (pengembangan ilmu pengetahuan dan teknologi, pertukaran budaya, peningkatan kemampuan teknis dan manajemen pemerintahan, promosi potensi daerah, serta objek lain yang tidak bertentangan dengan ketentuan peraturan perundang-undangan), sehingga setiap perjanjian luar negeri harus menyatakan objek yang dicakupnya.
rule-scope-missing-basis = PP 28/2018: objek kerja sama dengan pihak luar negeri
rule-scope-missing-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    scope = ["pertukaran_budaya", "promosi_potensi_daerah"]
rule-scope-missing-invalid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    scope = []

rule-scope-unexpected-summary = `scope` diisi pada KSDD, KSDPK, atau SINERGI.
rule-scope-unexpected-why = `scope` memuat objek yang ditetapkan khusus untuk kerja sama luar negeri; perjanjian dalam negeri menyatakan objeknya melalui `affairs` dan `form`.
rule-scope-unexpected-basis = format register
rule-scope-unexpected-valid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
rule-scope-unexpected-invalid =
    category = "KSDPK"
    form = "pelayanan_publik"
    affairs = ["komunikasi_dan_informatika"]
    scope = ["iptek"]

rule-affairs-empty-summary = `affairs` berupa array kosong.
rule-affairs-empty-why = Objek setiap kerja sama daerah harus berupa urusan pemerintahan yang menjadi kewenangan daerah; daftar yang kosong membuat objeknya tidak tercatat dan perjanjian itu tidak muncul dalam laporan mana pun menurut urusan.
rule-affairs-empty-basis = objek kerja sama adalah urusan pemerintahan yang menjadi kewenangan daerah
rule-affairs-empty-valid =
    category = "KSDPK"
    unit = "Bagian Organisasi"
    affairs = ["penunjang_urusan_pemerintahan"]
rule-affairs-empty-invalid =
    category = "KSDPK"
    unit = "Bagian Organisasi"
    affairs = []

rule-document-category-summary = `document` tidak diizinkan untuk kategorinya: KSB/PKS/ADENDUM untuk KSDD dan KSDPK, LOI/NASKAH/ADENDUM untuk KSDPL dan KSDLL, NK/PKS/ADENDUM untuk SINERGI.
rule-document-category-why = Kerja sama dalam negeri berlangsung dari KSB ke PKS, kerja sama luar negeri dari surat pernyataan kehendak (letter of intent) ke naskah kerja sama, dan sinergi dari NK ke PKS; jenis dokumen menentukan aturan tahapan dan persetujuan yang berlaku.
rule-document-category-basis = Permendagri 22/2020 dan 25/2020: dokumen pada setiap tata cara kerja sama
rule-document-category-valid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    document = "LOI"
rule-document-category-invalid =
    category = "KSDPL"
    form = "kabupaten_kota_kembar"
    document = "KSB"      # KSDPL: LOI | NASKAH | ADENDUM

rule-number-missing-summary = Dokumen yang telah ditandatangani (yang memiliki `signed`) tidak memiliki `number` (nomor register).
rule-number-missing-why = Setelah ditandatangani, dokumen dicatat dalam register daerah dan diberi nomor; dengan nomor itulah dokumen dirujuk dalam surat-menyurat, oleh DPRD, dan oleh auditor.
rule-number-missing-basis = satu register, satu nomor
rule-number-missing-valid =
    document = "PKS"
    number = "180/123/438.1.1.3/2019"
    signed = 2019-01-15
rule-number-missing-invalid =
    document = "PKS"
    signed = 2019-01-15
    # `number` tidak ada

rule-start-missing-summary = Dokumen yang telah ditandatangani tidak memiliki `start`.
rule-start-missing-why = Tanpa tanggal mulai berlaku, kerjasama tidak dapat menentukan apakah perjanjian belum berlaku, sedang berlaku, atau sudah habis masa berlakunya, dan tidak dapat memeriksa jangka waktunya terhadap dokumen induknya.
rule-start-missing-basis = format register
rule-start-missing-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-start-missing-invalid =
    signed = 2019-01-15
    # `start` tidak ada
    end = 2024-01-31

rule-term-order-summary = `end` lebih awal daripada `start` (hari yang sama diperbolehkan).
rule-term-order-why = Jangka waktu yang berakhir sebelum dimulai merupakan salah ketik, sering kali pada tahunnya; status, akhir masa berlaku efektif, dan pemeriksaan batas lima tahun semuanya akan keliru.
rule-term-order-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-term-order-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2014-01-31

rule-signed-in-future-summary = `signed` lebih lambat daripada hari ini (menurut zona waktu daerah, atau sebagaimana ditetapkan dengan `--today`).
rule-signed-in-future-why = Dokumen tidak mungkin ditandatangani pada hari yang belum tiba. Selama penandatanganan belum dilaksanakan, berkas tetap berupa rancangan (tanpa `signed`); tanggal yang direncanakan dapat dicatat dalam `notes`.
rule-signed-in-future-valid =
    # kerjasama check --today 2019-01-20
    signed = 2019-01-15
    start = 2019-03-01
rule-signed-in-future-invalid =
    # kerjasama check --today 2019-01-20
    signed = 2019-02-15
    start = 2019-03-01

rule-start-before-signed-summary = `start` lebih awal daripada `signed`, yaitu jangka waktu yang berlaku surut (tidak diperiksa jika salah satu tanggal hanya berupa tahun).
rule-start-before-signed-why = Perjanjian lazimnya mulai berlaku pada atau setelah tanggal penandatanganannya. Pemberlakuan surut kadang disepakati dengan sengaja, sehingga aturan ini berupa peringatan yang dapat dikecualikan per berkas atau disesuaikan dengan kebijakan masing-masing daerah.
rule-start-before-signed-basis = praktik
rule-start-before-signed-valid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
rule-start-before-signed-invalid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-01-01

rule-pks-end-missing-summary = PKS yang telah ditandatangani tidak memiliki `end`.
rule-pks-end-missing-why = Perjanjian kerja sama selalu menyatakan jangka waktunya; tanpa tanggal berakhir, register tidak dapat menunjukkan kapan perjanjian itu habis masa berlakunya atau harus diperpanjang.
rule-pks-end-missing-basis = PKS mencantumkan jangka waktunya
rule-pks-end-missing-valid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31
rule-pks-end-missing-invalid =
    document = "PKS"
    signed = 2019-01-15
    start = 2019-02-01
    # `end` tidak ada

rule-pks-max-five-years-summary = Jangka waktu PKS itu sendiri, dari `start` sampai dengan `end` yang tercatat, melebihi lima tahun (adendum tidak diperhitungkan).
rule-pks-max-five-years-why = Dalam praktik, PKS berlaku paling lama lima tahun dan selanjutnya diperpanjang dengan dokumen baru agar ketentuan-ketentuannya dikaji ulang. Jangka waktu yang lebih panjang (misalnya konsesi KPBU) dapat diterima dengan pengecualian.
rule-pks-max-five-years-basis = praktik: PKS berlaku paling lama lima tahun dan diperpanjang dengan dokumen baru
rule-pks-max-five-years-valid =
    document = "PKS"
    start = 2019-02-01
    end = 2024-01-31      # tepat lima tahun
rule-pks-max-five-years-invalid =
    document = "PKS"
    start = 2019-02-01
    end = 2024-02-01      # lima tahun lebih satu hari

rule-pks-without-ksb-summary = PKS berkategori KSDD atau KSDPK tidak memiliki `parent`.
rule-pks-without-ksb-why = Dalam kerja sama dalam negeri, kesepakatan bersama (KSB) disepakati lebih dahulu dan PKS melaksanakannya; PKS tanpa KSB dapat berarti KSB-nya belum dicatat dalam register.
rule-pks-without-ksb-basis = tahapan menurut Permendagri 22/2020: KSB mendahului PKS
rule-pks-without-ksb-valid =
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"
rule-pks-without-ksb-invalid =
    category = "KSDPK"
    document = "PKS"
    # tanpa `parent`

rule-parent-kind-summary = ADENDUM tidak memiliki `parent`; dokumen induk PKS bukan KSB (KSDD, KSDPK) atau NK (SINERGI); atau dokumen induk ADENDUM berupa ADENDUM atau rancangan.
rule-parent-kind-why = PKS melaksanakan KSB, atau NK untuk SINERGI, sedangkan adendum mengubah dokumen pokok yang telah ditandatangani. Tautan lain memutus rantai tahapan dan perhitungan akhir masa berlaku efektif; perubahan berikutnya dibuat sebagai adendum baru atas dokumen pokok.
rule-parent-kind-basis = tahapan kerja sama (Permendagri 22/2020, 25/2020)
rule-parent-kind-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    document = "KSB"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"
rule-parent-kind-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    document = "PKS"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    document = "PKS"
    parent = "KS-2018-014"

rule-parent-mismatch-summary = Dokumen induk suatu dokumen memiliki `category` yang berbeda, atau keduanya tidak memiliki mitra yang sama.
rule-parent-mismatch-why = PKS atau adendum merupakan bagian dari kerja sama yang dilaksanakan atau diubahnya, sehingga kategorinya sama dan sekurang-kurangnya satu mitranya sama dengan dokumen induknya; jika tidak, kemungkinan besar `parent` menunjuk berkas yang salah.
rule-parent-mismatch-basis = PKS atau adendum merupakan bagian dari kerja sama yang dilaksanakannya
rule-parent-mismatch-valid =
    # (kedua berkas juga mencantumkan Kabupaten Sidoarjo)
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    {"["}[parties]]
    name = "PT Indosat Tbk"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    parent = "KS-2018-014"
    {"["}[parties]]
    name = "PT Indosat Tbk"
rule-parent-mismatch-invalid =
    # (kedua berkas juga mencantumkan Kabupaten Sidoarjo)
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    category = "KSDPK"
    {"["}[parties]]
    name = "PT Indosat Tbk"
    # agreements/2019/KS-2019-002.toml
    category = "KSDPK"
    parent = "KS-2018-014"
    {"["}[parties]]
    name = "PT Telkom Indonesia (Persero) Tbk"

rule-parent-order-summary = Dokumen ditandatangani sebelum dokumen induknya, atau ADENDUM ditandatangani setelah akhir masa berlaku efektif dokumen induknya (tanpa memperhitungkan adendum ini).
rule-parent-order-why = PKS melaksanakan KSB yang sudah ada, dan adendum hanya dapat mengubah perjanjian yang masih berlaku; perjanjian yang telah habis masa berlakunya dilanjutkan dengan dokumen baru (`renews`), bukan dihidupkan kembali dengan adendum.
rule-parent-order-basis = tahapan kerja sama (Permendagri 22/2020, 25/2020)
rule-parent-order-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    signed = 2018-11-20
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    signed = 2019-01-15
rule-parent-order-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    signed = 2018-11-20
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    signed = 2018-10-01

rule-outlives-parent-summary = `end` PKS itu sendiri lebih lambat daripada akhir masa berlaku efektif KSB induknya.
rule-outlives-parent-why = PKS melaksanakan KSB dan semestinya berlaku dalam jangka waktu KSB; jika PKS harus berlaku lebih lama, KSB biasanya diperpanjang lebih dahulu dengan adendum.
rule-outlives-parent-basis = PKS melaksanakan KSB dalam jangka waktu KSB
rule-outlives-parent-valid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    end = 2024-11-19
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    end = 2024-01-31
rule-outlives-parent-invalid =
    # agreements/2018/KS-2018-014.toml
    id = "KS-2018-014"
    document = "KSB"
    end = 2023-11-19
    # agreements/2019/KS-2019-002.toml
    document = "PKS"
    parent = "KS-2018-014"
    end = 2024-01-31

rule-renewal-order-summary = `renews` menyebut perjanjian yang mulai berlaku setelah perjanjian ini.
rule-renewal-order-why = Perpanjangan melanjutkan perjanjian sebelumnya, sehingga tidak dapat mulai berlaku sebelum perjanjian yang diperpanjangnya; biasanya tanggal mulai salah ketik atau `renews` menunjuk ke arah yang terbalik.
rule-renewal-order-valid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    start = 2019-02-01
    # agreements/2024/KS-2024-003.toml
    renews = "KS-2019-002"
    start = 2024-02-01
rule-renewal-order-invalid =
    # agreements/2019/KS-2019-002.toml
    id = "KS-2019-002"
    start = 2019-02-01
    # agreements/2024/KS-2024-003.toml
    renews = "KS-2019-002"
    start = 2014-02-01    # salah ketik, seharusnya 2024

rule-budget-flags-missing-summary = PKS berkategori KSDD atau KSDPK tidak memiliki `burdens_region`, `apbd_funding`, atau keduanya.
rule-budget-flags-missing-why = Ada tidaknya beban bagi masyarakat dan daerah, serta kebutuhan PKS terhadap APBD, menentukan perlu tidaknya persetujuan DPRD; berkas harus menyatakan keduanya, bukan membiarkan kerjasama mengasumsikannya.
rule-budget-flags-missing-basis = diperlukan oleh aturan persetujuan DPRD; tidak ada nilai bawaan yang diterapkan secara diam-diam
rule-budget-flags-missing-valid =
    category = "KSDD"
    document = "PKS"
    burdens_region = false
    apbd_funding = "budgeted"
rule-budget-flags-missing-invalid =
    category = "KSDD"
    document = "PKS"
    burdens_region = false
    # `apbd_funding` tidak ada

rule-dprd-approval-missing-summary = PKS berkategori KSDD yang membebani daerah atau memerlukan dana APBD yang belum teranggarkan, atau NASKAH berkategori KSDPL atau KSDLL, tidak memiliki `[dprd_approval]` pada berkasnya sendiri maupun pada dokumen induknya.
rule-dprd-approval-missing-why = DPRD harus memberikan persetujuan atas kerja sama daerah dengan daerah lain yang membebani masyarakat dan daerah atau yang pendanaannya belum teranggarkan dalam APBD tahun anggaran berjalan, serta atas setiap kerja sama luar negeri. Persetujuan itu dapat dicatat pada PKS atau NASKAH itu sendiri atau pada dokumen induknya.
rule-dprd-approval-missing-basis = PP 28/2018 Pasal 6 (KSDD); tahapan menurut Permendagri 25/2020 (KSDPL, KSDLL)
rule-dprd-approval-missing-valid =
    category = "KSDD"
    document = "PKS"
    signed = 2019-04-10
    burdens_region = true
    apbd_funding = "budgeted"

    {"["}dprd_approval]
    number = "170/12/404.1.1/2019"
    date = 2019-03-25
rule-dprd-approval-missing-invalid =
    category = "KSDD"
    document = "PKS"
    signed = 2019-04-10
    burdens_region = true
    apbd_funding = "budgeted"
    # tanpa [dprd_approval], baik di sini maupun di KSB induknya

rule-dprd-approval-missing-ksdpk-summary = PKS berkategori KSDPK yang membebani daerah atau memerlukan dana APBD yang belum teranggarkan tidak memiliki `[dprd_approval]` pada berkasnya sendiri maupun pada dokumen induknya.
rule-dprd-approval-missing-ksdpk-why = Peraturan menyebut persetujuan DPRD untuk kerja sama daerah dengan daerah lain; praktik di daerah berbeda-beda mengenai berlaku tidaknya ketentuan yang sama bagi PKS dengan pihak ketiga, sehingga aturan ini berupa peringatan yang dapat disesuaikan dengan kebijakan masing-masing daerah.
rule-dprd-approval-missing-ksdpk-basis = praktik
rule-dprd-approval-missing-ksdpk-valid =
    category = "KSDPK"
    document = "PKS"
    burdens_region = false
    apbd_funding = "not_budgeted"

    {"["}dprd_approval]
    number = "170/14/404.1.1/2019"
    date = 2019-05-06
rule-dprd-approval-missing-ksdpk-invalid =
    category = "KSDPK"
    document = "PKS"
    burdens_region = false
    apbd_funding = "not_budgeted"
    # tanpa [dprd_approval]

rule-central-approval-missing-summary = NASKAH berkategori KSDPL atau KSDLL tidak memiliki `[central_approval]`.
rule-central-approval-missing-why = Kerja sama dengan pemerintah daerah atau lembaga di luar negeri hanya dapat ditandatangani setelah mendapat persetujuan Pemerintah Pusat, yang dicatat dengan nomor dan tanggal suratnya.
rule-central-approval-missing-basis = Permendagri 25/2020: persetujuan Pemerintah Pusat
rule-central-approval-missing-valid =
    category = "KSDPL"
    document = "NASKAH"

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-05-20
rule-central-approval-missing-invalid =
    category = "KSDPL"
    document = "NASKAH"

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04
    # tanpa [central_approval]

rule-approval-order-summary = Pada PKS atau NASKAH, persetujuan yang memenuhi aturan persetujuan yang berlaku baginya bertanggal setelah `signed`; atau, pada dokumen apa pun, `central_approval` bertanggal lebih awal daripada `dprd_approval`.
rule-approval-order-why = Persetujuan diberikan sebelum penandatanganan, dan untuk kerja sama luar negeri DPRD memberikan persetujuan sebelum permohonan diajukan kepada Pemerintah Pusat; tanggal yang tidak mengikuti urutan ini menunjukkan tahapan yang terlewat atau tanggal yang salah ketik.
rule-approval-order-basis = tahapan: persetujuan DPRD, kemudian persetujuan Pemerintah Pusat, kemudian penandatanganan
rule-approval-order-valid =
    document = "NASKAH"
    signed = 2019-07-10

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-05-20
rule-approval-order-invalid =
    document = "NASKAH"
    signed = 2019-07-10

    {"["}dprd_approval]
    number = "170/8/404.1.1/2019"
    date = 2019-03-04

    {"["}central_approval]
    number = "120/4567/SJ"
    date = 2019-02-11

rule-proxy-incomplete-summary = `proxy` suatu pihak tidak memiliki `number` atau `date`, atau bertanggal setelah `signed`.
rule-proxy-incomplete-why = Surat kuasa memberi wewenang kepada seorang pejabat untuk menandatangani atas nama kepala daerah; surat kuasa itu harus dapat dikenali dan sudah ada sebelum penandatanganan, karena jika tidak, kewenangan penandatangan dapat dipersoalkan.
rule-proxy-incomplete-basis = PP 28/2018 Pasal 2 ayat (2) untuk daerah pemilik register; praktik untuk pihak lain
rule-proxy-incomplete-valid =
    signed = 2019-01-15

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-10 {"}"}
rule-proxy-incomplete-invalid =
    signed = 2019-01-15

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-20 {"}"}

rule-proxy-not-allowed-summary = Pihak daerah pemilik register menandatangani KSB, NK, LOI, atau NASKAH melalui `proxy`.
rule-proxy-not-allowed-why = Kepala daerah menandatangani KSB, NK, surat pernyataan kehendak, dan naskah kerja sama; peraturan mengatur pemberian surat kuasa kepada pejabat untuk penandatanganan PKS. Aturan ini tetap berupa peringatan karena setiap daerah menangani pengecualian dengan cara yang berbeda.
rule-proxy-not-allowed-basis = PP 28/2018 Pasal 2 ayat (2): kuasa diberikan untuk penandatanganan PKS
rule-proxy-not-allowed-valid =
    document = "PKS"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    signatory = "Kepala Dinas Komunikasi dan Informatika"
    proxy = {"{"} number = "180/45/438.1.1.3/2019", date = 2019-01-10 {"}"}
rule-proxy-not-allowed-invalid =
    document = "KSB"

    {"["}[parties]]
    name = "Pemerintah Kabupaten Sidoarjo"
    type = "kabupaten"
    code = "35.15"
    signatory = "Kepala Dinas Komunikasi dan Informatika"
    proxy = {"{"} number = "180/45/438.1.1.3/2018", date = 2018-11-15 {"}"}

rule-termination-order-summary = `[termination] date` lebih awal daripada `start`, lebih lambat daripada akhir masa berlaku efektif, atau diisi pada rancangan.
rule-termination-order-why = Pengakhiran sebelum waktunya hanya dapat terjadi selama perjanjian masih berlaku; setelah jangka waktunya berakhir, perjanjian itu sudah habis masa berlakunya dengan sendirinya, sedangkan rancangan yang tidak akan ditandatangani dicatat dengan `[withdrawn]` sebagai gantinya.
rule-termination-order-valid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31

    {"["}termination]
    date = 2021-06-30
    reason = "kesepakatan_para_pihak"
rule-termination-order-invalid =
    signed = 2019-01-15
    start = 2019-02-01
    end = 2024-01-31

    {"["}termination]
    date = 2024-06-30
    reason = "kesepakatan_para_pihak"

rule-withdrawn-signed-summary = Dokumen yang memiliki `signed` juga memiliki `[withdrawn]`.
rule-withdrawn-signed-why = Penarikan mencatat tawaran kerja sama yang ditolak atau dibatalkan sebelum penandatanganan. Perjanjian yang telah ditandatangani dan berakhir sebelum waktunya dicatat dengan `[termination]` beserta salah satu alasan pengakhirannya.
rule-withdrawn-signed-basis = penarikan hanya untuk rancangan; perjanjian yang telah ditandatangani diakhiri
rule-withdrawn-signed-valid =
    # rancangan: tanpa `signed`
    title = "Pengelolaan reklame di ruang milik jalan"

    {"["}withdrawn]
    date = 2019-03-12
    reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah"
rule-withdrawn-signed-invalid =
    title = "Pengelolaan reklame di ruang milik jalan"
    signed = 2019-02-20

    {"["}withdrawn]
    date = 2019-03-12
    reason = "Penawaran ditolak: tidak memberi manfaat bagi daerah"

rule-funding-value-summary = `funding` memuat `tanpa_biaya` bersama sumber pendanaan lain, atau memuat `tanpa_biaya` padahal `value_idr` lebih dari nol.
rule-funding-value-why = Perjanjian tanpa biaya tidak mungkin sekaligus didanai dari APBD atau oleh mitra, dan tidak mungkin memiliki nilai; kontradiksi ini akan membuat laporan anggaran dan laporan nilai tidak konsisten.
rule-funding-value-valid =
    title = "Pendampingan hukum bidang perdata dan tata usaha negara"
    funding = ["tanpa_biaya"]
    value_idr = 0
rule-funding-value-invalid =
    title = "Pendampingan hukum bidang perdata dan tata usaha negara"
    funding = ["apbd", "tanpa_biaya"]
    value_idr = 250000000

rule-attachment-outside-summary = `path` suatu lampiran merupakan jalur absolut, memuat segmen `..`, atau mengarah ke luar register; lampiran itu tidak pernah dibuka dan aturan lampiran lainnya tidak diterapkan padanya.
rule-attachment-outside-why = Lampiran harus tersimpan di dalam repositori register agar peninjau dan auditor melihat berkas yang sama; jalur ke luar register tidak berfungsi di komputer lain dan akan memungkinkan kerjasama membaca berkas yang tidak berkaitan.
rule-attachment-outside-valid =
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-outside-invalid =
    {"["}[attachments]]
    path = "../arsip/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"

rule-attachment-missing-summary = `path` suatu lampiran tidak ada di dalam register.
rule-attachment-missing-why = Hasil pindaian yang dirujuk tetapi tidak ada, biasanya karena namanya diubah atau tidak pernah di-commit, membuat dokumen yang ditandatangani tidak dapat diverifikasi oleh peninjau dan auditor.
rule-attachment-missing-valid =
    # docs/2019/KS-2019-002.pdf ada di dalam register
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-missing-invalid =
    # docs/2019/KS-2019-002.pdf ada di dalam register
    {"["}[attachments]]
    path = "docs/2019/KS-2019-02.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"

rule-attachment-hash-summary = SHA-256 suatu lampiran berbeda dari `sha256` yang tercatat.
rule-attachment-hash-why = Nilai hash menandai secara pasti hasil pindaian dokumen yang ditandatangani; perbedaan berarti berkas telah diganti atau diubah setelah dicatat, atau nilai hash-nya salah ketik.
rule-attachment-hash-valid =
    # sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"
rule-attachment-hash-invalid =
    # sha256sum docs/2019/KS-2019-002.pdf: 87428fc5...c4cf25c7
    {"["}[attachments]]
    path = "docs/2019/KS-2019-002.pdf"
    sha256 = "0263829989b6fd954f72baaf2fc64bc2e2f01d692d4de72986ea808f6e99813f"
