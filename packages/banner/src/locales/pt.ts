import type { Messages } from './types.js';

/**
 * Portuguese texts (neutral wording usable in Brazil and Portugal, as LGPD requires Portuguese).
 *
 * @example
 * const pt = await loadLocale('pt');
 */
const pt: Messages = {
  lang: 'pt',
  dir: 'ltr',
  banner: {
    title: 'Usamos cookies',
    body: 'Os cookies necessários fazem este site funcionar. Só usamos cookies funcionais, analíticos e de publicidade se você concordar. Você pode alterar sua escolha a qualquer momento.',
  },
  optOut: {
    title: 'Suas escolhas de privacidade',
    body: 'Nós e nossos parceiros usamos cookies, incluindo cookies de publicidade que podem ser considerados venda ou compartilhamento das suas informações pessoais. Você pode se opor a qualquer momento.',
    gpcHonoured:
      'Oposição respeitada: seu navegador envia um sinal Global Privacy Control, por isso os cookies de publicidade continuam desativados e não vendemos nem compartilhamos suas informações pessoais.',
  },
  actions: {
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customise: 'Personalizar',
    save: 'Salvar escolhas',
    doNotSell: 'Não vender nem compartilhar minhas informações pessoais',
    dismiss: 'OK',
    close: 'Fechar',
  },
  privacyLink: 'Aviso de privacidade',
  preferences: {
    title: 'Configurações de cookies',
    intro: 'Escolha quais cookies podemos usar. Os cookies necessários estão sempre ativos. Você pode alterar sua escolha a qualquer momento.',
    alwaysActive: 'Sempre ativos',
    services: '{category}: serviços e cookies',
    provider: 'Fornecedor',
    purpose: 'Finalidade',
    cookie: 'Cookie',
    retention: 'Retenção',
    privacyPolicy: 'Política de privacidade',
    saved: 'Preferências salvas',
  },
  categories: {
    necessary: {
      name: 'cookies necessários',
      description: 'Indispensáveis para o site funcionar, por exemplo para manter sua sessão e suas escolhas. Não podem ser desativados.',
    },
    functional: { name: 'cookies funcionais', description: 'Lembram suas configurações e ativam recursos como chat ou vídeos incorporados.' },
    analytics: { name: 'cookies analíticos', description: 'Ajudam-nos a entender como o site é usado para melhorá-lo.' },
    advertising: { name: 'cookies de publicidade', description: 'Mostram anúncios relevantes e medem seus resultados, também em outros sites.' },
  },
  floatingButton: 'Configurações de cookies',
  embed: {
    title: '{service} está bloqueado',
    body: 'Este conteúdo de {service} pode definir cookies. Permita-o para carregar o conteúdo.',
    button: 'Permitir {service}',
  },
};

export default pt;
