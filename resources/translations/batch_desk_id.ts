<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <source>Batch jobs for Alibaba Cloud Model Studio: spreadsheet in, Excel-ready answers out.</source>
        <translation>Tugas batch untuk Alibaba Cloud Model Studio: spreadsheet masuk, jawaban siap-Excel keluar.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Folders the app uses</source>
        <translation>Folder yang dipakai aplikasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Jobs and answers</source>
        <translation>Tugas dan jawaban</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Keychain: {where}.</source>
        <translation>Keychain: {where}.</translation>
    </message>
    <message>
        <source>Keychain: none available — keys are kept for this session only.</source>
        <translation>Keychain: tidak tersedia — key hanya disimpan selama sesi ini.</translation>
    </message>
    <message>
        <source>{folder} folder</source>
        <translation>Folder {folder}</translation>
    </message>
    <message>
        <source>Open the {folder} folder</source>
        <translation>Buka folder {folder}</translation>
    </message>
    <message>
        <source>Keychain: looking…</source>
        <translation>Keychain: sedang mencari…</translation>
    </message>
    <message>
        <source>Keychain in use</source>
        <translation>Keychain yang dipakai</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;. Made for people who are not programmers.</source>
        <translation>Lisensi: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;. Dibuat untuk orang yang bukan programmer.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
</context>
<context>
    <name>ConfirmSubmitDialog</name>
    <message>
        <source>Confirm the billed submit</source>
        <translation>Konfirmasi pengiriman berbayar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · model &lt;b&gt;{model}&lt;/b&gt; · {requests} request(s)</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · model &lt;b&gt;{model}&lt;/b&gt; · {requests} permintaan</translation>
    </message>
    <message>
        <source>This will be billed to the key of {region}.</source>
        <translation>Biayanya akan ditagihkan ke kunci {region}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · {count} batches, each billed · {requests} requests in all</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · {count} batch, masing-masing ditagih · {requests} permintaan seluruhnya</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {count} batches together:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Semua {count} batch bersama-sama:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submit and pay</source>
        <translation>Kirim dan bayar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a batch file (.jsonl) here</source>
        <translation>Letakkan file batch (.jsonl) di sini</translation>
    </message>
    <message>
        <source>One JSON request per line, as the Batch API expects. Nothing is uploaded until you press Submit.</source>
        <translation>Satu permintaan JSON per baris, sesuai format Batch API. Tidak ada yang diunggah sebelum Anda menekan Kirim.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Buka file…</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>Buka file batch</translation>
    </message>
    <message>
        <source>{name} is open — drop another file to replace it</source>
        <translation>{name} terbuka — letakkan file lain untuk menggantinya</translation>
    </message>
</context>
<context>
    <name>EditorProblemsModel</name>
    <message>
        <source>Where</source>
        <translation>Letak</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Seluruh file</translation>
    </message>
    <message>
        <source>Line {line} · sheet row {row}</source>
        <translation>Baris {line} · baris sheet {row}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Baris {line}</translation>
    </message>
    <message>
        <source>Error — must be fixed before submitting</source>
        <translation>Kesalahan — harus diperbaiki sebelum mengirim</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>{kind}

{message}

(code: {code})</source>
        <translation>{kind}

{message}

