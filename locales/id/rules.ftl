# Aturan pada `kerjasama rules` dan `kerjasama explain` (dan SARIF): untuk setiap kode aturan, kapan
# aturan itu menghasilkan temuan (summary) dan mengapa aturan itu ada (why).

rule-toml-syntax-summary = Berkas bukan TOML 1.0 yang sah; baris dan kolom tempat pembacaan terhenti dilaporkan.
rule-toml-syntax-why = Berkas yang tidak dapat dibaca tidak dapat diperiksa lebih lanjut. Penyebab yang umum adalah tanda kutip penutup yang terlewat, tanggal yang ditulis 15/01/2019, atau karakter yang tidak pada tempatnya; posisi yang dilaporkan menunjukkan bagian yang harus diperbaiki.

rule-unknown-key-summary = Berkas memuat kunci yang tidak dikenal dalam format; kunci yang dikenal dan paling mirip disarankan sebagai gantinya.
rule-unknown-key-why = Tanpa aturan ini, kunci yang salah eja akan diabaikan dan nilainya hilang tanpa pemberitahuan: `end` yang ditulis `end_date` membuat perjanjian tidak memiliki tanggal berakhir. Nilai turunan seperti `status` atau `effective_end` dihitung oleh kerjasama dan tidak pernah disimpan dalam berkas.

rule-missing-key-summary = Kunci yang menurut FORMAT.md harus selalu ada (misalnya `unit`, `document`, atau `name` dan `type` suatu pihak) tidak terdapat dalam berkas.
rule-missing-key-why = Kunci-kunci ini menerangkan perjanjian itu sendiri, perangkat daerah yang memprakarsainya, dan para pihaknya; semua laporan dan semua aturan lain bergantung padanya.

rule-wrong-type-summary = Suatu nilai memiliki tipe TOML yang salah, misalnya tanggal di dalam tanda kutip, jumlah uang yang ditulis sebagai teks, atau nilai ya/tidak yang ditulis sebagai kata.
rule-wrong-type-why = Tanggal harus berupa tanggal TOML dan jumlah uang berupa bilangan bulat agar jangka waktu dapat dibandingkan dan nilai dapat dijumlahkan; tanggal di dalam tanda kutip tampak benar bagi pembaca, tetapi tidak dapat diolah dalam perhitungan.

rule-invalid-value-summary = Suatu nilai berada di luar nilai yang diizinkan: nilai enum yang tidak dikenal, entri `year_only` yang keliru, `country` yang bukan kode ISO, `title` yang kosong atau lebih dari 300 karakter, atau `sha256` yang formatnya salah.
rule-invalid-value-why = Nilai enum menjadi dasar aturan kategori, pihak, dan tanggal, sehingga salah eja harus dilaporkan, bukan ditebak maksudnya. Tanggal yang hanya diketahui tahunnya disimpan sebagai 1 Januari tahun tersebut agar dapat diurutkan dan dibandingkan dengan benar.

rule-stray-file-summary = Suatu berkas di bawah `agreements/` bukan berkas `*.toml`, bukan berkas tersembunyi, dan bukan README, atau suatu entri `*.toml` bukan berkas biasa (melainkan direktori, tautan ke luar register, atau berkas perangkat).
rule-stray-file-why = Berkas yang bukan perjanjian dilaporkan, tidak dilewati begitu saja, sehingga catatan yang tersimpan dengan ekstensi yang salah tidak pernah tertinggal dari register tanpa diketahui. Hasil pindaian ditempatkan di bawah `docs/` dan ditautkan melalui `[[attachments]]`.

rule-config-invalid-summary = `kerjasama.toml` tidak dapat dibaca, memuat kunci atau nilai yang tidak dikenal, menyebut kode aturan yang tidak dikenal, atau mengubah aturan tetap.
rule-config-invalid-why = Pengaturan menentukan daerah pemilik register, awalan id, dan tingkat setiap aturan, sehingga kekeliruan di dalamnya mengubah temuan untuk seluruh register. Hanya nilai yang keliru itu yang diganti dengan nilai bawaannya.

