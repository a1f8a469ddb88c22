#!/usr/bin/env python3
"""Write a synthetic, valid kerjasama ledger for benchmarks.

    python3 bench/gen_ledger.py --count N --out DIR [--seed S]

The ledger is kept by Kabupaten Sidoarjo (35.15) and must check clean (no error, no warning)
under /work/shared/RULES.md with `--today 2026-11-28`. Agreements come in groups that move
through the stages of PP 28/2018: a KSB with its PKS (KSDPK, KSDD), an NK with its PKS
(SINERGI), an LOI with its NASKAH (KSDPL, KSDLL), plus addenda, renewals, terminations,
drafts and withdrawals. The same seed always gives the same bytes. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time

TODAY = dt.date(2026, 11, 28)
FIRST_YEAR = 2010
ONE_DAY = dt.timedelta(days=1)

# ---------------------------------------------------------------------------------------------
# Reference data

HOME = {
    "name": "Pemerintah Kabupaten Sidoarjo",
    "type": "kabupaten",
    "code": "35.15",
    "head": "Bupati Sidoarjo",
}
NEIGHBOURS = ["35.78", "35.25", "35.14", "35.16"]
# Synthetic names of the head of the home daerah, by the year a term starts: documents that the
# bupati signs himself name the one in office that day.
HOME_HEADS = [(2005, "Hadi Santoso"), (2016, "Rudi Wibowo"), (2021, "Ahmad Hidayat"),
              (2025, "Sri Wahyuni")]
HEAD = object()  # placeholder signatory: the head in office when the document is signed
HOME_PROVINCE = "35"

# code -> (name, type, head). Kemendagri codes: PP provinsi, PP.01-70 kabupaten, PP.71+ kota.
DAERAH = {
    "35": ("Pemerintah Provinsi Jawa Timur", "provinsi", "Gubernur Jawa Timur"),
    "33": ("Pemerintah Provinsi Jawa Tengah", "provinsi", "Gubernur Jawa Tengah"),
    "51": ("Pemerintah Provinsi Bali", "provinsi", "Gubernur Bali"),
    "35.78": ("Pemerintah Kota Surabaya", "kota", "Wali Kota Surabaya"),
    "35.25": ("Pemerintah Kabupaten Gresik", "kabupaten", "Bupati Gresik"),
    "35.14": ("Pemerintah Kabupaten Pasuruan", "kabupaten", "Bupati Pasuruan"),
    "35.16": ("Pemerintah Kabupaten Mojokerto", "kabupaten", "Bupati Mojokerto"),
    "35.04": ("Pemerintah Kabupaten Tulungagung", "kabupaten", "Bupati Tulungagung"),
    "35.06": ("Pemerintah Kabupaten Kediri", "kabupaten", "Bupati Kediri"),
    "35.07": ("Pemerintah Kabupaten Malang", "kabupaten", "Bupati Malang"),
    "35.09": ("Pemerintah Kabupaten Jember", "kabupaten", "Bupati Jember"),
    "35.10": ("Pemerintah Kabupaten Banyuwangi", "kabupaten", "Bupati Banyuwangi"),
    "35.17": ("Pemerintah Kabupaten Jombang", "kabupaten", "Bupati Jombang"),
    "35.24": ("Pemerintah Kabupaten Lamongan", "kabupaten", "Bupati Lamongan"),
    "35.26": ("Pemerintah Kabupaten Bangkalan", "kabupaten", "Bupati Bangkalan"),
    "35.29": ("Pemerintah Kabupaten Sumenep", "kabupaten", "Bupati Sumenep"),
    "35.71": ("Pemerintah Kota Kediri", "kota", "Wali Kota Kediri"),
    "35.73": ("Pemerintah Kota Malang", "kota", "Wali Kota Malang"),
    "35.75": ("Pemerintah Kota Pasuruan", "kota", "Wali Kota Pasuruan"),
    "35.76": ("Pemerintah Kota Mojokerto", "kota", "Wali Kota Mojokerto"),
    "35.77": ("Pemerintah Kota Madiun", "kota", "Wali Kota Madiun"),
    "35.79": ("Pemerintah Kota Batu", "kota", "Wali Kota Batu"),
    "33.72": ("Pemerintah Kota Surakarta", "kota", "Wali Kota Surakarta"),
    "33.74": ("Pemerintah Kota Semarang", "kota", "Wali Kota Semarang"),
    "34.71": ("Pemerintah Kota Yogyakarta", "kota", "Wali Kota Yogyakarta"),
    "32.04": ("Pemerintah Kabupaten Bandung", "kabupaten", "Bupati Bandung"),
    "32.73": ("Pemerintah Kota Bandung", "kota", "Wali Kota Bandung"),
    "36.71": ("Pemerintah Kota Tangerang", "kota", "Wali Kota Tangerang"),
    "51.03": ("Pemerintah Kabupaten Badung", "kabupaten", "Bupati Badung"),
    "51.71": ("Pemerintah Kota Denpasar", "kota", "Wali Kota Denpasar"),
    "52.71": ("Pemerintah Kota Mataram", "kota", "Wali Kota Mataram"),
    "63.71": ("Pemerintah Kota Banjarmasin", "kota", "Wali Kota Banjarmasin"),
    "64.72": ("Pemerintah Kota Samarinda", "kota", "Wali Kota Samarinda"),
    "73.71": ("Pemerintah Kota Makassar", "kota", "Wali Kota Makassar"),
    "12.71": ("Pemerintah Kota Medan", "kota", "Wali Kota Medan"),
    "16.71": ("Pemerintah Kota Palembang", "kota", "Wali Kota Palembang"),
}
SUKARELA_POOL = [c for c in DAERAH if c != HOME["code"]]

# (name, numbering code, affairs it may cite); the same list goes into kerjasama.toml units.
UNITS = [
    ("Bagian Pemerintahan", "438.1.1.1", ["penunjang_urusan_pemerintahan"]),
    ("Bagian Organisasi", "438.1.1.3", ["penunjang_urusan_pemerintahan"]),
    ("Bagian Hukum", "438.1.1.2", ["penunjang_urusan_pemerintahan"]),
    ("Bagian Perekonomian", "438.1.2.1", ["penunjang_urusan_pemerintahan", "perdagangan"]),
    ("Dinas Komunikasi dan Informatika", "438.5.14",
     ["komunikasi_dan_informatika", "statistik", "persandian"]),
    ("Dinas Kesehatan", "438.5.2", ["kesehatan"]),
    ("RSUD R.T. Notopuro", "438.6.1", ["kesehatan"]),
    ("Dinas Pendidikan dan Kebudayaan", "438.5.1", ["pendidikan", "kebudayaan"]),
    ("Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air", "438.5.3",
     ["pekerjaan_umum_dan_penataan_ruang"]),
    ("Dinas Perumahan, Permukiman, Cipta Karya dan Tata Ruang", "438.5.4",
     ["perumahan_rakyat_dan_kawasan_permukiman", "pekerjaan_umum_dan_penataan_ruang"]),
    ("Dinas Perhubungan", "438.5.15", ["perhubungan"]),
    ("Dinas Lingkungan Hidup dan Kebersihan", "438.5.11", ["lingkungan_hidup"]),
    ("Dinas Kependudukan dan Pencatatan Sipil", "438.5.12",
     ["administrasi_kependudukan_dan_pencatatan_sipil"]),
    ("Dinas Sosial", "438.5.6", ["sosial"]),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "438.5.17", ["penanaman_modal"]),
    ("Dinas Koperasi dan Usaha Mikro", "438.5.16", ["koperasi_usaha_kecil_dan_menengah"]),
    ("Dinas Perindustrian dan Perdagangan", "438.5.21", ["perindustrian", "perdagangan"]),
    ("Dinas Pangan dan Pertanian", "438.5.9", ["pangan", "pertanian"]),
    ("Dinas Perikanan", "438.5.20", ["kelautan_dan_perikanan"]),
    ("Dinas Pemuda, Olahraga dan Pariwisata", "438.5.18",
     ["kepemudaan_dan_olahraga", "pariwisata"]),
    ("Dinas Tenaga Kerja", "438.5.7", ["tenaga_kerja"]),
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", "438.5.8",
     ["pemberdayaan_perempuan_dan_pelindungan_anak",
      "pengendalian_penduduk_dan_keluarga_berencana"]),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "438.5.13", ["pemberdayaan_masyarakat_dan_desa"]),
    ("Dinas Perpustakaan dan Kearsipan", "438.5.19", ["perpustakaan", "kearsipan"]),
    ("Satuan Polisi Pamong Praja", "438.5.5",
     ["ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat"]),
    ("Badan Penanggulangan Bencana Daerah", "438.7.5",
     ["ketenteraman_ketertiban_umum_dan_pelindungan_masyarakat"]),
    ("Badan Pendapatan Daerah", "438.7.3", ["penunjang_urusan_pemerintahan"]),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "438.7.2", ["penunjang_urusan_pemerintahan"]),
    ("Badan Perencanaan Pembangunan Daerah", "438.7.1", ["penunjang_urusan_pemerintahan"]),
]
UNIT_BY_NAME = {u[0]: u for u in UNITS}
FOREIGN_UNITS = ["Bagian Pemerintahan", "Dinas Pendidikan dan Kebudayaan",
                 "Dinas Pemuda, Olahraga dan Pariwisata",
                 "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                 "Dinas Perindustrian dan Perdagangan", "Dinas Lingkungan Hidup dan Kebersihan",
                 "Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah"]

KNOWN_COMPANIES = [
    "PT Indosat Tbk", "PT Taspen (Persero)", "PT Telkom Indonesia (Persero) Tbk",
    "PT Bank Pembangunan Daerah Jawa Timur Tbk", "PT Bank Rakyat Indonesia (Persero) Tbk",
    "PT Bank Negara Indonesia (Persero) Tbk", "PT Bank Mandiri (Persero) Tbk", "PT PLN (Persero)",
    "PT Pos Indonesia (Persero)", "PT Pertamina Patra Niaga", "PT Jasa Marga (Persero) Tbk",
    "PT Kereta Api Indonesia (Persero)", "Perumda Air Minum Delta Tirta Sidoarjo",
    "PT Angkasa Pura I", "PT Perusahaan Gas Negara Tbk", "PT Asuransi Jiwasraya (Persero)",
]
WORDS = ["Maju", "Jaya", "Sentosa", "Abadi", "Delta", "Karya", "Mandiri", "Nusantara",
         "Sejahtera", "Prima", "Mitra", "Sinar", "Cahaya", "Bumi", "Tirta", "Sarana", "Utama",
         "Persada", "Lestari", "Makmur", "Gemilang", "Brantas", "Surya", "Samudra", "Global",
         "Digital", "Insan", "Citra", "Graha", "Mega"]
COMPANY_TAILS = ["Indonesia", "Nusantara", "Perkasa", "Teknologi", "Solusi", "Energi",
                 "Logistik", "Medika", "Properti", "Infrastruktur"]
ORMAS = [
    ("Universitas Muhammadiyah Sidoarjo", True), ("Universitas Nahdlatul Ulama Sidoarjo", True),
    ("Palang Merah Indonesia Kabupaten Sidoarjo", True),
    ("Pengurus Cabang Nahdlatul Ulama Sidoarjo", True),
    ("Pimpinan Daerah Muhammadiyah Sidoarjo", True), ("Yayasan Dharma Husada Sidoarjo", True),
    ("Perkumpulan Pecinta Lingkungan Delta Brantas", False),
    ("Forum Komunikasi Karang Taruna Sidoarjo", False),
    ("Perkumpulan Petani Tambak Sidoarjo", False), ("Yayasan Lembaga Amil Zakat Delta", True),
    ("Lembaga Perlindungan Anak Sidoarjo", False), ("Yayasan Pendidikan Bina Insani", True),
]
FIRST_NAMES = ["Budi", "Siti", "Agus", "Dewi", "Hendra", "Sri", "Eko", "Rina", "Bambang",
               "Nur", "Ahmad", "Lilik", "Joko", "Wahyu", "Endang", "Yusuf", "Fitri", "Slamet"]
LAST_NAMES = ["Santoso", "Rahayu", "Wibowo", "Susanti", "Prasetyo", "Hidayat", "Kurniawan",
              "Lestari", "Saputra", "Wahyuni", "Setiawan", "Handayani", "Nugroho", "Fauzi"]
PPU = "Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air"
PERKIM = "Dinas Perumahan, Permukiman, Cipta Karya dan Tata Ruang"
DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil"
# (name, type, signatory, object of the nota kesepakatan, unit that proposes it)
CENTRAL = [
    ("Kejaksaan Negeri Sidoarjo", "pemerintah_pusat", "Kepala Kejaksaan Negeri Sidoarjo",
     "penanganan masalah hukum bidang perdata dan tata usaha negara", "Bagian Hukum"),
    ("Kepolisian Resor Kota Sidoarjo", "pemerintah_pusat", "Kepala Kepolisian Resor Kota Sidoarjo",
     "pemeliharaan keamanan dan ketertiban masyarakat", "Satuan Polisi Pamong Praja"),
    ("Kantor Pertanahan Kabupaten Sidoarjo", "pemerintah_pusat", "Kepala Kantor Pertanahan",
     "percepatan pendaftaran tanah dan sertifikasi barang milik daerah",
     "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("Badan Pusat Statistik Kabupaten Sidoarjo", "pemerintah_pusat",
     "Kepala BPS Kabupaten Sidoarjo", "penyediaan data statistik sektoral",
     "Dinas Komunikasi dan Informatika"),
    ("Kantor Pelayanan Pajak Pratama Sidoarjo Utara", "pemerintah_pusat", "Kepala KPP Pratama",
     "optimalisasi pemungutan pajak pusat dan pajak daerah", "Badan Pendapatan Daerah"),
    ("Komando Distrik Militer 0816/Sidoarjo", "pemerintah_pusat", "Komandan Kodim 0816",
     "pelaksanaan program TNI Manunggal Membangun Desa",
     "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("Pengadilan Agama Sidoarjo", "pemerintah_pusat", "Ketua Pengadilan Agama Sidoarjo",
     "pelayanan terpadu sidang keliling isbat nikah dan penerbitan akta", DUKCAPIL),
    ("Badan Narkotika Nasional Kabupaten Sidoarjo", "pemerintah_pusat", "Kepala BNN Kabupaten",
     "pencegahan dan pemberantasan penyalahgunaan narkoba", "Dinas Sosial"),
    ("Balai Besar Wilayah Sungai Brantas", "pemerintah_pusat", "Kepala BBWS Brantas",
     "normalisasi sungai dan pengendalian banjir di wilayah sungai Brantas", PPU),
    ("Politeknik Perkapalan Negeri Surabaya", "pemerintah_pusat", "Direktur",
     "pendidikan vokasi dan penelitian terapan bagi industri kecil",
     "Dinas Perindustrian dan Perdagangan"),
    ("BPJS Kesehatan Kantor Cabang Sidoarjo", "badan_hukum_publik", "Kepala Kantor Cabang",
     "perluasan kepesertaan jaminan kesehatan nasional", "Dinas Kesehatan"),
    ("BPJS Ketenagakerjaan Cabang Sidoarjo", "badan_hukum_publik", "Kepala Kantor Cabang",
     "perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan", "Dinas Tenaga Kerja"),
    ("Universitas Airlangga", "badan_hukum_publik", "Rektor Universitas Airlangga",
     "tridharma perguruan tinggi di bidang kesehatan masyarakat", "Dinas Kesehatan"),
    ("Institut Teknologi Sepuluh Nopember", "badan_hukum_publik", "Rektor ITS",
     "kajian teknis infrastruktur dan pengembangan kota cerdas",
     "Badan Perencanaan Pembangunan Daerah"),
    ("Bank Indonesia Kantor Perwakilan Provinsi Jawa Timur", "badan_hukum_publik",
     "Kepala Perwakilan", "pengendalian inflasi dan elektronifikasi transaksi pemerintah daerah",
     "Bagian Perekonomian"),
]
FOREIGN_GOVS = [
    ("Gimhae City Government", "KR", "Mayor of Gimhae"),
    ("Zhangzhou Municipal People's Government", "CN", "Mayor of Zhangzhou"),
    ("City of Kitakyushu", "JP", "Mayor of Kitakyushu"),
    ("Majlis Bandaraya Johor Bahru", "MY", "Datuk Bandar Johor Bahru"),
    ("Chiang Mai Municipality", "TH", "Mayor of Chiang Mai"),
    ("Bacolod City Government", "PH", "City Mayor of Bacolod"),
    ("Da Nang People's Committee", "VN", "Chairman of the People's Committee"),
    ("Gemeente Zwolle", "NL", "Burgemeester van Zwolle"),
    ("Freie Hansestadt Bremen", "DE", "Bürgermeister"),
    ("City of Darwin", "AU", "Lord Mayor of Darwin"),
    ("Ville de Lorient", "FR", "Maire de Lorient"),
    ("Toyama Prefectural Government", "JP", "Governor of Toyama"),
]
FOREIGN_BODIES = [
    ("Japan International Cooperation Agency", "JP", "Chief Representative"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "DE",
     "Country Director"),
    ("Korea International Cooperation Agency", "KR", "Country Director"),
    ("United States Agency for International Development", "US", "Mission Director"),
    ("Wageningen University & Research", "NL", "Director of Corporate Relations"),
    ("Universiti Teknologi Malaysia", "MY", "Vice-Chancellor"),
    ("Asian Development Bank", "PH", "Country Director"),
    ("Agence Française de Développement", "FR", "Directeur"),
    ("Swisscontact", "CH", "Country Director"),
    ("Kanagawa University", "JP", "President"),
]

FORMS = {
    "KSDPK": (["pelayanan_publik", "pengelolaan_aset", "investasi", "lainnya"],
              [35, 25, 15, 25]),
    "KSDD": (["wajib", "sukarela"], [40, 60]),
    "SINERGI": (["dukungan_program", "lainnya"], [75, 25]),
    "KSDPL": (["kabupaten_kota_kembar", "lainnya"], [60, 40]),  # never provinsi_kembar: sister-level
    "KSDLL": (["penerusan_kerja_sama_pusat", "persetujuan_pusat"], [50, 50]),
}
SCOPES = ["iptek", "pertukaran_budaya", "kapasitas_pemerintahan", "promosi_potensi_daerah",
          "lainnya"]
TERMINATION_REASONS = ["kesepakatan_para_pihak", "tujuan_tercapai", "wanprestasi",
                       "keadaan_memaksa", "objek_hilang", "perubahan_kebijakan",
                       "diganti_perjanjian_baru", "lainnya"]
WITHDRAWN_REASONS = ["Penawaran ditolak TKKSD karena tidak memberi manfaat bagi daerah",
                     "Mitra tidak melengkapi dokumen persyaratan",
                     "Ditunda sampai penetapan APBD tahun berikutnya",
                     "Mitra membatalkan rencana kerja sama"]
PLACES = ["Sidoarjo"] * 8 + ["Surabaya", "Jakarta"]

# form -> [(object, unit that proposes it or None for any unit)]; {a} is the first affair.
OBJECTS = {
    "pelayanan_publik": [
        ("penyelenggaraan Mal Pelayanan Publik di gedung serbaguna kawasan Lingkar Timur",
         "Bagian Organisasi"),
        ("pembayaran pajak daerah melalui kanal pembayaran elektronik", "Badan Pendapatan Daerah"),
        ("layanan kesehatan rujukan bagi peserta jaminan kesehatan daerah", "RSUD R.T. Notopuro"),
        ("pembangunan jaringan IT untuk program Sidoarjo Smart City",
         "Dinas Komunikasi dan Informatika"),
        ("layanan administrasi kependudukan terintegrasi di kantor kecamatan", DUKCAPIL),
        ("penyediaan air minum bagi kawasan permukiman baru", PERKIM),
        ("pelayanan pembayaran pensiun aparatur sipil negara",
         "Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("penyelenggaraan angkutan sekolah gratis", "Dinas Perhubungan"),
        ("pemeriksaan kesehatan berkala bagi warga lanjut usia", "Dinas Kesehatan"),
        ("layanan perpustakaan keliling desa", "Dinas Perpustakaan dan Kearsipan"),
    ],
    "pengelolaan_aset": [
        ("pemanfaatan gedung serbaguna milik daerah", "Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("sewa lahan parkir kawasan Alun-Alun Sidoarjo", "Dinas Perhubungan"),
        ("pemanfaatan menara telekomunikasi di atas tanah milik daerah",
         "Dinas Komunikasi dan Informatika"),
        ("pengelolaan Gelanggang Olahraga Delta Sidoarjo", "Dinas Pemuda, Olahraga dan Pariwisata"),
        ("pemanfaatan lahan eks pasar daerah untuk sentra kuliner",
         "Dinas Perindustrian dan Perdagangan"),
        ("pemanfaatan kios di pasar ikan daerah", "Dinas Perikanan"),
    ],
    "investasi": [
        ("pembangunan tempat pengolahan sampah terpadu", "Dinas Lingkungan Hidup dan Kebersihan"),
        ("pengembangan sentra industri kecil dan menengah", "Dinas Perindustrian dan Perdagangan"),
        ("pembangunan penerangan jalan umum hemat energi", "Dinas Perhubungan"),
        ("pembangunan terminal terpadu di Porong", "Dinas Perhubungan"),
        ("pengembangan kawasan agrowisata tambak", "Dinas Perikanan"),
        ("pembangunan rumah susun sederhana sewa", PERKIM),
    ],
    "lainnya": [
        ("peningkatan kapasitas aparatur di bidang {a}", None),
        ("program tanggung jawab sosial perusahaan di bidang {a}", None),
        ("pendampingan usaha mikro binaan daerah", "Dinas Koperasi dan Usaha Mikro"),
        ("penelitian dan pengabdian masyarakat di bidang {a}", None),
        ("praktik kerja lapangan mahasiswa di bidang {a}", None),
    ],
    "wajib": [
        ("pengelolaan sampah regional lintas batas", "Dinas Lingkungan Hidup dan Kebersihan"),
        ("penanganan banjir dan normalisasi saluran di perbatasan", PPU),
        ("pengelolaan transportasi umum aglomerasi Gerbangkertosusila", "Dinas Perhubungan"),
        ("penanggulangan bencana di wilayah perbatasan", "Badan Penanggulangan Bencana Daerah"),
        ("pengendalian penyakit menular lintas daerah", "Dinas Kesehatan"),
        ("penataan ruang kawasan perbatasan", PERKIM),
        ("pemeliharaan jalan dan jembatan di perbatasan", PPU),
    ],
    "sukarela": [
        ("pengembangan pariwisata dan promosi daerah bersama",
         "Dinas Pemuda, Olahraga dan Pariwisata"),
        ("pertukaran data dan pengembangan sistem pemerintahan berbasis elektronik",
         "Dinas Komunikasi dan Informatika"),
        ("studi tiru dan peningkatan kapasitas aparatur di bidang {a}", None),
        ("pemasaran produk unggulan UMKM antar daerah", "Dinas Koperasi dan Usaha Mikro"),
        ("penyediaan bahan pangan antar daerah", "Dinas Pangan dan Pertanian"),
        ("pelayanan administrasi kependudukan bagi penduduk perbatasan", DUKCAPIL),
        ("penempatan dan pelatihan tenaga kerja", "Dinas Tenaga Kerja"),
    ],
    "kabupaten_kota_kembar": [("kerja sama kota kembar di bidang {a}", None)],
    "provinsi_kembar": [("kerja sama provinsi kembar di bidang {a}", None)],
    "penerusan_kerja_sama_pusat": [
        ("program bantuan teknis di bidang {a}", None),
        ("pengelolaan persampahan berbasis masyarakat", "Dinas Lingkungan Hidup dan Kebersihan"),
        ("peningkatan kapasitas perencanaan pembangunan daerah",
         "Badan Perencanaan Pembangunan Daerah"),
    ],
    "persetujuan_pusat": [
        ("pengembangan sumber daya manusia di bidang {a}", None),
        ("pertukaran pelajar dan tenaga pendidik", "Dinas Pendidikan dan Kebudayaan"),
        ("promosi investasi dan produk unggulan daerah",
         "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ],
}
assert all(u is None or u in UNIT_BY_NAME for v in OBJECTS.values() for _, u in v)
assert all(c[4] in UNIT_BY_NAME for c in CENTRAL)

NOTES = [
    "Tindak lanjut rapat TKKSD; laporan pelaksanaan disampaikan setiap semester.",
    "Dokumen asli disimpan di Bagian Pemerintahan Sekretariat Daerah.",
    "Evaluasi pelaksanaan dilakukan bersama perangkat daerah terkait setiap akhir tahun.",
    "Biaya yang timbul dibebankan kepada masing-masing pihak sesuai kewenangannya.",
    "Kerja sama ini merupakan tindak lanjut dari penawaran mitra yang telah dikaji TKKSD.",
    "Rencana kerja tahunan disusun bersama dan ditetapkan paling lambat bulan Maret.",
    "Salinan dokumen disampaikan kepada Gubernur Jawa Timur dan Menteri Dalam Negeri.",
    "Hasil kajian manfaat kerja sama dibahas dalam rapat TKKSD sebelum penandatanganan.",
]
TAGS = ["smart-city", "mpp", "pad", "spm", "umkm", "csr", "gerbangkertosusila", "pendidikan",
        "kesehatan", "lingkungan"]
SIGNATORIES_THIRD = ["Direktur Utama", "Direktur", "Ketua", "Kepala Wilayah Jawa Timur",
                     "General Manager", "Rektor", "Ketua Yayasan", "Pimpinan Cabang"]


# ---------------------------------------------------------------------------------------------
# Dates

def add_years(d: dt.date, years: int) -> dt.date:
    """The anniversary of d; 29 February falls on 1 March in a common year (FORMAT.md)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return dt.date(d.year + years, 3, 1)


