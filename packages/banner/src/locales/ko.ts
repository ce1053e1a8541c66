import type { Messages } from './types.js';

/**
 * Korean texts, with the category words of the Korean privacy notice.
 *
 * @example
 * const ko = await loadLocale('ko');
 */
const ko: Messages = {
  lang: 'ko',
  dir: 'ltr',
  banner: {
    title: '쿠키 사용 안내',
    body: '필수 쿠키는 이 사이트가 작동하는 데 사용됩니다. 기능 쿠키, 분석 쿠키 및 광고 쿠키는 귀하가 동의한 경우에만 사용합니다. 선택은 언제든지 변경할 수 있습니다.',
  },
  optOut: {
    title: '개인정보 선택',
    body: '당사와 파트너는 귀하의 개인정보 판매 또는 공유에 해당할 수 있는 광고 쿠키를 포함한 쿠키를 사용합니다. 언제든지 거부할 수 있습니다.',
    gpcHonoured:
      '거부 요청이 반영되었습니다: 브라우저가 Global Privacy Control 신호를 보내므로 광고 쿠키는 꺼진 상태로 유지되며 귀하의 개인정보를 판매하거나 공유하지 않습니다.',
  },
  actions: {
    acceptAll: '모두 동의',
    rejectAll: '모두 거부',
    customise: '직접 설정',
    save: '선택 저장',
    doNotSell: '내 개인정보를 판매하거나 공유하지 않음',
    dismiss: '확인',
    close: '닫기',
  },
  privacyLink: '개인정보 보호정책',
  preferences: {
    title: '쿠키 설정',
    intro: '당사가 사용할 수 있는 쿠키를 선택하십시오. 필수 쿠키는 항상 활성화되어 있습니다. 선택은 언제든지 변경할 수 있습니다.',
    alwaysActive: '항상 활성',
    services: '{category}: 서비스 및 쿠키',
    provider: '제공자',
    purpose: '목적',
    cookie: '쿠키',
    retention: '보관 기간',
    privacyPolicy: '개인정보 처리방침',
    saved: '설정이 저장되었습니다',
  },
  categories: {
    necessary: { name: '필수 쿠키', description: '세션과 선택 내용 유지 등 사이트 작동에 필요합니다. 끌 수 없습니다.' },
    functional: { name: '기능 쿠키', description: '설정을 기억하고 채팅이나 삽입된 동영상 같은 기능을 사용할 수 있게 합니다.' },
    analytics: { name: '분석 쿠키', description: '사이트 이용 방식을 파악하여 개선하는 데 도움이 됩니다.' },
    advertising: { name: '광고 쿠키', description: '다른 사이트를 포함하여 관련 광고를 표시하고 그 효과를 측정합니다.' },
  },
  floatingButton: '쿠키 설정',
  embed: {
    title: '{service} 차단됨',
    body: '{service}의 이 콘텐츠는 쿠키를 저장할 수 있습니다. 콘텐츠를 불러오려면 허용하십시오.',
    button: '{service} 허용',
  },
};

export default ko;