rule-id-format-summary = `id` tidak mengikuti pola `PREFIX-YYYY-NNN` dengan awalan register, tahun empat digit, dan nomor urut paling sedikit tiga digit.
rule-id-format-why = Id adalah kunci tetap yang dipakai berkas untuk saling merujuk dan dipakai pengelola register untuk menyebut suatu perjanjian; satu pola yang seragam menjaga id tetap unik, mudah diurutkan, dan mudah dibaca.

rule-file-name-summary = Berkas tidak disimpan sebagai `agreements/YYYY/<id>.toml`, dengan YYYY adalah tahun pada id-nya.
rule-file-name-why = Satu tempat yang pasti untuk setiap id memudahkan penelusuran dan penelaahan register, serta mencegah dua salinan perjanjian yang sama tersembunyi di bawah nama yang berbeda.

rule-id-year-summary = Tahun pada `id` lebih lambat daripada tahun `signed`.
rule-id-year-why = Id diberikan pada saat catatan dibuat, yaitu pada saat penandatanganan atau lebih awal sebagai rancangan, dan tidak pernah berubah; tahunnya boleh lebih awal daripada tahun penandatanganan, tetapi tidak boleh lebih lambat. Tahun yang lebih lambat menunjukkan salah ketik pada id atau pada tanggal penandatanganan.

rule-duplicate-id-summary = Dua berkas atau lebih memuat `id` yang sama.
rule-duplicate-id-why = Tautan melalui `parent` dan `renews`, laporan, serta rujukan mengandalkan id yang menunjuk tepat satu dokumen. Id ganda biasanya berasal dari berkas yang disalin sebagai templat tanpa diganti id-nya.

rule-duplicate-number-summary = Dua perjanjian memuat `number` (nomor register) yang sama (dibandingkan setelah spasi di awal dan akhir dibuang, huruf besar dan kecil disamakan, serta spasi berturut-turut diringkas).
rule-duplicate-number-why = Setiap dokumen yang ditandatangani mendapat nomor tersendiri dalam register daerah; nomor yang berulang biasanya berasal dari berkas salinan atau salah ketik, dan membuat register tidak dapat dirujuk secara pasti oleh auditor dan DPRD.

rule-unknown-reference-summary = `parent` atau `renews` menyebut id yang tidak dimiliki oleh berkas mana pun dalam register.
rule-unknown-reference-why = Tautan ke dokumen yang tidak ada tidak dapat ditelusuri untuk memeriksa tahapan, tanggal, atau persetujuan. Biasanya id-nya salah ketik atau berkas dokumen induknya belum ditambahkan.

rule-reference-cycle-summary = Penelusuran tautan `parent` dan `renews` dari suatu dokumen kembali lagi ke dokumen itu (termasuk dokumen yang merujuk dirinya sendiri).
rule-reference-cycle-why = Dokumen induk dan perpanjangan membentuk rantai yang menuju ke masa lalu; rantai yang melingkar tidak memiliki dokumen pertama, sehingga tahapan, urutan, dan akhir masa berlaku efektif tidak dapat ditentukan.

rule-unknown-unit-summary = `unit` tidak termasuk nama dalam `kerjasama.toml units` (hanya diperiksa jika daftar tersebut diisi).
rule-unknown-unit-why = Laporan menurut perangkat daerah (OPD mana memprakarsai kerja sama apa) hanya akurat jika setiap berkas menuliskan nama perangkat daerah dengan cara yang sama; daftar `units` memuat penulisan baku nama OPD yang ditetapkan sendiri oleh pengelola register.

rule-waiver-invalid-summary = Entri `waive` menyebut kode aturan yang tidak dikenal atau kode aturan tetap, atau memuat alasan yang kosong.
rule-waiver-invalid-why = Pengecualian adalah keputusan tercatat untuk menerima suatu penyimpangan pada satu berkas, sehingga harus menyebut aturan yang dapat dikecualikan dan menyatakan alasannya; jika tidak, pengecualian itu tidak menyembunyikan apa pun, atau menyembunyikan hal yang salah tanpa penjelasan.