def term_end(start: dt.date, years: int) -> dt.date:
    """The last day of a term of whole years: exactly five years for years=5."""
    return add_years(start, years) - ONE_DAY


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# ---------------------------------------------------------------------------------------------
# The model

class Doc:
    __slots__ = (
        "category", "form", "document", "affairs", "scope", "unit", "title", "signed", "place",
        "year_only", "start", "end", "parent", "renews", "burdens", "apbd", "value", "funding",
        "waive", "tags", "notes", "parties", "home_proxy", "dprd", "central", "termination",
        "withdrawn", "monitoring", "id_year", "created", "id", "number", "proxy_number",
        "addenda_end",
    )

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, None)
        for k, v in kw.items():
            setattr(self, k, v)

    def effective_end(self) -> dt.date | None:
        if self.end is None:
            return None
        if self.addenda_end and self.addenda_end > self.end:
            return self.addenda_end
        return self.end


class Gen:
    def __init__(self, seed: int, today: dt.date):
        self.rng = random.Random(seed)
        self.today = today
        self.docs: list[Doc] = []
        self.counter = 0  # for unique counterpart names and register numbers
        # Signed first documents (KSB/NK) with an end in the past, not yet renewed:
        # category -> list of (first doc, last PKS or None).
        self.renewable: dict[str, list] = {c: [] for c in FORMS}
        self.year_weights = [1.0 + 0.15 * (y - FIRST_YEAR) for y in range(FIRST_YEAR,
                                                                          today.year + 1)]

    # -- helpers ------------------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def between(self, lo: dt.date, hi: dt.date) -> dt.date:
        if hi <= lo:
            return lo
        return lo + days(self.rng.randint(0, (hi - lo).days))

    def base_date(self) -> dt.date:
        year = self.rng.choices(range(FIRST_YEAR, self.today.year + 1), self.year_weights)[0]
        lo = dt.date(year, 1, 2)
        hi = min(dt.date(year, 12, 28), self.today)
        return self.between(lo, hi)

    def value_and_funding(self, apbd: str | None, form: str | None):
        """(value_idr, funding), consistent with apbd_funding and never funding-value."""
        r = self.rng.random()
        if apbd == "none" and r < 0.25 or apbd is None and r < 0.2:
            return None, ["tanpa_biaya"]
        value = int(10 ** self.rng.uniform(7, 10.7)) // 1_000_000 * 1_000_000
        if apbd in ("budgeted", "not_budgeted"):
            funding = ["apbd"] if self.chance(0.6) else ["apbd", "mitra"]
        elif apbd == "none":
            funding = self.pick([["mitra"], ["mitra"], ["hibah"], ["apbn"], ["mitra", "hibah"]])
        else:
            funding = self.pick([["apbd"], ["apbn"], ["apbd", "apbn"], ["hibah"], ["mitra"]])
        if form == "pengelolaan_aset" and "mitra" not in funding:
            funding = funding + ["mitra"]
        if self.chance(0.15):
            return None, funding
        return value, funding

    def unit_for(self, category: str):
        if category in ("KSDPL", "KSDLL"):
            return UNIT_BY_NAME[self.pick(FOREIGN_UNITS)]
        return self.pick(UNITS)

    def affairs_for(self, unit) -> list[str]:
        affairs = unit[2]
        if len(affairs) > 1 and self.chance(0.5):
            return list(affairs)
        return [self.pick(affairs)]

    def subject(self, category: str, form: str, text_unit=None):
        """(title, unit, affairs) that fit together: the unit proposes, its affairs apply."""
        text, unit_name = text_unit or self.pick(OBJECTS[form])
        unit = UNIT_BY_NAME[unit_name] if unit_name else self.unit_for(category)
        affairs = self.affairs_for(unit)
        text = text.replace("{a}", affairs[0].replace("_", " "))
        return text[0].upper() + text[1:], unit, affairs

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    def notes(self) -> str:
        return " ".join(self.rng.sample(NOTES, self.rng.choices([1, 2, 3], [40, 40, 20])[0]))

    def home_party(self) -> dict:
        return {"name": HOME["name"], "type": HOME["type"], "code": HOME["code"],
                "signatory": self.home_head()}

    def home_head(self):
        return HEAD

    def daerah_party(self, code: str) -> dict:
        name, typ, head = DAERAH[code]
        return {"name": name, "type": typ, "code": code, "signatory": f"{self.person()}, {head}"}

    def company_name(self) -> str:
        if self.chance(0.3):
            return self.pick(KNOWN_COMPANIES)
        a, b = self.rng.sample(WORDS, 2)
        return f"PT {a} {b} {self.pick(COMPANY_TAILS)}"

    def third_party(self) -> dict:
        r = self.rng.random()
        if r < 0.72:
            return {"name": self.company_name(), "type": "badan_usaha", "legal_entity": True,
                    "signatory": f"{self.person()}, {self.pick(SIGNATORIES_THIRD[:5])}"}
        if r < 0.92:
            name, legal = self.pick(ORMAS)
            role = self.pick(["Ketua", "Rektor", "Ketua Yayasan", "Ketua Umum"])
            return {"name": name, "type": "ormas", "legal_entity": legal,
                    "signatory": f"{self.person()}, {role}"}
        person = self.person()
        return {"name": person, "type": "perseorangan", "signatory": person}

    def distinct(self, parties: list[dict]) -> list[dict]:
        """Drop a repeated party (same code for daerah, same name otherwise)."""
        seen, out = set(), []
        for p in parties:
            key = p.get("code") or p["name"].casefold()
            if key not in seen:
                seen.add(key)
                out.append(p)
        return out

    def copy_parties(self, parties: list[dict]):
        """The same parties on a later document; the home signs by its head unless sign_home."""
        out = []
        for p in parties:
            q = dict(p)
            q.pop("number", None)  # a counterpart's register number belongs to one document
            if q.get("code") == HOME["code"]:
                q["signatory"] = self.home_head()
            out.append(q)
        return out

    def counterpart_number(self, year: int) -> str:
        self.counter += 1
        return f"{self.counter:05d}/PKS/{self.pick(['HK', 'LG', 'SEK', 'KS', 'DIR'])}/{year}"

    def monitoring(self, doc: Doc, revenue: bool):
        if doc.signed is None or doc.start is None or doc.start > self.today:
            return None
        last = self.today.year - 1  # this year's monitoring round is not done yet
        end = doc.effective_end()
        if end is not None:
            last = min(last, end.year)
        if doc.termination is not None:
            last = min(last, doc.termination[0].year)
        first = doc.start.year
        if last < first:
            return None
        years = list(range(max(first, last - 4), last + 1))
        entries = []
        for y in years:
            if end is not None and y == end.year and end < self.today:
                state = "selesai"
            elif doc.termination is not None and y == doc.termination[0].year:
                state = "tidak_berjalan"
            else:
                state = "berjalan" if self.chance(0.9) else "tidak_berjalan"
            entry = {"year": y, "state": state}
            if revenue and state != "tidak_berjalan":
                entry["revenue_idr"] = self.rng.randint(5, 900) * 1_000_000
            if state == "tidak_berjalan":
                entry["note"] = "Kegiatan belum terlaksana; mitra diminta menyampaikan rencana."
            elif self.chance(0.3):
                entry["note"] = f"Laporan monitoring dan evaluasi tahun {y} telah diterima."
            entries.append(entry)
        return entries

    def add(self, doc: Doc) -> Doc:
        if doc.signed is not None:
            assert doc.signed <= self.today, (doc.document, doc.signed)
            if doc.id_year is None:
                doc.id_year = doc.signed.year
            if doc.created is None:
                doc.created = doc.signed
        else:
            if doc.id_year is None:
                doc.id_year = self.today.year if self.chance(0.8) else self.today.year - 1
            lo = dt.date(doc.id_year, 1, 2)
            if doc.parent is not None and doc.parent.signed is not None:
                lo = max(lo, doc.parent.signed)
            if doc.renews is not None and doc.renews.created is not None:
                lo = max(lo, doc.renews.created)
            doc.created = self.between(lo, min(dt.date(doc.id_year, 12, 28), self.today))
        self.docs.append(doc)
        return doc

    def maybe_drafted_last_year(self, doc: Doc):
        """Some ids were given to a draft in December and the document signed in January."""
        if (doc.signed is not None and doc.signed.month == 1 and doc.signed.year > FIRST_YEAR
                and not doc.year_only and self.chance(0.2)):
            doc.id_year = doc.signed.year - 1
            doc.created = dt.date(doc.id_year, 12, self.rng.randint(2, 30))

    def sign_home(self, doc: Doc, unit) -> None:
        """A PKS is often signed by the head of the unit on the strength of a surat kuasa."""
        home = next(p for p in doc.parties if p.get("code") == HOME["code"])
        if doc.signed is not None and self.chance(0.6):
            head = "Kepala " + unit[0] if not unit[0].startswith(("Bagian", "RSUD")) else (
                "Sekretaris Daerah Kabupaten Sidoarjo")
            if unit[0].startswith("RSUD"):
                head = "Direktur " + unit[0]
            home["signatory"] = f"{self.person()}, {head}"
            doc.home_proxy = doc.signed - days(self.rng.randint(1, 21))

    # -- groups -------------------------------------------------------------------------------

    def group(self, category: str) -> None:
        if category in ("KSDPK", "KSDD", "SINERGI"):
            self.domestic_group(category)
        else:
            self.foreign_group(category)

    def domestic_group(self, category: str) -> None:
        rng = self.rng
        first_kind = "NK" if category == "SINERGI" else "KSB"
        renewed = None
        pool = self.renewable[category]
        if pool and self.chance(0.12):
            renewed = pool.pop(rng.randrange(len(pool)))

        if renewed is not None:
            old, old_pks = renewed
            form, unit, affairs = old.form, UNIT_BY_NAME[old.unit], list(old.affairs)
            parties = self.copy_parties(old.parties)
            title = old.title
            if not title.startswith("Perpanjangan"):
                title = "Perpanjangan kerja sama " + title[0].lower() + title[1:]
            signed = self.between(max(old.signed, old.end - days(90)), old.end)
            start = old.end + ONE_DAY
            year_only = None
        else:
            forms, weights = FORMS[category]
            form = rng.choices(forms, weights)[0]
            central = self.pick(CENTRAL) if category == "SINERGI" else None
            title, unit, affairs = self.subject(category, form, central and central[3:])
            parties = self.domestic_parties(category, form, central)
            signed = self.base_date()
            start = signed + days(rng.choice([0, 0, 0, 1, 7, 14, 30]))
            year_only = None
            if signed.year <= 2012 and self.chance(0.25):
                signed = start = dt.date(signed.year, 1, 1)
                year_only = ["signed", "start"]

        # A group that is only a draft: an offer under review, or withdrawn.
        if renewed is None and self.chance(0.035):
            draft = Doc(category=category, form=form, document=first_kind, affairs=affairs,
                        unit=unit[0], title=title, parties=parties)
            if self.chance(0.35):
                draft.id_year = self.today.year - (1 if self.chance(0.3) else 0)
                when = self.between(dt.date(draft.id_year, 2, 1),
                                    min(dt.date(draft.id_year, 12, 28), self.today))
                draft.withdrawn = (when, self.pick(WITHDRAWN_REASONS))
            self.add(draft)
            return

        # KSB / NK
        r = rng.random()
        end = None
        if r < 0.75:
            end = term_end(start, 5)
        elif r < 0.9:
            end = term_end(start, rng.choice([2, 3, 10]))
        long_term = (category == "KSDPK" and end is None and form in ("investasi", "pengelolaan_aset")
                     and self.chance(0.4))
        first = Doc(category=category, form=form, document=first_kind, affairs=affairs,
                    unit=unit[0], title=title, signed=signed, start=start, end=end,
                    year_only=year_only, parties=parties, place=self.pick(PLACES))
        if renewed is not None:
            first.renews = renewed[0]
        first.notes = self.notes() if self.chance(0.8) else None
        first.tags = [self.pick(TAGS)] if self.chance(0.15) else None
        if self.chance(0.5):  # the estimated value of the whole cooperation
            first.value, first.funding = self.value_and_funding(None, form)
        # Sometimes the DPRD approved the plan at the KSB stage already (then it covers the PKS).
        if category == "KSDD" and self.chance(0.15) and not year_only:
            first.dprd = (first.signed - days(rng.randint(10, 90)))
        for p in first.parties:
            if "code" not in p and self.chance(0.6):
                p["number"] = self.counterpart_number(signed.year)
        self.maybe_drafted_last_year(first)
        if self.chance(0.5):
            first.monitoring = self.monitoring(first, False)
        self.add(first)

        # Addendum to the KSB / NK: extends its term.
        if end is not None and self.chance(0.04):
            lo = first.start + days(365)
            hi = min(first.end, self.today)
            if lo <= hi:
                a_signed = self.between(lo, hi)
                a_end = term_end(first.end + ONE_DAY, rng.choice([1, 2]))
                add = Doc(category=category, form=form, document="ADENDUM", affairs=affairs,
                          unit=unit[0], title="Adendum pertama " + title[0].lower() + title[1:],
                          signed=a_signed, start=a_signed, end=a_end, parent=first,
                          parties=self.copy_parties(parties), place=self.pick(PLACES))
                first.addenda_end = a_end
                self.add(add)

        # PKS under it
        n_pks = rng.choices([0, 1, 2, 3], [12, 62, 20, 6])[0]
        if long_term:
            n_pks = max(n_pks, 1)
        prev_signed = first.signed
        last_pks = None
        old_pks = renewed[1] if renewed is not None else None
        for i in range(n_pks):
            pks = self.pks(first, unit, prev_signed, i, long_term and i == 0, old_pks)
            if pks is None:
                break
            old_pks = None
            if pks.signed is None:
                break  # a draft PKS is the latest of its group
            prev_signed = pks.signed
            last_pks = pks

        if (end is not None and end < self.today - days(30) and first.termination is None
                and not first.year_only):
            self.renewable[category].append((first, last_pks))

    def domestic_parties(self, category: str, form: str, central) -> list[dict]:
        rng = self.rng
        parties = [self.home_party()]
        if category == "KSDPK":
            parties.append(self.third_party())
            if self.chance(0.12):
                parties.append(self.third_party())
            if self.chance(0.03):
                parties.append(self.daerah_party(HOME_PROVINCE))
        elif category == "KSDD":
            if form == "wajib":
                # All kabupaten/kota, or the province with kabupaten/kota inside it; every
                # daerah a neighbour (or the home's province): ksdd-wajib-*.
                for code in rng.sample(NEIGHBOURS, rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0]):
                    parties.append(self.daerah_party(code))
                if self.chance(0.15):
                    parties.append(self.daerah_party(HOME_PROVINCE))
            else:
                for code in rng.sample(SUKARELA_POOL, rng.choices([1, 2, 3], [75, 18, 7])[0]):
                    parties.append(self.daerah_party(code))
        else:  # SINERGI
            name, typ, head = central[:3]
            parties.append({"name": name, "type": typ, "signatory": f"{self.person()}, {head}"})
            if self.chance(0.15):
                parties.append(self.third_party())
            if self.chance(0.05):
                parties.append(self.daerah_party(HOME_PROVINCE))
        return self.distinct(parties)

    def pks(self, parent: Doc, unit, after: dt.date, index: int, long_term: bool,
            renews: Doc | None) -> Doc | None:
        rng = self.rng
        category = parent.category
        signed = after + days(rng.randint(14, 300))
        title = parent.title
        if index > 0 or self.chance(0.3):
            title = "Pelaksanaan " + title[0].lower() + title[1:]
            if index > 0:
                title += f" tahap {index + 1}"
        limit = parent.end  # its own end: a PKS never outlives the KSB (outlives-parent)
        if limit is not None and signed > limit - days(120):
            return None
        pks = Doc(category=category, form=parent.form, document="PKS", affairs=parent.affairs,
                  unit=parent.unit, title=title, parent=parent,
                  parties=self.copy_parties(parent.parties))
        if category in ("KSDD", "KSDPK"):
            pks.burdens = self.chance(0.15)
            pks.apbd = rng.choices(["none", "budgeted", "not_budgeted"], [45, 45, 10])[0]

        if signed > self.today:
            # Not signed yet: a draft PKS under a signed KSB (no DPRD case, to stay clean).
            if parent.signed < self.today - days(400) or not self.chance(0.6):
                return None
            if pks.burdens is not None:
                pks.burdens = False
                pks.apbd = rng.choice(["none", "budgeted"])
            pks.value, pks.funding = self.value_and_funding(pks.apbd, pks.form)
            if self.chance(0.2):
                pks.withdrawn = (self.between(parent.signed, self.today),
                                 self.pick(WITHDRAWN_REASONS))
            pks.id_year = self.today.year
            pks.renews = None
            return self.add(pks)

        pks.signed = signed
        pks.start = signed + days(rng.choice([0, 0, 1, 7, 14, 30, 45]))
        if limit is not None and pks.start > limit - days(60):
            pks.start = signed
        if renews is not None and renews.start is not None and renews.start <= pks.start:
            pks.renews = renews
        pks.place = self.pick(PLACES)
        if long_term:
            pks.end = term_end(pks.start, rng.choice([10, 15, 20, 25]))
            pks.waive = {"pks-max-five-years": self.pick(
                ["KPBU, 20 tahun", "Pemanfaatan aset jangka panjang sesuai PP 27/2014",
                 "Investasi pengembalian modal lebih dari lima tahun"])}
        else:
            years = rng.choices([1, 2, 3, 5], [20, 25, 25, 30])[0]
            pks.end = term_end(pks.start, years)
            if self.chance(0.2):
                pks.end -= days(rng.randint(1, 120))
        if limit is not None and pks.end > limit:
            pks.end = limit
        if pks.end < pks.start:
            pks.end = pks.start

        # Budget flags, and the DPRD approval they call for (dprd-approval-missing[-ksdpk]).
        if pks.burdens or pks.apbd == "not_budgeted":
            if parent.dprd is None or self.chance(0.3):
                lo = max(parent.signed, signed - days(200))
                pks.dprd = self.between(lo, signed - ONE_DAY)
        pks.value, pks.funding = self.value_and_funding(pks.apbd, pks.form)
        pks.parties = self.copy_parties(parent.parties)
        self.sign_home(pks, unit)
        for p in pks.parties:
            if p.get("code") != HOME["code"] and "code" not in p and self.chance(0.7):
                p["number"] = self.counterpart_number(signed.year)
        if self.chance(0.8):
            pks.notes = self.notes()
        if self.chance(0.1):
            pks.tags = self.rng.sample(TAGS, 2)

        # Terminated early, or changed by an addendum.
        if self.chance(0.07):
            lo, hi = pks.start + days(30), min(pks.end, self.today)
            if lo <= hi:  # inside the term, never in the future (termination-order)
                pks.termination = (self.between(lo, hi), self.pick(TERMINATION_REASONS),
                                   "Diakhiri berdasarkan berita acara kesepakatan para pihak.")
        self.maybe_drafted_last_year(pks)
        pks.monitoring = self.monitoring(pks, pks.form == "pengelolaan_aset")
        self.add(pks)

        if pks.termination is None and self.chance(0.1):
            lo = pks.signed + days(60)
            hi = min(pks.end, self.today)
            if lo <= hi:
                a_signed = self.between(lo, hi)
                a = Doc(category=category, form=pks.form, document="ADENDUM",
                        affairs=pks.affairs, unit=pks.unit,
                        title="Adendum " + pks.title[0].lower() + pks.title[1:],
                        signed=a_signed, start=a_signed, parent=pks,
                        parties=self.copy_parties(pks.parties), place=self.pick(PLACES))
                new_end = term_end(pks.end + ONE_DAY, 1)
                if limit is not None:
                    new_end = min(new_end, limit)
                if new_end > pks.end and new_end >= a.start and self.chance(0.6):
                    a.end = new_end
                    pks.addenda_end = new_end
                    a.notes = "Perpanjangan jangka waktu dan perubahan rencana kerja."
                else:
                    a.notes = "Perubahan lampiran rencana kerja dan pembagian tugas."
                self.add(a)
        return pks

    def foreign_group(self, category: str) -> None:
        rng = self.rng
        forms, weights = FORMS[category]
        form = rng.choices(forms, weights)[0]
        title, unit, affairs = self.subject(category, form)
        scope = sorted(rng.sample(SCOPES, rng.choices([1, 2, 3], [50, 35, 15])[0]),
                       key=SCOPES.index)
        name, country, head = self.pick(FOREIGN_GOVS if category == "KSDPL" else FOREIGN_BODIES)
        foreign_type = "pemerintah_daerah_luar_negeri" if category == "KSDPL" else "lembaga_luar_negeri"
        parties = [self.home_party(),
                   {"name": name, "type": foreign_type, "country": country, "signatory": head}]
        if category == "KSDPL":
            title += " dengan " + name

        loi = Doc(category=category, form=form, document="LOI", affairs=affairs, scope=scope,
                  unit=unit[0], title="Pernyataan kehendak " + title[0].lower() + title[1:],
                  parties=parties)
        if self.chance(0.04):  # an offer still being considered, or dropped
            if self.chance(0.3):
                loi.id_year = self.today.year
                loi.withdrawn = (self.between(dt.date(loi.id_year, 2, 1), self.today),
                                 self.pick(WITHDRAWN_REASONS))
            self.add(loi)
            return
        loi.signed = self.base_date()
        loi.start = loi.signed
        loi.place = self.pick(["Sidoarjo", "Jakarta", "Surabaya"])
        if self.chance(0.3):
            loi.end = term_end(loi.start, 2)
        self.maybe_drafted_last_year(loi)
        if self.chance(0.3):
            loi.monitoring = self.monitoring(loi, False)
        self.add(loi)

        # The naskah kerja sama: DPRD approval, then the centre's, then signing.
        if not self.chance(0.8):
            return
        signed = loi.signed + days(rng.randint(200, 700))
        if signed > self.today:
            return
        naskah = Doc(category=category, form=form, document="NASKAH", affairs=affairs,
                     scope=scope, unit=unit[0], title=title, parent=loi, signed=signed,
                     parties=self.copy_parties(parties), place=self.pick(PLACES))
        naskah.start = signed + days(rng.choice([0, 0, 14, 30]))
        naskah.end = term_end(naskah.start, 5) if self.chance(0.7) else None
        naskah.dprd = self.between(max(loi.signed + ONE_DAY, signed - days(300)),
                                   signed - days(60))
        naskah.central = self.between(naskah.dprd, signed - ONE_DAY)
        naskah.value, naskah.funding = self.value_and_funding(None, form)
        naskah.notes = self.notes() if self.chance(0.8) else None
        for p in naskah.parties:
            if p.get("country") and self.chance(0.5):
                p["number"] = self.counterpart_number(signed.year)
        self.maybe_drafted_last_year(naskah)
        naskah.monitoring = self.monitoring(naskah, False)
        self.add(naskah)

        if naskah.end is not None and self.chance(0.12):
            lo = naskah.signed + days(180)
            hi = min(naskah.end, self.today)
            if lo <= hi:
                a_signed = self.between(lo, hi)
                a = Doc(category=category, form=form, document="ADENDUM", affairs=affairs,
                        scope=scope, unit=unit[0],
                        title="Adendum " + title[0].lower() + title[1:],
                        signed=a_signed, start=a_signed, parent=naskah,
                        parties=self.copy_parties(parties), place=self.pick(PLACES),
                        notes="Perubahan rencana kegiatan tahunan.")
                self.add(a)


