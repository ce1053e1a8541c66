import type { Messages } from './types.js';

/**
 * Indonesian texts, with the category words of the Indonesian privacy notice.
 *
 * @example
 * const id = await loadLocale('id');
 */
const id: Messages = {
  lang: 'id',
  dir: 'ltr',
  banner: {
    title: 'Kami menggunakan cookie',
    body: 'Cookie yang diperlukan membuat situs ini berfungsi. Kami menggunakan cookie fungsional, cookie analitik, dan cookie periklanan hanya jika Anda setuju. Anda dapat mengubah pilihan Anda kapan saja.',
  },
  optOut: {
    title: 'Pilihan privasi Anda',
    body: 'Kami dan mitra kami menggunakan cookie, termasuk cookie periklanan yang dapat dianggap sebagai penjualan atau pembagian informasi pribadi Anda. Anda dapat menolaknya kapan saja.',
    gpcHonoured:
      'Penolakan dihormati: browser Anda mengirim sinyal Global Privacy Control, sehingga cookie periklanan tetap nonaktif dan kami tidak menjual atau membagikan informasi pribadi Anda.',
  },
  actions: {
    acceptAll: 'Terima semua',
    rejectAll: 'Tolak semua',
    customise: 'Sesuaikan',
    save: 'Simpan pilihan',
    doNotSell: 'Jangan jual atau bagikan informasi pribadi saya',
    dismiss: 'OK',
    close: 'Tutup',
  },
  privacyLink: 'Pemberitahuan Privasi',
  preferences: {
    title: 'Pengaturan cookie',
    intro: 'Pilih cookie yang boleh kami gunakan. Cookie yang diperlukan selalu aktif. Anda dapat mengubah pilihan Anda kapan saja.',
    alwaysActive: 'Selalu aktif',
    services: '{category}: layanan dan cookie',
    provider: 'Penyedia',
    purpose: 'Tujuan',
    cookie: 'Cookie',
    retention: 'Masa simpan',
    privacyPolicy: 'Kebijakan privasi',
    saved: 'Preferensi disimpan',
  },
  categories: {
    necessary: {
      name: 'cookie yang diperlukan',
      description: 'Diperlukan agar situs berfungsi, misalnya untuk menyimpan sesi dan pilihan Anda. Tidak dapat dinonaktifkan.',
    },
    functional: { name: 'cookie fungsional', description: 'Mengingat pengaturan Anda dan mengaktifkan fitur seperti obrolan atau video tersemat.' },
    analytics: { name: 'cookie analitik', description: 'Membantu kami memahami cara situs digunakan agar kami dapat memperbaikinya.' },
    advertising: { name: 'cookie periklanan', description: 'Menampilkan iklan yang relevan dan mengukurnya, juga di situs lain.' },
  },
  floatingButton: 'Pengaturan cookie',
  embed: {
    title: '{service} diblokir',
    body: 'Konten dari {service} ini dapat menyimpan cookie. Izinkan untuk memuat konten.',
    button: 'Izinkan {service}',
  },
};

export default id;