rule-too-few-parties-summary = Berkas mencantumkan kurang dari dua `[[parties]]` (berkas tanpa `parties` sama sekali dihitung tidak memiliki pihak).
rule-too-few-parties-why = Kerja sama daerah adalah usaha bersama antara daerah dan sekurang-kurangnya satu pihak lain; dokumen dengan satu pihak tidak mencatat kesepakatan apa pun, dan biasanya mitranya terlewat dicantumkan.

rule-duplicate-party-summary = Pihak yang sama dicantumkan dua kali: dua daerah dengan `code` yang sama, atau dua pihak dengan nama yang sama.
rule-duplicate-party-why = Pihak yang tercantum dua kali membuat perjanjian dua pihak tampak seperti perjanjian multipihak dan dapat menutupi mitra yang terlewat, misalnya KSDD yang hanya menyebut satu daerah.

rule-no-daerah-summary = Tidak ada pihak yang berjenis `provinsi`, `kabupaten`, atau `kota`.
rule-no-daerah-why = Setiap kerja sama daerah dilakukan oleh daerah. Perjanjian tanpa pihak daerah bukan kerja sama daerah, atau entri pihak untuk daerah itu sendiri terlupa dicantumkan.

rule-home-missing-summary = Tidak ada pihak yang memiliki `code` daerah pemilik register sebagaimana tercantum dalam `kerjasama.toml [region]` (tidak diperiksa jika daerah pemilik register belum ditetapkan).
rule-home-missing-why = Register suatu daerah memuat perjanjian yang pihaknya mencakup daerah itu sendiri. Berkas yang tidak mencantumkan daerah pemilik register salah dimasukkan ke register ini, atau kode daerah tersebut salah ketik.

rule-ksdd-party-type-summary = KSDD memiliki pihak yang bukan daerah, atau kurang dari dua daerah yang berbeda.
rule-ksdd-party-type-why = Menurut definisinya, KSDD adalah kerja sama daerah dengan daerah lain. Jika perusahaan atau yayasan turut menjadi pihak dalam dokumen, kerja sama itu merupakan KSDPK (atau perlu dipecah menjadi perjanjian-perjanjian yang terpisah).

rule-ksdpk-party-type-summary = KSDPK tidak memiliki pihak ketiga (`perseorangan`, `badan_usaha`, `ormas`), atau memiliki pihak yang bukan daerah dan bukan pihak ketiga.
rule-ksdpk-party-type-why = KSDPK adalah kerja sama daerah dengan pihak ketiga, yaitu perseorangan, badan usaha, atau organisasi kemasyarakatan. Tanpa pihak ketiga, atau dengan pihak luar negeri atau pihak Pemerintah Pusat, dokumen tersebut termasuk kategori lain.

rule-ksdpk-legal-entity-summary = KSDPK memiliki pihak `badan_usaha` dengan `legal_entity = false` (misalnya CV, firma, atau UD).
rule-ksdpk-legal-entity-why = Hanya badan usaha berbadan hukum (PT, BUMN, BUMD, koperasi) yang dapat menjadi pihak ketiga; CV, firma, atau UD bukan badan hukum yang terpisah dari pemiliknya. Ormas dapat menjadi pihak, baik yang berbadan hukum maupun yang tidak berbadan hukum.

rule-legal-entity-missing-summary = Pihak `badan_usaha` atau `ormas` tidak memiliki kunci `legal_entity`.
rule-legal-entity-missing-why = Status badan hukum suatu perusahaan atau organisasi menentukan boleh tidaknya ia menjadi pihak ketiga, sehingga berkas harus menyatakannya secara tegas, bukan membiarkan kerjasama mengasumsikan salah satunya.