# ---------------------------------------------------------------------------------------------
# Ids, numbers, rendering

def assign_ids_and_numbers(docs: list[Doc], prefix: str) -> None:
    by_year: dict[int, list[int]] = {}
    for i, d in enumerate(docs):
        by_year.setdefault(d.id_year, []).append(i)
    for year, idx in by_year.items():
        idx.sort(key=lambda i: (docs[i].created, i))
        for seq, i in enumerate(idx, 1):
            docs[i].id = f"{prefix}-{year}-{seq:03d}"
    # Home register numbers: one running number per signing year, in signing order.
    by_signed: dict[int, list[int]] = {}
    for i, d in enumerate(docs):
        if d.signed is not None:
            by_signed.setdefault(d.signed.year, []).append(i)
    klas = {"KSB": "119", "PKS": "180", "NK": "119", "LOI": "130", "NASKAH": "130",
            "ADENDUM": "180"}
    for year, idx in by_signed.items():
        idx.sort(key=lambda i: (docs[i].signed, i))
        for seq, i in enumerate(idx, 1):
            d = docs[i]
            code = UNIT_BY_NAME[d.unit][1]
            d.number = f"{klas[d.document]}/{seq}/{code}/{year}"
            if d.home_proxy is not None:
                d.proxy_number = f"800/{seq}.K/{code}/{d.home_proxy.year}"


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def arr(items) -> str:
    return "[" + ", ".join(q(x) for x in items) + "]"


