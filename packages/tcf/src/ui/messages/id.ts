import type { TcfMessages } from './types.js';

/** Teks TCF dalam bahasa Indonesia. */
const id: TcfMessages = {
  lang: 'id',
  dir: 'ltr',
  banner: {
    title: 'Kami menghargai privasi Anda',
    intro:
      'Kami dan {partners} menyimpan dan/atau mengakses informasi di perangkat, seperti cookie, dan memproses data pribadi, seperti pengenal unik dan informasi standar yang dikirim perangkat, untuk tujuan di bawah ini.',
    partners: { other: '{count} mitra kami' },
    purposesHeading: 'Tujuan',
    specialFeaturesHeading: 'Fitur khusus (hanya dengan persetujuan Anda)',
    legitimateInterest:
      'Beberapa mitra memproses data pribadi Anda berdasarkan kepentingan yang sah, tanpa meminta persetujuan. Anda berhak menolaknya di “{manageOptions}”.',
    scope:
      'Pilihan Anda hanya berlaku untuk situs ini. Anda dapat mengubahnya atau menarik persetujuan kapan saja di “{manageOptions}”, yang juga ada di bagian bawah setiap halaman.',
    vendorListLink: { other: 'Lihat {count} mitra kami' },
  },
  actions: { acceptAll: 'Terima semua', rejectAll: 'Tolak semua', manageOptions: 'Kelola opsi', save: 'Simpan pilihan', close: 'Tutup' },
  privacyLink: 'Pemberitahuan privasi',
  preferences: {
    title: 'Pengaturan privasi',
    intro:
      'Pilih apa yang boleh dilakukan kami dan mitra kami. Tidak ada yang aktif tanpa persetujuan Anda. Kepentingan yang sah berlaku kecuali Anda menolak: matikan untuk menolak.',
    purposesHeading: 'Tujuan',
    specialPurposesHeading: 'Tujuan khusus (tanpa pilihan: diperlukan untuk keamanan dan penyajian konten)',
    featuresHeading: 'Fitur (digunakan untuk tujuan di atas)',
    specialFeaturesHeading: 'Fitur khusus',
    vendorsHeading: 'Mitra (vendor)',
    siteHeading: 'Cookie milik situs ini',
    publisherPurposesHeading: 'Tujuan situs ini sendiri',
    googleAtpHeading: 'Penyedia teknologi iklan Google',
    googleAtpIntro: 'Penyedia yang tidak ada di daftar IAB tetapi bekerja dengan Google; mereka memakai data Anda hanya dengan persetujuan Anda.',
    atpProvider: 'Penyedia #{id}',
    consent: 'Persetujuan',
    legitimateInterest: 'Kepentingan yang sah',
    objectHint: 'Matikan untuk menolak.',
    infoOnly: 'Hanya informasi, tanpa pilihan',
    details: 'Detail dan contoh',
    illustrations: 'Contoh',
    vendorCount: { other: '{count} mitra' },
    searchVendors: 'Cari mitra',
    noVendorMatches: 'Tidak ada mitra yang cocok.',
    vendorPurposes: 'Tujuan (persetujuan)',
    vendorLegIntPurposes: 'Tujuan (kepentingan yang sah)',
    vendorSpecialPurposes: 'Tujuan khusus',
    vendorFeatures: 'Fitur',
    vendorSpecialFeatures: 'Fitur khusus',
    retention: { other: 'Penyimpanan: {count} hari' },
    dataCategories: 'Kategori data',
    cookieMaxAge: { other: 'Cookie bertahan hingga {count} hari' },
    sessionCookies: 'Cookie bertahan hingga browser ditutup',
    noCookies: 'Tidak memakai cookie',
    nonCookieAccess: 'Juga menyimpan atau membaca informasi dengan cara lain (mis. local storage)',
    privacyPolicy: 'Kebijakan privasi',
    legIntClaim: 'Dasar kepentingan yang sah',
    alwaysActive: 'Selalu aktif',
    services: 'Layanan',
    saved: 'Preferensi disimpan',
  },
};

export default id;