(kode: {code})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The second prompt cannot be used: {reason}</source>
        <translation>Prompt kedua tidak bisa dipakai: {reason}</translation>
    </message>
    <message>
        <source>The requests for &quot;{model}&quot; did not pass the check, so nothing was sent. Check the model name.</source>
        <translation>Permintaan untuk &quot;{model}&quot; tidak lolos pemeriksaan, jadi tidak ada yang dikirim. Periksa nama modelnya.</translation>
    </message>
    <message>
        <source>The answers of this comparison have not been downloaded yet. They are fetched automatically when each job finishes.</source>
        <translation>Jawaban perbandingan ini belum diunduh. Jawaban diambil otomatis saat setiap pekerjaan selesai.</translation>
    </message>
    <message>
        <source>Not submitted: this job may cost up to {cost} ({requests} requests, {input_tokens} input tokens, up to {output_tokens} output tokens), above your spending cap of {cap} per job. Lower max_tokens, split the file, or raise the cap in Settings.</source>
        <translation>Tidak dikirim: tugas ini bisa menghabiskan hingga {cost} ({requests} permintaan, {input_tokens} token masukan, hingga {output_tokens} token keluaran), melebihi batas pengeluaran Anda sebesar {cap} per tugas. Turunkan max_tokens, pecah berkasnya, atau naikkan batas di Pengaturan.</translation>
    </message>
    <message>
        <source>Not submitted: your spending cap is {cap} per job, and the upper end of this job&apos;s cost cannot be estimated ({reasons}). Bound it (for example set max_tokens), or raise or clear the cap in Settings.</source>
        <translation>Tidak dikirim: batas pengeluaran Anda {cap} per tugas, dan batas atas biaya tugas ini tidak dapat diperkirakan ({reasons}). Batasi (misalnya atur max_tokens), atau naikkan atau hapus batas di Pengaturan.</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>Tidak dikirim: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The key was refused by {region}. Each region has its own key — a Singapore key does not work in Beijing; check you chose the right region, then paste the key for that region again (API keys settings).</source>
        <translation>Kunci ditolak oleh {region}. Setiap region punya API key sendiri — key Singapura tidak berlaku di Beijing; pastikan region yang dipilih benar, lalu tempel lagi key untuk region itu (pengaturan API key).</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. The server said: {said}. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} menerima key, tetapi akunnya tidak diizinkan melakukan tindakan ini. Kata server: {said}. Pastikan Model Studio (dan inferensi batch) aktif untuk akun tersebut dan workspace key punya akses, atau tanyakan pemilik akun.</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} menerima key, tetapi akunnya tidak diizinkan melakukan tindakan ini. Pastikan Model Studio (dan inferensi batch) aktif untuk akun tersebut dan workspace key punya akses, atau tanyakan pemilik akun.</translation>
    </message>
    <message>
        <source>{what} was not found on {region}. Batches can only be looked up for {days} days after they were created; it may also belong to another region or have been deleted.</source>
        <translation>{what} tidak ditemukan di {region}. Batch hanya bisa dicari dalam {days} hari setelah dibuat; mungkin juga milik region lain atau sudah dihapus.</translation>
    </message>
    <message>
        <source>{region} rejected the request: {said}. Fix the problem it names, then try again.</source>
        <translation>{region} menolak permintaan: {said}. Perbaiki masalah yang disebutkan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). The server said: {said}. Wait a minute and try again.</source>
        <translation>{region} sedang sibuk atau akun mengirim terlalu banyak permintaan (batas laju). Kata server: {said}. Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). Wait a minute and try again.</source>
        <translation>{region} sedang sibuk atau akun mengirim terlalu banyak permintaan (batas laju). Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>{region} had an internal problem (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{region} mengalami masalah internal (HTTP {status}). Biasanya hanya sementara: coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>{region} had an internal problem. This is usually temporary: try again in a few minutes.</source>
        <translation>{region} mengalami masalah internal. Biasanya hanya sementara: coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Could not reach {region}: {reason}. Check the internet connection (and any proxy or VPN), then try again.</source>
        <translation>Tidak dapat menghubungi {region}: {reason}. Periksa koneksi internet (dan proxy atau VPN), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server for {region} answered in an unexpected way: {what}. Check that the base URL points at an OpenAI-compatible Batch API (it usually ends in /v1).</source>
        <translation>Server untuk {region} menjawab dengan cara yang tidak terduga: {what}. Periksa apakah base URL mengarah ke Batch API yang kompatibel dengan OpenAI (biasanya berakhiran /v1).</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch: {reason}. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>Kami belum bisa memastikan apakah {region} membuat batch ini: {reason}. Jangan kirim berkas ini lagi — bisa berjalan dan ditagih dua kali; aplikasi memeriksa setiap menit dan menampilkan batch begitu layanan mencantumkannya.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to {region}: {kind}. Try again; if it keeps happening, send the log file to support.</source>
        <translation>Terjadi masalah saat berkomunikasi dengan {region}: {kind}. Coba lagi; jika terus terjadi, kirim file log ke dukungan.</translation>
    </message>
    <message>
        <source>The tokens were not counted: the token counter stopped before it finished, so the cost is unknown. Try again; if it happens again, restart Batch Desk.</source>
        <translation>Token tidak terhitung: penghitung token berhenti sebelum selesai, jadi biayanya tidak diketahui. Coba lagi; jika terjadi lagi, mulai ulang Batch Desk.</translation>
    </message>
    <message>
        <source>Not exported: an Excel sheet holds at most {limit} rows, and these answers need {rows} (with the header row). Nothing was written. Export them as CSV instead: it has no row limit.</source>
        <translation>Tidak diekspor: satu lembar Excel memuat paling banyak {limit} baris, sedangkan jawaban ini memerlukan {rows} baris (termasuk baris judul). Tidak ada yang ditulis. Ekspor sebagai CSV saja: CSV tidak punya batas baris.</translation>
    </message>
    <message>
        <source>{waiting} of the {parts} parts have no downloaded answers yet; they are fetched when each part finishes.</source>
        <translation>{waiting} dari {parts} bagian belum punya jawaban yang diunduh; jawaban diambil saat setiap bagian selesai.</translation>
    </message>
    <message>
        <source>{sentences}</source>
        <translation>{sentences}</translation>
    </message>
    <message>
        <source>That is the spreadsheet the requests were made from; the app never overwrites it. Choose another name.</source>
        <translation>Itu spreadsheet asal permintaan dibuat; aplikasi tidak pernah menimpanya. Pilih nama lain.</translation>
    </message>
    <message>
        <source>The file to upload did not pass the check. Check the problems and try again.</source>
        <translation>File yang akan diunggah tidak lolos pemeriksaan. Periksa masalahnya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The requests kept changing while they were being checked. Try again.</source>
        <translation>Permintaan terus berubah selama diperiksa. Coba lagi.</translation>
    </message>
    <message>
        <source>This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>File ini {kind}, bukan tabel. Buka file teks CSV, TSV, atau TXT, atau buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>File ini tidak tampak seperti teks dalam encoding apa pun yang dikenal aplikasi. Buka file teks CSV, TSV, atau TXT, atau buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or an Excel or LibreOffice workbook.</source>
        <translation>{name} adalah arsip zip, bukan tabel yang bisa dibaca aplikasi ini. Buka file teks CSV, TSV, atau TXT, atau buku kerja Excel atau LibreOffice.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (it may be damaged or password-protected). Open it in Excel and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{name} tidak dapat dibaca sebagai buku kerja Excel (mungkin rusak atau dilindungi kata sandi). Buka di Excel dan simpan lagi sebagai &quot;Excel Workbook (.xlsx)&quot; atau &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an {kind} (it may be damaged or password-protected). Open it in Excel or LibreOffice and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{name} tidak dapat dibaca sebagai {kind} (mungkin rusak atau dilindungi kata sandi). Buka di Excel atau LibreOffice dan simpan lagi sebagai &quot;Excel Workbook (.xlsx)&quot; atau &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Choose the file that holds your data.</source>
        <translation>{name} kosong (0 byte). Pilih file yang berisi data Anda.</translation>
    </message>
    <message>
        <source>{name} holds no text (only empty lines or spaces). Choose the file with your data.</source>
        <translation>{name} tidak berisi teks (hanya baris kosong atau spasi). Pilih file yang berisi data Anda.</translation>
    </message>
    <message>
        <source>{name} holds no cells. Choose the file with your data.</source>
        <translation>{name} tidak berisi sel. Pilih file yang berisi data Anda.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Buku kerja {name} tidak punya lembar.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; of {name} is empty. Choose the sheet with your data.</source>
        <translation>Lembar &quot;{sheet}&quot; di {name} kosong. Pilih lembar yang berisi data Anda.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns. Check that row for a missing or extra separator, or a quote that is not closed.</source>
        <translation>Baris {row} berisi {cells} sel tetapi tabel punya {columns} kolom. Periksa baris itu: mungkin ada pemisah yang hilang atau berlebih, atau tanda kutip yang tidak ditutup.</translation>
    </message>
    <message>
        <source>Line {line} of the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>Baris {line} file berisi byte yang tidak valid dalam {encoding}. Pilih encoding lain (pratinjau menunjukkan mana yang membuat teks terbaca), atau simpan ulang file sebagai UTF-8.</translation>
    </message>
    <message>
        <source>Near row {row}, the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>Di sekitar baris {row}, file berisi byte yang tidak valid dalam {encoding}. Pilih encoding lain (pratinjau menunjukkan mana yang membuat teks terbaca), atau simpan ulang file sebagai UTF-8.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows. Choose one from the list.</source>
        <translation>&quot;{encoding}&quot; bukan encoding yang dikenal aplikasi ini. Pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Row {row} cannot be split into cells: {detail}. Usually a quote (&quot;) in a cell is not closed; fix that row in Excel or a text editor and try again.</source>
        <translation>Baris {row} tidak bisa dipecah menjadi sel: {detail}. Biasanya ada tanda kutip (&quot;) dalam sel yang tidak ditutup; perbaiki baris itu di Excel atau editor teks lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>File {path} tidak ditemukan. Mungkin sudah dipindah, diganti nama, atau dihapus.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {reason}.</source>
        <translation>File {path} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a file inside it.</source>
        <translation>{path} adalah folder, bukan file. Pilih file di dalamnya.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: permission denied, or another program (often Excel) has it locked. Close it there, or copy the file, and try again.</source>
        <translation>File {name} tidak dapat dibuka: izin ditolak, atau program lain (sering Excel) menguncinya. Tutup di sana, atau salin filenya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be opened: permission denied, or another program has it locked. Close it there, or copy the file, and try again.</source>
        <translation>Buku kerja {name} tidak dapat dibuka: izin ditolak, atau program lain menguncinya. Tutup di sana, atau salin filenya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This workbook was closed. Open the file again.</source>
        <translation>Buku kerja ini sudah ditutup. Buka lagi filenya.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. Choose a saved CSV, TSV, TXT or Excel file.</source>
        <translation>{path} bukan file biasa (melainkan perangkat, pipe, atau socket), sehingga tidak bisa dibaca sebagai tabel. Pilih file CSV, TSV, TXT, atau Excel yang sudah disimpan.</translation>
    </message>
    <message>
        <source>{name} is not read: one part of it would grow from {stored_mb} MB to {size_mb} MB when opened, far more than any real spreadsheet. It may be damaged or built to overload the computer. Open it in Excel and save it again, or save it as CSV UTF-8 and open that file.</source>
        <translation>{name} tidak dibaca: salah satu bagiannya akan membengkak dari {stored_mb} MB menjadi {size_mb} MB saat dibuka, jauh melebihi spreadsheet sungguhan. File ini mungkin rusak atau dibuat untuk membebani komputer. Buka di Excel lalu simpan ulang, atau simpan sebagai CSV UTF-8 lalu buka file itu.</translation>
    </message>
    <message>
        <source>{name} would take {size_mb} MB once opened; the app reads workbooks up to {max_mb} MB opened. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>{name} akan memakan {size_mb} MB setelah dibuka; aplikasi ini membaca workbook hingga {max_mb} MB setelah dibuka. Di Excel gunakan &quot;Save As&quot; → &quot;CSV UTF-8&quot; lalu buka file itu: file CSV sebesar apa pun dibaca sedikit demi sedikit.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the sheet &quot;{sheet}&quot; holds more than {max_mb} MB of text; one request can be at most that long, so the file was not read further. Shorten that cell.</source>
        <translation>Baris {row}, kolom {column} pada sheet &quot;{sheet}&quot; berisi teks lebih dari {max_mb} MB; satu permintaan paling panjang sebesar itu, jadi file tidak dibaca lebih lanjut. Perpendek sel tersebut.</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>Buku kerja ini berukuran {size_mb} MB; aplikasi membaca buku kerja sampai {max_mb} MB. Di Excel gunakan &quot;Simpan Sebagai&quot; → &quot;CSV UTF-8&quot; lalu buka file itu: file CSV sebesar apa pun dibaca sedikit demi sedikit.</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. Save the sheet as &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>Buku kerja ini berukuran {size_mb} MB; aplikasi membaca buku kerja sampai {max_mb} MB. Simpan lembarnya sebagai &quot;CSV UTF-8&quot; lalu buka file itu: file CSV sebesar apa pun dibaca sedikit demi sedikit.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation>Buku kerja tidak punya lembar bernama &quot;{sheet}&quot;. Lembarnya: {sheets}.</translation>
    </message>
    <message>
        <source>The list limit (100 calls a minute) is reached; try again in a minute.</source>
        <translation>Batas pengambilan daftar (100 panggilan per menit) tercapai; coba lagi dalam satu menit.</translation>
    </message>
    <message>
        <source>The export stopped: one of its helper processes ended unexpectedly (exit code {code}), perhaps for lack of memory. Nothing was written. Close other programs, then export again.</source>
        <translation>Ekspor dihentikan: salah satu proses pembantunya berhenti tiba-tiba (kode keluar {code}), mungkin karena memori tidak cukup. Tidak ada yang ditulis. Tutup program lain, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The job list was written by a newer version of Batch Desk. Update the app to open it.</source>
        <translation>Daftar tugas ditulis oleh versi Batch Desk yang lebih baru. Perbarui aplikasi untuk membukanya.</translation>
    </message>
    <message>
        <source>The job list file is in use by another program and could not be opened: {path}. Nothing was changed. Close any other Batch Desk window (or the program using that file) and try again.</source>
        <translation>File daftar tugas sedang dipakai program lain dan tidak bisa dibuka: {path}. Tidak ada yang diubah. Tutup jendela Batch Desk lain (atau program yang memakai file itu) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. A copy of it was saved as {copy}. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>File daftar tugas rusak dan tidak bisa dibuka: {path}. Tidak ada yang diubah atau dihapus. Salinannya disimpan sebagai {copy}. Tutup aplikasi, ganti nama atau pindahkan file itu, lalu mulai lagi untuk memulai daftar tugas baru; batch yang sudah dikirim tetap ada di server (selama 30 hari) dan bisa diimpor lagi dari sana.</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>File daftar tugas rusak dan tidak bisa dibuka: {path}. Tidak ada yang diubah atau dihapus. Tutup aplikasi, ganti nama atau pindahkan file itu, lalu mulai lagi untuk memulai daftar tugas baru; batch yang sudah dikirim tetap ada di server (selama 30 hari) dan bisa diimpor lagi dari sana.</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}, {when}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>File yang persis sama sudah dikirim ke region ini sebagai &quot;{name}&quot; ({batch_ref}, {status}, {when}). Mengirimnya lagi akan menjalankan — dan menagih — setiap permintaan untuk kedua kalinya; jawabannya ada di tab Tugas dan hasil.</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>File yang persis sama sudah dikirim ke region ini sebagai &quot;{name}&quot; ({batch_ref}, {status}). Mengirimnya lagi akan menjalankan — dan menagih — setiap permintaan untuk kedua kalinya; jawabannya ada di tab Tugas dan hasil.</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}” ({when}), and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>File yang persis sama baru saja dikirim ke region ini sebagai &quot;{job_name}&quot; ({when}), dan kami belum bisa memastikan apakah layanan sudah membuat batch itu. Jangan kirim lagi — bisa berjalan dan ditagih dua kali; aplikasi memeriksa setiap menit dan tab Tugas dan hasil menampilkan batch itu begitu layanan mencantumkannya.</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}”, and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>File yang persis sama baru saja dikirim ke region ini sebagai &quot;{job_name}&quot;, dan kami belum bisa memastikan apakah layanan sudah membuat batch itu. Jangan kirim lagi — bisa berjalan dan ditagih dua kali; aplikasi memeriksa setiap menit dan tab Tugas dan hasil menampilkan batch itu begitu layanan mencantumkannya.</translation>
    </message>
    <message>
        <source>This batch ended ({status}) without result files, so there is nothing to download.</source>
        <translation>Batch ini berakhir ({status}) tanpa file hasil, jadi tidak ada yang bisa diunduh.</translation>
    </message>
    <message>
        <source>This batch is not finished yet (status: {status}). Results can be downloaded once it has completed.</source>
        <translation>Batch ini belum selesai (status: {status}). Hasil bisa diunduh setelah selesai.</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.</source>
        <translation>Jawaban tugas ini belum diunduh. Jawaban diambil otomatis saat tugas selesai.</translation>
    </message>
    <message>
        <source>Every request of this job already has a successful answer: there is nothing to re-run.</source>
        <translation>Setiap permintaan tugas ini sudah punya jawaban yang berhasil: tidak ada yang perlu dijalankan ulang.</translation>
    </message>
    <message>
        <source>The answers of this job are not downloaded yet, so its files stay on the server.</source>
        <translation>Jawaban tugas ini belum diunduh, jadi file-nya tetap di server.</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer (or its input file moved), so its requests are not here to put the answers next to. {reason}</source>
        <translation>Tugas ini tidak dikirim dari komputer ini (atau file input-nya dipindahkan), jadi permintaannya tidak ada di sini untuk disandingkan dengan jawabannya. {reason}</translation>
    </message>
    <message>
        <source>No job belongs to this group.</source>
        <translation>Tidak ada tugas dalam grup ini.</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to download.</source>
        <translation>Tugas ini tidak pernah dibuat di server, jadi tidak ada yang bisa diunduh.</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to re-run.</source>
        <translation>Tugas ini tidak pernah dibuat di server, jadi tidak ada yang bisa dijalankan ulang.</translation>
    </message>
    <message>
        <source>This job was never created on the server, so it has no files there.</source>
        <translation>Tugas ini tidak pernah dibuat di server, jadi tidak punya file di sana.</translation>
    </message>
    <message>
        <source>This job already ended ({status}); there is nothing to cancel.</source>
        <translation>Tugas ini sudah berakhir ({status}); tidak ada yang perlu dibatalkan.</translation>
    </message>
    <message>
        <source>This job is already being cancelled.</source>
        <translation>Tugas ini sedang dibatalkan.</translation>
    </message>
    <message>
        <source>This job is still running; its files stay on the server until it ends.</source>
        <translation>Tugas ini masih berjalan; file-nya tetap di server sampai tugas selesai.</translation>
    </message>
    <message>
        <source>The answers of this job are already downloaded.</source>
        <translation>Jawaban tugas ini sudah diunduh.</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer, so its requests are not here.</source>
        <translation>Tugas ini tidak dikirim dari komputer ini, jadi permintaannya tidak ada di sini.</translation>
    </message>
    <message>
        <source>The files of this job were already deleted from the server.</source>
        <translation>File tugas ini sudah dihapus dari server.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the service made this batch; the app checks every minute. It can be submitted again only once it shows as not created.</source>
        <translation>Kami belum bisa memastikan apakah layanan membuat batch ini; aplikasi memeriksa setiap menit. Tugas ini baru dapat dikirim ulang setelah tampil sebagai tidak dibuat.</translation>
    </message>
    <message>
        <source>This job is being submitted right now.</source>
        <translation>Tugas ini sedang dikirim.</translation>
    </message>
    <message>
        <source>This job was created on the server; submitting its file again would bill it a second time.</source>
        <translation>Tugas ini sudah dibuat di server; mengirim berkasnya lagi akan ditagih untuk kedua kalinya.</translation>
    </message>
    <message>
        <source>The requests file of this job changed or is gone since it was submitted ({path}). Open it in the first tab, check it, and submit it from there.</source>
        <translation>Berkas permintaan tugas ini berubah atau hilang sejak dikirim ({path}). Buka di tab pertama, periksa, lalu kirim dari sana.</translation>
    </message>
    <message>
        <source>This job was already submitted again; see the newest job in the list.</source>
        <translation>Tugas ini sudah dikirim ulang; lihat tugas terbaru di daftar.</translation>
    </message>
    <message>
        <source>A re-run of this job has not finished (or its answers are not downloaded yet). Wait for it: re-running now could send the same requests twice.</source>
        <translation>Jalankan ulang tugas ini belum selesai (atau jawabannya belum diunduh). Tunggu: menjalankan ulang sekarang bisa mengirim permintaan yang sama dua kali.</translation>
    </message>
    <message>
        <source>The requests of this job are not on this computer, so they cannot be sent again. {reason}</source>
        <translation>Permintaan tugas ini tidak ada di komputer ini, jadi tidak bisa dikirim lagi. {reason}</translation>
    </message>
    <message>
        <source>The sandbox is not running. Restart the app to start it again.</source>
        <translation>Sandbox tidak berjalan. Mulai ulang aplikasi untuk menjalankannya lagi.</translation>
    </message>
    <message>
        <source>This file still has problems marked as errors. Fix them, then submit again.</source>
        <translation>File ini masih punya masalah yang ditandai sebagai kesalahan. Perbaiki, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to cancel.</source>
        <translation>Tugas ini tidak pernah dibuat di server, jadi tidak ada yang perlu dibatalkan.</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. Wait for it to finish.</source>
        <translation>Jawaban tugas ini belum diunduh. Tunggu sampai selesai.</translation>
    </message>
    <message>
        <source>This file fits in one batch, or still has errors a split does not fix.</source>
        <translation>File ini muat dalam satu batch, atau masih punya kesalahan yang tidak teratasi dengan pemisahan.</translation>
    </message>
    <message>
        <source>There is no readable request to try: fix the lines marked as not valid JSON first.</source>
        <translation>Tidak ada permintaan yang bisa dibaca untuk dicoba: perbaiki dulu baris yang ditandai bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>Base URL harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys are kept only until the app closes; you will need to paste them again next time.</source>
        <translation>Tidak ada keychain sistem di komputer ini, jadi key hanya disimpan sampai aplikasi ditutup; Anda perlu menempelnya lagi lain kali.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they are kept only until the app closes.</source>
        <translation>Keychain sistem terkunci. Buka kuncinya (atau masuk lagi) agar key bisa disimpan; sampai saat itu key hanya disimpan sampai aplikasi ditutup.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem, so keys are kept only until the app closes. Restarting the computer or unlocking the keychain usually helps.</source>
        <translation>Keychain sistem melaporkan masalah, jadi key hanya disimpan sampai aplikasi ditutup. Memulai ulang komputer atau membuka kunci keychain biasanya membantu.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Disimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>File diawali tanda urutan byte UTF-8.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-32 byte-order mark.</source>
        <translation>File diawali tanda urutan byte UTF-32.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte-order mark.</source>
        <translation>File diawali tanda urutan byte UTF-16.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte-order mark.</source>
        <translation>File tampaknya teks UTF-16 tanpa tanda urutan byte.</translation>
    </message>
    <message>
        <source>The text is plain ASCII, which reads the same in UTF-8.</source>
        <translation>Teks berupa ASCII murni, yang terbaca sama dalam UTF-8.</translation>
    </message>
    <message>
        <source>Every byte is valid UTF-8.</source>
        <translation>Setiap byte adalah UTF-8 yang valid.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads best as {encoding} ({confidence} sure).</source>
        <translation>Teks bukan UTF-8; paling baik dibaca sebagai {encoding} (yakin {confidence}).</translation>
    </message>
    <message>
        <source>The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>Teks bukan UTF-8; {encoding} adalah encoding pertama yang bisa membacanya. Periksa pratinjau dan pilih encoding lain jika teksnya tampak salah.</translation>
    </message>
    <message>
        <source>Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so.</source>
        <translation>Sebagian besar baris berformat UTF-8; setiap baris lainnya dibaca dengan encoding yang paling cocok, dan barisnya menyebutkan hal itu.</translation>
    </message>
    <message>
        <source>{count} extra answer(s) for requests this job never sent; they are not counted or shown.</source>
        <translation>Ada {count} jawaban tambahan untuk permintaan yang tidak pernah dikirim tugas ini; jawaban itu tidak dihitung dan tidak ditampilkan.</translation>
    </message>
    <message>
        <source>{count} request(s) were answered more than once; the first answer of each is kept.</source>
        <translation>{count} permintaan dijawab lebih dari sekali; untuk setiap permintaan, jawaban pertama yang disimpan.</translation>
    </message>
    <message>
        <source>Upload failed: {message}</source>
        <translation>Unggahan gagal: {message}</translation>
    </message>
    <message>
        <source>The service now uses this job&apos;s id for another job, so this job&apos;s state can no longer be refreshed. Answers already downloaded are kept.</source>
        <translation>Layanan kini memakai ID tugas ini untuk tugas lain, sehingga status tugas ini tidak bisa diperbarui lagi. Jawaban yang sudah diunduh tetap disimpan.</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its characters fit the first better). Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>Teks ini bukan UTF-8; teks terbaca sebagai {encoding} (bisa juga dibaca sebagai {alternative}, tetapi karakternya lebih cocok dengan yang pertama). Periksa pratinjau dan pilih encoding lain jika teks tampak salah.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Dipilih oleh Anda.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; you will need to enter it again after a restart.</source>
        <translation>Disimpan di memori untuk sesi ini saja; Anda perlu memasukkannya lagi setelah memulai ulang.</translation>
    </message>
    <message>
        <source>The job &quot;{name}&quot; is no longer on the server (jobs are kept 30 days). Answers already downloaded stay here.</source>
        <translation>Tugas &quot;{name}&quot; sudah tidak ada di server (tugas disimpan 30 hari). Jawaban yang sudah diunduh tetap ada di sini.</translation>
    </message>
    <message>
        <source>Job &quot;{name}&quot;: {message}</source>
        <translation>Tugas &quot;{name}&quot;: {message}</translation>
    </message>
    <message>
        <source>There is no API key for {region} yet. Press API keys…, paste the key for this region and press Save — or switch to the Sandbox to try the app without one.</source>
        <translation>Belum ada API key untuk {region}. Tekan API key…, tempel key untuk region ini lalu tekan Simpan — atau beralih ke Sandbox untuk mencoba aplikasi tanpa key.</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Input tokens: about {tokens} (this model uses another tokenizer)</source>
        <translation>Token masukan: sekitar {tokens} (model ini memakai tokenizer lain)</translation>
    </message>
    <message>
        <source>Input tokens: {tokens} (exact)</source>
        <translation>Token masukan: {tokens} (tepat)</translation>
    </message>
    <message>
        <source>{count} image/video parts not counted</source>
        <translation>{count} bagian gambar/video tidak dihitung</translation>
    </message>
    <message>
        <source>output tokens: {low} to {high}</source>
        <translation>token keluaran: {low} sampai {high}</translation>
    </message>
    <message>
        <source>thinking on: thinking tokens are billed as output</source>
        <translation>mode berpikir aktif: token berpikir ditagih sebagai keluaran</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>mode berpikir nonaktif</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: free&lt;/b&gt; (the test model is not billed)</source>
        <translation>&lt;b&gt;Biaya: gratis&lt;/b&gt; (model uji tidak ditagih)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: none&lt;/b&gt; — the sandbox is simulated and bills nothing</source>
        <translation>&lt;b&gt;Biaya: tidak ada&lt;/b&gt; — sandbox hanya simulasi dan tidak menagih apa pun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: unknown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biaya dengan harga batch: tidak diketahui&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: {low} to {high}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biaya dengan harga batch: {low} sampai {high}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Prices as listed on {page} on {date}; batch = 50 % of real-time.</source>
        <translation>Harga sebagaimana tercantum di {page} pada {date}; batch = 50 % dari harga real-time.</translation>
    </message>
    <message>
        <source>Unknown: {reason}.</source>
        <translation>Tidak diketahui: {reason}.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>nothing is billed (simulated)</source>
        <translation>tidak ada yang ditagih (simulasi)</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} sampai {high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {requests} requests · {cost}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;: {requests} permintaan · {cost}</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>Files on the server</source>
        <translation>File di server</translation>
    </message>
    <message>
        <source>Every batch uploads its input file, and the service stores the output and error files. An account may keep at most {files} files or {gb} GB; uploads fail beyond that. Files of finished jobs whose answers are downloaded here can go.</source>
        <translation>Setiap batch mengunggah file masukannya, dan layanan menyimpan file keluaran dan kesalahan. Satu akun paling banyak menyimpan {files} file atau {gb} GB; unggahan gagal jika lebih. File tugas selesai yang jawabannya sudah diunduh di sini boleh dihapus.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region whose files are listed</source>
        <translation>Region yang file-nya ditampilkan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Reload the file list</source>
        <translation>Muat ulang daftar file</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>menampilkan daftar file</translation>
    </message>
    <message>
        <source>Counting the stored files…</source>
        <translation>Menghitung file yang tersimpan…</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Penyimpanan terpakai</translation>
    </message>
    <message>
        <source>Share of the storage limit used</source>
        <translation>Bagian batas penyimpanan yang terpakai</translation>
    </message>
    <message>
        <source>Stored files</source>
        <translation>File tersimpan</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama file</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Dipakai oleh</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Muat lagi</translation>
    </message>
    <message>
        <source>Load more files</source>
        <translation>Muat lebih banyak file</translation>
    </message>
    <message>
        <source>list more files</source>
        <translation>menampilkan lebih banyak file</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Hapus yang dipilih…</translation>
    </message>
    <message>
        <source>Delete the selected files from the server</source>
        <translation>Hapus file yang dipilih dari server</translation>
    </message>
    <message>
        <source>Delete a job&apos;s input and result files from the server once its answers are downloaded</source>
        <translation>Hapus file masukan dan hasil tugas dari server setelah jawabannya diunduh</translation>
    </message>
    <message>
        <source>Delete remote files after a successful download</source>
        <translation>Hapus file di server setelah berhasil diunduh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the files window</source>
        <translation>Tutup jendela file</translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation>menyimpan pengaturan</translation>
    </message>
    <message>
        <source>input of “{name}”</source>
        <translation>masukan &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>answers of “{name}”</source>
        <translation>jawaban &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>errors of “{name}”</source>
        <translation>kesalahan &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>count the stored files</source>
        <translation>menghitung file yang tersimpan</translation>
    </message>
    <message>
        <source>{files} of {max_files} files and {size} of {max_gb} GB used ({share} of the limit).</source>
        <translation>{files} dari {max_files} file dan {size} dari {max_gb} GB terpakai ({share} dari batas).</translation>
    </message>
    <message>
        <source>(At least: the list was too long to count to the end.)</source>
        <translation>(Setidaknya: daftarnya terlalu panjang untuk dihitung sampai habis.)</translation>
    </message>
    <message>
        <source>Delete old files: new uploads fail once a limit is reached.</source>
        <translation>Hapus file lama: unggahan baru gagal begitu batas tercapai.</translation>
    </message>
    <message>
        <source>Delete {count} selected…</source>
        <translation>Hapus {count} yang dipilih…</translation>
    </message>
    <message>
        <source>Delete {count} file(s) from the server? This cannot be undone. Answers already downloaded stay on this computer, but a job whose files are gone cannot be downloaded again from the server.</source>
        <translation>Hapus {count} file dari server? Ini tidak bisa dibatalkan. Jawaban yang sudah diunduh tetap ada di komputer ini, tetapi tugas yang file-nya sudah dihapus tidak bisa diunduh lagi dari server.</translation>
    </message>
    <message>
        <source>Used by: {jobs}</source>
        <translation>Dipakai oleh: {jobs}</translation>
    </message>
    <message>
        <source>Delete files from the server?</source>
        <translation>Hapus file dari server?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Simpan saja</translation>
    </message>
    <message>
        <source>delete the files</source>
        <translation>menghapus file</translation>
    </message>
    <message>
        <source>{count} file(s) could not be deleted: {reason}</source>
        <translation>{count} file tidak bisa dihapus: {reason}</translation>
    </message>
    <message>
        <source>Deleted {count} file(s) from the server.</source>
        <translation>{count} file dihapus dari server.</translation>
    </message>
</context>
<context>
    <name>Fragments</name>
    <message>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <translation>sepotong teks</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>nilai true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>sebuah angka</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>sebuah objek</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>an Excel workbook or a zip archive</source>
        <translation>buku kerja Excel atau arsip zip</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office file</source>
        <translation>buku kerja Excel lama (.xls) atau file Office lain</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>file terkompresi (gzip)</translation>
    </message>
    <message>
        <source>a compressed (7z) archive</source>
        <translation>arsip terkompresi (7z)</translation>
    </message>
    <message>
        <source>a compressed (RAR) archive</source>
        <translation>arsip terkompresi (RAR)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>arsip RAR</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>gambar BMP</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>file media</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>sebuah program</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>program Windows</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>sebuah basis data</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>file biner</translation>
    </message>
    <message>
        <source>old Excel 97-2003 workbook (.xls)</source>
        <translation>buku kerja Excel 97-2003 lama (.xls)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>spreadsheet OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>It starts with an invisible byte-order mark — were two files pasted together?</source>
        <translation>Baris ini diawali tanda urutan byte (BOM) yang tidak terlihat — apakah dua file tergabung?</translation>
    </message>
    <message>
        <source>It looks like part of a pretty-printed JSON file; each request must be on one line.</source>
        <translation>Sepertinya ini bagian dari file JSON yang diformat rapi; setiap permintaan harus berada dalam satu baris.</translation>
    </message>
    <message>
        <source>Check for a missing quote, comma or bracket.</source>
        <translation>Periksa apakah ada tanda kutip, koma, atau kurung yang hilang.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>embedding</translation>
    </message>
    <message>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt sistem</translation>
    </message>
    <message>
        <source>image column</source>
        <translation>kolom gambar</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>koneksi gagal</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>server tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>the connection was refused (is the server running and the address right?)</source>
        <translation>koneksi ditolak (apakah server berjalan dan alamatnya benar?)</translation>
    </message>
    <message>
        <source>the server name could not be found (is the address right?)</source>
        <translation>nama server tidak ditemukan (apakah alamatnya benar?)</translation>
    </message>
    <message>
        <source>no connection could be made (is the address right, and is the server up?)</source>
        <translation>koneksi tidak dapat dibuat (apakah alamatnya benar dan server aktif?)</translation>
    </message>
    <message>
        <source>the connection was cut off before the answer was complete</source>
        <translation>koneksi terputus sebelum jawaban lengkap</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>koneksi diatur ulang</translation>
    </message>
    <message>
        <source>the download was cut off before it was complete</source>
        <translation>unduhan terputus sebelum selesai</translation>
    </message>
    <message>
        <source>the download is too slow to finish (the server sends almost nothing)</source>
        <translation>unduhan terlalu lambat untuk selesai (server hampir tidak mengirim apa pun)</translation>
    </message>
    <message>
        <source>the server gave up waiting</source>
        <translation>server berhenti menunggu</translation>
    </message>
    <message>
        <source>the download stopped: the server sent nothing for {seconds} seconds</source>
        <translation>unduhan berhenti: server tidak mengirim apa pun selama {seconds} detik</translation>
    </message>
    <message>
        <source>the answer did not have the expected fields</source>
        <translation>jawaban tidak berisi kolom yang diharapkan</translation>
    </message>
    <message>
        <source>the answer was not JSON</source>
        <translation>jawaban bukan JSON</translation>
    </message>
    <message>
        <source>the {call} answer was not JSON ({kind})</source>
        <translation>jawaban {call} bukan JSON ({kind})</translation>
    </message>
    <message>
        <source>the upload answer has no file id</source>
        <translation>jawaban unggahan tidak berisi ID file</translation>
    </message>
    <message>
        <source>this server has no file list (HTTP 404)</source>
        <translation>server ini tidak punya daftar file (HTTP 404)</translation>
    </message>
    <message>
        <source>the file list is not in the expected format</source>
        <translation>daftar file tidak dalam format yang diharapkan</translation>
    </message>
    <message>
        <source>this server has no batch list (HTTP 404 for /batches)</source>
        <translation>server ini tidak punya daftar batch (HTTP 404 untuk /batches)</translation>
    </message>
    <message>
        <source>the create answer has no batch id</source>
        <translation>jawaban pembuatan tidak berisi ID batch</translation>
    </message>
    <message>
        <source>the batch list is not in the expected format</source>
        <translation>daftar batch tidak dalam format yang diharapkan</translation>
    </message>
    <message>
        <source>the batch list does not say which input file each batch used</source>
        <translation>daftar batch tidak menyebutkan file input yang dipakai setiap batch</translation>
    </message>
    <message>
        <source>too many batches to confirm the batch is absent</source>
        <translation>terlalu banyak batch untuk memastikan batch ini tidak ada</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and checking afterwards failed too</source>
        <translation>koneksi gagal setelah permintaan dikirim, dan pemeriksaan sesudahnya juga gagal</translation>
    </message>
    <message>
        <source>the server did not answer in time and may still be creating it</source>
        <translation>server tidak menjawab tepat waktu dan mungkin masih membuatnya</translation>
    </message>
    <message>
        <source>the server answered with an error after the request was sent, and does not list the batch yet</source>
        <translation>server menjawab dengan galat setelah permintaan terkirim, dan belum mencantumkan batch tersebut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The input file</source>
        <translation>File input</translation>
    </message>
    <message>
        <source>the answers are not downloaded yet</source>
        <translation>jawaban belum diunduh</translation>
    </message>
    <message>
        <source>longer than the longest listed price tier</source>
        <translation>lebih panjang dari tingkat harga terpanjang yang tercantum</translation>
    </message>
    <message>
        <source>it has errors.</source>
        <translation>ada kesalahan.</translation>
    </message>
    <message>
        <source>The upload did not finish, so no batch was created; you can submit the file again.</source>
        <translation>Unggahan tidak selesai, jadi tidak ada batch yang dibuat; Anda dapat mengirim berkas ini lagi.</translation>
    </message>
    <message>
        <source>The app stopped before it asked for the batch, so no batch was created; you can submit the file again.</source>
        <translation>Aplikasi berhenti sebelum meminta batch dibuat, jadi tidak ada batch yang dibuat; Anda dapat mengirim berkas ini lagi.</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Item tersebut</translation>
    </message>
    <message>
        <source>The batch list</source>
        <translation>Daftar batch</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>aksara Han</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>aksara Kana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>aksara Hangul</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>aksara Sirilik</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>aksara Yunani</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>aksara Arab</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>aksara Ibrani</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>aksara Thai</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>aksara Dewanagari</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 dengan BOM</translation>
    </message>
    <message>
        <source>Chinese Simplified (GBK / GB18030)</source>
        <translation>Tionghoa Sederhana (GBK / GB18030)</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>Tionghoa Tradisional (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>Jepang (Shift-JIS / CP932)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR / CP949)</source>
        <translation>Korea (EUC-KR / CP949)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Eropa Barat (Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-16 with BOM</source>
        <translation>UTF-16 dengan BOM</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>pipe (|)</source>
        <translation>garis tegak (|)</translation>
    </message>
    <message>
        <source>thinking on</source>
        <translation>berpikir: hidup</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>berpikir: mati</translation>
    </message>
    <message>
        <source>memory only (this session)</source>
        <translation>hanya memori (sesi ini)</translation>
    </message>
    <message>
        <source>this session only (no system keychain found)</source>
        <translation>hanya sesi ini (keychain sistem tidak ditemukan)</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>komputer ini</translation>
    </message>
    <message>
        <source>output columns</source>
        <translation>kolom keluaran</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Jawabannya kosong.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>Jawabannya bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object with the columns as keys.</source>
        <translation>Jawabannya JSON tetapi bukan objek dengan kolom sebagai kunci.</translation>
    </message>
    <message>
        <source>not needed: answers are simulated on this computer</source>
        <translation>tidak perlu: jawaban disimulasikan di komputer ini</translation>
    </message>
    <message>
        <source>batch id not confirmed yet</source>
        <translation>ID batch belum dipastikan</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>sebuah tugas</translation>
    </message>
    <message>
        <source>File {file_id}</source>
        <translation>File {file_id}</translation>
    </message>
    <message>
        <source>Batch {batch_id}</source>
        <translation>Batch {batch_id}</translation>
    </message>
    <message>
        <source>The upload address of {region}</source>
        <translation>Alamat unggah {region}</translation>
    </message>
    <message>
        <source>the {call} answer is not a batch object</source>
        <translation>jawaban {call} bukan objek batch</translation>
    </message>
    <message>
        <source>did you mean &quot;{name}&quot;?</source>
        <translation>maksud Anda &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Dihentikan sebelum selesai.</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>Kami belum bisa memastikan apakah {region} membuat batch ini. Jangan kirim berkas ini lagi — bisa berjalan dan ditagih dua kali; aplikasi memeriksa setiap menit dan menampilkan batch begitu layanan mencantumkannya.</translation>
    </message>
    <message>
        <source>The service has no batch from this file {minutes} minutes after the submit, so it was not created and nothing is billed. You can submit the file again.</source>
        <translation>Layanan tidak memiliki batch dari berkas ini {minutes} menit setelah pengiriman, jadi batch tidak dibuat dan tidak ada tagihan. Anda dapat mengirim berkas ini lagi.</translation>
    </message>
    <message>
        <source>The answer has no &quot;{name}&quot;.</source>
        <translation>Jawaban tidak memuat &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number.</source>
        <translation>&quot;{name}&quot; bukan angka.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number: {value}.</source>
        <translation>&quot;{name}&quot; bukan angka: {value}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not true or false: {value}.</source>
        <translation>&quot;{name}&quot; bukan benar atau salah: {value}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is {value}, which is not one of the labels ({labels}).</source>
        <translation>&quot;{name}&quot; bernilai {value}, yang bukan salah satu label ({labels}).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a list of labels: {value}.</source>
        <translation>&quot;{name}&quot; bukan daftar label: {value}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {value}, which is not one of the labels ({labels}).</source>
        <translation>&quot;{name}&quot; memuat {value}, yang bukan salah satu label ({labels}).</translation>
    </message>
    <message>
        <source>no price is known for {model} in {region}</source>
        <translation>harga {model} di {region} tidak diketahui</translation>
    </message>
    <message>
        <source>{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)</source>
        <translation>{count} permintaan lebih panjang dari tingkat harga terpanjang yang tercantum ({tokens} token masukan)</translation>
    </message>
    <message>
        <source>the price of thinking output is not listed</source>
        <translation>harga keluaran berpikir tidak tercantum</translation>
    </message>
    <message>
        <source>the variants are priced in different currencies ({currencies})</source>
        <translation>varian-varian dihargai dalam mata uang berbeda ({currencies})</translation>
    </message>
    <message>
        <source>the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it</source>
        <translation>batas atas: mode berpikir tidak dibatasi oleh max_tokens; atur thinking_budget (dan max_tokens) untuk membatasinya</translation>
    </message>
    <message>
        <source>the upper end: set max_tokens (the model&apos;s maximum output is not in our list)</source>
        <translation>batas atas: atur max_tokens (keluaran maksimum model ini tidak ada di daftar kami)</translation>
    </message>
    <message>
        <source>the upper end</source>
        <translation>batas atas</translation>
    </message>
    <message>
        <source>The vendor&apos;s Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch use; free quota, other savings plans and context cache do not apply to batch.</source>
        <translation>Halaman vendor berbahasa Jepang dan Indonesia menyebutkan bahwa savings plan AI serba guna dapat mencakup penggunaan batch; kuota gratis, savings plan lain, dan context cache tidak berlaku untuk batch.</translation>
    </message>
    <message>
        <source>The input file {path} is not there any more, so answers are listed without their requests and missing requests cannot be found. Put the file back to see them.</source>
        <translation>File input {path} sudah tidak ada, jadi jawaban ditampilkan tanpa permintaannya dan permintaan yang hilang tidak bisa ditemukan. Kembalikan file itu untuk melihatnya.</translation>
    </message>
    <message>
        <source>The original table {path} could not be read ({detail}); answers are shown without its columns.</source>
        <translation>Tabel asli {path} tidak bisa dibaca ({detail}); jawaban ditampilkan tanpa kolomnya.</translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Created on the server</source>
        <translation>Dibuat di server</translation>
    </message>
    <message>
        <source>Started running</source>
        <translation>Mulai berjalan</translation>
    </message>
    <message>
        <source>Finishing since</source>
        <translation>Menyelesaikan sejak</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Pembatalan diminta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Completion window closes</source>
        <translation>Batas waktu berakhir</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Buka hasil</translation>
    </message>
    <message>
        <source>Open the results of the selected job</source>
        <translation>Buka hasil tugas yang dipilih</translation>
    </message>
    <message>
        <source>Your rows next to their answers, in input order (double-click a job does the same)</source>
        <translation>Baris Anda di samping jawabannya, sesuai urutan masukan (klik ganda tugas juga sama)</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>Ekspor CSV untuk Excel…</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Ekspor jawaban sebagai CSV</translation>
    </message>
    <message>
        <source>Answers next to your requests, in input order (Ctrl+E)</source>
        <translation>Jawaban di samping permintaan Anda, sesuai urutan masukan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>Jalankan ulang yang gagal + hilang</translation>
    </message>
    <message>
        <source>Re-run the failed and missing requests</source>
        <translation>Jalankan ulang permintaan yang gagal dan hilang</translation>
    </message>
    <message>
        <source>One new job with exactly the requests that failed or got no answer; its answers merge in.</source>
        <translation>Satu tugas baru berisi tepat permintaan yang gagal atau tidak dijawab; jawabannya digabungkan.</translation>
    </message>
    <message>
        <source>Download answers now</source>
        <translation>Unduh jawaban sekarang</translation>
    </message>
    <message>
        <source>Download the answers of the selected job</source>
        <translation>Unduh jawaban tugas yang dipilih</translation>
    </message>
    <message>
        <source>Answers are downloaded automatically when a job ends; this fetches them now.</source>
        <translation>Jawaban diunduh otomatis saat tugas berakhir; tombol ini mengambilnya sekarang.</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Batalkan tugas…</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Batalkan tugas yang dipilih</translation>
    </message>
    <message>
        <source>Requests that already finished are still billed.</source>
        <translation>Permintaan yang sudah selesai tetap ditagih.</translation>
    </message>
    <message>
        <source>Delete files on server…</source>
        <translation>Hapus file di server…</translation>
    </message>
    <message>
        <source>Delete the selected job&apos;s files from the server</source>
        <translation>Hapus file tugas yang dipilih dari server</translation>
    </message>
    <message>
        <source>Frees the account&apos;s storage; the downloaded answers stay on this computer.</source>
        <translation>Mengosongkan penyimpanan akun; jawaban yang sudah diunduh tetap ada di komputer ini.</translation>
    </message>
    <message>
        <source>Copy batch ID</source>
        <translation>Salin ID batch</translation>
    </message>
    <message>
        <source>Copy the batch ID</source>
        <translation>Salin ID batch</translation>
    </message>
    <message>
        <source>For support requests and the web console</source>
        <translation>Untuk permintaan dukungan dan konsol web</translation>
    </message>
    <message>
        <source>Open results folder</source>
        <translation>Buka folder hasil</translation>
    </message>
    <message>
        <source>Open the folder with the downloaded answer files</source>
        <translation>Buka folder berisi file jawaban yang diunduh</translation>
    </message>
    <message>
        <source>The raw output and error files as the service sent them</source>
        <translation>File keluaran dan kesalahan mentah seperti yang dikirim layanan</translation>
    </message>
    <message>
        <source>Re-run 99,999 failed + missing</source>
        <translation>Jalankan ulang 99.999 yang gagal + hilang</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detail tugas</translation>
    </message>
    <message>
        <source>Select a job to see its details and what you can do with it.</source>
        <translation>Pilih tugas untuk melihat detailnya dan apa yang bisa Anda lakukan.</translation>
    </message>
    <message>
        <source>↳ Re-run of “{name}”: its answers merge into that job&apos;s results.</source>
        <translation>↳ Jalankan ulang dari &quot;{name}&quot;: jawabannya digabung ke hasil tugas itu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt;. {verdict}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;. {verdict}</translation>
    </message>
    <message>
        <source>{total} in the file, none sent to the server</source>
        <translation>{total} dalam file, tidak ada yang dikirim ke server</translation>
    </message>
    <message>
        <source>none: the batch was not created</source>
        <translation>tidak ada: batch tidak dibuat</translation>
    </message>
    <message>
        <source>not known yet: the app is checking whether the server made it</source>
        <translation>belum diketahui: aplikasi sedang memeriksa apakah server sudah membuatnya</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>ID batch</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>belum dibuat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Finish within</source>
        <translation>Selesai dalam</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed, of {total}</source>
        <translation>{done} selesai, {failed} gagal, dari {total}</translation>
    </message>
    <message>
        <source>Answers downloaded</source>
        <translation>Jawaban terunduh</translation>
    </message>
    <message>
        <source>{ok} succeeded, {failed} failed, {missing} missing</source>
        <translation>{ok} berhasil, {failed} gagal, {missing} hilang</translation>
    </message>
    <message>
        <source>{prompt} prompt + {completion} completion = {total} tokens</source>
        <translation>{prompt} prompt + {completion} completion = {total} token</translation>
    </message>
    <message>
        <source>(completion includes {thinking} thinking tokens)</source>
        <translation>(completion termasuk {thinking} token berpikir)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <source>Cost at batch prices</source>
        <translation>Biaya dengan harga batch</translation>
    </message>
    <message>
        <source>All {count} variants together</source>
        <translation>Semua {count} varian bersama-sama</translation>
    </message>
    <message>
        <source>Submitted from here</source>
        <translation>Dikirim dari sini</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Lama berjalan</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Berakhir dalam</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Last seen on the server</source>
        <translation>Terakhir terlihat di server</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source> (deleted from the server)</source>
        <translation> (dihapus dari server)</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>File masukan</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Input file ID</source>
        <translation>ID file masukan</translation>
    </message>
    <message>
        <source>Output file ID</source>
        <translation>ID file keluaran</translation>
    </message>
    <message>
        <source>Error file ID</source>
        <translation>ID file kesalahan</translation>
    </message>
    <message>
        <source>Answers folder</source>
        <translation>Folder jawaban</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>baris {line}: </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation>Jalankan ulang dari</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Jalankan ulang</translation>
    </message>
    <message>
        <source>Linked jobs</source>
        <translation>Tugas terkait</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>This job was not created, so nothing was billed. Send its file again as a new job.</source>
        <translation>Tugas ini tidak dibuat, jadi tidak ada tagihan. Kirim berkasnya lagi sebagai tugas baru.</translation>
    </message>
    <message>
        <source>Re-run {count} failed + missing</source>
        <translation>Jalankan ulang {count} yang gagal + hilang</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>tidak diketahui ({reason})</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Antara…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Segarkan sekarang</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>Segarkan tugas</translation>
    </message>
    <message>
        <source>Ask the servers for the latest status now (F5)</source>
        <translation>Tanyakan status terbaru ke server sekarang (F5)</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Status penyegaran</translation>
    </message>
    <message>
        <source>Files on the server…</source>
        <translation>File di server…</translation>
    </message>
    <message>
        <source>Show the files stored on the server</source>
        <translation>Tampilkan file yang tersimpan di server</translation>
    </message>
    <message>
        <source>List, delete and count the files stored in each region</source>
        <translation>Daftar, hapus, dan hitung file yang tersimpan di setiap region</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Saring menurut nama</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Nama berisi…</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Dibuat:</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>Saring menurut waktu pembuatan</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Dibuat pada atau setelah</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Dibuat pada atau sebelum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Saring menurut region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua region</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Muat lagi</translation>
    </message>
    <message>
        <source>Load more jobs from the servers</source>
        <translation>Muat lebih banyak tugas dari server</translation>
    </message>
    <message>
        <source>Fetch the next page of older jobs from each region</source>
        <translation>Ambil halaman berikutnya berisi tugas lama dari setiap region</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>Tugas yang ditampilkan</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Biaya bulan ini</translation>
    </message>
    <message>
        <source>write the log</source>
        <translation>menulis log</translation>
    </message>
    <message>
        <source>…and {count} more; all of them are in the log (Help ▸ Open the log folder).</source>
        <translation>…dan {count} lainnya; semuanya ada di log (Bantuan ▸ Buka folder log).</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>Ekspor jawaban sebagai CSV</translation>
    </message>
    <message>
        <source>New job submitted. Next check in {wait}.</source>
        <translation>Tugas baru dikirim. Pemeriksaan berikutnya dalam {wait}.</translation>
    </message>
    <message>
        <source>refresh the jobs</source>
        <translation>menyegarkan tugas</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>This month: {amounts}</source>
        <translation>Bulan ini: {amounts}</translation>
    </message>
    <message>
        <source>(+ {count} job(s) of unknown cost)</source>
        <translation>(+ {count} tugas dengan biaya tidak diketahui)</translation>
    </message>
    <message>
        <source>add up this month&apos;s cost</source>
        <translation>menjumlahkan biaya bulan ini</translation>
    </message>
    <message>
        <source>show the re-run&apos;s answers</source>
        <translation>menampilkan jawaban jalankan ulang</translation>
    </message>
    <message>
        <source>Last checked {time}. No job is running, so the app stops checking.</source>
        <translation>Terakhir diperiksa {time}. Tidak ada tugas yang berjalan, jadi aplikasi berhenti memeriksa.</translation>
    </message>
    <message>
        <source>Last checked {time}. Next check in {wait}.</source>
        <translation>Terakhir diperiksa {time}. Pemeriksaan berikutnya dalam {wait}.</translation>
    </message>
    <message>
        <source>load more jobs</source>
        <translation>memuat lebih banyak tugas</translation>
    </message>
    <message>
        <source>filter the jobs</source>
        <translation>menyaring tugas</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 tugas</translation>
    </message>
    <message>
        <source>{total} jobs</source>
        <translation>{total} tugas</translation>
    </message>
    <message>
        <source>{shown} of {total} jobs</source>
        <translation>{shown} dari {total} tugas</translation>
    </message>
    <message>
        <source>Copied {batch} to the clipboard.</source>
        <translation>{batch} disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Cancel this job?</source>
        <translation>Batalkan tugas ini?</translation>
    </message>
    <message>
        <source>Cancel “{name}”?

Requests that already finished keep their answers and are still billed. The rest are not run. The answers given so far are downloaded when the cancel completes. This cannot be undone.</source>
        <translation>Batalkan &quot;{name}&quot;?

Permintaan yang sudah selesai tetap menyimpan jawabannya dan tetap ditagih. Sisanya tidak dijalankan. Jawaban yang sudah ada diunduh saat pembatalan selesai. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Batalkan tugas</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Biarkan berjalan</translation>
    </message>
    <message>
        <source>cancel the job</source>
        <translation>membatalkan tugas</translation>
    </message>
    <message>
        <source>Cancelling “{name}”. Requests that already finished keep their answers and are still billed; the rest are not run.</source>
        <translation>Membatalkan &quot;{name}&quot;. Permintaan yang sudah selesai tetap menyimpan jawabannya dan tetap ditagih; sisanya tidak dijalankan.</translation>
    </message>
    <message>
        <source>Delete this job&apos;s files from the server?</source>
        <translation>Hapus file tugas ini dari server?</translation>
    </message>
    <message>
        <source>Delete the input, output and error files of “{name}” from the server? The answers already downloaded stay on this computer and in your exports; the server cannot send them again.</source>
        <translation>Hapus file masukan, keluaran, dan kesalahan &quot;{name}&quot; dari server? Jawaban yang sudah diunduh tetap ada di komputer ini dan di ekspor Anda; server tidak bisa mengirimnya lagi.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Hapus file</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Simpan saja</translation>
    </message>
    <message>
        <source>delete the job&apos;s files</source>
        <translation>menghapus file tugas</translation>
    </message>
    <message>
        <source>The files of “{name}” were deleted from the server. Its answers stay here.</source>
        <translation>File &quot;{name}&quot; sudah dihapus dari server. Jawabannya tetap di sini.</translation>
    </message>
    <message>
        <source>download the answers</source>
        <translation>mengunduh jawaban</translation>
    </message>
    <message>
        <source>The answers of “{name}” are downloaded.</source>
        <translation>Jawaban &quot;{name}&quot; sudah diunduh.</translation>
    </message>
    <message>
        <source>submit the file again</source>
        <translation>mengirim ulang berkas</translation>
    </message>
    <message>
        <source>“{name}” submitted again. This window checks on it and downloads the answers when it ends.</source>
        <translation>“{name}” dikirim ulang. Jendela ini memantaunya dan mengunduh jawaban saat selesai.</translation>
    </message>
    <message>
        <source>re-run the failed and missing requests</source>
        <translation>menjalankan ulang permintaan yang gagal dan hilang</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>Tidak dikirim: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Re-run “{name}” submitted with {count} request(s). Its answers merge into the results of the original job when it finishes.</source>
        <translation>Jalankan ulang &quot;{name}&quot; dikirim dengan {count} permintaan. Jawabannya digabung ke hasil tugas asal saat selesai.</translation>
    </message>
    <message>
        <source>open the results</source>
        <translation>membuka hasil</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>mengekspor jawaban</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer. It opens directly in Excel.</source>
        <translation>{rows} baris disimpan ke {path} — {ok} terjawab, {failed} gagal, {missing} tanpa jawaban. Bisa langsung dibuka di Excel.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} disimpan</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>menampilkan daftar file</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Lama berjalan</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Berakhir dalam</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>ID batch</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Menyiapkan</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Mengunggah</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Terunggah</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Belum pasti</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Tidak dibuat</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Memvalidasi</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Completed, some failed</source>
        <translation>Selesai, sebagian gagal</translation>
    </message>
    <message>
        <source>Incomplete: answers missing</source>
        <translation>Tidak lengkap: jawaban hilang</translation>
    </message>
    <message>
        <source>Expired, partial</source>
        <translation>Kedaluwarsa, sebagian</translation>
    </message>
    <message>
        <source>Cancelled, partial</source>
        <translation>Dibatalkan, sebagian</translation>
    </message>
    <message>
        <source>Expired, no answers</source>
        <translation>Kedaluwarsa, tanpa jawaban</translation>
    </message>
    <message>
        <source>Cancelled, no answers</source>
        <translation>Dibatalkan, tanpa jawaban</translation>
    </message>
    <message>
        <source>Expired, some failed</source>
        <translation>Kedaluwarsa, sebagian gagal</translation>
    </message>
    <message>
        <source>Cancelled, some failed</source>
        <translation>Dibatalkan, sebagian gagal</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed: re-run them from the detail pane.</source>
        <translation>Setiap permintaan sudah dijawab, tetapi sebagian gagal: jalankan ulang dari panel detail.</translation>
    </message>
    <message>
        <source>The service says completed, but answers are missing: this job is not done. Re-run the missing ones.</source>
        <translation>Layanan menyatakan selesai, tetapi ada jawaban yang hilang: tugas ini belum tuntas. Jalankan ulang yang hilang.</translation>
    </message>
    <message>
        <source>Ended early: the answers given are kept (and billed); the rest never ran.</source>
        <translation>Berakhir lebih awal: jawaban yang sudah ada disimpan (dan ditagih); sisanya tidak pernah berjalan.</translation>
    </message>
    <message>
        <source>Ended before any request was answered; nothing was billed.</source>
        <translation>Berakhir sebelum ada permintaan yang dijawab; tidak ada biaya.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>lewat batas</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>, {failed} gagal</translation>
    </message>
    <message>
        <source>Not created on the server yet</source>
        <translation>Belum dibuat di server</translation>
    </message>
    <message>
        <source>The completion window closes at {time}</source>
        <translation>Batas waktu berakhir pada {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; answers here are &lt;b&gt;simulated&lt;/b&gt; on this computer — nothing is sent to Alibaba Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key with &lt;i&gt;API keys…&lt;/i&gt; and pick International or Mainland China above.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; jawaban di sini &lt;b&gt;disimulasikan&lt;/b&gt; di komputer ini — tidak ada yang dikirim ke Alibaba Cloud dan tidak ada biaya. Gunakan untuk mencoba seluruh alur. Untuk jawaban sungguhan, tambahkan API key lewat &lt;i&gt;API key…&lt;/i&gt; lalu pilih Internasional atau Tiongkok Daratan di atas.</translation>
    </message>
    <message>
        <source>1 · Prepare and submit</source>
        <translation>1 · Siapkan dan kirim</translation>
    </message>
    <message>
        <source>2 · Jobs and results</source>
        <translation>2 · Tugas dan hasil</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Save requests as JSONL…</source>
        <translation>&amp;Simpan permintaan sebagai JSONL…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>&amp;Ekspor jawaban…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pengatu&amp;ran…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find in the requests…</source>
        <translation>&amp;Cari di permintaan…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tugas</translation>
    </message>
    <message>
        <source>&amp;Submit batch</source>
        <translation>&amp;Kirim batch</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Files on the ser&amp;ver…</source>
        <translation>File di ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Selamat datang</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Salin &amp;diagnostik</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Tentang {app}</translation>
    </message>
    <message>
        <source>look up the keychain</source>
        <translation>memeriksa keychain</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Status key</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API key…</translation>
    </message>
    <message>
        <source>Open API key settings</source>
        <translation>Buka pengaturan API key</translation>
    </message>
    <message>
        <source>switch region</source>
        <translation>mengganti region</translation>
    </message>
    <message>
        <source>No key needed — simulated answers</source>
        <translation>Tidak perlu key — jawaban simulasi</translation>
    </message>
    <message>
        <source>Key {masked} · stored in {where}</source>
        <translation>Key {masked} · disimpan di {where}</translation>
    </message>
    <message>
        <source>No API key for this region — press “API keys…”</source>
        <translation>Belum ada API key untuk region ini — tekan &quot;API key…&quot;</translation>
    </message>
    <message>
        <source>Something needs your attention — see the message at the top.</source>
        <translation>Ada yang perlu Anda perhatikan — lihat pesan di bagian atas.</translation>
    </message>
    <message>
        <source>show the new job</source>
        <translation>menampilkan tugas baru</translation>
    </message>
    <message>
        <source>show the rehearsal job</source>
        <translation>menampilkan tugas uji coba</translation>
    </message>
    <message>
        <source>collect the diagnostics</source>
        <translation>mengumpulkan diagnostik</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, regions, folders and the last log lines, with keys removed.</source>
        <translation>Diagnostik disalin: versi, region, folder, dan baris log terakhir, tanpa key.</translation>
    </message>
    <message>
        <source>“{name}” {status}: answers downloaded.</source>
        <translation>&quot;{name}&quot; {status}: jawaban sudah diunduh.</translation>
    </message>
    <message>
        <source>“{name}” is complete. Select it in the Jobs tab and press “Open results”.</source>
        <translation>&quot;{name}&quot; sudah selesai. Pilih di tab Tugas dan hasil, lalu tekan &quot;Buka hasil&quot;.</translation>
    </message>
    <message>
        <source>update the key status</source>
        <translation>memperbarui status key</translation>
    </message>
    <message>
        <source>read the stored keys</source>
        <translation>membaca key yang tersimpan</translation>
    </message>
    <message>
        <source>A batch is being submitted. Restart when it has been sent.</source>
        <translation>Batch sedang dikirim. Mulai ulang setelah selesai dikirim.</translation>
    </message>
    <message>
        <source>Open Batch Desk</source>
        <translation>Buka Batch Desk</translation>
    </message>
    <message>
        <source>Quit Batch Desk</source>
        <translation>Keluar dari Batch Desk</translation>
    </message>
    <message>
        <source>Batch Desk: checking your jobs</source>
        <translation>Batch Desk: memeriksa tugas Anda</translation>
    </message>
    <message>
        <source>Still checking your jobs</source>
        <translation>Masih memeriksa tugas Anda</translation>
    </message>
    <message>
        <source>Batch Desk keeps checking in the background and tells you when a job ends. Click its icon to open it; choose Quit in its menu to stop.</source>
        <translation>Batch Desk tetap memeriksa di latar belakang dan memberi tahu Anda saat tugas selesai. Klik ikonnya untuk membukanya; pilih Keluar di menunya untuk berhenti.</translation>
    </message>
</context>
<context>
    <name>MultilineDelegate</name>
    <message>
        <source>Edit the text; click outside the cell to keep it, Esc to cancel</source>
        <translation>Sunting teks; klik di luar sel untuk menyimpan, Esc untuk membatalkan</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>A job</source>
        <translation>Sebuah tugas</translation>
    </message>
    <message>
        <source>{ok} answered, {failed} failed, {missing} missing.</source>
        <translation>{ok} terjawab, {failed} gagal, {missing} hilang.</translation>
    </message>
    <message>
        <source>Job incomplete</source>
        <translation>Tugas tidak lengkap</translation>
    </message>
    <message>
        <source>“{name}” says completed, but answers are missing: {counts}</source>
        <translation>&quot;{name}&quot; dinyatakan selesai, tetapi ada jawaban yang hilang: {counts}</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Tugas selesai</translation>
    </message>
    <message>
        <source>“{name}” completed: {counts}</source>
        <translation>&quot;{name}&quot; selesai: {counts}</translation>
    </message>
    <message>
        <source>“{name}” failed.</source>
        <translation>&quot;{name}&quot; gagal.</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Tugas gagal</translation>
    </message>
    <message>
        <source>Job expired</source>
        <translation>Tugas kedaluwarsa</translation>
    </message>
    <message>
        <source>“{name}” ran out of time: {counts} Re-run the rest from the Jobs tab.</source>
        <translation>&quot;{name}&quot; kehabisan waktu: {counts} Jalankan ulang sisanya dari tab Tugas dan hasil.</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>Tugas dibatalkan</translation>
    </message>
    <message>
        <source>“{name}” was cancelled: {counts}</source>
        <translation>&quot;{name}&quot; dibatalkan: {counts}</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>Tugas berakhir</translation>
    </message>
    <message>
        <source>“{name}” ended ({status}).</source>
        <translation>&quot;{name}&quot; berakhir ({status}).</translation>
    </message>
</context>
<context>
    <name>OutputColumnsBox</name>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>ya / tidak</translation>
    </message>
    <message>
        <source>one label</source>
        <translation>satu label</translation>
    </message>
    <message>
        <source>several labels</source>
        <translation>beberapa label</translation>
    </message>
    <message>
        <source>Classify into labels</source>
        <translation>Klasifikasikan ke label</translation>
    </message>
    <message>
        <source>Extract fields</source>
        <translation>Ambil kolom data</translation>
    </message>
    <message>
        <source>Translate into a language</source>
        <translation>Terjemahkan ke suatu bahasa</translation>
    </message>
    <message>
        <source>Summarise in N words</source>
        <translation>Ringkas dalam N kata</translation>
    </message>
    <message>
        <source>Common jobs</source>
        <translation>Pekerjaan umum</translation>
    </message>
    <message>
        <source>Start from a common job…</source>
        <translation>Mulai dari pekerjaan umum…</translation>
    </message>
    <message>
        <source>Fills the prompt and the output columns for a common job; you can edit everything.</source>
        <translation>Mengisi prompt dan kolom keluaran untuk pekerjaan umum; semuanya bisa Anda ubah.</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Tambah kolom</translation>
    </message>
    <message>
        <source>Add an output column</source>
        <translation>Tambah kolom keluaran</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected output column</source>
        <translation>Hapus kolom keluaran yang dipilih</translation>
    </message>
    <message>
        <source>Output columns</source>
        <translation>Kolom keluaran</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Labels (comma-separated)</source>
        <translation>Label (dipisah koma)</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Isinya</translation>
    </message>
    <message>
        <source>Empty: one free answer per row. With columns, each answer is asked for as JSON and split into them; an answer that does not fit is marked “needs another try”.</source>
        <translation>Kosong: satu jawaban bebas per baris. Dengan kolom, setiap jawaban diminta sebagai JSON dan dipecah ke kolom itu; jawaban yang tidak cocok ditandai “perlu dicoba lagi”.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Ba&amp;ndingkan dengan:</translation>
    </message>
    <message>
        <source>Other models to compare</source>
        <translation>Model lain untuk dibandingkan</translation>
    </message>
    <message>
        <source>other models, comma-separated, e.g. qwen-flash</source>
        <translation>model lain, dipisah koma, mis. qwen-flash</translation>
    </message>
    <message>
        <source>The same rows go to each model as its own batch (each one is billed); the results put the models&apos; answers side by side. At most two more models.</source>
        <translation>Baris yang sama dikirim ke setiap model sebagai batch tersendiri (masing-masing ditagih); hasilnya menampilkan jawaban model berdampingan. Paling banyak dua model tambahan.</translation>
    </message>
    <message>
        <source>Or a second &amp;prompt:</source>
        <translation>Atau &amp;prompt kedua:</translation>
    </message>
    <message>
        <source>Second prompt to compare</source>
        <translation>Prompt kedua untuk dibandingkan</translation>
    </message>
    <message>
        <source>the same rows with another prompt, e.g. Is this review positive? {text}</source>
        <translation>baris yang sama dengan prompt lain, mis. Apakah ulasan ini positif? {text}</translation>
    </message>
    <message>
        <source>Prompt A is the prompt above, prompt B this one: the same rows go through the same model twice, as two batches (each billed), and the results put both answers side by side.</source>
        <translation>Prompt A adalah prompt di atas, prompt B yang ini: baris yang sama diproses model yang sama dua kali, sebagai dua batch (masing-masing ditagih), dan hasilnya menampilkan kedua jawaban berdampingan.</translation>
    </message>
    <message>
        <source>Kind of output column</source>
        <translation>Jenis kolom keluaran</translation>
    </message>
    <message>
        <source>Only for the kinds with labels</source>
        <translation>Hanya untuk jenis dengan label</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line 1: the file starts with an invisible byte-order mark (BOM). The service reads it as part of the first request, so the app uploads a copy without it; your file stays as it is. Other tools may need it saved as &quot;UTF-8&quot; (not &quot;UTF-8 with BOM&quot;).</source>
        <translation>Baris 1: file diawali tanda urutan byte (BOM) yang tidak terlihat. Layanan membacanya sebagai bagian dari permintaan pertama, jadi aplikasi mengunggah salinan tanpa BOM; file Anda tetap seperti semula. Alat lain mungkin perlu file disimpan sebagai &quot;UTF-8&quot; (bukan &quot;UTF-8 with BOM&quot;).</translation>
    </message>
    <message>
        <source>Line {line} is empty. Delete empty lines: every line must be one request.</source>
        <translation>Baris {line} kosong. Hapus baris kosong: setiap baris harus berisi satu permintaan.</translation>
    </message>
    <message>
        <source>Line {line} is {size_text}; one request may be at most {limit_text}. Shorten it (for example use smaller or fewer images) or split it into several requests.</source>
        <translation>Baris {line} berukuran {size_text}; satu permintaan paling besar {limit_text}. Perpendek (misalnya pakai gambar yang lebih kecil atau lebih sedikit) atau bagi menjadi beberapa permintaan.</translation>
    </message>
    <message>
        <source>Line {line} is {kind}, not a request. Each line must be one JSON object in curly braces, like {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}.</source>
        <translation>Baris {line} berisi {kind}, bukan permintaan. Setiap baris harus satu objek JSON dalam kurung kurawal, seperti {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}.</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id {custom_id} was already used on line {first_line}. Every request needs its own id — change one of them.</source>
        <translation>Baris {line}: custom_id {custom_id} sudah dipakai di baris {first_line}. Setiap permintaan perlu ID sendiri — ubah salah satunya.</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id must be non-empty text in quotes, like &quot;req-1&quot;, but it is {value}. Put the id in double quotes.</source>
        <translation>Baris {line}: custom_id harus berupa teks tidak kosong dalam tanda kutip, seperti &quot;req-1&quot;, tetapi isinya {value}. Apit ID dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;method&quot; is {value}; it must be exactly &quot;POST&quot; (upper case).</source>
        <translation>Baris {line}: &quot;method&quot; bernilai {value}; harus tepat &quot;POST&quot; (huruf besar).</translation>
    </message>
    <message>
        <source>Line {line}: &quot;body&quot; must be a JSON object in curly braces holding the request (model, messages, ...), but it is {kind}.</source>
        <translation>Baris {line}: &quot;body&quot; harus berupa objek JSON dalam kurung kurawal yang berisi permintaan (model, messages, ...), tetapi isinya {kind}.</translation>
    </message>
    <message>
        <source>Line {line}: temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>Baris {line}: temperature bernilai {value}; harus angka dari 0 sampai (tetapi tidak termasuk) 2.</translation>
    </message>
    <message>
        <source>Line {line}: top_p is {value}; it must be a number from 0 to 1.</source>
        <translation>Baris {line}: top_p bernilai {value}; harus angka dari 0 sampai 1.</translation>
    </message>
    <message>
        <source>This is an image ({image}), not a JSONL file. Choose the request file (.jsonl) instead; to send an image to a model, put its URL (or its base64 data) inside a request.</source>
        <translation>Ini gambar ({image}), bukan file JSONL. Pilih file permintaan (.jsonl); untuk mengirim gambar ke model, masukkan URL-nya (atau data base64-nya) ke dalam permintaan.</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Convert your spreadsheet to a request file first (one JSON request per line).</source>
        <translation>Ini tampaknya {kind}, bukan file teks JSONL. Ubah dulu spreadsheet Anda menjadi file permintaan (satu permintaan JSON per baris).</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Choose the request file instead (one JSON request per line).</source>
        <translation>Ini tampaknya {kind}, bukan file teks JSONL. Pilih file permintaan (satu permintaan JSON per baris).</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode&quot;), not UTF-8. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>File disimpan sebagai UTF-16 (&quot;Unicode&quot;), bukan UTF-8. Buka di editor Anda dan simpan ulang dengan encoding &quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte {byte} at position {position}). The file was probably saved in another encoding such as GBK, Shift-JIS or ANSI. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>Baris {line} bukan teks UTF-8 (byte {byte} di posisi {position}). File kemungkinan disimpan dengan encoding lain seperti GBK, Shift-JIS, atau ANSI. Buka di editor Anda dan simpan ulang dengan encoding &quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON (near character {column}). Each line must be one complete JSON object. {hint}</source>
        <translation>Baris {line} bukan JSON yang valid (dekat karakter {column}). Setiap baris harus satu objek JSON yang lengkap. {hint}</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON. Each line must be one complete JSON object. {hint}</source>
        <translation>Baris {line} bukan JSON yang valid. Setiap baris harus satu objek JSON yang lengkap. {hint}</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is missing. Every line needs custom_id, method, url and body.</source>
        <translation>Baris {line}: kolom &quot;{field}&quot; tidak ada. Setiap baris memerlukan custom_id, method, url, dan body.</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is empty (null). Every line needs custom_id, method, url and body.</source>
        <translation>Baris {line}: kolom &quot;{field}&quot; kosong (null). Setiap baris memerlukan custom_id, method, url, dan body.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}. Write only the path &quot;{path}&quot;, not the full address.</source>
        <translation>Baris {line}: &quot;url&quot; bernilai {value}, yang bukan endpoint batch. Gunakan salah satu dari: {supported}. Tulis path &quot;{path}&quot; saja, bukan alamat lengkap.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}.</source>
        <translation>Baris {line}: &quot;url&quot; bernilai {value}, yang bukan endpoint batch. Gunakan salah satu dari: {supported}.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but the task is set to use &quot;{expected}&quot;. Every line must use the endpoint chosen for the task — change the line or the task&apos;s endpoint.</source>
        <translation>Baris {line}: &quot;url&quot; bernilai &quot;{value}&quot; tetapi tugas diatur memakai &quot;{expected}&quot;. Setiap baris harus memakai endpoint yang dipilih untuk tugas — ubah barisnya atau endpoint tugas.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but line {first_line} uses &quot;{expected}&quot;. Every line of one file must use the same url.</source>
        <translation>Baris {line}: &quot;url&quot; bernilai &quot;{value}&quot; tetapi baris {first_line} memakai &quot;{expected}&quot;. Semua baris dalam satu file harus memakai url yang sama.</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;model&quot;. Add the model name, for example &quot;model&quot;: &quot;qwen-plus&quot;.</source>
        <translation>Baris {line}: body tidak berisi &quot;model&quot;. Tambahkan nama model, misalnya &quot;model&quot;: &quot;qwen-plus&quot;.</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; is not in our list of batch models of {region} as of {date}; the service decides. Check the model name and the region.</source>
        <translation>Baris {line}: model &quot;{model}&quot; tidak ada dalam daftar model batch {region} kami per {date}; layanan yang menentukan. Periksa nama model dan wilayahnya.</translation>
    </message>
    <message>
        <source>Line {line} has {tokens} input tokens; &quot;{model}&quot; reads at most {window} tokens in all, {max_tokens} of them kept for the answer (max_tokens), so at most {available} fit. Shorten it or split it into several requests.</source>
        <translation>Baris {line} berisi {tokens} token masukan; &quot;{model}&quot; membaca paling banyak {window} token seluruhnya, {max_tokens} di antaranya disisihkan untuk jawaban (max_tokens), jadi paling banyak {available} yang muat. Persingkat atau pecah menjadi beberapa permintaan.</translation>
    </message>
    <message>
        <source>Line {line} uses the model &quot;{model}&quot; but line {first_line} uses &quot;{expected}&quot;. All requests in one file must use the same model — make one file per model.</source>
        <translation>Baris {line} memakai model &quot;{model}&quot; tetapi baris {first_line} memakai &quot;{expected}&quot;. Semua permintaan dalam satu file harus memakai model yang sama — buat satu file per model.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; only serves {test_model}. Use &quot;{expected}&quot; for &quot;{model}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>Baris {line}: &quot;{value}&quot; hanya melayani {test_model}. Gunakan &quot;{expected}&quot; untuk &quot;{model}&quot; (baris ini memakai &quot;{value}&quot;). Perbaiki url di setiap baris.</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; must be called with the url &quot;{expected}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>Baris {line}: model &quot;{model}&quot; harus dipanggil dengan url &quot;{expected}&quot; (baris ini memakai &quot;{value}&quot;). Perbaiki url di setiap baris.</translation>
    </message>
    <message>
        <source>Line {line}: enable_thinking is {value}; it must be true or false (without quotes).</source>
        <translation>Baris {line}: enable_thinking bernilai {value}; harus true atau false (tanpa tanda kutip).</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking to {thinking} but line {first_line} sets it to {first_thinking}. All requests in one file must use the same thinking mode.</source>
        <translation>Baris {line} mengatur enable_thinking ke {thinking} tetapi baris {first_line} mengaturnya ke {first_thinking}. Semua permintaan dalam satu file harus memakai mode berpikir yang sama.</translation>
    </message>
    <message>
        <source>Line {line} leaves enable_thinking out but line {first_line} sets it. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>Baris {line} tidak mengisi enable_thinking tetapi baris {first_line} mengisinya. Baris tanpa pengaturan ini memakai mode berpikir bawaan model, yang bisa berbeda — atur enable_thinking dengan cara yang sama (true atau false) di setiap baris.</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking but line {first_line} leaves it out. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>Baris {line} mengisi enable_thinking tetapi baris {first_line} tidak mengisinya. Baris tanpa pengaturan ini memakai mode berpikir bawaan model, yang bisa berbeda — atur enable_thinking dengan cara yang sama (true atau false) di setiap baris.</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;input&quot;. An embedding request needs the text to embed, for example &quot;input&quot;: &quot;some text&quot;.</source>
        <translation>Baris {line}: body tidak berisi &quot;input&quot;. Permintaan embedding memerlukan teks yang akan di-embed, misalnya &quot;input&quot;: &quot;some text&quot;.</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;messages&quot;. A chat request needs a list of messages, for example &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}].</source>
        <translation>Baris {line}: body tidak berisi &quot;messages&quot;. Permintaan chat memerlukan daftar pesan, misalnya &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}].</translation>
    </message>
    <message>
        <source>The file has no requests. Add one JSON request per line.</source>
        <translation>File tidak berisi permintaan. Tambahkan satu permintaan JSON per baris.</translation>
    </message>
    <message>
        <source>The table has no data rows (only a header, or only empty rows): there is nothing to send.</source>
        <translation>Tabel tidak berisi baris data (hanya judul, atau hanya baris kosong): tidak ada yang bisa dikirim.</translation>
    </message>
    <message>
        <source>The file has {count} requests; one file may hold at most {limit}. Split it into several files.</source>
        <translation>File berisi {count} permintaan; satu file paling banyak {limit}. Bagi menjadi beberapa file.</translation>
    </message>
    <message>
        <source>The file is {size_text}; one file may be at most {limit_text}. Split it into several files.</source>
        <translation>File berukuran {size_text}; satu file paling besar {limit_text}. Bagi menjadi beberapa file.</translation>
    </message>
    <message>
        <source>A file for {model} may have at most {max_requests} requests and {max_size}; this one has {requests} requests and {size_text}. Use a smaller sample for the free test.</source>
        <translation>File untuk {model} paling banyak {max_requests} permintaan dan {max_size}; file ini berisi {requests} permintaan dan {size_text}. Gunakan sampel yang lebih kecil untuk uji gratis.</translation>
    </message>
    <message>
        <source>The first request alone is larger than {max_mb} MB, the test model&apos;s file limit (embedded images are usually the reason). Try the rehearsal with smaller images or web addresses.</source>
        <translation>Permintaan pertama saja sudah lebih dari {max_mb} MB, batas file model uji (biasanya karena gambar yang disematkan). Coba uji coba dengan gambar yang lebih kecil atau alamat web.</translation>
    </message>
    <message>
        <source>A finish callback works only in the Mainland China (Beijing) region. Clear the field or choose that region.</source>
        <translation>Callback selesai hanya berfungsi di region Tiongkok Daratan (Beijing). Kosongkan kolomnya atau pilih region itu.</translation>
    </message>
    <message>
        <source>The finish callback {url} is not a web address. Write it as https://…</source>
        <translation>Callback selesai {url} bukan alamat web. Tulis sebagai https://…</translation>
    </message>
    <message>
        <source>The finish callback must start with https:// and name a server; {url} does not.</source>
        <translation>Callback selesai harus diawali https:// dan menyebut server; {url} tidak demikian.</translation>
    </message>
    <message>
        <source>The finish callback {url} is not reachable from the internet, so the service could never call it. Use a public https:// address.</source>
        <translation>Callback selesai {url} tidak dapat dijangkau dari internet, jadi layanan tidak akan pernah bisa memanggilnya. Gunakan alamat https:// publik.</translation>
    </message>
    <message>
        <source>The task name has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>Nama tugas berisi {length} karakter; paling banyak {limit}. Perpendek.</translation>
    </message>
    <message>
        <source>The description has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>Deskripsi berisi {length} karakter; paling banyak {limit}. Perpendek.</translation>
    </message>
    <message>
        <source>The time window {value} is not valid. Write a whole number followed by h (hours) or d (days), for example 24h or 2d.</source>
        <translation>Batas waktu {value} tidak valid. Tulis bilangan bulat diikuti h (jam) atau d (hari), misalnya 24h atau 2d.</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too short.</source>
        <translation>Batas waktu harus dari {min_hours} jam (24h atau 1d) sampai {max_hours} jam (336h atau 14d); {value} terlalu singkat.</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too long.</source>
        <translation>Batas waktu harus dari {min_hours} jam (24h atau 1d) sampai {max_hours} jam (336h atau 14d); {value} terlalu lama.</translation>
    </message>
    <message>
        <source>Row {row}: the id (column &quot;{column}&quot;) is blank. Fill it in, or let the app number the rows.</source>
        <translation>Baris {row}: ID (kolom &quot;{column}&quot;) kosong. Isi, atau biarkan aplikasi menomori baris.</translation>
    </message>
    <message>
        <source>Row {row}: the id &quot;{id}&quot; is already used on row {first_row}. Every request needs its own id — change one of them, or let the app number the rows.</source>
        <translation>Baris {row}: ID &quot;{id}&quot; sudah dipakai di baris {first_row}. Setiap permintaan perlu ID sendiri — ubah salah satunya, atau biarkan aplikasi menomori baris.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row.</source>
        <translation>Baris {row}: prompt kosong. Isi sel yang dipakai template, atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Line {line}: the prompt is empty. Write the prompt, or delete the row.</source>
        <translation>Baris {line}: prompt kosong. Tulis prompt, atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Row {row}: the column &quot;{column}&quot; is blank, so the prompt has a gap there.</source>
        <translation>Baris {row}: kolom &quot;{column}&quot; kosong, sehingga prompt berlubang di bagian itu.</translation>
    </message>
    <message>
        <source>Row {row}: the text holds � marks where characters could not be read, so this request would send garbled text. Check the row, or choose another encoding for the file.</source>
        <translation>Baris {row}: teksnya berisi tanda � di tempat karakter yang tidak bisa dibaca, sehingga permintaan ini akan mengirim teks yang rusak. Periksa baris itu, atau pilih encoding lain untuk file ini.</translation>
    </message>
    <message>
        <source>Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text reads right, or save the file again as UTF-8.</source>
        <translation>Baris {row} tidak berformat UTF-8 seperti bagian lain file; baris ini dibaca sebagai {encoding}. Periksa apakah teksnya terbaca benar, atau simpan ulang file sebagai UTF-8.</translation>
    </message>
    <message>
        <source>Row {row}: the text holds &quot;{sample}&quot;, which is how UTF-8 text looks when read in a Western encoding. Check the row, or choose another encoding for the file.</source>
        <translation>Baris {row}: teks berisi &quot;{sample}&quot;, yaitu tampilan teks UTF-8 yang dibaca dengan encoding Barat. Periksa baris itu, atau pilih encoding lain untuk file.</translation>
    </message>
    <message>
        <source>Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been read in the wrong encoding. Check the row.</source>
        <translation>Baris {row} sebagian besar ditulis dalam {script}, yang tidak dipakai di bagian lain file; mungkin dibaca dengan encoding yang salah. Periksa baris itu.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are ignored. Check that row for a missing or extra separator.</source>
        <translation>Baris {row} berisi {cells} sel tetapi tabel punya {columns} kolom; sel tambahan ({extra}) diabaikan. Periksa baris itu: mungkin ada pemisah yang hilang atau berlebih.</translation>
    </message>
    <message>
        <source>Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that row for a missing or extra separator.</source>
        <translation>Baris {row} hanya berisi {cells} dari {columns} sel; sel yang hilang dianggap kosong. Periksa baris itu: mungkin ada pemisah yang hilang atau berlebih.</translation>
    </message>
    <message>
        <source>Row {row}: the image cell is blank; this request is sent as text only.</source>
        <translation>Baris {row}: sel gambar kosong; permintaan ini dikirim sebagai teks saja.</translation>
    </message>
    <message>
        <source>Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they were replaced with &quot;?&quot;. Check that row&apos;s text.</source>
        <translation>Baris {row} berisi karakter rusak (surrogate tanpa pasangan) yang tidak bisa ditulis sebagai UTF-8; karakter itu diganti dengan &quot;?&quot;. Periksa teks baris itu.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
    <message>
        <source>In the system prompt: {message}</source>
        <translation>Di prompt sistem: {message}</translation>
    </message>
    <message>
        <source>The prompt template is empty. Write the prompt, e.g. Translate {{text}}.</source>
        <translation>Template prompt kosong. Tulis prompt, misalnya Translate {{text}}.</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>Template memakai {names}, tetapi tabel tidak punya kolom itu. {hints} Kolom: {columns}. Tulis nama kolom di antara kurung kurawal persis seperti di judul; gunakan {{{{ dan }}}} untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>Template memakai {names}, tetapi tabel tidak punya kolom itu. Kolom: {columns}. Tulis nama kolom di antara kurung kurawal persis seperti di judul; gunakan {{{{ dan }}}} untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>The template has a &quot;{{&quot; at character {position} that is never closed. Close it with &quot;}}&quot; or write &quot;{{{{&quot; for a literal brace.</source>
        <translation>Template punya &quot;{{&quot; di karakter {position} yang tidak pernah ditutup. Tutup dengan &quot;}}&quot; atau tulis &quot;{{{{&quot; untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>The template has empty braces &quot;{{}}&quot; at character {position}. Put a column name inside, like {{text}}, or write &quot;{{{{}}}}&quot; for literal braces.</source>
        <translation>Template punya kurung kurawal kosong &quot;{{}}&quot; di karakter {position}. Isi dengan nama kolom, seperti {{text}}, atau tulis &quot;{{{{}}}}&quot; untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>The template has a &quot;}}&quot; at character {position} without a matching &quot;{{&quot;. Write &quot;}}}}&quot; for a literal brace.</source>
        <translation>Template punya &quot;}}&quot; di karakter {position} tanpa pasangan &quot;{{&quot;. Tulis &quot;}}}}&quot; untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>Kolom ID &quot;{column}&quot; tidak ada di tabel. Pilih salah satu: {columns}.</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>Kolom gambar &quot;{column}&quot; tidak ada di tabel. Pilih salah satu: {columns}.</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>Kolom ID &quot;{column}&quot; tidak ada di tabel. Kolom: {columns}.</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>Kolom gambar &quot;{column}&quot; tidak ada di tabel. Kolom: {columns}.</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one, for example &quot;qwen-plus&quot;.</source>
        <translation>Belum ada model yang dipilih. Pilih satu, misalnya &quot;qwen-plus&quot;.</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; needs the {kind} kind of request, but {chosen} is chosen. Change the request kind or the model.</source>
        <translation>Model &quot;{model}&quot; memerlukan permintaan jenis {kind}, tetapi yang dipilih {chosen}. Ubah jenis permintaan atau modelnya.</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; is not in the documented batch models of {region}. It may not work there — check the model name and the region.</source>
        <translation>Model &quot;{model}&quot; tidak ada dalam daftar model batch resmi di {region}. Mungkin tidak berfungsi di sana — periksa nama model dan region.</translation>
    </message>
    <message>
        <source>Temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>Temperature bernilai {value}; harus angka dari 0 sampai (tetapi tidak termasuk) 2.</translation>
    </message>
    <message>
        <source>top_p is {value}; it must be from 0 to 1.</source>
        <translation>top_p bernilai {value}; harus dari 0 sampai 1.</translation>
    </message>
    <message>
        <source>max_tokens is {value}; it must be at least 1.</source>
        <translation>max_tokens bernilai {value}; minimal harus 1.</translation>
    </message>
    <message>
        <source>dimensions is {value}; it must be at least 1.</source>
        <translation>dimensions bernilai {value}; minimal harus 1.</translation>
    </message>
    <message>
        <source>Embedding requests do not use: {settings}. They are left out.</source>
        <translation>Permintaan embedding tidak memakai: {settings}. Pengaturan ini diabaikan.</translation>
    </message>
    <message>
        <source>dimensions only applies to embedding requests; it is left out.</source>
        <translation>dimensions hanya berlaku untuk permintaan embedding; diabaikan.</translation>
    </message>
    <message>
        <source>Images need a vision model such as &quot;qwen-vl-plus&quot;; &quot;{model}&quot; may not read them.</source>
        <translation>Gambar memerlukan model visual seperti &quot;qwen-vl-plus&quot;; &quot;{model}&quot; mungkin tidak bisa membacanya.</translation>
    </message>
    <message>
        <source>An output column has no name. Give it one, e.g. sentiment.</source>
        <translation>Ada kolom keluaran tanpa nama. Beri nama, mis. sentiment.</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; is listed twice.</source>
        <translation>Kolom keluaran &quot;{name}&quot; tercantum dua kali.</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; picks from a list of labels, but the list has fewer than two. Write the labels separated by commas, e.g. positive, negative, neutral.</source>
        <translation>Kolom keluaran &quot;{name}&quot; memilih dari daftar label, tetapi daftarnya kurang dari dua. Tulis label dipisah koma, mis. positive, negative, neutral.</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; has more than {count} labels.</source>
        <translation>Kolom keluaran &quot;{name}&quot; punya lebih dari {count} label.</translation>
    </message>
    <message>
        <source>At most {count} output columns can be asked for.</source>
        <translation>Paling banyak {count} kolom keluaran.</translation>
    </message>
    <message>
        <source>&quot;{model}&quot; is not known to support JSON mode: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>&quot;{model}&quot; belum diketahui mendukung mode JSON: jawaban diminta sebagai JSON hanya lewat instruksi, jadi beberapa mungkin perlu dicoba lagi.</translation>
    </message>
    <message>
        <source>JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>Mode JSON tidak bisa dipakai saat mode berpikir aktif: jawaban diminta sebagai JSON hanya lewat instruksi, jadi beberapa mungkin perlu dicoba lagi.</translation>
    </message>
    <message>
        <source>{model} makes vectors of {sizes} numbers; {value} is not one of them.</source>
        <translation>{model} membuat vektor berisi {sizes} angka; {value} tidak termasuk.</translation>
    </message>
    <message>
        <source>Row {row}&apos;s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the service may refuse or cut it. Split the text.</source>
        <translation>Teks baris {row} sekitar {tokens} token; input embedding paling banyak {limit} token, jadi layanan bisa menolak atau memotongnya. Pecah teksnya.</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it smaller, or put it online and use its web address.</source>
        <translation>Gambar &quot;{name}&quot; berukuran {size_mb} MB; gambar yang disematkan dalam permintaan batch paling besar {max_mb} MB (satu baris permintaan paling besar {line_mb} MB dan gambar membesar sepertiga saat disematkan). Perkecil, atau unggah ke internet dan gunakan alamat webnya.</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; cannot be read: {reason}.</source>
        <translation>Gambar &quot;{name}&quot; tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; was not found (looked in {folder}). Check the file name, or use a full path or a web address (https://...).</source>
        <translation>Gambar &quot;{name}&quot; tidak ditemukan (dicari di {folder}). Periksa nama file, atau gunakan path lengkap atau alamat web (https://...).</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a folder, not an image file.</source>
        <translation>&quot;{name}&quot; adalah folder, bukan file gambar.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).</source>
        <translation>&quot;{name}&quot; bukan gambar yang bisa dibaca model (JPEG, PNG, GIF, BMP, TIFF, atau WEBP).</translation>
    </message>
    <message>
        <source>Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text (or use smaller images or web addresses).</source>
        <translation>Baris {row} menghasilkan permintaan sebesar {size_mb} MB; satu permintaan paling besar {max_mb} MB. Perpendek teksnya (atau gunakan gambar yang lebih kecil atau alamat web).</translation>
    </message>
    <message>
        <source>Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.</source>
        <translation>Baris {line} saja berukuran {size_mb} MB, lebih dari yang muat dalam satu bagian ({max_mb} MB). Perpendek permintaan itu.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>seluruh file</translation>
    </message>
    <message>
        <source>{message}

(code: {code})</source>
        <translation>{message}

(kode: {code})</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;lang</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tid&amp;ak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;lang</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Lokasi &amp;Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>RegionKeyRow</name>
    <message>
        <source>Paste the API key (sk-…) for this region</source>
        <translation>Tempel API key (sk-…) untuk region ini</translation>
    </message>
    <message>
        <source>API key for {region}</source>
        <translation>API key untuk {region}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save the key for {region}</source>
        <translation>Simpan key untuk {region}</translation>
    </message>
    <message>
        <source>Test the key for {region}</source>
        <translation>Uji key untuk {region}</translation>
    </message>
    <message>
        <source>Remove the key for {region}</source>
        <translation>Hapus key untuk {region}</translation>
    </message>
    <message>
        <source>Key status for {region}</source>
        <translation>Status key untuk {region}</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>International (Singapore)</source>
        <translation>Internasional (Singapura)</translation>
    </message>
    <message>
        <source>Mainland China (Beijing)</source>
        <translation>Tiongkok Daratan (Beijing)</translation>
    </message>
    <message>
        <source>Sandbox (simulated, offline)</source>
        <translation>Sandbox (simulasi, offline)</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>RequestsEditor</name>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>＋ Add row</source>
        <translation>＋ Tambah baris</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Tambahkan permintaan</translation>
    </message>
    <message>
        <source>A new, empty request below the selected row</source>
        <translation>Permintaan baru yang kosong di bawah baris terpilih</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <source>Duplicate the selected requests</source>
        <translation>Gandakan permintaan yang dipilih</translation>
    </message>
    <message>
        <source>Copies of the selected rows with new IDs (Ctrl+D)</source>
        <translation>Salinan baris terpilih dengan ID baru (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected requests</source>
        <translation>Hapus permintaan yang dipilih</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete key)</source>
        <translation>Hapus baris terpilih (tombol Delete)</translation>
    </message>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>Cari… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Cari teks</translation>
    </message>
    <message>
        <source>Searches IDs, prompts, system prompts and models</source>
        <translation>Mencari di ID, prompt, prompt sistem, dan model</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Cari sebelumnya</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Cari berikutnya</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kecocokan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>Ringkasan masalah</translation>
    </message>
    <message>
        <source>Problems found in the requests</source>
        <translation>Masalah yang ditemukan di permintaan</translation>
    </message>
    <message>
        <source>Select a request to see all of it here.</source>
        <translation>Pilih permintaan untuk melihat isinya secara lengkap di sini.</translation>
    </message>
    <message>
        <source>The selected request as JSON</source>
        <translation>Permintaan terpilih sebagai JSON</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Apply the JSON changes to the request</source>
        <translation>Terapkan perubahan JSON ke permintaan</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Urungkan perubahan</translation>
    </message>
    <message>
        <source>Undo the JSON changes</source>
        <translation>Urungkan perubahan JSON</translation>
    </message>
    <message>
        <source>Checking every request…</source>
        <translation>Memeriksa setiap permintaan…</translation>
    </message>
    <message>
        <source>{name} was changed or removed by another program while it is open here. The table may show wrong rows: open the file again (your edits here are kept if you save them first).</source>
        <translation>{name} diubah atau dihapus oleh program lain saat terbuka di sini. Tabel mungkin menampilkan baris yang salah: buka lagi filenya (suntingan Anda di sini tetap ada jika Anda menyimpannya dulu).</translation>
    </message>
    <message>
        <source>check the requests</source>
        <translation>memeriksa permintaan</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ Tidak ada masalah.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Problems: &lt;b&gt;{errors}&lt;/b&gt; error(s), &lt;b&gt;{warnings}&lt;/b&gt; warning(s) — click one to go to its line.</source>
        <translation>Masalah: &lt;b&gt;{errors}&lt;/b&gt; kesalahan, &lt;b&gt;{warnings}&lt;/b&gt; peringatan — klik salah satu untuk menuju barisnya.</translation>
    </message>
    <message>
        <source>Only the first {shown} are listed.</source>
        <translation>Hanya {shown} yang pertama ditampilkan.</translation>
    </message>
    <message>
        <source>search the requests</source>
        <translation>mencari permintaan</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} dari {total}</translation>
    </message>
    <message>
        <source>Line {line} is {size} KB — too large to show and edit here.</source>
        <translation>Baris {line} berukuran {size} KB — terlalu besar untuk ditampilkan dan disunting di sini.</translation>
    </message>
    <message>
        <source>Line {line} — edit any field here, then press Apply:</source>
        <translation>Baris {line} — sunting kolom apa pun di sini, lalu tekan Terapkan:</translation>
    </message>
    <message>
        <source>Line {line} is not a JSON request. Fix it here, then press Apply:</source>
        <translation>Baris {line} bukan permintaan JSON. Perbaiki di sini, lalu tekan Terapkan:</translation>
    </message>
    <message>
        <source>Not valid JSON yet ({detail}); the request was not changed.</source>
        <translation>Belum JSON yang valid ({detail}); permintaan tidak diubah.</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Sheet row</source>
        <translation>Baris sheet</translation>
    </message>
    <message>
        <source>ID (custom_id)</source>
        <translation>ID (custom_id)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>(empty line)</source>
        <translation>(baris kosong)</translation>
    </message>
    <message>
        <source>[{count} image(s)] </source>
        <translation>[{count} gambar] </translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…dan {count} lagi</translation>
    </message>
    <message>
        <source>This line is not a JSON request. Fix it in the box on the right, then Apply.</source>
        <translation>Baris ini bukan permintaan JSON. Perbaiki di kotak sebelah kanan, lalu Terapkan.</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>Klik ganda untuk menyunting.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Penalaran</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>Alasan selesai</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Kode kesalahan</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Pesan kesalahan</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Embedding dimension</source>
        <translation>Dimensi embedding</translation>
    </message>
    <message>
        <source>Answered by re-run</source>
        <translation>Dijawab oleh jalankan ulang</translation>
    </message>
    <message>
        <source>{total} ({prompt} in + {completion} out)</source>
        <translation>{total} ({prompt} masuk + {completion} keluar)</translation>
    </message>
    <message>
        <source>Needs another try</source>
        <translation>Perlu dicoba lagi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Kesalahan: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>[{count} embedding(s), {dim} dimensions]</source>
        <translation>[{count} embedding, {dim} dimensi]</translation>
    </message>
    <message>
        <source>{text}; {thinking} of the output tokens were thinking</source>
        <translation>{text}; {thinking} token keluaran dipakai untuk berpikir</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results — {name}</source>
        <translation>Hasil — {name}</translation>
    </message>
    <message>
        <source>Opening the answers…</source>
        <translation>Membuka jawaban…</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>Ringkasan hasil</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>Tampilkan baris dengan status</translation>
    </message>
    <message>
        <source>Available once every row&apos;s status is known</source>
        <translation>Tersedia setelah status setiap baris diketahui</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>Jalankan ulang yang gagal + hilang</translation>
    </message>
    <message>
        <source>Re-run the failed and missing rows as a new job</source>
        <translation>Jalankan ulang baris yang gagal dan hilang sebagai tugas baru</translation>
    </message>
    <message>
        <source>Sends exactly the failed and missing requests again; the answers merge into these results.</source>
        <translation>Mengirim ulang tepat permintaan yang gagal dan hilang; jawabannya digabung ke hasil ini.</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>Ekspor CSV untuk Excel…</translation>
    </message>
    <message>
        <source>Export the results as CSV for Excel</source>
        <translation>Ekspor hasil sebagai CSV untuk Excel</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>Export the results as an Excel workbook</source>
        <translation>Ekspor hasil sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Export raw JSONL…</source>
        <translation>Ekspor JSONL mentah…</translation>
    </message>
    <message>
        <source>Export the raw answer lines as JSONL</source>
        <translation>Ekspor baris jawaban mentah sebagai JSONL</translation>
    </message>
    <message>
        <source>Results rows</source>
        <translation>Baris hasil</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Baris terpilih</translation>
    </message>
    <message>
        <source>Select a row to read its request and answer in full.</source>
        <translation>Pilih baris untuk membaca permintaan dan jawabannya secara lengkap.</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>Status hasil</translation>
    </message>
    <message>
        <source>count the answers</source>
        <translation>menghitung jawaban</translation>
    </message>
    <message>
        <source>{rows} rows in input order. Counting answers…</source>
        <translation>{rows} baris sesuai urutan masukan. Menghitung jawaban…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Missing (never answered)</source>
        <translation>Hilang (tidak pernah dijawab)</translation>
    </message>
    <message>
        <source>Failed or missing</source>
        <translation>Gagal atau hilang</translation>
    </message>
    <message>
        <source>Export answers as CSV for Excel</source>
        <translation>Ekspor jawaban sebagai CSV untuk Excel</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export answers as an Excel workbook</source>
        <translation>Ekspor jawaban sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the raw answer lines</source>
        <translation>Ekspor baris jawaban mentah</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Columns of the exported file</source>
        <translation>Kolom berkas ekspor</translation>
    </message>
    <message>
        <source>Your sheet + answers</source>
        <translation>Lembar Anda + jawaban</translation>
    </message>
    <message>
        <source>All columns (technical)</source>
        <translation>Semua kolom (teknis)</translation>
    </message>
    <message>
        <source>Your sheet + answers: your own columns in their order, then the answers, then a status. All columns: also the request id, status code, tokens and finish reason of every answer.</source>
        <translation>Lembar Anda + jawaban: kolom Anda sendiri sesuai urutannya, lalu jawaban, lalu status. Semua kolom: juga ID permintaan, kode status, token, dan alasan selesai setiap jawaban.</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>membaca baris</translation>
    </message>
    <message>
        <source>Reading the rows… ({rows} so far)</source>
        <translation>Membaca baris… ({rows} sejauh ini)</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>Tampilkan hanya baris dengan status ini</translation>
    </message>
    <message>
        <source>Re-run failed + missing ({count})</source>
        <translation>Jalankan ulang yang gagal + hilang ({count})</translation>
    </message>
    <message>
        <source>{rows} rows in input order.</source>
        <translation>{rows} baris sesuai urutan masukan.</translation>
    </message>
    <message>
        <source>read the answers</source>
        <translation>membaca jawaban</translation>
    </message>
    <message>
        <source>{ok} answered · {failed} failed · {missing} missing, of {total} rows.</source>
        <translation>{ok} terjawab · {failed} gagal · {missing} hilang, dari {total} baris.</translation>
    </message>
    <message>
        <source>Tokens: {prompt} in, {completion} out (thinking included), {total} in all.</source>
        <translation>Token: {prompt} masuk, {completion} keluar (termasuk berpikir), total {total}.</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>{rows} baris.</translation>
    </message>
    <message>
        <source>Comparing {variants}: the table shows {shown}; exports put every model side by side.</source>
        <translation>Membandingkan {variants}: tabel menampilkan {shown}; ekspor menaruh setiap model berdampingan.</translation>
    </message>
    <message>
        <source>Not downloaded yet: {variants}.</source>
        <translation>Belum diunduh: {variants}.</translation>
    </message>
    <message>
        <source>Includes the answers of {count} re-run(s): the newest answer of each row is shown.</source>
        <translation>Termasuk jawaban dari {count} kali jalankan ulang: jawaban terbaru setiap baris ditampilkan.</translation>
    </message>
    <message>
        <source>Cost at batch prices: {cost}.</source>
        <translation>Biaya dengan harga batch: {cost}.</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} (not all variants are downloaded yet).</source>
        <translation>Biaya dengan harga batch: {each} (belum semua varian diunduh).</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} · all variants: {total}.</source>
        <translation>Biaya dengan harga batch: {each} · semua varian: {total}.</translation>
    </message>
    <message>
        <source>filter the rows</source>
        <translation>menyaring baris</translation>
    </message>
    <message>
        <source>{shown} of {rows} rows, in input order.</source>
        <translation>{shown} dari {rows} baris, sesuai urutan masukan.</translation>
    </message>
    <message>
        <source>show the row</source>
        <translation>menampilkan baris</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>baris {number}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Penalaran</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>An embedding of {dim} dimensions.</source>
        <translation>Embedding berdimensi {dim}.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>The service returned no answer for this request.</source>
        <translation>Layanan tidak mengembalikan jawaban untuk permintaan ini.</translation>
    </message>
    <message>
        <source>finish reason: {reason}</source>
        <translation>alasan selesai: {reason}</translation>
    </message>
    <message>
        <source>tokens: {tokens}</source>
        <translation>token: {tokens}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>model: {model}</translation>
    </message>
    <message>
        <source>answered by re-run {batch}</source>
        <translation>dijawab oleh jalankan ulang {batch}</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>mengekspor jawaban</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Menyimpan {path}…</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} in {time}.</source>
        <translation>{rows} baris disimpan ke {path} dalam {time}.</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer.</source>
        <translation>{rows} baris disimpan ke {path} — {ok} terjawab, {failed} gagal, {missing} tanpa jawaban.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} disimpan</translation>
    </message>
    <message>
        <source>vectors for code: {name}</source>
        <translation>vektor untuk kode: {name}</translation>
    </message>
    <message>
        <source>XLSX keeps every cell exactly as written, with no Excel tricks.</source>
        <translation>XLSX menyimpan setiap sel persis seperti ditulis, tanpa trik Excel.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>needs another try</source>
        <translation>perlu dicoba lagi</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tanpa jawaban</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>ID batch</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>permintaan</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>token masukan</translation>
    </message>
    <message>
        <source>completion tokens (thinking included)</source>
        <translation>token keluaran (termasuk berpikir)</translation>
    </message>
    <message>
        <source>total tokens</source>
        <translation>total token</translation>
    </message>
    <message>
        <source>cost at batch prices</source>
        <translation>biaya dengan harga batch</translation>
    </message>
    <message>
        <source>cost of all variants at batch prices</source>
        <translation>biaya semua varian dengan harga batch</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>tidak diketahui ({reason})</translation>
    </message>
    <message>
        <source>{column}: the variants agree</source>
        <translation>{column}: varian sepakat</translation>
    </message>
    <message>
        <source>{agree} of {compared} ({share})</source>
        <translation>{agree} dari {compared} ({share})</translation>
    </message>
    <message>
        <source>cells cut to {limit} characters</source>
        <translation>sel yang dipotong menjadi {limit} karakter</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <source>Exported file</source>
        <translation>Berkas yang diekspor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Buka berkas yang diekspor</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Tampilkan berkas yang diekspor di foldernya</translation>
    </message>