rule-ksdpl-party-type-summary = KSDPL tidak memiliki pihak `pemerintah_daerah_luar_negeri`, atau memiliki pihak yang bukan daerah dan bukan pemerintah daerah di luar negeri.
rule-ksdpl-party-type-why = KSDPL adalah kerja sama daerah dengan pemerintah daerah di luar negeri (provinsi kembar, kabupaten/kota kembar, atau yang serupa). Dengan lembaga di luar negeri, kerja sama itu merupakan KSDLL; dengan mitra dari dalam negeri, kerja sama itu bukan kerja sama luar negeri.

rule-ksdll-party-type-summary = KSDLL tidak memiliki pihak `lembaga_luar_negeri`, atau memiliki pihak yang bukan daerah dan bukan lembaga di luar negeri.
rule-ksdll-party-type-why = KSDLL adalah kerja sama daerah dengan lembaga di luar negeri. Jika mitranya kota atau provinsi di luar negeri, kerja sama itu merupakan KSDPL, dengan bentuk-bentuknya sendiri.

rule-sinergi-party-type-summary = SINERGI tidak memiliki pihak `pemerintah_pusat` atau `badan_hukum_publik`, atau memiliki pihak luar negeri.
rule-sinergi-party-type-why = SINERGI mencatat dukungan terhadap program Pemerintah Pusat, sehingga kementerian, lembaga, instansi vertikal, atau badan hukum publik harus menjadi pihak. BUMN seperti PT Taspen (Persero) adalah badan_usaha, dan perjanjiannya merupakan KSDPK.

rule-central-government-party-summary = KSDD, KSDPK, KSDPL, atau KSDLL memiliki pihak `pemerintah_pusat` atau `badan_hukum_publik`; perjanjian seperti itu dicatat sebagai SINERGI.
rule-central-government-party-why = Tidak satu pun dari keempat kategori dalam PP 28/2018 mencakup Pemerintah Pusat atau badan hukum publik sebagai pihak; kerja sama dengan mereka (kejaksaan, kantor pertanahan, BPJS) dicatat sebagai SINERGI dengan NK.

rule-country-missing-summary = Pihak luar negeri (`pemerintah_daerah_luar_negeri`, `lembaga_luar_negeri`) tidak memiliki `country`, atau `country`-nya ID.
rule-country-missing-why = Kerja sama luar negeri mensyaratkan adanya hubungan diplomatik dengan negara mitra, sehingga negaranya harus diketahui; pihak luar negeri yang berkedudukan di Indonesia merupakan kontradiksi, biasanya akibat jenis pihak yang salah.

rule-country-unexpected-summary = Pihak yang bukan pihak luar negeri memiliki `country` selain ID.
rule-country-unexpected-why = Daerah, pihak ketiga, dan instansi Pemerintah Pusat berada di Indonesia; negara lain biasanya berarti jenis pihak yang dipilih untuk mitra luar negeri salah, atau kode negaranya salah ketik.

rule-code-invalid-summary = Daerah tidak memiliki `code` atau memiliki `code` yang tidak sesuai dengan jenisnya (PP untuk provinsi, PP.KK dengan KK 01-70 untuk kabupaten dan 71-99 untuk kota), atau pihak yang bukan daerah memiliki `code`.
rule-code-invalid-why = Kode wilayah menunjuk suatu daerah secara pasti (Kabupaten Mojokerto 35.16, Kota Mojokerto 35.76); aturan mengenai daerah pemilik register, daerah yang berbatasan, dan kombinasi kerja sama wajib seluruhnya bekerja berdasarkan kode.

rule-form-category-summary = `form` bukan salah satu bentuk yang diizinkan untuk `category` tersebut (FORMAT.md bagian 4).
rule-form-category-why = Setiap kategori memiliki bentuknya sendiri: wajib atau sukarela untuk KSDD; penyediaan pelayanan publik, pengelolaan aset, investasi, atau kerja sama lainnya untuk KSDPK; kerja sama kembar atau bentuk lain untuk kerja sama luar negeri. Ketidaksesuaian biasanya berarti kategorinya sendiri yang salah.