def render(d: Doc) -> str:
    out = [f"id = {q(d.id)}", f"title = {q(d.title)}", f"category = {q(d.category)}",
           f"form = {q(d.form)}", f"affairs = {arr(d.affairs)}"]
    if d.scope:
        out.append(f"scope = {arr(d.scope)}")
    out.append(f"unit = {q(d.unit)}")
    out.append(f"document = {q(d.document)}")
    if d.number is not None:
        out.append(f"number = {q(d.number)}")
    if d.signed is not None:
        out.append(f"signed = {d.signed.isoformat()}")
    if d.place is not None and d.signed is not None:
        out.append(f"place = {q(d.place)}")
    if d.year_only:
        out.append(f"year_only = {arr(d.year_only)}")
    if d.start is not None:
        out.append(f"start = {d.start.isoformat()}")
    if d.end is not None:
        out.append(f"end = {d.end.isoformat()}")
    if d.parent is not None:
        out.append(f"parent = {q(d.parent.id)}")
    if d.renews is not None:
        out.append(f"renews = {q(d.renews.id)}")
    if d.burdens is not None:
        out.append(f"burdens_region = {'true' if d.burdens else 'false'}")
    if d.apbd is not None:
        out.append(f"apbd_funding = {q(d.apbd)}")
    if d.value is not None:
        out.append(f"value_idr = {d.value}")
    if d.funding:
        out.append(f"funding = {arr(d.funding)}")
    if d.waive:
        out.append("waive = { " + ", ".join(f"{k} = {q(v)}" for k, v in d.waive.items()) + " }")
    if d.tags:
        out.append(f"tags = {arr(d.tags)}")
    if d.notes:
        out.append(f"notes = {q(d.notes)}")
    for p in d.parties:
        out.append("")
        out.append("[[parties]]")
        out.append(f"name = {q(p['name'])}")
        out.append(f"type = {q(p['type'])}")
        if "legal_entity" in p:
            out.append(f"legal_entity = {'true' if p['legal_entity'] else 'false'}")
        if "code" in p:
            out.append(f"code = {q(p['code'])}")
        if "country" in p:
            out.append(f"country = {q(p['country'])}")
        if "number" in p:
            out.append(f"number = {q(p['number'])}")
        if p.get("signatory") is HEAD:
            when = d.signed or d.created
            name = [n for year, n in HOME_HEADS if year <= when.year][-1]
            out.append(f"signatory = {q(name + ', ' + HOME['head'])}")
        elif "signatory" in p:
            out.append(f"signatory = {q(p['signatory'])}")
        if p.get("code") == HOME["code"] and d.home_proxy is not None:
            out.append(f"proxy = {{ number = {q(d.proxy_number)}, "
                       f"date = {d.home_proxy.isoformat()} }}")
    if d.dprd is not None:
        number = f"172/{d.dprd.timetuple().tm_yday}/404.1.1/{d.dprd.year}"
        out += ["", "[dprd_approval]", f"number = {q(number)}", f"date = {d.dprd.isoformat()}"]
    if d.central is not None:
        number = f"B/{d.central.timetuple().tm_yday}/KS.02.01/{d.central.year}"
        out += ["", "[central_approval]", f"number = {q(number)}",
                f"date = {d.central.isoformat()}"]
    if d.termination is not None:
        date, reason, note = d.termination
        out += ["", "[termination]", f"date = {date.isoformat()}", f"reason = {q(reason)}",
                f"note = {q(note)}"]
    if d.withdrawn is not None:
        date, reason = d.withdrawn
        out += ["", "[withdrawn]", f"date = {date.isoformat()}", f"reason = {q(reason)}"]
    for m in d.monitoring or ():
        out += ["", "[[monitoring]]", f"year = {m['year']}", f"state = {q(m['state'])}"]
        if "revenue_idr" in m:
            out.append(f"revenue_idr = {m['revenue_idr']}")
        if "note" in m:
            out.append(f"note = {q(m['note'])}")
    out.append("")
    return "\n".join(out)