</context>
<context>
    <name>ServerWaits</name>
    <message>
        <source>Checking whether the batch was created, in {seconds} s</source>
        <translation>Memeriksa apakah batch sudah dibuat, dalam {seconds} dtk</translation>
    </message>
    <message>
        <source>Connection problem, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Masalah koneksi, mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
    <message>
        <source>Server busy, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>Server sibuk, mencoba lagi dalam {seconds} dtk (percobaan {attempt} dari {attempts})</translation>
    </message>
    <message>
        <source>No answer from the server yet ({seconds} s); still waiting, for up to {limit} s</source>
        <translation>Belum ada jawaban dari server ({seconds} dtk); masih menunggu, paling lama {limit} dtk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Each region has &lt;b&gt;its own API key&lt;/b&gt;: a Singapore key does not work in Beijing. Keys are kept in your system&apos;s keychain, never in a file, and are never shown again after saving.</source>
        <translation>Setiap region punya &lt;b&gt;API key sendiri&lt;/b&gt;: key Singapura tidak berlaku di Beijing. Key disimpan di keychain sistem Anda, tidak pernah di file, dan tidak ditampilkan lagi setelah disimpan.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Mencari keychain sistem…</translation>
    </message>
    <message>
        <source>Where keys are stored</source>
        <translation>Tempat key disimpan</translation>
    </message>
    <message>
        <source>API keys by region</source>
        <translation>API key per region</translation>
    </message>
    <message>
        <source>Add another OpenAI-compatible endpoint</source>
        <translation>Tambahkan endpoint lain yang kompatibel dengan OpenAI</translation>
    </message>
    <message>
        <source>Name, e.g. Frankfurt</source>
        <translation>Nama, mis. Frankfurt</translation>
    </message>
    <message>
        <source>Custom endpoint name</source>
        <translation>Nama endpoint kustom</translation>
    </message>
    <message>
        <source>Base URL, e.g. https://example.com/compatible-mode/v1</source>
        <translation>Base URL, mis. https://example.com/compatible-mode/v1</translation>
    </message>
    <message>
        <source>Custom endpoint base URL</source>
        <translation>Base URL endpoint kustom</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Tambah endpoint</translation>
    </message>
    <message>
        <source>Add the custom endpoint</source>
        <translation>Tambahkan endpoint kustom</translation>
    </message>
    <message>
        <source>Spending cap</source>
        <translation>Batas pengeluaran</translation>
    </message>
    <message>
        <source>&amp;Cap per job:</source>
        <translation>&amp;Batas per tugas:</translation>
    </message>
    <message>
        <source>Spending cap per job</source>
        <translation>Batas pengeluaran per tugas</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>In the region&apos;s currency. A submit whose upper estimate is above it — or cannot be estimated — is refused with the numbers. The free test model and the sandbox are never capped.</source>
        <translation>Dalam mata uang wilayah. Pengiriman yang perkiraan batas atasnya melebihi nilai ini — atau tidak dapat diperkirakan — ditolak beserta angkanya. Model uji gratis dan sandbox tidak pernah dibatasi.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Bahasa jendela:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Bahasa jendela</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Bahasa sistem ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect after you restart Batch Desk.</source>
        <translation>Bahasa baru berlaku setelah Batch Desk dimulai ulang.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Mulai ulang sekarang</translation>
    </message>
    <message>
        <source>Restart Batch Desk in the new language</source>
        <translation>Mulai ulang Batch Desk dalam bahasa baru</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>Saat jendela ditutup</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background, from an icon in the system tray (menu bar)</source>
        <translation>Tetap memeriksa tugas di latar belakang, dari ikon di baki sistem (bilah menu)</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background</source>
        <translation>Tetap memeriksa tugas di latar belakang</translation>
    </message>
    <message>
        <source>Batch Desk then tells you when a job ends even after you close its window; choose Quit (Ctrl+Q) to stop it.</source>
        <translation>Batch Desk lalu memberi tahu Anda saat tugas selesai meski jendelanya sudah ditutup; pilih Keluar (Ctrl+Q) untuk menghentikannya.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so checking stops when the window closes. Your jobs keep running on the server (up to 14 days): start Batch Desk again and it picks them up and downloads the answers.</source>
        <translation>Desktop ini tidak menampilkan ikon baki, jadi pemeriksaan berhenti saat jendela ditutup. Tugas Anda tetap berjalan di server (hingga 14 hari): jalankan Batch Desk lagi dan aplikasi akan melanjutkan serta mengunduh jawabannya.</translation>
    </message>
    <message>
        <source>Saved. Restart Batch Desk to see the new language.</source>
        <translation>Tersimpan. Mulai ulang Batch Desk untuk melihat bahasa baru.</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>menyimpan key</translation>
    </message>
    <message>
        <source>test the key</source>
        <translation>menguji key</translation>
    </message>
    <message>
        <source>remove the key</source>
        <translation>menghapus key</translation>
    </message>
    <message>
        <source>A key is stored ({masked}).</source>
        <translation>Sebuah key tersimpan ({masked}).</translation>
    </message>
    <message>
        <source>No key yet. Get one at &lt;a href=&apos;{url}&apos;&gt;the {region} console&lt;/a&gt;.</source>
        <translation>Belum ada key. Dapatkan di &lt;a href=&apos;{url}&apos;&gt;konsol {region}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Belum ada key.</translation>
    </message>
    <message>
        <source>Keys are stored in: &lt;b&gt;{where}&lt;/b&gt;.</source>
        <translation>Key disimpan di: &lt;b&gt;{where}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>⚠ {problem} Nothing is written to disk.</source>
        <translation>⚠ {problem} Tidak ada yang ditulis ke disk.</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>layanan keychain tidak ditemukan</translation>
    </message>
    <message>
        <source>⚠ No system keychain is available ({problem}). A key you save is kept &lt;b&gt;for this session only&lt;/b&gt; and forgotten when the app closes — nothing is written to disk.</source>
        <translation>⚠ Keychain sistem tidak tersedia ({problem}). Key yang Anda simpan hanya berlaku &lt;b&gt;untuk sesi ini&lt;/b&gt; dan dilupakan saat aplikasi ditutup — tidak ada yang ditulis ke disk.</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>Tempel key terlebih dahulu.</translation>
    </message>
    <message>
        <source>{where} Press Test to check it with the server.</source>
        <translation>{where} Tekan Uji untuk memeriksanya dengan server.</translation>
    </message>
    <message>
        <source>There is no key to test. Paste one first.</source>
        <translation>Tidak ada key untuk diuji. Tempel satu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <source>✓ The key works in this region.</source>
        <translation>✓ Key ini berfungsi di region ini.</translation>
    </message>
    <message>
        <source>Removed. This region has no key now.</source>
        <translation>Dihapus. Region ini sekarang tidak punya key.</translation>
    </message>
    <message>
        <source>Added “{name}”. Save its key above; it appears in the region list after a restart.</source>
        <translation>&quot;{name}&quot; ditambahkan. Simpan key-nya di atas; endpoint ini muncul di daftar region setelah dimulai ulang.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>← Choose another file</source>
        <translation>← Pilih file lain</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Pilih file lain</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>Status pemetaan</translation>
    </message>
    <message>
        <source>Create requests →</source>
        <translation>Buat permintaan →</translation>
    </message>
    <message>
        <source>Create the requests</source>
        <translation>Buat permintaan</translation>
    </message>
    <message>
        <source>1. How to read the file</source>
        <translation>1. Cara membaca file</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encoding teks</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>Encoding te&amp;ks:</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Pemisah kolom</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Pemi&amp;sah:</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Baris pertama berisi nama kolom</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Baris pertama adalah judul</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>Yang terdeteksi</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>Masalah membaca file</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>Pratinjau tabel</translation>
    </message>
    <message>
        <source>2. Turn each row into a request</source>
        <translation>2. Ubah setiap baris menjadi permintaan</translation>
    </message>
    <message>
        <source>Request ID column</source>
        <translation>Kolom ID permintaan</translation>
    </message>
    <message>
        <source>Each request needs its own ID, so each answer can be matched to its row. Pick a column, or let the app number the rows.</source>
        <translation>Setiap permintaan perlu ID sendiri, agar setiap jawaban bisa dicocokkan dengan barisnya. Pilih kolom, atau biarkan aplikasi menomori baris.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Template prompt</translation>
    </message>
    <message>
        <source>e.g. Translate into English: {text}</source>
        <translation>mis. Terjemahkan ke bahasa Inggris: {text}</translation>
    </message>
    <message>
        <source>The prompt sent for each row. {column} is replaced by that row&apos;s cell; write {{ or }} for a brace.</source>
        <translation>Prompt yang dikirim untuk setiap baris. {column} diganti dengan sel baris itu; tulis {{ atau }} untuk kurung kurawal.</translation>
    </message>
    <message>
        <source>Insert column ▾</source>
        <translation>Sisipkan kolom ▾</translation>
    </message>
    <message>
        <source>Insert a column into the prompt</source>
        <translation>Sisipkan kolom ke dalam prompt</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <source>Optional: instructions for every request, e.g. You are a careful translator.</source>
        <translation>Opsional: instruksi untuk setiap permintaan, mis. Anda penerjemah yang teliti.</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>Prompt sis&amp;tem:</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Jenis permintaan</translation>
    </message>
    <message>
        <source>Chat (answers)</source>
        <translation>Chat (jawaban)</translation>
    </message>
    <message>
        <source>Embeddings (vectors)</source>
        <translation>Embedding (vektor)</translation>
    </message>
    <message>
        <source>Free test model (dummy answers)</source>
        <translation>Model uji gratis (jawaban tiruan)</translation>
    </message>
    <message>
        <source>Chat: the model writes an answer to each prompt. Embeddings: a vector for each text. Free test model: checks the file and the connection; the answers are placeholders.</source>
        <translation>Chat: model menulis jawaban untuk setiap prompt. Embedding: satu vektor untuk setiap teks. Model uji gratis: memeriksa file dan koneksi; jawabannya hanya pengisi.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>bawaan model</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied (0 up to 2).</source>
        <translation>Makin rendah makin dapat ditebak, makin tinggi makin beragam (0 sampai di bawah 2).</translation>
    </message>
    <message>
        <source>top_p</source>
        <translation>top_p</translation>
    </message>
    <message>
        <source>Longest answer in tokens (max_tokens)</source>
        <translation>Jawaban terpanjang dalam token (max_tokens)</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Token maks</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Pengaturan:</translation>
    </message>
    <message>
        <source>Thinking mode (enable_thinking)</source>
        <translation>Mode berpikir (enable_thinking)</translation>
    </message>
    <message>
        <source>Off — answer directly (enable_thinking: false)</source>
        <translation>Mati — langsung menjawab (enable_thinking: false)</translation>
    </message>
    <message>
        <source>On — think first (enable_thinking: true)</source>
        <translation>Hidup — berpikir dulu (enable_thinking: true)</translation>
    </message>
    <message>
        <source>Thinking tokens are billed as output tokens: with thinking on, answers cost more and take longer.</source>
        <translation>Token berpikir ditagih sebagai token keluaran: dengan berpikir aktif, jawaban lebih mahal dan lebih lama.</translation>
    </message>
    <message>
        <source>&amp;Thinking:</source>
        <translation>&amp;Berpikir:</translation>
    </message>
    <message>
        <source>Image column</source>
        <translation>Kolom gambar</translation>
    </message>
    <message>
        <source>For vision models (qwen-vl-*): a column with image web addresses or file paths. Local pictures are embedded (at most 4 MB each).</source>
        <translation>Untuk model visual (qwen-vl-*): kolom berisi alamat web atau path file gambar. Gambar lokal disematkan (masing-masing paling besar 4 MB).</translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation>&amp;Gambar:</translation>
    </message>
    <message>
        <source>Ans&amp;wer columns:</source>
        <translation>Kolom ja&amp;waban:</translation>
    </message>
    <message>
        <source>Problems with the mapping</source>
        <translation>Masalah pemetaan</translation>
    </message>
    <message>
        <source>3. The request for the selected row</source>
        <translation>3. Permintaan untuk baris terpilih</translation>
    </message>
    <message>
        <source>Select a row on the left to see its request.</source>
        <translation>Pilih baris di sebelah kiri untuk melihat permintaannya.</translation>
    </message>
    <message>
        <source>Prompt of the selected row</source>
        <translation>Prompt baris terpilih</translation>
    </message>
    <message>
        <source>Request preview (JSON)</source>
        <translation>Pratinjau permintaan (JSON)</translation>
    </message>
    <message>
        <source>close the previous table</source>
        <translation>menutup tabel sebelumnya</translation>
    </message>
    <message>
        <source>close the table</source>
        <translation>menutup tabel</translation>
    </message>
    <message>
        <source>Detected encoding: {label}. {reason}</source>
        <translation>Encoding yang terdeteksi: {label}. {reason}</translation>
    </message>
    <message>
        <source>Read as {label} (your choice).</source>
        <translation>Dibaca sebagai {label} (pilihan Anda).</translation>
    </message>
    <message>
        <source>Cells separated by: {name}.</source>
        <translation>Sel dipisahkan oleh: {name}.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {count}.</source>
        <translation>Lembar &quot;{sheet}&quot; dari {count}.</translation>
    </message>
    <message>
        <source>If the text below looks wrong (boxes or odd characters), choose another encoding.</source>
        <translation>Jika teks di bawah tampak salah (kotak atau karakter aneh), pilih encoding lain.</translation>
    </message>
    <message>
        <source>Numbers and dates are shown as Excel shows them.</source>
        <translation>Angka dan tanggal ditampilkan seperti di Excel.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows · {columns} columns.</source>
        <translation>{name}: {rows} baris · {columns} kolom.</translation>
    </message>
    <message>
        <source>{name}: about {rows} rows · {columns} columns. The first {shown} rows:</source>
        <translation>{name}: sekitar {rows} baris · {columns} kolom. {shown} baris pertama:</translation>
    </message>
    <message>
        <source>Number the rows for me (row-2, row-3, …)</source>
        <translation>Beri nomor baris untuk saya (row-2, row-3, …)</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Tanpa gambar</translation>
    </message>
    <message>
        <source>Column “{name}”</source>
        <translation>Kolom &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>read the file again</source>
        <translation>membaca ulang file</translation>
    </message>
    <message>
        <source>The file cannot be read this way: {reason}</source>
        <translation>File tidak dapat dibaca dengan cara ini: {reason}</translation>
    </message>
    <message>
        <source>show the request preview</source>
        <translation>menampilkan pratinjau permintaan</translation>
    </message>
    <message>
        <source>⚠ Not in this region&apos;s documented batch models — it may not work there.</source>
        <translation>⚠ Tidak ada dalam daftar model batch resmi region ini — mungkin tidak berfungsi di sana.</translation>
    </message>
    <message>
        <source>Create {rows} requests →</source>
        <translation>Buat {rows} permintaan →</translation>
    </message>
    <message>
        <source>Fix the problem shown in red to continue.</source>
        <translation>Perbaiki masalah yang ditandai merah untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Next: create the requests, then check and edit them before anything is sent.</source>
        <translation>Berikutnya: buat permintaan, lalu periksa dan sunting sebelum ada yang dikirim.</translation>
    </message>
    <message>
        <source>Column “{column}”: {blank} blank and {repeated} repeated ID(s) in the rows shown. Every request needs its own ID: fix them in the next step, or let the app number the rows.</source>
        <translation>Kolom &quot;{column}&quot;: {blank} ID kosong dan {repeated} ID berulang di baris yang ditampilkan. Setiap permintaan perlu ID sendiri: perbaiki di langkah berikutnya, atau biarkan aplikasi menomori baris.</translation>
    </message>
    <message>
        <source>The table has no data rows.</source>
        <translation>Tabel tidak berisi baris data.</translation>
    </message>
    <message>
        <source>Sheet row {row} cannot become a request: {reason}</source>
        <translation>Baris sheet {row} tidak bisa menjadi permintaan: {reason}</translation>
    </message>
    <message>
        <source>Fix the mapping above to see the request for sheet row {row}.</source>
        <translation>Perbaiki pemetaan di atas untuk melihat permintaan baris sheet {row}.</translation>
    </message>
    <message>
        <source>Sheet row {row} → prompt: &lt;b&gt;{prompt}&lt;/b&gt;</source>
        <translation>Baris sheet {row} → prompt: &lt;b&gt;{prompt}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>File yang terbuka</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Buka file lain…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>Buka file lain</translation>
    </message>
    <message>
        <source>Or drop a file anywhere on this window (Ctrl+O)</source>
        <translation>Atau letakkan file di mana saja di jendela ini (Ctrl+O)</translation>
    </message>
    <message>
        <source>create the requests</source>
        <translation>membuat permintaan</translation>
    </message>
    <message>
        <source>Drop your spreadsheet or batch file here</source>
        <translation>Letakkan spreadsheet atau file batch di sini</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT saved in any common encoding (Chinese, Japanese, Korean, Western), or a ready JSONL batch file. You choose how each row becomes a request and check everything before anything is uploaded.</source>
        <translation>Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT dengan encoding umum apa pun (Tionghoa, Jepang, Korea, Barat), atau file batch JSONL yang sudah jadi. Anda menentukan bagaimana setiap baris menjadi permintaan dan memeriksa semuanya sebelum ada yang diunggah.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Buka file…</translation>
    </message>
    <message>
        <source>Open a spreadsheet or batch file</source>
        <translation>Buka spreadsheet atau file batch</translation>
    </message>
    <message>
        <source>Try a sample: translate Chinese and Japanese sentences</source>
        <translation>Coba contoh: terjemahkan kalimat Tionghoa dan Jepang</translation>
    </message>
    <message>
        <source>Open the sample spreadsheet</source>
        <translation>Buka spreadsheet contoh</translation>
    </message>
    <message>
        <source>No file yet. Step 1: add your file. Step 2: check it. Step 3: submit.</source>
        <translation>Belum ada file. Langkah 1: tambahkan file. Langkah 2: periksa. Langkah 3: kirim.</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>Ringkasan file</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <source>Split offer</source>
        <translation>Tawaran pemisahan</translation>
    </message>
    <message>
        <source>Rehearsal result</source>
        <translation>Hasil uji coba</translation>
    </message>
    <message>
        <source>Shown in the job list</source>
        <translation>Ditampilkan di daftar tugas</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nama batch</translation>
    </message>
    <message>
        <source>Optional, up to 200 characters</source>
        <translation>Opsional, hingga 200 karakter</translation>
    </message>
    <message>
        <source>Batch description</source>
        <translation>Deskripsi batch</translation>
    </message>
    <message>
        <source>Completion window</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>How long the service may take: 24h to 336h (14d). Requests not done by then are not run and not billed.</source>
        <translation>Berapa lama layanan boleh bekerja: 24h sampai 336h (14d). Permintaan yang belum selesai saat itu tidak dijalankan dan tidak ditagih.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Finish &amp;within:</source>
        <translation>Selesai dala&amp;m:</translation>
    </message>
    <message>
        <source>← Change the columns</source>
        <translation>← Ubah kolom</translation>
    </message>
    <message>
        <source>Back to the column mapping</source>
        <translation>Kembali ke pemetaan kolom</translation>
    </message>
    <message>
        <source>Creating the requests again replaces the edits made in this table.</source>
        <translation>Membuat ulang permintaan akan mengganti suntingan di tabel ini.</translation>
    </message>
    <message>
        <source>Save as JSONL…</source>
        <translation>Simpan sebagai JSONL…</translation>
    </message>
    <message>
        <source>Save the requests as a JSONL file</source>
        <translation>Simpan permintaan sebagai file JSONL</translation>
    </message>
    <message>
        <source>UTF-8, one request per line (Ctrl+S)</source>
        <translation>UTF-8, satu permintaan per baris (Ctrl+S)</translation>
    </message>
    <message>
        <source>Try on the test model (free)</source>
        <translation>Coba di model uji (gratis)</translation>
    </message>
    <message>
        <source>Try the first requests on the free test model</source>
        <translation>Coba permintaan pertama di model uji gratis</translation>
    </message>
    <message>
        <source>Sends up to the first 100 requests to batch-test-model in this region. It costs nothing and shows whether the file and the connection work, before the real run.</source>
        <translation>Mengirim hingga 100 permintaan pertama ke batch-test-model di region ini. Gratis, dan menunjukkan apakah file serta koneksi berfungsi sebelum dijalankan sungguhan.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Kemajuan unggah</translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation>Kirim batch</translation>
    </message>
    <message>
        <source>Upload the file and start the batch (Ctrl+Enter)</source>
        <translation>Unggah file dan mulai batch (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Tambahkan file</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Petakan kolom</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Periksa dan kirim</translation>
    </message>
    <message>
        <source>Please drop one file at a time; the first one is opened.</source>
        <translation>Letakkan satu file saja setiap kali; file pertama yang dibuka.</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>membuka file</translation>
    </message>
    <message>
        <source>Spreadsheets and batch files ({patterns});;Batch files (*.jsonl);;All files (*)</source>
        <translation>Spreadsheet dan file batch ({patterns});;File batch (*.jsonl);;Semua file (*)</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Drop a spreadsheet or a .jsonl file instead.</source>
        <translation>&quot;{name}&quot; adalah folder. Letakkan spreadsheet atau file .jsonl.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found. It may have been moved or deleted.</source>
        <translation>File {path} tidak ditemukan. Mungkin sudah dipindah atau dihapus.</translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>Membaca &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>Membuka &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>estimate the cost</source>
        <translation>memperkirakan biaya</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Memperkirakan biaya…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Menunggu konfirmasi Anda…</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>Tidak dikirim: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {count} batches ({variants}), each billed. The results put their answers side by side once they are all downloaded.</source>
        <translation>“{name}” dikirim sebagai {count} batch ({variants}), masing-masing ditagih. Setelah semuanya diunduh, hasilnya menampilkan jawaban mereka berdampingan.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Check that it is not open in another program.</source>
        <translation>File {name} tidak dapat dibaca ({reason}). Pastikan file tidak sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation>Membuat permintaan…</translation>
    </message>
    <message>
        <source>The requests could not be created.</source>
        <translation>Permintaan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>prompt B</source>
        <translation>prompt B</translation>
    </message>
    <message>
        <source>Your unsaved edits were kept in {path}.</source>
        <translation>Suntingan yang belum disimpan disimpan di {path}.</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>File: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finish callback address</source>
        <translation>Alamat callback selesai</translation>
    </message>
    <message>
        <source>Optional, advanced: a public https:// address the service calls when the job ends</source>
        <translation>Opsional, lanjutan: alamat https:// publik yang dipanggil layanan saat tugas selesai</translation>
    </message>
    <message>
        <source>Beijing only (metadata.ds_batch_finish_callback). The service sends a POST to this address when the job ends, so a server of yours learns about it without this app running.</source>
        <translation>Hanya Beijing (metadata.ds_batch_finish_callback). Layanan mengirim POST ke alamat ini saat tugas selesai, sehingga server Anda mengetahuinya tanpa aplikasi ini berjalan.</translation>
    </message>
    <message>
        <source>Finish ca&amp;llback:</source>
        <translation>Ca&amp;llback selesai:</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Permintaan baru</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {rows} rows · checking…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {rows} baris · memeriksa…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {requests} requests · {size} · model {models} · endpoint {endpoint}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {requests} permintaan · {size} · model {models} · endpoint {endpoint}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited, not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;disunting, belum disimpan&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ Over the per-file limit — it can be sent as {parts} parts.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ Melebihi batas per file — bisa dikirim sebagai {parts} bagian.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ {errors} error(s) must be fixed before submitting.&lt;/span&gt; Click a problem below to go to its line, then edit the cell.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ {errors} kesalahan harus diperbaiki sebelum mengirim.&lt;/span&gt; Klik masalah di bawah untuk menuju barisnya, lalu sunting selnya.</translation>
    </message>
    <message>
        <source>There are also {warnings} warning(s).</source>
        <translation>Ada juga {warnings} peringatan.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} warning(s) — you can still submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} peringatan — Anda tetap bisa mengirim.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found. Ready to submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ Tidak ada masalah. Siap dikirim.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This file has {requests} requests ({size}), more than one batch may hold. Submit can split it into {parts} parts of at most {largest} requests that each fit, and send them as one job group: the answers come back together in Jobs and results.</source>
        <translation>File ini berisi {requests} permintaan ({size}), lebih dari yang muat dalam satu batch. Kirim bisa memecahnya menjadi {parts} bagian berisi paling banyak {largest} permintaan yang masing-masing muat, dan mengirimnya sebagai satu grup tugas: jawabannya kembali bersama di Tugas dan hasil.</translation>
    </message>
    <message>
        <source>Note: the test model runs at most {tasks} jobs at a time, so the other parts are refused until earlier ones finish. Use a smaller sample for the free test.</source>
        <translation>Catatan: model uji menjalankan paling banyak {tasks} tugas sekaligus, jadi bagian lain ditolak sampai bagian sebelumnya selesai. Gunakan sampel yang lebih kecil untuk uji gratis.</translation>
    </message>
    <message>
        <source>Submit again anyway</source>
        <translation>Tetap kirim lagi</translation>
    </message>
    <message>
        <source>Submit as {parts} parts</source>
        <translation>Kirim sebagai {parts} bagian</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per model)</source>
        <translation>Kirim {count} batch (satu per model)</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per prompt)</source>
        <translation>Kirim {count} batch (satu per prompt)</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>Simpan permintaan</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>File batch (*.jsonl)</translation>
    </message>
    <message>
        <source>save the requests</source>
        <translation>menyimpan permintaan</translation>
    </message>
    <message>
        <source>Saved {count} requests to {path}.</source>
        <translation>{count} permintaan disimpan ke {path}.</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: add a file and create its requests first.</source>
        <translation>Belum ada yang bisa dikirim: tambahkan file dan buat permintaannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>The batch is already being submitted.</source>
        <translation>Batch ini sudah sedang dikirim.</translation>
    </message>
    <message>
        <source>submit the batch</source>
        <translation>mengirim batch</translation>
    </message>
    <message>
        <source>Add a file first.</source>
        <translation>Tambahkan file terlebih dahulu.</translation>
    </message>
    <message>
        <source>The requests still have errors. Fix the problems listed, then submit.</source>
        <translation>Permintaan masih punya kesalahan. Perbaiki masalah yang tercantum, lalu kirim.</translation>
    </message>
    <message>
        <source>Not sent: a comparison sends one batch per model or prompt, and each has to fit in one file. These requests would have to be split into {parts} parts (over the service&apos;s per-file limits), and comparing split files is not supported yet. Use fewer rows, or build the requests again without the comparison.</source>
        <translation>Tidak dikirim: perbandingan mengirim satu batch per model atau prompt, dan masing-masing harus muat dalam satu berkas. Permintaan ini harus dipecah menjadi {parts} bagian (melebihi batas per berkas layanan), dan membandingkan berkas yang dipecah belum didukung. Gunakan lebih sedikit baris, atau buat ulang permintaan tanpa perbandingan.</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>Menyiapkan file…</translation>
    </message>
    <message>
        <source>Uploading batch {number} of {count}…</source>
        <translation>Mengunggah batch {number} dari {count}…</translation>
    </message>
    <message>
        <source>prompt A</source>
        <translation>prompt A</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Mengunggah…</translation>
    </message>
    <message>
        <source>Uploading part {part} of {parts}…</source>
        <translation>Mengunggah bagian {part} dari {parts}…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Nothing was sent. To run it again anyway, press “Submit again anyway”.</source>
        <translation>Tidak ada yang dikirim. Untuk tetap menjalankannya lagi, tekan “Tetap kirim lagi”.</translation>
    </message>
    <message>
        <source>The submit could not be confirmed yet; the app keeps checking.</source>
        <translation>Pengiriman belum bisa dipastikan; aplikasi terus memeriksa.</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {parts} parts (one job group). Each part runs as its own batch; this window checks on them and downloads the answers when they end.</source>
        <translation>&quot;{name}&quot; dikirim sebagai {parts} bagian (satu grup tugas). Setiap bagian berjalan sebagai batch sendiri; jendela ini memantaunya dan mengunduh jawabannya saat selesai.</translation>
    </message>
    <message>
        <source>Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and downloads the answers when it ends. You can close the app and come back later.</source>
        <translation>&quot;{name}&quot; ({batch}) dikirim. Sekarang berjalan di server; jendela ini memantaunya dan mengunduh jawabannya saat selesai. Anda boleh menutup aplikasi dan kembali nanti.</translation>
    </message>
    <message>
        <source>start the rehearsal</source>
        <translation>memulai uji coba</translation>
    </message>
    <message>
        <source>Rehearsal sent: {count} request(s) to the free test model in {region}. The answers are placeholders; what matters is whether the file and the connection work. The result shows here when it finishes (usually within minutes) — you can keep editing meanwhile.</source>
        <translation>Uji coba dikirim: {count} permintaan ke model uji gratis di {region}. Jawabannya hanya pengisi; yang penting apakah file dan koneksi berfungsi. Hasilnya muncul di sini saat selesai (biasanya dalam beberapa menit) — Anda bisa terus menyunting sementara itu.</translation>
    </message>
    <message>
        <source>show the rehearsal result</source>
        <translation>menampilkan hasil uji coba</translation>
    </message>
    <message>
        <source>Rehearsal passed: all {count} request(s) came back from the test model. The format, the key and the connection work — submit the real batch when you are ready.</source>
        <translation>Uji coba berhasil: semua {count} permintaan kembali dari model uji. Format, key, dan koneksi berfungsi — kirim batch sungguhan saat Anda siap.</translation>
    </message>
    <message>
        <source>Rehearsal did not pass ({status}): {succeeded} request(s) came back, {failed} failed. {details}</source>
        <translation>Uji coba tidak berhasil ({status}): {succeeded} permintaan kembali, {failed} gagal. {details}</translation>
    </message>