rule-ksdd-wajib-combination-summary = KSDD `wajib` yang daerahnya tidak seluruhnya kabupaten/kota, tidak seluruhnya provinsi, dan bukan satu provinsi bersama kabupaten/kota yang terletak di wilayahnya.
rule-ksdd-wajib-combination-why = Kerja sama wajib hanya dapat dilakukan oleh kabupaten/kota dengan kabupaten/kota (dalam satu provinsi maupun dari provinsi yang berbeda), provinsi dengan provinsi, atau provinsi dengan kabupaten/kota di wilayahnya. Kombinasi lain, seperti provinsi dengan kabupaten di provinsi lain, harus dilakukan sebagai kerja sama sukarela.

rule-ksdd-wajib-neighbour-summary = KSDD `wajib` mencakup daerah yang bukan daerah pemilik register, bukan daerah berbatasan yang tercantum, bukan provinsi tempat daerah pemilik register berada, dan (jika daerah pemilik register adalah provinsi) bukan kabupaten/kota di wilayahnya; hanya diperiksa jika `neighbours` diisi.
rule-ksdd-wajib-neighbour-why = Kerja sama wajib diperuntukkan bagi daerah yang berbatasan, untuk urusan pemerintahan yang memiliki eksternalitas lintas daerah atau penyediaan layanan publik yang lebih efisien jika dikelola bersama; dengan daerah yang lebih jauh, kerja sama itu lazimnya bersifat sukarela. Perjanjian multipihak yang meliputi wilayah yang lebih luas dapat diterima dengan pengecualian.

rule-sister-level-summary = `form = provinsi_kembar` padahal daerah pemilik register bukan provinsi, atau `kabupaten_kota_kembar` padahal daerah pemilik register adalah provinsi.
rule-sister-level-why = Provinsi kembar memasangkan provinsi dengan provinsi di luar negeri, sedangkan kabupaten/kota kembar memasangkan kabupaten atau kota dengan kota di luar negeri; tingkat yang tidak sepadan biasanya berarti bentuk yang dipilih salah.

rule-scope-missing-summary = KSDPL atau KSDLL tidak memiliki `scope`, atau `scope`-nya kosong.
rule-scope-missing-why = Kerja sama luar negeri terbatas pada objek yang disebut dalam peraturan (pengembangan ilmu pengetahuan dan teknologi, pertukaran budaya, peningkatan kemampuan teknis dan manajemen pemerintahan, promosi potensi daerah, serta objek lain yang tidak bertentangan dengan ketentuan peraturan perundang-undangan), sehingga setiap perjanjian luar negeri harus menyatakan objek yang dicakupnya.

rule-scope-unexpected-summary = `scope` diisi pada KSDD, KSDPK, atau SINERGI.
rule-scope-unexpected-why = `scope` memuat objek yang ditetapkan khusus untuk kerja sama luar negeri; perjanjian dalam negeri menyatakan objeknya melalui `affairs` dan `form`.

rule-affairs-empty-summary = `affairs` berupa array kosong.
rule-affairs-empty-why = Objek setiap kerja sama daerah harus berupa urusan pemerintahan yang menjadi kewenangan daerah; daftar yang kosong membuat objeknya tidak tercatat dan perjanjian itu tidak muncul dalam laporan mana pun menurut urusan.

rule-document-category-summary = `document` tidak diizinkan untuk kategorinya: KSB/PKS/ADENDUM untuk KSDD dan KSDPK, LOI/NASKAH/ADENDUM untuk KSDPL dan KSDLL, NK/PKS/ADENDUM untuk SINERGI.
rule-document-category-why = Kerja sama dalam negeri berlangsung dari KSB ke PKS, kerja sama luar negeri dari surat pernyataan kehendak (letter of intent) ke naskah kerja sama, dan sinergi dari NK ke PKS; jenis dokumen menentukan aturan tahapan dan persetujuan yang berlaku.