def render_config() -> str:
    units = "\n".join(f"  {q(u[0])}," for u in UNITS)
    return (
        "# Synthetic ledger written by bench/gen_ledger.py (benchmark data, not real agreements).\n"
        "format = 1\n"
        f"units = [\n{units}\n]\n\n"
        "[region]\n"
        f"name = \"Kabupaten Sidoarjo\"\n"
        f"type = \"kabupaten\"\n"
        f"code = \"35.15\"\n"
        f"neighbours = {arr(NEIGHBOURS)}\n"
        "timezone = \"WIB\"\n\n"
        "[ids]\n"
        "prefix = \"KS\"\n"
    )


# ---------------------------------------------------------------------------------------------

# Shares by file (agreement), per the brief: KSDPK 45, KSDD 25, SINERGI 15, KSDPL 8, KSDLL 7.
TARGET = {"KSDPK": 0.45, "KSDD": 0.25, "SINERGI": 0.15, "KSDPL": 0.08, "KSDLL": 0.07}


def generate(count: int, seed: int, today: dt.date) -> list[Doc]:
    g = Gen(seed, today)
    per_cat = {c: 0 for c in TARGET}
    cats = list(TARGET)
    while len(g.docs) < count:
        total = len(g.docs) + 1
        # Pick the category furthest below its share, with some noise: the mix is right at
        # every size, also for small ledgers.
        cat = max(cats, key=lambda c: TARGET[c] * total - per_cat[c] + g.rng.random() * 2)
        before = len(g.docs)
        g.group(cat)
        per_cat[cat] += len(g.docs) - before
    # The last group may overshoot: drop its trailing documents. Parents and renewed
    # agreements always come earlier in the list, so no reference is left dangling.
    del g.docs[count:]
    return g.docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of agreement files")
    ap.add_argument("--out", required=True, help="ledger directory to create (must be empty)")
    ap.add_argument("--seed", type=int, default=2018, help="random seed (default 2018)")
    ap.add_argument("--today", default=TODAY.isoformat(),
                    help="the day the ledger must be valid on (default 2026-11-28)")
    ap.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be at least 1")
    today = dt.date.fromisoformat(args.today)
    if today.year < FIRST_YEAR + 1:
        ap.error("--today must be in 2011 or later")

    out = args.out
    if os.path.exists(out):
        if not os.path.isdir(out):
            print(f"gen_ledger: {out} exists and is not a directory", file=sys.stderr)
            return 2
        if os.listdir(out):
            print(f"gen_ledger: {out} is not empty; refusing to write into it", file=sys.stderr)
            return 2

    t0 = time.perf_counter()
    docs = generate(args.count, args.seed, today)
    assign_ids_and_numbers(docs, "KS")
    t1 = time.perf_counter()

    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "kerjasama.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render_config())
    agreements = os.path.join(out, "agreements")
    made = set()
    total_bytes = 0
    for d in docs:
        year_dir = os.path.join(agreements, str(d.id_year))
        if year_dir not in made:
            os.makedirs(year_dir, exist_ok=True)
            made.add(year_dir)
        data = render(d).encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(year_dir, d.id + ".toml"), "wb") as f:
            f.write(data)
    t2 = time.perf_counter()

    if not args.quiet:
        cats: dict[str, int] = {}
        kinds: dict[str, int] = {}
        for d in docs:
            cats[d.category] = cats.get(d.category, 0) + 1
            kinds[d.document] = kinds.get(d.document, 0) + 1
        n = len(docs)
        mix = ", ".join(f"{c} {100 * v / n:.1f}%" for c, v in sorted(cats.items(),
                                                                   key=lambda kv: -kv[1]))
        kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        print(f"gen_ledger: {n} agreements in {out} ({total_bytes / 1e6:.1f} MB, "
              f"mean {total_bytes / n:.0f} B/file); generate {t1 - t0:.1f}s, "
              f"write {t2 - t1:.1f}s", file=sys.stderr)
        print(f"gen_ledger: categories {mix}", file=sys.stderr)
        print(f"gen_ledger: documents {kind}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
