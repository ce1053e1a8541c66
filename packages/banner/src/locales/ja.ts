import type { Messages } from './types.js';

/**
 * Japanese texts, with the category words of the Japanese privacy notice (クッキー, not Cookie).
 *
 * @example
 * const ja = await loadLocale('ja');
 */
const ja: Messages = {
  lang: 'ja',
  dir: 'ltr',
  banner: {
    title: 'クッキーの使用について',
    body: '必要なクッキーは本サイトの動作に使用します。機能的クッキー、分析的クッキー、広告用クッキーは、お客様の同意がある場合にのみ使用します。選択はいつでも変更できます。',
  },
  optOut: {
    title: 'プライバシーの選択',
    body: '当社とパートナーは、個人情報の販売または共有にあたる可能性のある広告用クッキーを含むクッキーを使用します。いつでもオプトアウトできます。',
    gpcHonoured:
      'オプトアウトを尊重しました：ブラウザーのGlobal Privacy Controlシグナルにより、広告用クッキーは無効のままとし、個人情報の販売・共有は行いません。',
  },
  actions: {
    acceptAll: 'すべて同意',
    rejectAll: 'すべて拒否',
    customise: 'カスタマイズ',
    save: '選択を保存',
    doNotSell: '私の個人情報を販売または共有しない',
    dismiss: 'OK',
    close: '閉じる',
  },
  privacyLink: 'プライバシー通知',
  preferences: {
    title: 'クッキー設定',
    intro: '許可するクッキーを選択してください。必要なクッキーは常に有効です。',
    alwaysActive: '常に有効',
    services: '{category}のサービス',
    provider: '提供者',
    purpose: '目的',
    cookie: 'クッキー',
    retention: '保存期間',
    privacyPolicy: 'プライバシーポリシー',
    saved: '設定を保存しました',
  },
  categories: {
    necessary: { name: '必要なクッキー', description: 'セッションや選択内容の保持など、サイトの動作に必要です。無効にはできません。' },
    functional: { name: '機能的クッキー', description: '設定を記憶し、チャットや埋め込み動画などの機能を有効にします。' },
    analytics: { name: '分析的クッキー', description: 'サイトの利用状況を把握し、改善するために役立ちます。' },
    advertising: { name: '広告用クッキー', description: '他のサイトを含め、関連性の高い広告を表示し、効果を測定します。' },
  },
  floatingButton: 'クッキー設定',
  embed: {
    title: '{service}はブロックされています',
    body: '{service}のコンテンツはクッキーを設定する場合があります。表示するには許可してください。',
    button: '{service}を許可',
  },
};

export default ja;