rule-number-missing-summary = Dokumen yang telah ditandatangani (yang memiliki `signed`) tidak memiliki `number` (nomor register).
rule-number-missing-why = Setelah ditandatangani, dokumen dicatat dalam register daerah dan diberi nomor; dengan nomor itulah dokumen dirujuk dalam surat-menyurat, oleh DPRD, dan oleh auditor.

rule-start-missing-summary = Dokumen yang telah ditandatangani tidak memiliki `start`.
rule-start-missing-why = Tanpa tanggal mulai berlaku, kerjasama tidak dapat menentukan apakah perjanjian belum berlaku, sedang berlaku, atau sudah habis masa berlakunya, dan tidak dapat memeriksa jangka waktunya terhadap dokumen induknya.

rule-term-order-summary = `end` lebih awal daripada `start` (hari yang sama diperbolehkan).
rule-term-order-why = Jangka waktu yang berakhir sebelum dimulai merupakan salah ketik, sering kali pada tahunnya; status, akhir masa berlaku efektif, dan pemeriksaan batas lima tahun semuanya akan keliru.

rule-signed-in-future-summary = `signed` lebih lambat daripada hari ini (menurut zona waktu daerah, atau sebagaimana ditetapkan dengan `--today`).
rule-signed-in-future-why = Dokumen tidak mungkin ditandatangani pada hari yang belum tiba. Selama penandatanganan belum dilaksanakan, berkas tetap berupa rancangan (tanpa `signed`); tanggal yang direncanakan dapat dicatat dalam `notes`.

rule-start-before-signed-summary = `start` lebih awal daripada `signed`, yaitu jangka waktu yang berlaku surut (tidak diperiksa jika salah satu tanggal hanya berupa tahun).
rule-start-before-signed-why = Perjanjian lazimnya mulai berlaku pada atau setelah tanggal penandatanganannya. Pemberlakuan surut kadang disepakati dengan sengaja, sehingga aturan ini berupa peringatan yang dapat dikecualikan per berkas atau disesuaikan dengan kebijakan masing-masing daerah.

rule-pks-end-missing-summary = PKS yang telah ditandatangani tidak memiliki `end`.
rule-pks-end-missing-why = Perjanjian kerja sama selalu menyatakan jangka waktunya; tanpa tanggal berakhir, register tidak dapat menunjukkan kapan perjanjian itu habis masa berlakunya atau harus diperpanjang.

rule-pks-max-five-years-summary = Jangka waktu PKS itu sendiri, dari `start` sampai dengan `end` yang tercatat, melebihi lima tahun (adendum tidak diperhitungkan).
rule-pks-max-five-years-why = Dalam praktik, PKS berlaku paling lama lima tahun dan selanjutnya diperpanjang dengan dokumen baru agar ketentuan-ketentuannya dikaji ulang. Jangka waktu yang lebih panjang (misalnya konsesi KPBU) dapat diterima dengan pengecualian.

rule-pks-without-ksb-summary = PKS berkategori KSDD atau KSDPK tidak memiliki `parent`.
rule-pks-without-ksb-why = Dalam kerja sama dalam negeri, kesepakatan bersama (KSB) disepakati lebih dahulu dan PKS melaksanakannya; PKS tanpa KSB dapat berarti KSB-nya belum dicatat dalam register.

rule-parent-kind-summary = ADENDUM tidak memiliki `parent`; dokumen induk PKS bukan KSB (KSDD, KSDPK) atau NK (SINERGI); atau dokumen induk ADENDUM berupa ADENDUM atau rancangan.
rule-parent-kind-why = PKS melaksanakan KSB, atau NK untuk SINERGI, sedangkan adendum mengubah dokumen pokok yang telah ditandatangani. Tautan lain memutus rantai tahapan dan perhitungan akhir masa berlaku efektif; perubahan berikutnya dibuat sebagai adendum baru atas dokumen pokok.

