/**
 * Indonesian TCF 2.2 texts: Assent's translation of the IAB's English vendor-list texts (GVL v3).
 *
 * The IAB publishes no Indonesian translation of the TCF purposes. These texts are Assent's
 * own, translated faithfully from the English of the vendor list (purposes with their
 * illustrations, special purposes, features, special features, stacks 1–43, data categories),
 * and are to be replaced by the IAB's wording if it publishes one. Stack texts are composed
 * from the translated phrases of the purposes each stack combines.
 */
import type { PurposeTexts } from './types.js';

const texts: PurposeTexts = {
  source: 'assent',
  purposes: {
    '1': {
      name: 'Menyimpan dan/atau mengakses informasi di perangkat',
      description:
        'Cookie, pengenal perangkat, atau pengenal online serupa (mis. pengenal berbasis login, pengenal yang ditetapkan secara acak, pengenal berbasis jaringan) beserta informasi lain (mis. jenis dan informasi browser, bahasa, ukuran layar, teknologi yang didukung, dll.) dapat disimpan di atau dibaca dari perangkat Anda untuk mengenalinya setiap kali perangkat tersebut terhubung ke aplikasi atau situs web, untuk satu atau beberapa tujuan yang disajikan di sini.',
      illustrations: [
        'Sebagian besar tujuan yang dijelaskan dalam pemberitahuan ini bergantung pada penyimpanan atau pengaksesan informasi dari perangkat Anda saat Anda menggunakan aplikasi atau mengunjungi situs web. Misalnya, vendor atau penerbit mungkin perlu menyimpan cookie di perangkat Anda saat kunjungan pertama Anda ke sebuah situs web, agar dapat mengenali perangkat Anda pada kunjungan berikutnya (dengan mengakses cookie ini setiap kali).',
      ],
    },
    '2': {
      name: 'Menggunakan data terbatas untuk memilih iklan',
      description:
        'Iklan yang ditampilkan kepada Anda di layanan ini dapat didasarkan pada data terbatas, seperti situs web atau aplikasi yang sedang Anda gunakan, lokasi Anda yang tidak persis, jenis perangkat Anda, atau konten yang sedang (atau pernah) Anda interaksikan (misalnya, untuk membatasi berapa kali sebuah iklan ditampilkan kepada Anda).',
      illustrations: [
        'Sebuah produsen mobil ingin mempromosikan kendaraan listriknya kepada pengguna yang peduli lingkungan dan tinggal di kota, setelah jam kantor. Iklan ditampilkan di halaman dengan konten terkait (seperti artikel tentang aksi perubahan iklim) setelah pukul 18.30 kepada pengguna yang lokasi tidak persisnya menunjukkan bahwa mereka berada di kawasan perkotaan.',
        'Sebuah produsen besar cat air ingin menjalankan kampanye iklan online untuk lini cat air terbarunya, dengan memperluas audiensnya agar menjangkau sebanyak mungkin seniman amatir dan profesional serta menghindari penayangan iklan di samping konten yang tidak sesuai (misalnya, artikel tentang cara mengecat rumah Anda). Berapa kali iklan telah ditampilkan kepada Anda dideteksi dan dibatasi, agar iklan tidak ditampilkan terlalu sering.',
      ],
    },
    '3': {
      name: 'Membuat profil untuk iklan yang dipersonalisasi',
      description:
        'Informasi tentang aktivitas Anda di layanan ini (seperti formulir yang Anda kirim, konten yang Anda lihat) dapat disimpan dan digabungkan dengan informasi lain tentang Anda (misalnya, informasi dari aktivitas Anda sebelumnya di layanan ini dan situs web atau aplikasi lain) atau tentang pengguna serupa. Informasi ini kemudian digunakan untuk membuat atau menyempurnakan profil tentang Anda (yang dapat mencakup kemungkinan minat dan aspek pribadi). Profil Anda dapat digunakan (juga di kemudian hari) oleh entitas ini dan entitas lain untuk menampilkan iklan yang tampak lebih relevan berdasarkan kemungkinan minat Anda.',
      illustrations: [
        'Jika Anda membaca beberapa artikel tentang aksesori sepeda terbaik untuk dibeli, informasi ini dapat digunakan untuk membuat profil tentang minat Anda pada aksesori sepeda. Profil semacam itu dapat digunakan atau disempurnakan di kemudian hari, di situs web atau aplikasi yang sama maupun berbeda, untuk menampilkan kepada Anda iklan dari merek aksesori sepeda tertentu. Jika Anda juga melihat konfigurator kendaraan di situs web produsen mobil mewah, informasi ini dapat digabungkan dengan minat Anda pada sepeda untuk mempertajam profil Anda dan membuat asumsi bahwa Anda tertarik pada perlengkapan bersepeda mewah.',
        'Sebuah perusahaan pakaian ingin mempromosikan lini baru pakaian bayi kelas atasnya. Perusahaan itu menghubungi sebuah agensi yang memiliki jaringan klien dengan pelanggan berpenghasilan tinggi (seperti supermarket kelas atas) dan meminta agensi tersebut membuat profil orang tua muda atau pasangan yang dapat diasumsikan mampu secara finansial dan baru memiliki anak, sehingga profil ini kemudian dapat digunakan untuk menampilkan iklan di aplikasi mitra berdasarkan profil tersebut.',
      ],
    },
    '4': {
      name: 'Menggunakan profil untuk memilih iklan yang dipersonalisasi',
      description:
        'Iklan yang ditampilkan kepada Anda di layanan ini dapat didasarkan pada profil iklan Anda, yang dapat mencerminkan aktivitas Anda di layanan ini atau situs web atau aplikasi lain (seperti formulir yang Anda kirim, konten yang Anda lihat), kemungkinan minat, dan aspek pribadi.',
      illustrations: [
        'Sebuah peritel online ingin mengiklankan obral terbatas sepatu lari. Peritel itu ingin menargetkan iklan kepada pengguna yang sebelumnya melihat sepatu lari di aplikasi selulernya. Teknologi pelacakan dapat digunakan untuk mengenali bahwa Anda sebelumnya telah menggunakan aplikasi seluler tersebut untuk melihat sepatu lari, agar dapat menampilkan iklan yang sesuai kepada Anda di aplikasi.',
        'Profil yang dibuat untuk iklan yang dipersonalisasi terkait seseorang yang telah mencari aksesori sepeda di sebuah situs web dapat digunakan untuk menampilkan iklan aksesori sepeda yang relevan di aplikasi seluler milik organisasi lain.',
      ],
    },
    '5': {
      name: 'Membuat profil untuk mempersonalisasi konten',
      description:
        'Informasi tentang aktivitas Anda di layanan ini (misalnya, formulir yang Anda kirim, konten non-iklan yang Anda lihat) dapat disimpan dan digabungkan dengan informasi lain tentang Anda (seperti aktivitas Anda sebelumnya di layanan ini atau situs web atau aplikasi lain) atau tentang pengguna serupa. Informasi ini kemudian digunakan untuk membuat atau menyempurnakan profil tentang Anda (yang misalnya dapat mencakup kemungkinan minat dan aspek pribadi). Profil Anda dapat digunakan (juga di kemudian hari) untuk menampilkan konten yang tampak lebih relevan berdasarkan kemungkinan minat Anda, misalnya dengan menyesuaikan urutan penayangan konten kepada Anda, sehingga Anda lebih mudah menemukan konten yang sesuai dengan minat Anda.',
      illustrations: [
        'Anda membaca beberapa artikel tentang cara membangun rumah pohon di sebuah platform media sosial. Informasi ini dapat ditambahkan ke profil untuk menandai minat Anda pada konten yang berkaitan dengan kegiatan luar ruangan serta panduan buat sendiri (dengan tujuan memungkinkan personalisasi konten, sehingga misalnya di masa mendatang Anda disajikan lebih banyak postingan blog dan artikel tentang rumah pohon dan kabin kayu).',
        'Anda telah menonton tiga video tentang penjelajahan antariksa di berbagai aplikasi TV. Sebuah platform berita yang tidak terkait dan belum pernah berhubungan dengan Anda membuat profil berdasarkan perilaku menonton tersebut, dengan menandai penjelajahan antariksa sebagai topik yang mungkin Anda minati untuk video lain.',
      ],
    },
    '6': {
      name: 'Menggunakan profil untuk memilih konten yang dipersonalisasi',
      description:
        'Konten yang ditampilkan kepada Anda di layanan ini dapat didasarkan pada profil personalisasi konten Anda, yang dapat mencerminkan aktivitas Anda di layanan ini atau layanan lain (misalnya, formulir yang Anda kirim, konten yang Anda lihat), kemungkinan minat, dan aspek pribadi. Hal ini misalnya dapat digunakan untuk menyesuaikan urutan penayangan konten kepada Anda, sehingga Anda lebih mudah menemukan konten (non-iklan) yang sesuai dengan minat Anda.',
      illustrations: [
        'Anda membaca artikel tentang makanan vegetarian di sebuah platform media sosial, lalu menggunakan aplikasi memasak milik perusahaan yang tidak terkait. Profil yang dibuat tentang Anda di platform media sosial tersebut akan digunakan untuk menampilkan resep vegetarian kepada Anda di layar sambutan aplikasi memasak itu.',
        'Anda telah menonton tiga video tentang olahraga dayung di berbagai situs web. Sebuah platform berbagi video yang tidak terkait akan merekomendasikan lima video lain tentang dayung yang mungkin menarik bagi Anda saat Anda menggunakan aplikasi TV Anda, berdasarkan profil yang dibuat tentang Anda ketika Anda mengunjungi berbagai situs web tersebut untuk menonton video online.',
      ],
    },
    '7': {
      name: 'Mengukur kinerja iklan',
      description:
        'Informasi mengenai iklan mana yang ditampilkan kepada Anda dan bagaimana Anda berinteraksi dengannya dapat digunakan untuk menentukan seberapa baik sebuah iklan bekerja bagi Anda atau pengguna lain dan apakah tujuan iklan tersebut tercapai. Misalnya, apakah Anda melihat sebuah iklan, apakah Anda mengekliknya, apakah iklan itu mendorong Anda membeli produk atau mengunjungi situs web, dll. Hal ini sangat membantu untuk memahami relevansi kampanye iklan.',
      illustrations: [
        'Anda mengeklik iklan tentang diskon “Black Friday” dari sebuah toko online di situs web sebuah penerbit dan membeli sebuah produk. Klik Anda akan dikaitkan dengan pembelian ini. Interaksi Anda dan interaksi pengguna lain akan diukur untuk mengetahui berapa banyak klik pada iklan tersebut yang berujung pada pembelian.',
        'Anda adalah salah satu dari sangat sedikit orang yang mengeklik iklan tentang diskon “hari apresiasi internasional” dari sebuah toko hadiah online di dalam aplikasi sebuah penerbit. Penerbit tersebut ingin memiliki laporan untuk memahami seberapa sering sebuah penempatan iklan tertentu di dalam aplikasi, khususnya iklan “hari apresiasi internasional”, dilihat atau diklik oleh Anda dan pengguna lain, guna membantu penerbit dan mitranya (seperti agensi) mengoptimalkan penempatan iklan.',
      ],
    },
    '8': {
      name: 'Mengukur kinerja konten',
      description:
        'Informasi mengenai konten mana yang ditampilkan kepada Anda dan bagaimana Anda berinteraksi dengannya dapat digunakan untuk menentukan apakah konten (non-iklan) tersebut, misalnya, menjangkau audiens yang dituju dan sesuai dengan minat Anda. Misalnya, apakah Anda membaca sebuah artikel, menonton video, mendengarkan podcast, atau melihat deskripsi produk, berapa lama Anda menghabiskan waktu di layanan ini dan halaman web yang Anda kunjungi, dll. Hal ini sangat membantu untuk memahami relevansi konten (non-iklan) yang ditampilkan kepada Anda.',
      illustrations: [
        'Anda telah membaca postingan blog tentang mendaki gunung di aplikasi seluler sebuah penerbit dan mengikuti tautan ke postingan terkait yang direkomendasikan. Interaksi Anda akan dicatat sebagai tanda bahwa postingan awal tentang mendaki itu bermanfaat bagi Anda dan berhasil membuat Anda tertarik pada postingan terkait. Hal ini akan diukur untuk mengetahui apakah perlu membuat lebih banyak postingan tentang mendaki di masa mendatang dan di mana menempatkannya di layar beranda aplikasi seluler.',
        'Anda disajikan sebuah video tentang tren mode, tetapi Anda dan beberapa pengguna lain berhenti menonton setelah 30 detik. Informasi ini kemudian digunakan untuk menilai durasi yang tepat bagi video tren mode di masa mendatang.',
      ],
    },
    '9': {
      name: 'Memahami audiens melalui statistik atau gabungan data dari berbagai sumber',
      description:
        'Laporan dapat dibuat berdasarkan gabungan kumpulan data (seperti profil pengguna, statistik, riset pasar, data analitik) mengenai interaksi Anda dan pengguna lain dengan iklan atau konten (non-iklan) untuk mengidentifikasi karakteristik bersama (misalnya, untuk menentukan audiens sasaran mana yang lebih responsif terhadap kampanye iklan atau terhadap konten tertentu).',
      illustrations: [
        'Pemilik sebuah toko buku online menginginkan laporan komersial yang menunjukkan proporsi pengunjung yang melihat-lihat lalu meninggalkan situsnya tanpa membeli, atau yang melihat dan membeli autobiografi selebritas terbaru bulan ini, serta usia rata-rata dan sebaran laki-laki/perempuan dari setiap kategori. Data yang berkaitan dengan navigasi Anda di situsnya dan karakteristik pribadi Anda kemudian digunakan dan digabungkan dengan data serupa lainnya untuk menghasilkan statistik ini.',
        'Seorang pengiklan ingin lebih memahami jenis audiens yang berinteraksi dengan iklannya. Pengiklan itu meminta sebuah lembaga riset untuk membandingkan karakteristik pengguna yang berinteraksi dengan iklan tersebut dengan atribut khas pengguna platform serupa, di berbagai perangkat. Perbandingan ini menunjukkan kepada pengiklan bahwa audiens iklannya terutama mengakses iklan melalui perangkat seluler dan kemungkinan berada dalam rentang usia 45–60 tahun.',
      ],
    },
    '10': {
      name: 'Mengembangkan dan meningkatkan layanan',
      description:
        'Informasi tentang aktivitas Anda di layanan ini, seperti interaksi Anda dengan iklan atau konten, dapat sangat membantu untuk meningkatkan produk dan layanan serta membangun produk dan layanan baru berdasarkan interaksi pengguna, jenis audiens, dll. Tujuan khusus ini tidak mencakup pengembangan atau penyempurnaan profil dan pengenal pengguna.',
      illustrations: [
        'Sebuah platform teknologi yang bekerja sama dengan penyedia media sosial melihat pertumbuhan pengguna aplikasi seluler, dan berdasarkan profil mereka mengetahui bahwa banyak di antaranya terhubung melalui koneksi seluler. Platform itu menggunakan teknologi baru untuk menayangkan iklan yang diformat untuk perangkat seluler dan berbandwidth rendah, guna meningkatkan kinerjanya.',
        'Seorang pengiklan mencari cara untuk menampilkan iklan di jenis perangkat konsumen yang baru. Pengiklan itu mengumpulkan informasi mengenai cara pengguna berinteraksi dengan jenis perangkat baru ini untuk menentukan apakah ia dapat membangun mekanisme baru untuk menampilkan iklan di jenis perangkat ini.',
      ],
    },
    '11': {
      name: 'Menggunakan data terbatas untuk memilih konten',
      description:
        'Konten yang ditampilkan kepada Anda di layanan ini dapat didasarkan pada data terbatas, seperti situs web atau aplikasi yang sedang Anda gunakan, lokasi Anda yang tidak persis, jenis perangkat Anda, atau konten yang sedang (atau pernah) Anda interaksikan (misalnya, untuk membatasi berapa kali sebuah video atau artikel ditampilkan kepada Anda).',
      illustrations: [
        'Sebuah majalah perjalanan telah menerbitkan artikel di situs webnya tentang kursus online baru yang ditawarkan sebuah sekolah bahasa untuk meningkatkan pengalaman bepergian ke luar negeri. Postingan blog sekolah tersebut disisipkan langsung di bagian bawah halaman dan dipilih berdasarkan lokasi Anda yang tidak persis (misalnya, postingan blog yang menjelaskan kurikulum kursus untuk bahasa selain bahasa negara tempat Anda berada).',
        'Sebuah aplikasi seluler berita olahraga telah memulai bagian artikel baru yang membahas pertandingan sepak bola terbaru. Setiap artikel memuat video yang dihosting oleh platform streaming terpisah yang menampilkan sorotan setiap pertandingan. Jika Anda mempercepat sebuah video, informasi ini dapat digunakan untuk memilih video yang lebih pendek untuk diputar berikutnya.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Memastikan keamanan, mencegah dan mendeteksi penipuan, serta memperbaiki kesalahan',
      description:
        'Data Anda dapat digunakan untuk memantau dan mencegah aktivitas yang tidak biasa dan mungkin bersifat penipuan (misalnya, terkait iklan, klik iklan oleh bot), serta memastikan sistem dan proses berjalan dengan benar dan aman. Data tersebut juga dapat digunakan untuk memperbaiki masalah apa pun yang mungkin Anda, penerbit, atau pengiklan alami dalam penayangan konten dan iklan serta dalam interaksi Anda dengannya.',
      illustrations: [
        'Sebuah perantara periklanan menayangkan iklan dari berbagai pengiklan ke jaringan situs web mitranya. Perantara itu melihat peningkatan besar klik pada iklan milik satu pengiklan, dan menggunakan data mengenai sumber klik tersebut untuk menentukan bahwa 80% klik berasal dari bot, bukan manusia.',
      ],
    },
    '2': {
      name: 'Menayangkan dan menampilkan iklan dan konten',
      description:
        'Informasi tertentu (seperti alamat IP atau kemampuan perangkat) digunakan untuk memastikan kompatibilitas teknis konten atau iklan, dan untuk memudahkan pengiriman konten atau iklan ke perangkat Anda.',
      illustrations: [
        'Mengeklik tautan dalam sebuah artikel biasanya akan membawa Anda ke halaman lain atau bagian lain dari artikel tersebut. Untuk itu, 1) browser Anda mengirim permintaan ke server yang terhubung dengan situs web, 2) server menjawab (“ini artikel yang Anda minta”), dengan menggunakan informasi teknis yang secara otomatis disertakan dalam permintaan yang dikirim oleh perangkat Anda, untuk menampilkan dengan benar informasi/gambar yang merupakan bagian dari artikel yang Anda minta. Secara teknis, pertukaran informasi semacam itu diperlukan untuk menayangkan konten yang muncul di layar Anda.',
      ],
    },
    '3': {
      name: 'Menyimpan dan menyampaikan pilihan privasi',
      description:
        'Pilihan yang Anda buat terkait tujuan dan entitas yang tercantum dalam pemberitahuan ini disimpan dan disediakan bagi entitas tersebut dalam bentuk sinyal digital (seperti rangkaian karakter). Hal ini diperlukan agar layanan ini maupun entitas tersebut dapat menghormati pilihan tersebut.',
      illustrations: [
        'Saat Anda mengunjungi situs web dan diberi pilihan antara menyetujui penggunaan profil untuk iklan yang dipersonalisasi atau tidak menyetujuinya, pilihan yang Anda buat disimpan dan disediakan bagi penyedia iklan, sehingga iklan yang ditampilkan kepada Anda menghormati pilihan tersebut.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Mencocokkan dan menggabungkan data dari sumber data lain',
      description:
        'Informasi tentang aktivitas Anda di layanan ini dapat dicocokkan dan digabungkan dengan informasi lain yang berkaitan dengan Anda dan berasal dari berbagai sumber (misalnya aktivitas Anda di layanan online terpisah, penggunaan kartu loyalitas Anda di toko, atau jawaban Anda atas survei), untuk mendukung tujuan yang dijelaskan dalam pemberitahuan ini.',
      illustrations: [],
    },
    '2': {
      name: 'Menautkan berbagai perangkat',
      description:
        'Untuk mendukung tujuan yang dijelaskan dalam pemberitahuan ini, perangkat Anda dapat dianggap kemungkinan besar tertaut dengan perangkat lain milik Anda atau rumah tangga Anda (misalnya karena Anda masuk ke layanan yang sama di ponsel dan komputer Anda, atau karena Anda mungkin menggunakan koneksi internet yang sama di kedua perangkat).',
      illustrations: [],
    },
    '3': {
      name: 'Mengidentifikasi perangkat berdasarkan informasi yang dikirim secara otomatis',
      description:
        'Perangkat Anda dapat dibedakan dari perangkat lain berdasarkan informasi yang dikirimnya secara otomatis saat mengakses internet (misalnya, alamat IP koneksi internet Anda atau jenis browser yang Anda gunakan) untuk mendukung tujuan yang dijelaskan dalam pemberitahuan ini.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Menggunakan data geolokasi yang akurat',
      description:
        'Dengan persetujuan Anda, lokasi akurat Anda (dalam radius kurang dari 500 meter) dapat digunakan untuk mendukung tujuan yang dijelaskan dalam pemberitahuan ini.',
      illustrations: [],
    },
    '2': {
      name: 'Memindai karakteristik perangkat secara aktif untuk identifikasi',
      description:
        'Dengan persetujuan Anda, karakteristik tertentu yang khas bagi perangkat Anda dapat diminta dan digunakan untuk membedakannya dari perangkat lain (seperti font atau plugin yang terpasang, resolusi layar Anda) untuk mendukung tujuan yang dijelaskan dalam pemberitahuan ini.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Data geolokasi akurat dan identifikasi melalui pemindaian perangkat',
      description: 'Geolokasi akurat dan informasi tentang karakteristik perangkat dapat digunakan.',
    },
    '2': {
      name: 'Iklan berdasarkan data terbatas, pengukuran iklan',
      description: 'Iklan dapat ditampilkan berdasarkan data terbatas. Kinerja iklan dapat diukur.',
    },
    '3': {
      name: 'Iklan yang dipersonalisasi',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi.',
    },
    '4': {
      name: 'Iklan berdasarkan data terbatas, pengukuran iklan, riset audiens',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Kinerja iklan dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '5': {
      name: 'Iklan berdasarkan data terbatas, profil iklan yang dipersonalisasi, pengukuran iklan',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dapat diukur.',
    },
    '6': {
      name: 'Pemilihan iklan yang dipersonalisasi, pengukuran iklan',
      description: 'Iklan dapat dipersonalisasi berdasarkan profil Anda. Kinerja iklan dapat diukur.',
    },
    '7': {
      name: 'Pemilihan iklan yang dipersonalisasi, pengukuran iklan, riset audiens',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Kinerja iklan dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '8': {
      name: 'Iklan yang dipersonalisasi, pengukuran iklan',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dapat diukur.',
    },
    '9': {
      name: 'Iklan yang dipersonalisasi, pengukuran iklan, riset audiens',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '10': {
      name: 'Iklan yang dipersonalisasi',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi.',
    },
    '11': {
      name: 'Konten yang dipersonalisasi',
      description:
        'Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi.',
    },
    '12': {
      name: 'Pemilihan konten yang dipersonalisasi, pengukuran konten',
      description: 'Konten dapat dipersonalisasi berdasarkan profil Anda. Kinerja konten dapat diukur.',
    },
    '13': {
      name: 'Pemilihan konten yang dipersonalisasi, pengukuran konten, riset audiens',
      description:
        'Konten dapat dipersonalisasi berdasarkan profil Anda. Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '14': {
      name: 'Konten yang dipersonalisasi, pengukuran konten',
      description:
        'Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja konten dapat diukur.',
    },
    '15': {
      name: 'Konten yang dipersonalisasi, pengukuran konten, riset audiens',
      description:
        'Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '16': {
      name: 'Konten yang dipersonalisasi, pengukuran konten, riset audiens, pengembangan layanan',
      description:
        'Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '17': {
      name: 'Pengukuran iklan dan konten, riset audiens',
      description: 'Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '18': {
      name: 'Pengukuran iklan dan konten',
      description: 'Kinerja iklan dan konten dapat diukur.',
    },
    '19': {
      name: 'Pengukuran iklan, riset audiens',
      description: 'Kinerja iklan dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '20': {
      name: 'Pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '21': {
      name: 'Pengukuran konten, riset audiens, pengembangan layanan',
      description:
        'Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '22': {
      name: 'Pengukuran konten, pengembangan layanan',
      description: 'Kinerja konten dapat diukur. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '23': {
      name: 'Pemilihan iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten',
      description: 'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Kinerja iklan dan konten dapat diukur.',
    },
    '24': {
      name: 'Pemilihan iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '25': {
      name: 'Iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan atau konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur.',
    },
    '26': {
      name: 'Iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan atau konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '27': {
      name: 'Profil iklan yang dipersonalisasi, profil konten',
      description:
        'Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan atau konten yang dipersonalisasi.',
    },
    '28': {
      name: 'Pemilihan iklan dan konten yang dipersonalisasi',
      description: 'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda.',
    },
    '29': {
      name: 'Iklan berdasarkan data terbatas, pengukuran iklan dan konten, riset audiens',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '30': {
      name: 'Pemilihan iklan yang dipersonalisasi, konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '31': {
      name: 'Pemilihan iklan yang dipersonalisasi, konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '32': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '33': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '34': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran konten, riset audiens',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain.',
    },
    '35': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '36': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran iklan',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dapat diukur.',
    },
    '37': {
      name: 'Iklan berdasarkan data terbatas, konten yang dipersonalisasi, pengukuran iklan, pengembangan layanan',
      description:
        'Iklan dapat ditampilkan berdasarkan data terbatas. Konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk konten yang dipersonalisasi. Kinerja iklan dapat diukur. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '38': {
      name: 'Iklan yang dipersonalisasi, pengukuran iklan, pengembangan layanan',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dapat diukur. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '39': {
      name: 'Iklan yang dipersonalisasi, pengukuran iklan, riset audiens, pengembangan layanan',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '40': {
      name: 'Iklan yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '41': {
      name: 'Iklan yang dipersonalisasi, pemilihan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '42': {
      name: 'Iklan dan konten yang dipersonalisasi, pengukuran iklan dan konten, riset audiens, pengembangan layanan',
      description:
        'Iklan dan konten dapat dipersonalisasi berdasarkan profil Anda. Aktivitas Anda di layanan ini dapat digunakan untuk membuat atau menyempurnakan profil tentang Anda untuk iklan atau konten yang dipersonalisasi. Kinerja iklan dan konten dapat diukur. Laporan dapat dibuat berdasarkan aktivitas Anda dan aktivitas orang lain. Aktivitas Anda di layanan ini dapat membantu mengembangkan dan meningkatkan produk dan layanan.',
    },
    '43': {
      name: 'Konten berdasarkan data terbatas, pengukuran konten',
      description: 'Konten dapat dipilih berdasarkan data terbatas. Kinerja konten dapat diukur.',
    },
  },
  dataCategories: {
    '1': {
      name: 'Alamat IP',
      description:
        'Alamat IP Anda adalah nomor yang diberikan oleh Penyedia Layanan Internet Anda untuk setiap koneksi internet. Alamat ini tidak selalu khusus untuk perangkat Anda dan tidak selalu merupakan pengenal yang tetap. Alamat ini digunakan untuk merutekan informasi di internet dan menampilkan konten online (termasuk iklan) di perangkat Anda yang terhubung.',
    },
    '2': {
      name: 'Karakteristik perangkat',
      description: 'Karakteristik teknis perangkat yang Anda gunakan yang tidak unik bagi Anda, seperti bahasa, zona waktu, atau sistem operasi.',
    },
    '3': {
      name: 'Pengenal perangkat',
      description:
        'Pengenal perangkat adalah rangkaian karakter unik yang diberikan ke perangkat atau browser Anda melalui cookie atau teknologi penyimpanan lain. Pengenal ini dapat dibuat atau diakses untuk mengenali perangkat Anda, mis. di berbagai halaman web dari situs yang sama atau di beberapa situs atau aplikasi.',
    },
    '4': {
      name: 'Pengenal probabilistik',
      description:
        'Pengenal probabilistik dapat dibuat dengan menggabungkan karakteristik yang terkait dengan perangkat Anda (jenis browser atau sistem operasi yang digunakan) dan alamat IP koneksi internet. Jika Anda setuju, karakteristik tambahan (mis. font yang terpasang atau resolusi layar) juga dapat digabungkan untuk meningkatkan ketepatan pengenal probabilistik. Pengenal semacam itu dianggap “probabilistik” karena beberapa perangkat dapat memiliki karakteristik dan koneksi internet yang sama. Pengenal ini dapat digunakan untuk mengenali perangkat Anda, mis. di berbagai halaman web dari situs yang sama atau di beberapa situs atau aplikasi.',
    },
    '5': {
      name: 'Pengenal yang berasal dari autentikasi',
      description:
        'Jika sebuah pengenal dibuat berdasarkan data autentikasi, seperti detail kontak yang terkait dengan akun online yang Anda buat di situs web atau aplikasi (mis. alamat email, nomor telepon) atau pengenal pelanggan (mis. pengenal yang diberikan oleh operator telekomunikasi Anda), pengenal tersebut dapat digunakan untuk mengenali Anda di berbagai situs web, aplikasi, dan perangkat saat Anda masuk dengan detail kontak yang sama.',
    },
    '6': {
      name: 'Data penjelajahan dan interaksi',
      description:
        'Aktivitas online Anda seperti situs web yang Anda kunjungi, aplikasi yang Anda gunakan, konten yang Anda cari di layanan ini, atau interaksi Anda dengan konten atau iklan, seperti berapa kali Anda telah melihat konten atau iklan tertentu atau apakah Anda mengekliknya.',
    },
    '7': {
      name: 'Data yang diberikan pengguna',
      description:
        'Informasi yang mungkin telah Anda berikan melalui pernyataan dalam formulir (mis. masukan, komentar) atau saat membuat akun (mis. usia Anda, pekerjaan Anda).',
    },
    '8': {
      name: 'Data lokasi tidak akurat',
      description:
        'Perkiraan lokasi Anda, yang dinyatakan sebagai area dengan radius sedikitnya 500 meter. Perkiraan lokasi Anda dapat disimpulkan dari, mis., alamat IP koneksi Anda.',
    },
    '9': {
      name: 'Data lokasi akurat',
      description:
        'Lokasi akurat Anda dalam radius kurang dari 500 meter berdasarkan koordinat GPS Anda. Data ini hanya dapat digunakan dengan persetujuan Anda.',
    },
    '10': {
      name: 'Profil pengguna',
      description:
        'Karakteristik tertentu (mis. kemungkinan minat Anda, niat pembelian Anda, profil konsumen Anda) dapat disimpulkan atau dimodelkan dari aktivitas online Anda sebelumnya (mis. konten yang Anda lihat atau layanan yang Anda gunakan, waktu yang Anda habiskan di berbagai konten dan layanan online) atau dari informasi yang telah Anda berikan (mis. usia Anda, pekerjaan Anda).',
    },
    '11': {
      name: 'Pilihan privasi',
      description: 'Preferensi Anda terkait pemrosesan data Anda, berdasarkan informasi yang telah Anda terima.',
    },
  },
};

export default texts;
