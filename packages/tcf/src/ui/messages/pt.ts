import type { TcfMessages } from './types.js';

/** Textos TCF em português. */
const pt: TcfMessages = {
  lang: 'pt',
  dir: 'ltr',
  banner: {
    title: 'Valorizamos a sua privacidade',
    intro:
      'Nós e {partners} armazenamos e/ou acedemos a informações num dispositivo, como cookies, e tratamos dados pessoais, como identificadores únicos e informações padrão enviadas por um dispositivo, para as finalidades abaixo.',
    partners: { one: 'o nosso {count} parceiro', other: 'os nossos {count} parceiros' },
    purposesHeading: 'Finalidades',
    specialFeaturesHeading: 'Funcionalidades especiais (apenas com o seu consentimento)',
    legitimateInterest:
      'Alguns parceiros tratam os seus dados pessoais com base em interesse legítimo, sem pedir consentimento. Tem o direito de se opor em “{manageOptions}”.',
    scope:
      'As suas escolhas aplicam-se apenas a este site. Pode alterá-las ou retirar o consentimento a qualquer momento em “{manageOptions}”, também disponível no fim de cada página.',
    vendorListLink: { one: 'Ver o nosso {count} parceiro', other: 'Ver os nossos {count} parceiros' },
  },
  actions: { acceptAll: 'Aceitar tudo', rejectAll: 'Rejeitar tudo', manageOptions: 'Gerir opções', save: 'Guardar escolhas', close: 'Fechar' },
  privacyLink: 'Aviso de privacidade',
  preferences: {
    title: 'Definições de privacidade',
    intro:
      'Escolha o que nós e os nossos parceiros podemos fazer. Nada é ativado sem o seu acordo. O interesse legítimo aplica-se a menos que se oponha: desative-o para se opor.',
    purposesHeading: 'Finalidades',
    specialPurposesHeading: 'Finalidades especiais (sem escolha: necessárias para a segurança e a entrega de conteúdo)',
    featuresHeading: 'Funcionalidades (usadas para as finalidades acima)',
    specialFeaturesHeading: 'Funcionalidades especiais',
    vendorsHeading: 'Parceiros (fornecedores)',
    siteHeading: 'Cookies deste site',
    publisherPurposesHeading: 'Finalidades próprias deste site',
    googleAtpHeading: 'Fornecedores de tecnologia publicitária da Google',
    googleAtpIntro: 'Fornecedores que não constam da lista do IAB mas trabalham com a Google; só usam os seus dados com o seu consentimento.',
    atpProvider: 'Fornecedor n.º {id}',
    consent: 'Consentimento',
    legitimateInterest: 'Interesse legítimo',
    objectHint: 'Desative para se opor.',
    infoOnly: 'Apenas informação, sem escolha',
    details: 'Detalhes e exemplos',
    illustrations: 'Exemplos',
    vendorCount: { one: '{count} parceiro', other: '{count} parceiros' },
    searchVendors: 'Pesquisar parceiros',
    noVendorMatches: 'Nenhum parceiro corresponde.',
    vendorPurposes: 'Finalidades (consentimento)',
    vendorLegIntPurposes: 'Finalidades (interesse legítimo)',
    vendorSpecialPurposes: 'Finalidades especiais',
    vendorFeatures: 'Funcionalidades',
    vendorSpecialFeatures: 'Funcionalidades especiais',
    retention: { one: 'Conservação: {count} dia', other: 'Conservação: {count} dias' },
    dataCategories: 'Categorias de dados',
    cookieMaxAge: { one: 'Cookies duram até {count} dia', other: 'Cookies duram até {count} dias' },
    sessionCookies: 'Cookies duram até fechar o navegador',
    noCookies: 'Não usa cookies',
    nonCookieAccess: 'Também armazena ou lê informações por outros meios (p. ex., armazenamento local)',
    privacyPolicy: 'Política de privacidade',
    legIntClaim: 'Justificação do interesse legítimo',
    alwaysActive: 'Sempre ativos',
    services: 'Serviços',
    saved: 'Preferências guardadas',
  },
};

export default pt;