rule-parent-mismatch-summary = Dokumen induk suatu dokumen memiliki `category` yang berbeda, atau keduanya tidak memiliki mitra yang sama.
rule-parent-mismatch-why = PKS atau adendum merupakan bagian dari kerja sama yang dilaksanakan atau diubahnya, sehingga kategorinya sama dan sekurang-kurangnya satu mitranya sama dengan dokumen induknya; jika tidak, kemungkinan besar `parent` menunjuk berkas yang salah.

rule-parent-order-summary = Dokumen ditandatangani sebelum dokumen induknya, atau ADENDUM ditandatangani setelah akhir masa berlaku efektif dokumen induknya (tanpa memperhitungkan adendum ini).
rule-parent-order-why = PKS melaksanakan KSB yang sudah ada, dan adendum hanya dapat mengubah perjanjian yang masih berlaku; perjanjian yang telah habis masa berlakunya dilanjutkan dengan dokumen baru (`renews`), bukan dihidupkan kembali dengan adendum.

rule-outlives-parent-summary = `end` PKS itu sendiri lebih lambat daripada akhir masa berlaku efektif KSB induknya.
rule-outlives-parent-why = PKS melaksanakan KSB dan semestinya berlaku dalam jangka waktu KSB; jika PKS harus berlaku lebih lama, KSB biasanya diperpanjang lebih dahulu dengan adendum.

rule-renewal-order-summary = `renews` menyebut perjanjian yang mulai berlaku setelah perjanjian ini.
rule-renewal-order-why = Perpanjangan melanjutkan perjanjian sebelumnya, sehingga tidak dapat mulai berlaku sebelum perjanjian yang diperpanjangnya; biasanya tanggal mulai salah ketik atau `renews` menunjuk ke arah yang terbalik.

rule-budget-flags-missing-summary = PKS berkategori KSDD atau KSDPK tidak memiliki `burdens_region`, `apbd_funding`, atau keduanya.
rule-budget-flags-missing-why = Ada tidaknya beban bagi masyarakat dan daerah, serta kebutuhan PKS terhadap APBD, menentukan perlu tidaknya persetujuan DPRD; berkas harus menyatakan keduanya, bukan membiarkan kerjasama mengasumsikannya.

rule-dprd-approval-missing-summary = PKS berkategori KSDD yang membebani daerah atau memerlukan dana APBD yang belum teranggarkan, atau NASKAH berkategori KSDPL atau KSDLL, tidak memiliki `[dprd_approval]` pada berkasnya sendiri maupun pada dokumen induknya.
rule-dprd-approval-missing-why = DPRD harus memberikan persetujuan atas kerja sama daerah dengan daerah lain yang membebani masyarakat dan daerah atau yang pendanaannya belum teranggarkan dalam APBD tahun anggaran berjalan, serta atas setiap kerja sama luar negeri. Persetujuan itu dapat dicatat pada PKS atau NASKAH itu sendiri atau pada dokumen induknya.

rule-dprd-approval-missing-ksdpk-summary = PKS berkategori KSDPK yang membebani daerah atau memerlukan dana APBD yang belum teranggarkan tidak memiliki `[dprd_approval]` pada berkasnya sendiri maupun pada dokumen induknya.
rule-dprd-approval-missing-ksdpk-why = Peraturan menyebut persetujuan DPRD untuk kerja sama daerah dengan daerah lain; praktik di daerah berbeda-beda mengenai berlaku tidaknya ketentuan yang sama bagi PKS dengan pihak ketiga, sehingga aturan ini berupa peringatan yang dapat disesuaikan dengan kebijakan masing-masing daerah.

rule-central-approval-missing-summary = NASKAH berkategori KSDPL atau KSDLL tidak memiliki `[central_approval]`.
rule-central-approval-missing-why = Kerja sama dengan pemerintah daerah atau lembaga di luar negeri hanya dapat ditandatangani setelah mendapat persetujuan Pemerintah Pusat, yang dicatat dengan nomor dan tanggal suratnya.