</context>
<context>
    <name>TablePreviewModel</name>
    <message>
        <source>Row {row} has {cells} cells; the table has {columns} columns.</source>
        <translation>Baris {row} berisi {cells} sel; tabel punya {columns} kolom.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not {action}: an unexpected error happened. Details are in the log (Help ▸ Log folder).</source>
        <translation>Tidak dapat {action}: terjadi kesalahan tak terduga. Rinciannya ada di log (Bantuan ▸ Folder log).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{s} s</source>
        <translation>{s} detik</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} menit</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} menit</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} hari {h} jam</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} TB</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Still running.</source>
        <translation>Masih berjalan.</translation>
    </message>
    <message>
        <source>Every request has an answer.</source>
        <translation>Setiap permintaan sudah dijawab.</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed; you can re-run the failed ones.</source>
        <translation>Setiap permintaan sudah dijawab, tetapi sebagian gagal; Anda bisa menjalankan ulang yang gagal.</translation>
    </message>
    <message>
        <source>The service says this job completed, but answers are missing for some requests. It is not done: re-run the missing ones.</source>
        <translation>Layanan menyatakan tugas ini selesai, tetapi jawaban untuk beberapa permintaan hilang. Tugas belum tuntas: jalankan ulang yang hilang.</translation>
    </message>
    <message>
        <source>The job ended early (expired or cancelled). Answers already given are kept (and billed); the rest never ran — re-run them.</source>
        <translation>Tugas berakhir lebih awal (kedaluwarsa atau dibatalkan). Jawaban yang sudah ada disimpan (dan ditagih); sisanya tidak pernah berjalan — jalankan ulang.</translation>
    </message>
    <message>
        <source>The job ended before any request was answered; nothing was billed.</source>
        <translation>Tugas berakhir sebelum ada permintaan yang dijawab; tidak ada biaya.</translation>
    </message>
    <message>
        <source>The job failed as a whole (see its errors); nothing was run or billed.</source>
        <translation>Tugas gagal seluruhnya (lihat kesalahannya); tidak ada yang dijalankan atau ditagih.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Selamat datang di {app}</translation>
    </message>
    <message>
        <source>&amp;Got it — hide this</source>
        <translation>&amp;Mengerti — sembunyikan</translation>
    </message>
    <message>
        <source>Hide the welcome panel</source>
        <translation>Sembunyikan panel selamat datang</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows it again.</source>
        <translation>Bantuan ▸ Selamat datang menampilkannya lagi.</translation>
    </message>
    <message>
        <source>Send thousands of prompts to Alibaba Cloud Model Studio as one batch job — at half the price of one-by-one calls, without writing code. Three steps:</source>
        <translation>Kirim ribuan prompt ke Alibaba Cloud Model Studio sebagai satu tugas batch — setengah harga panggilan satu per satu, tanpa menulis kode. Tiga langkah:</translation>
    </message>
    <message>
        <source>① Add your file</source>
        <translation>① Tambahkan file</translation>
    </message>
    <message>
        <source>Drop a spreadsheet (Excel, CSV) or a JSONL batch file on the window, or press Open file (Ctrl+O).</source>
        <translation>Letakkan spreadsheet (Excel, CSV) atau file batch JSONL di jendela, atau tekan Buka file (Ctrl+O).</translation>
    </message>
    <message>
        <source>② Check</source>
        <translation>② Periksa</translation>
    </message>
    <message>
        <source>Every documented limit is checked before anything is uploaded. Problems are listed with their line and what to do.</source>
        <translation>Setiap batas yang terdokumentasi diperiksa sebelum apa pun diunggah. Masalah ditampilkan beserta barisnya dan cara memperbaikinya.</translation>
    </message>
    <message>
        <source>③ Submit</source>
        <translation>③ Kirim</translation>
    </message>
    <message>
        <source>Press Submit (Ctrl+Enter). The job appears under Jobs and results; when it ends, export the answers for Excel (Ctrl+E).</source>
        <translation>Tekan Kirim batch (Ctrl+Enter). Tugas muncul di Tugas dan hasil; setelah selesai, ekspor jawabannya untuk Excel (Ctrl+E).</translation>
    </message>
    <message>
        <source>Where to get an API key</source>
        <translation>Tempat mendapatkan API key</translation>
    </message>
    <message>
        <source>&amp;Try the sample in the sandbox</source>
        <translation>&amp;Coba contoh di sandbox</translation>
    </message>
    <message>
        <source>Try the sample in the sandbox</source>
        <translation>Coba contoh di sandbox</translation>
    </message>
    <message>
        <source>Opens a two-line batch file for the free test model and switches to the Sandbox region.</source>
        <translation>Membuka file batch dua baris untuk model uji gratis dan beralih ke region Sandbox.</translation>
    </message>
    <message>
        <source>Enter API &amp;keys…</source>
        <translation>Masukkan API &amp;key…</translation>
    </message>
    <message>
        <source>Open the API key settings</source>
        <translation>Buka pengaturan API key</translation>
    </message>
    <message>
        <source>The sandbox answers on this computer: nothing is sent to Alibaba Cloud and nothing is billed.</source>
        <translation>Sandbox menjawab di komputer ini: tidak ada yang dikirim ke Alibaba Cloud dan tidak ada biaya.</translation>
    </message>
    <message>
        <source>For real answers you need an API key. Each region has its own key — a Singapore key does not work in Beijing:</source>
        <translation>Untuk jawaban sungguhan Anda perlu API key. Setiap region punya key sendiri — key Singapura tidak berlaku di Beijing:</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console</source>
        <translation>dapatkan key di konsol Model Studio</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console (Beijing)</source>
        <translation>dapatkan key di konsol Model Studio (Beijing)</translation>
    </message>
</context>
</TS>
