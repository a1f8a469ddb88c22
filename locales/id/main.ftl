# Pesan umum kerjasama: tanggal, keluaran `check`, kesalahan yang menghentikan perintah.
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

# TRANSITIONAL: a finding not yet in the catalogue.
untranslated = { $text }