rule-approval-order-summary = Pada PKS atau NASKAH, persetujuan yang memenuhi aturan persetujuan yang berlaku baginya bertanggal setelah `signed`; atau, pada dokumen apa pun, `central_approval` bertanggal lebih awal daripada `dprd_approval`.
rule-approval-order-why = Persetujuan diberikan sebelum penandatanganan, dan untuk kerja sama luar negeri DPRD memberikan persetujuan sebelum permohonan diajukan kepada Pemerintah Pusat; tanggal yang tidak mengikuti urutan ini menunjukkan tahapan yang terlewat atau tanggal yang salah ketik.

rule-proxy-incomplete-summary = `proxy` suatu pihak tidak memiliki `number` atau `date`, atau bertanggal setelah `signed`.
rule-proxy-incomplete-why = Surat kuasa memberi wewenang kepada seorang pejabat untuk menandatangani atas nama kepala daerah; surat kuasa itu harus dapat dikenali dan sudah ada sebelum penandatanganan, karena jika tidak, kewenangan penandatangan dapat dipersoalkan.

rule-proxy-not-allowed-summary = Pihak daerah pemilik register menandatangani KSB, NK, LOI, atau NASKAH melalui `proxy`.
rule-proxy-not-allowed-why = Kepala daerah menandatangani KSB, NK, surat pernyataan kehendak, dan naskah kerja sama; peraturan mengatur pemberian surat kuasa kepada pejabat untuk penandatanganan PKS. Aturan ini tetap berupa peringatan karena setiap daerah menangani pengecualian dengan cara yang berbeda.

rule-termination-order-summary = `[termination] date` lebih awal daripada `start`, lebih lambat daripada akhir masa berlaku efektif, atau diisi pada rancangan.
rule-termination-order-why = Pengakhiran sebelum waktunya hanya dapat terjadi selama perjanjian masih berlaku; setelah jangka waktunya berakhir, perjanjian itu sudah habis masa berlakunya dengan sendirinya, sedangkan rancangan yang tidak akan ditandatangani dicatat dengan `[withdrawn]` sebagai gantinya.

rule-withdrawn-signed-summary = Dokumen yang memiliki `signed` juga memiliki `[withdrawn]`.
rule-withdrawn-signed-why = Penarikan mencatat tawaran kerja sama yang ditolak atau dibatalkan sebelum penandatanganan. Perjanjian yang telah ditandatangani dan berakhir sebelum waktunya dicatat dengan `[termination]` beserta salah satu alasan pengakhirannya.

rule-funding-value-summary = `funding` memuat `tanpa_biaya` bersama sumber pendanaan lain, atau memuat `tanpa_biaya` padahal `value_idr` lebih dari nol.
rule-funding-value-why = Perjanjian tanpa biaya tidak mungkin sekaligus didanai dari APBD atau oleh mitra, dan tidak mungkin memiliki nilai; kontradiksi ini akan membuat laporan anggaran dan laporan nilai tidak konsisten.

rule-attachment-outside-summary = `path` suatu lampiran merupakan jalur absolut, memuat segmen `..`, atau mengarah ke luar register; lampiran itu tidak pernah dibuka dan aturan lampiran lainnya tidak diterapkan padanya.
rule-attachment-outside-why = Lampiran harus tersimpan di dalam repositori register agar peninjau dan auditor melihat berkas yang sama; jalur ke luar register tidak berfungsi di komputer lain dan akan memungkinkan kerjasama membaca berkas yang tidak berkaitan.

rule-attachment-missing-summary = `path` suatu lampiran tidak ada di dalam register.
rule-attachment-missing-why = Hasil pindaian yang dirujuk tetapi tidak ada, biasanya karena namanya diubah atau tidak pernah di-commit, membuat dokumen yang ditandatangani tidak dapat diverifikasi oleh peninjau dan auditor.

rule-attachment-hash-summary = SHA-256 suatu lampiran berbeda dari `sha256` yang tercatat.
rule-attachment-hash-why = Nilai hash menandai secara pasti hasil pindaian dokumen yang ditandatangani; perbedaan berarti berkas telah diganti atau diubah setelah dicatat, atau nilai hash-nya salah ketik.
