import type { TcfMessages } from './types.js';

/** 日本語の TCF テキスト。 */
const ja: TcfMessages = {
  lang: 'ja',
  dir: 'ltr',
  banner: {
    title: 'お客様のプライバシーを尊重します',
    intro:
      '当社と{partners}は、以下の目的のために、Cookie などデバイス上の情報を保存またはアクセスし、一意の識別子やデバイスから送信される標準情報などの個人データを処理します。',
    partners: { other: '{count} 社のパートナー' },
    purposesHeading: '目的',
    specialFeaturesHeading: '特別な機能（同意がある場合のみ使用）',
    legitimateInterest:
      '一部のパートナーは、同意を求めずに正当な利益に基づいてお客様の個人データを処理します。「{manageOptions}」で異議を申し立てる権利があります。',
    scope: 'この選択はこのサイトにのみ適用されます。「{manageOptions}」（各ページ下部にもリンクがあります）からいつでも変更や同意の撤回ができます。',
    vendorListLink: { other: '{count} 社のパートナーを見る' },
  },
  actions: { acceptAll: 'すべて同意', rejectAll: 'すべて拒否', manageOptions: 'オプションを管理', save: '選択を保存', close: '閉じる' },
  privacyLink: 'プライバシー通知',
  preferences: {
    title: 'プライバシー設定',
    intro:
      '当社とパートナーに許可する内容を選択してください。同意がない限り何もオンになりません。正当な利益は異議を申し立てない限り適用されます。異議を申し立てるにはオフにしてください。',
    purposesHeading: '目的',
    specialPurposesHeading: '特別な目的（選択不可：セキュリティとコンテンツ配信に必要）',
    featuresHeading: '機能（上記の目的に使用）',
    specialFeaturesHeading: '特別な機能',
    vendorsHeading: 'パートナー（ベンダー）',
    siteHeading: 'このサイト独自の Cookie',
    publisherPurposesHeading: 'このサイト自身の目的',
    googleAtpHeading: 'Google の広告技術プロバイダ',
    googleAtpIntro: 'IAB のリストに含まれないが Google と連携するプロバイダです。同意がある場合のみデータを使用します。',
    atpProvider: 'プロバイダ #{id}',
    consent: '同意',
    legitimateInterest: '正当な利益',
    objectHint: '異議を申し立てるにはオフにします。',
    infoOnly: '情報のみ（選択不可）',
    details: '詳細と例',
    illustrations: '例',
    vendorCount: { other: '{count} 社のパートナー' },
    searchVendors: 'パートナーを検索',
    noVendorMatches: '一致するパートナーはありません。',
    vendorPurposes: '目的（同意）',
    vendorLegIntPurposes: '目的（正当な利益）',
    vendorSpecialPurposes: '特別な目的',
    vendorFeatures: '機能',
    vendorSpecialFeatures: '特別な機能',
    retention: { other: '保存期間：{count} 日' },
    dataCategories: 'データの種類',
    cookieMaxAge: { other: 'Cookie の有効期間：最大 {count} 日' },
    sessionCookies: 'Cookie はブラウザを閉じるまで有効',
    noCookies: 'Cookie を使用しません',
    nonCookieAccess: 'その他の方法（ローカルストレージなど）でも情報を保存または読み取ります',
    privacyPolicy: 'プライバシーポリシー',
    legIntClaim: '正当な利益の根拠',
    alwaysActive: '常に有効',
    services: 'サービス',
    saved: '設定を保存しました',
  },
};

export default ja;
