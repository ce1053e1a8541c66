/**
 * Portuguese TCF 2.2 texts: Assent's translation of the IAB's English vendor-list texts (GVL v3).
 *
 * The IAB does publish Portuguese translations, but no TCF 2.2 (GVL v3) copy of them could be
 * found in the sources reachable when this module was written (only the 2020 TCF 2.0 wording,
 * which must not be used). Until the IAB's wording replaces it, this is Assent's own faithful
 * translation of the English vendor list (purposes with their illustrations, special purposes,
 * features, special features, stacks 1–43, data categories), in the neutral Portuguese the
 * banner's other Portuguese texts use. Stack texts are composed from the translated phrases
 * of their purposes. A registered CMP should swap in the IAB's file before relying on it.
 */
import type { PurposeTexts } from './types.js';

const texts: PurposeTexts = {
  source: 'assent',
  purposes: {
    '1': {
      name: 'Armazenar e/ou acessar informações em um dispositivo',
      description:
        'Cookies, identificadores de dispositivo ou identificadores on-line semelhantes (por exemplo, identificadores baseados em login, identificadores atribuídos aleatoriamente, identificadores baseados em rede), juntamente com outras informações (por exemplo, tipo e informações do navegador, idioma, tamanho da tela, tecnologias compatíveis etc.), podem ser armazenados no seu dispositivo ou lidos a partir dele para reconhecê-lo sempre que ele se conecta a um aplicativo ou site, para uma ou mais das finalidades aqui apresentadas.',
      illustrations: [
        'A maioria das finalidades explicadas neste aviso depende do armazenamento de informações no seu dispositivo ou do acesso a elas quando você usa um aplicativo ou visita um site. Por exemplo, um fornecedor ou editor pode precisar armazenar um cookie no seu dispositivo durante a sua primeira visita a um site, para poder reconhecer o seu dispositivo nas visitas seguintes (acessando esse cookie a cada vez).',
      ],
    },
    '2': {
      name: 'Usar dados limitados para selecionar publicidade',
      description:
        'A publicidade apresentada a você neste serviço pode basear-se em dados limitados, como o site ou aplicativo que você está usando, a sua localização não precisa, o tipo de dispositivo ou o conteúdo com o qual você está interagindo (ou interagiu) (por exemplo, para limitar o número de vezes que um anúncio é apresentado a você).',
      illustrations: [
        'Um fabricante de automóveis quer promover os seus veículos elétricos junto de usuários preocupados com o meio ambiente que vivem na cidade, após o horário de expediente. A publicidade é apresentada em uma página com conteúdo relacionado (como um artigo sobre ações contra as mudanças climáticas) depois das 18h30 a usuários cuja localização não precisa sugere que estão em uma zona urbana.',
        'Um grande fabricante de tintas de aquarela quer realizar uma campanha de publicidade on-line para a sua mais recente linha de aquarelas, diversificando o público para alcançar o maior número possível de artistas amadores e profissionais e evitando exibir o anúncio ao lado de conteúdo inadequado (por exemplo, artigos sobre como pintar a sua casa). O número de vezes que o anúncio foi apresentado a você é detectado e limitado, para evitar apresentá-lo com frequência excessiva.',
      ],
    },
    '3': {
      name: 'Criar perfis para publicidade personalizada',
      description:
        'As informações sobre a sua atividade neste serviço (como os formulários que você envia e o conteúdo que você vê) podem ser armazenadas e combinadas com outras informações sobre você (por exemplo, informações da sua atividade anterior neste serviço e em outros sites ou aplicativos) ou sobre usuários semelhantes. Elas são então usadas para criar ou melhorar um perfil sobre você (que pode incluir possíveis interesses e aspectos pessoais). O seu perfil pode ser usado (também mais tarde), por esta e por outras entidades, para apresentar publicidade que pareça mais relevante com base nos seus possíveis interesses.',
      illustrations: [
        'Se você ler vários artigos sobre os melhores acessórios de bicicleta para comprar, essas informações podem ser usadas para criar um perfil sobre o seu interesse em acessórios de bicicleta. Esse perfil pode ser usado ou melhorado mais tarde, no mesmo site ou aplicativo ou em outro, para apresentar a você publicidade de uma marca específica de acessórios de bicicleta. Se você também consultar um configurador de veículos no site de um fabricante de carros de luxo, essas informações podem ser combinadas com o seu interesse por bicicletas para refinar o seu perfil e supor que você se interessa por equipamento de ciclismo de luxo.',
        'Uma empresa de vestuário deseja promover a sua nova linha de roupas de bebê de alto padrão. Ela entra em contato com uma agência que tem uma rede de clientes com consumidores de alta renda (como supermercados de alto padrão) e pede à agência que crie perfis de pais jovens ou casais que se possa supor serem abastados e terem tido um filho recentemente, para que esses perfis possam depois ser usados para apresentar publicidade em aplicativos parceiros com base neles.',
      ],
    },
    '4': {
      name: 'Usar perfis para selecionar publicidade personalizada',
      description:
        'A publicidade apresentada a você neste serviço pode basear-se nos seus perfis de publicidade, que podem refletir a sua atividade neste serviço ou em outros sites ou aplicativos (como os formulários que você envia e o conteúdo que você vê), os seus possíveis interesses e aspectos pessoais.',
      illustrations: [
        'Uma loja on-line quer anunciar uma promoção por tempo limitado de tênis de corrida. Ela quer direcionar a publicidade aos usuários que já viram tênis de corrida no seu aplicativo para dispositivos móveis. Podem ser usadas tecnologias de rastreamento para reconhecer que você já usou o aplicativo para consultar tênis de corrida, a fim de apresentar a você o anúncio correspondente no aplicativo.',
        'Um perfil criado para publicidade personalizada em relação a uma pessoa que pesquisou acessórios de bicicleta em um site pode ser usado para apresentar o anúncio relevante de acessórios de bicicleta em um aplicativo para dispositivos móveis de outra organização.',
      ],
    },
    '5': {
      name: 'Criar perfis para personalizar conteúdo',
      description:
        'As informações sobre a sua atividade neste serviço (por exemplo, os formulários que você envia e o conteúdo não publicitário que você vê) podem ser armazenadas e combinadas com outras informações sobre você (como a sua atividade anterior neste serviço ou em outros sites ou aplicativos) ou sobre usuários semelhantes. Elas são então usadas para criar ou melhorar um perfil sobre você (que pode incluir, por exemplo, possíveis interesses e aspectos pessoais). O seu perfil pode ser usado (também mais tarde) para apresentar conteúdo que pareça mais relevante com base nos seus possíveis interesses, por exemplo adaptando a ordem em que o conteúdo é mostrado a você, para que seja ainda mais fácil encontrar conteúdo que corresponda aos seus interesses.',
      illustrations: [
        'Você lê vários artigos sobre como construir uma casa na árvore em uma plataforma de rede social. Essas informações podem ser adicionadas a um perfil para registrar o seu interesse por conteúdo relacionado a atividades ao ar livre e por guias do tipo faça você mesmo (com o objetivo de permitir a personalização de conteúdo, para que, por exemplo, no futuro lhe sejam apresentados mais posts de blog e artigos sobre casas na árvore e cabanas de madeira).',
        'Você assistiu a três vídeos sobre exploração espacial em diferentes aplicativos de TV. Uma plataforma de notícias sem relação com eles, com a qual você nunca teve contato, cria um perfil com base nesse comportamento de visualização, registrando a exploração espacial como um tema de possível interesse para outros vídeos.',
      ],
    },
    '6': {
      name: 'Usar perfis para selecionar conteúdo personalizado',
      description:
        'O conteúdo apresentado a você neste serviço pode basear-se nos seus perfis de personalização de conteúdo, que podem refletir a sua atividade neste ou em outros serviços (por exemplo, os formulários que você envia e o conteúdo que você vê), os seus possíveis interesses e aspectos pessoais. Isso pode ser usado, por exemplo, para adaptar a ordem em que o conteúdo é mostrado a você, para que seja ainda mais fácil encontrar conteúdo (não publicitário) que corresponda aos seus interesses.',
      illustrations: [
        'Você lê artigos sobre comida vegetariana em uma plataforma de rede social e depois usa o aplicativo de culinária de uma empresa sem relação com ela. O perfil criado sobre você na plataforma de rede social será usado para apresentar receitas vegetarianas na tela inicial do aplicativo de culinária.',
        'Você assistiu a três vídeos sobre remo em diferentes sites. Uma plataforma de compartilhamento de vídeos sem relação com eles recomendará outros cinco vídeos sobre remo que podem interessar a você quando usar o seu aplicativo de TV, com base em um perfil criado sobre você quando visitou esses diferentes sites para assistir a vídeos on-line.',
      ],
    },
    '7': {
      name: 'Medir o desempenho da publicidade',
      description:
        'As informações sobre a publicidade que é apresentada a você e sobre como você interage com ela podem ser usadas para determinar até que ponto um anúncio funcionou para você ou para outros usuários e se os objetivos da publicidade foram alcançados. Por exemplo, se você viu um anúncio, se clicou nele, se ele o levou a comprar um produto ou a visitar um site etc. Isso é muito útil para entender a relevância das campanhas publicitárias.',
      illustrations: [
        'Você clicou em um anúncio sobre um desconto de “Black Friday” de uma loja on-line no site de um editor e comprou um produto. O seu clique será associado a essa compra. A sua interação e a de outros usuários serão medidas para saber quantos cliques no anúncio resultaram em compra.',
        'Você é uma das pouquíssimas pessoas que clicaram em um anúncio sobre um desconto do “dia internacional do reconhecimento” de uma loja de presentes on-line dentro do aplicativo de um editor. O editor quer ter relatórios para entender com que frequência um espaço publicitário específico dentro do aplicativo, e em particular o anúncio do “dia internacional do reconhecimento”, foi visto ou clicado por você e por outros usuários, para ajudar o editor e os seus parceiros (como agências) a otimizar os espaços publicitários.',
      ],
    },
    '8': {
      name: 'Medir o desempenho do conteúdo',
      description:
        'As informações sobre o conteúdo que é apresentado a você e sobre como você interage com ele podem ser usadas para determinar se o conteúdo (não publicitário), por exemplo, alcançou o público pretendido e correspondeu aos seus interesses. Por exemplo, se você leu um artigo, assistiu a um vídeo, ouviu um podcast ou consultou a descrição de um produto, quanto tempo passou neste serviço e nas páginas da web que visita etc. Isso é muito útil para entender a relevância do conteúdo (não publicitário) que é mostrado a você.',
      illustrations: [
        'Você leu um post de blog sobre caminhadas no aplicativo de um editor e seguiu um link para um post relacionado recomendado. As suas interações serão registradas como indicação de que o post inicial sobre caminhadas foi útil para você e conseguiu despertar o seu interesse pelo post relacionado. Isso será medido para saber se convém produzir mais posts sobre caminhadas no futuro e onde colocá-los na tela inicial do aplicativo.',
        'Foi apresentado a você um vídeo sobre tendências de moda, mas você e vários outros usuários pararam de assistir após 30 segundos. Essa informação é depois usada para avaliar a duração adequada de futuros vídeos sobre tendências de moda.',
      ],
    },
    '9': {
      name: 'Compreender o público por meio de estatísticas ou combinações de dados de diferentes fontes',
      description:
        'Podem ser gerados relatórios com base na combinação de conjuntos de dados (como perfis de usuários, estatísticas, pesquisas de mercado, dados analíticos) sobre as suas interações e as de outros usuários com publicidade ou com conteúdo (não publicitário), para identificar características comuns (por exemplo, para determinar quais públicos-alvo são mais receptivos a uma campanha publicitária ou a determinados conteúdos).',
      illustrations: [
        'O proprietário de uma livraria on-line quer relatórios comerciais que mostrem a proporção de visitantes que consultaram o seu site e saíram sem comprar, ou que consultaram e compraram a mais recente autobiografia de uma celebridade do mês, bem como a idade média e a distribuição entre homens e mulheres em cada categoria. Os dados relativos à sua navegação no site e às suas características pessoais são então usados e combinados com outros dados desse tipo para produzir essas estatísticas.',
        'Um anunciante quer compreender melhor o tipo de público que interage com os seus anúncios. Ele recorre a um instituto de pesquisa para comparar as características dos usuários que interagiram com o anúncio com os atributos típicos dos usuários de plataformas semelhantes, em diferentes dispositivos. Essa comparação revela ao anunciante que o público dos seus anúncios os acessa principalmente por dispositivos móveis e provavelmente tem entre 45 e 60 anos.',
      ],
    },
    '10': {
      name: 'Desenvolver e melhorar serviços',
      description:
        'As informações sobre a sua atividade neste serviço, como a sua interação com anúncios ou conteúdo, podem ser muito úteis para melhorar produtos e serviços e para criar novos produtos e serviços com base nas interações dos usuários, no tipo de público etc. Esta finalidade específica não inclui o desenvolvimento nem a melhoria de perfis de usuários e de identificadores.',
      illustrations: [
        'Uma plataforma de tecnologia que trabalha com um provedor de rede social nota um crescimento dos usuários de aplicativos para dispositivos móveis e vê, com base nos seus perfis, que muitos deles se conectam por meio de conexões móveis. Ela usa uma nova tecnologia para veicular anúncios formatados para dispositivos móveis e de baixo consumo de banda, a fim de melhorar o seu desempenho.',
        'Um anunciante procura uma forma de exibir anúncios em um novo tipo de dispositivo de consumo. Ele coleta informações sobre a forma como os usuários interagem com esse novo tipo de dispositivo para determinar se pode criar um novo mecanismo de exibição de publicidade nesse tipo de dispositivo.',
      ],
    },
    '11': {
      name: 'Usar dados limitados para selecionar conteúdo',
      description:
        'O conteúdo apresentado a você neste serviço pode basear-se em dados limitados, como o site ou aplicativo que você está usando, a sua localização não precisa, o tipo de dispositivo ou o conteúdo com o qual você está interagindo (ou interagiu) (por exemplo, para limitar o número de vezes que um vídeo ou um artigo é apresentado a você).',
      illustrations: [
        'Uma revista de viagens publicou no seu site um artigo sobre os novos cursos on-line oferecidos por uma escola de idiomas para melhorar as experiências de viagem ao exterior. Os posts do blog da escola são inseridos diretamente no final da página e selecionados com base na sua localização não precisa (por exemplo, posts de blog que explicam o programa de cursos de idiomas diferentes do idioma do país onde você se encontra).',
        'Um aplicativo de notícias esportivas criou uma nova seção de artigos sobre as partidas de futebol mais recentes. Cada artigo inclui vídeos hospedados por uma plataforma de streaming separada com os melhores momentos de cada partida. Se você avançar rapidamente um vídeo, essa informação pode ser usada para selecionar um vídeo mais curto para reproduzir em seguida.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Garantir a segurança, prevenir e detectar fraudes e corrigir erros',
      description:
        'Os seus dados podem ser usados para monitorar e prevenir atividades incomuns e possivelmente fraudulentas (por exemplo, em relação à publicidade, cliques em anúncios feitos por bots) e para garantir que os sistemas e processos funcionem de forma correta e segura. Também podem ser usados para corrigir quaisquer problemas que você, o editor ou o anunciante possam encontrar na entrega de conteúdo e anúncios e na sua interação com eles.',
      illustrations: [
        'Um intermediário de publicidade entrega anúncios de vários anunciantes à sua rede de sites parceiros. Ele nota um grande aumento de cliques em anúncios de um anunciante e usa dados sobre a origem dos cliques para determinar que 80% deles vêm de bots e não de pessoas.',
      ],
    },
    '2': {
      name: 'Entregar e apresentar publicidade e conteúdo',
      description:
        'Certas informações (como um endereço IP ou as capacidades do dispositivo) são usadas para garantir a compatibilidade técnica do conteúdo ou da publicidade e para facilitar a transmissão do conteúdo ou do anúncio para o seu dispositivo.',
      illustrations: [
        'Clicar em um link de um artigo normalmente leva você a outra página ou a outra parte do artigo. Para isso, 1) o seu navegador envia uma solicitação a um servidor ligado ao site, 2) o servidor responde (“aqui está o artigo que você pediu”) usando as informações técnicas incluídas automaticamente na solicitação enviada pelo seu dispositivo, para exibir corretamente as informações e imagens que fazem parte do artigo solicitado. Tecnicamente, essa troca de informações é necessária para entregar o conteúdo que aparece na sua tela.',
      ],
    },
    '3': {
      name: 'Salvar e comunicar escolhas de privacidade',
      description:
        'As escolhas que você faz em relação às finalidades e entidades listadas neste aviso são salvas e disponibilizadas a essas entidades na forma de sinais digitais (como uma sequência de caracteres). Isso é necessário para que tanto este serviço quanto essas entidades possam respeitar essas escolhas.',
      illustrations: [
        'Quando você visita um site e lhe é oferecida a escolha entre consentir ou não o uso de perfis para publicidade personalizada, a escolha que você faz é salva e disponibilizada aos fornecedores de publicidade, para que a publicidade apresentada a você respeite essa escolha.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Corresponder e combinar dados de outras fontes de dados',
      description:
        'As informações sobre a sua atividade neste serviço podem ser correspondidas e combinadas com outras informações relativas a você e provenientes de várias fontes (por exemplo, a sua atividade em outro serviço on-line, o uso de um cartão de fidelidade em loja ou as suas respostas a uma pesquisa), em apoio às finalidades explicadas neste aviso.',
      illustrations: [],
    },
    '2': {
      name: 'Vincular diferentes dispositivos',
      description:
        'Em apoio às finalidades explicadas neste aviso, o seu dispositivo pode ser considerado como provavelmente vinculado a outros dispositivos que pertencem a você ou à sua família (por exemplo, porque você está conectado ao mesmo serviço no seu telefone e no seu computador, ou porque pode usar a mesma conexão de internet nos dois dispositivos).',
      illustrations: [],
    },
    '3': {
      name: 'Identificar dispositivos com base em informações transmitidas automaticamente',
      description:
        'O seu dispositivo pode ser distinguido de outros dispositivos com base nas informações que ele envia automaticamente ao acessar a internet (por exemplo, o endereço IP da sua conexão de internet ou o tipo de navegador que você usa), em apoio às finalidades expostas neste aviso.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Usar dados de geolocalização precisos',
      description:
        'Com a sua aceitação, a sua localização precisa (em um raio inferior a 500 metros) pode ser usada em apoio às finalidades explicadas neste aviso.',
      illustrations: [],
    },
    '2': {
      name: 'Verificar ativamente as características do dispositivo para identificação',
      description:
        'Com a sua aceitação, certas características específicas do seu dispositivo podem ser solicitadas e usadas para distingui-lo de outros dispositivos (como as fontes ou plug-ins instalados, a resolução da sua tela), em apoio às finalidades explicadas neste aviso.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Dados de geolocalização precisos e identificação por verificação do dispositivo',
      description: 'Podem ser usadas a geolocalização precisa e informações sobre as características do dispositivo.',
    },
    '2': {
      name: 'Publicidade baseada em dados limitados, medição de publicidade',
      description: 'A publicidade pode ser apresentada com base em dados limitados. O desempenho da publicidade pode ser medido.',
    },
    '3': {
      name: 'Publicidade personalizada',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada.',
    },
    '4': {
      name: 'Publicidade baseada em dados limitados, medição de publicidade, pesquisa de público',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O desempenho da publicidade pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '5': {
      name: 'Publicidade baseada em dados limitados, perfil de publicidade personalizada, medição de publicidade',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade pode ser medido.',
    },
    '6': {
      name: 'Seleção de publicidade personalizada, medição de publicidade',
      description: 'A publicidade pode ser personalizada com base no seu perfil. O desempenho da publicidade pode ser medido.',
    },
    '7': {
      name: 'Seleção de publicidade personalizada, medição de publicidade, pesquisa de público',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. O desempenho da publicidade pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '8': {
      name: 'Publicidade personalizada, medição de publicidade',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade pode ser medido.',
    },
    '9': {
      name: 'Publicidade personalizada, medição de publicidade, pesquisa de público',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '10': {
      name: 'Publicidade personalizada',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada.',
    },
    '11': {
      name: 'Conteúdo personalizado',
      description:
        'O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado.',
    },
    '12': {
      name: 'Seleção de conteúdo personalizado, medição de conteúdo',
      description: 'O conteúdo pode ser personalizado com base no seu perfil. O desempenho do conteúdo pode ser medido.',
    },
    '13': {
      name: 'Seleção de conteúdo personalizado, medição de conteúdo, pesquisa de público',
      description:
        'O conteúdo pode ser personalizado com base no seu perfil. O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '14': {
      name: 'Conteúdo personalizado, medição de conteúdo',
      description:
        'O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho do conteúdo pode ser medido.',
    },
    '15': {
      name: 'Conteúdo personalizado, medição de conteúdo, pesquisa de público',
      description:
        'O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '16': {
      name: 'Conteúdo personalizado, medição de conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '17': {
      name: 'Medição de publicidade e conteúdo, pesquisa de público',
      description: 'O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '18': {
      name: 'Medição de publicidade e conteúdo',
      description: 'O desempenho da publicidade e do conteúdo pode ser medido.',
    },
    '19': {
      name: 'Medição de publicidade, pesquisa de público',
      description: 'O desempenho da publicidade pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '20': {
      name: 'Medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '21': {
      name: 'Medição de conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '22': {
      name: 'Medição de conteúdo, desenvolvimento de serviços',
      description: 'O desempenho do conteúdo pode ser medido. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '23': {
      name: 'Seleção de publicidade e conteúdo personalizados, medição de publicidade e conteúdo',
      description: 'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. O desempenho da publicidade e do conteúdo pode ser medido.',
    },
    '24': {
      name: 'Seleção de publicidade e conteúdo personalizados, medição de publicidade e conteúdo, pesquisa de público',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '25': {
      name: 'Publicidade e conteúdo personalizados, medição de publicidade e conteúdo',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade ou conteúdo personalizados. O desempenho da publicidade e do conteúdo pode ser medido.',
    },
    '26': {
      name: 'Publicidade e conteúdo personalizados, medição de publicidade e conteúdo, pesquisa de público',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade ou conteúdo personalizados. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '27': {
      name: 'Perfil de publicidade personalizada, perfil de conteúdo',
      description: 'A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade ou conteúdo personalizados.',
    },
    '28': {
      name: 'Seleção de publicidade e conteúdo personalizados',
      description: 'A publicidade e o conteúdo podem ser personalizados com base no seu perfil.',
    },
    '29': {
      name: 'Publicidade baseada em dados limitados, medição de publicidade e conteúdo, pesquisa de público',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '30': {
      name: 'Seleção de publicidade personalizada, conteúdo personalizado, medição de publicidade e conteúdo, pesquisa de público',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '31': {
      name: 'Seleção de publicidade personalizada, conteúdo personalizado, medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '32': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de publicidade e conteúdo, pesquisa de público',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '33': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '34': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de conteúdo, pesquisa de público',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas.',
    },
    '35': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '36': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de publicidade',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade pode ser medido.',
    },
    '37': {
      name: 'Publicidade baseada em dados limitados, conteúdo personalizado, medição de publicidade, desenvolvimento de serviços',
      description:
        'A publicidade pode ser apresentada com base em dados limitados. O conteúdo pode ser personalizado com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para conteúdo personalizado. O desempenho da publicidade pode ser medido. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '38': {
      name: 'Publicidade personalizada, medição de publicidade, desenvolvimento de serviços',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade pode ser medido. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '39': {
      name: 'Publicidade personalizada, medição de publicidade, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '40': {
      name: 'Publicidade personalizada, medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade pode ser personalizada com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '41': {
      name: 'Publicidade personalizada, seleção de conteúdo personalizado, medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade personalizada. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '42': {
      name: 'Publicidade e conteúdo personalizados, medição de publicidade e conteúdo, pesquisa de público, desenvolvimento de serviços',
      description:
        'A publicidade e o conteúdo podem ser personalizados com base no seu perfil. A sua atividade neste serviço pode ser usada para criar ou melhorar um perfil sobre você para publicidade ou conteúdo personalizados. O desempenho da publicidade e do conteúdo pode ser medido. Podem ser gerados relatórios com base na sua atividade e na de outras pessoas. A sua atividade neste serviço pode ajudar a desenvolver e melhorar produtos e serviços.',
    },
    '43': {
      name: 'Conteúdo baseado em dados limitados, medição de conteúdo',
      description: 'O conteúdo pode ser selecionado com base em dados limitados. O desempenho do conteúdo pode ser medido.',
    },
  },
  dataCategories: {
    '1': {
      name: 'Endereços IP',
      description:
        'O seu endereço IP é um número atribuído pelo seu provedor de internet a cada conexão de internet. Nem sempre é específico do seu dispositivo e nem sempre é um identificador estável. É usado para encaminhar informações na internet e exibir conteúdo on-line (incluindo anúncios) no seu dispositivo conectado.',
    },
    '2': {
      name: 'Características do dispositivo',
      description:
        'Características técnicas do dispositivo que você usa que não são exclusivas de você, como o idioma, o fuso horário ou o sistema operacional.',
    },
    '3': {
      name: 'Identificadores de dispositivo',
      description:
        'Um identificador de dispositivo é uma sequência única de caracteres atribuída ao seu dispositivo ou navegador por meio de um cookie ou de outras tecnologias de armazenamento. Pode ser criado ou acessado para reconhecer o seu dispositivo, por exemplo, nas páginas de um mesmo site ou em vários sites ou aplicativos.',
    },
    '4': {
      name: 'Identificadores probabilísticos',
      description:
        'Um identificador probabilístico pode ser criado combinando características associadas ao seu dispositivo (o tipo de navegador ou sistema operacional usado) e o endereço IP da conexão de internet. Se você concordar, características adicionais (por exemplo, as fontes instaladas ou a resolução da tela) também podem ser combinadas para melhorar a precisão do identificador probabilístico. Esse identificador é considerado “probabilístico” porque vários dispositivos podem compartilhar as mesmas características e a mesma conexão de internet. Pode ser usado para reconhecer o seu dispositivo, por exemplo, nas páginas de um mesmo site ou em vários sites ou aplicativos.',
    },
    '5': {
      name: 'Identificadores derivados de autenticação',
      description:
        'Quando um identificador é criado com base em dados de autenticação, como os dados de contato associados a contas on-line que você criou em sites ou aplicativos (por exemplo, endereço de e-mail, número de telefone) ou identificadores de cliente (por exemplo, o identificador fornecido pela sua operadora de telecomunicações), esse identificador pode ser usado para reconhecer você em sites, aplicativos e dispositivos quando você está conectado com os mesmos dados de contato.',
    },
    '6': {
      name: 'Dados de navegação e interação',
      description:
        'A sua atividade on-line, como os sites que você visita, os aplicativos que usa, o conteúdo que procura neste serviço ou as suas interações com conteúdo ou anúncios, como o número de vezes que viu um conteúdo ou anúncio específico ou se clicou nele.',
    },
    '7': {
      name: 'Dados fornecidos pelo usuário',
      description:
        'As informações que você pode ter fornecido por meio de declaração em um formulário (por exemplo, feedback, um comentário) ou ao criar uma conta (por exemplo, a sua idade, a sua profissão).',
    },
    '8': {
      name: 'Dados de localização não precisa',
      description:
        'Uma aproximação da sua localização, expressa como uma área com um raio de pelo menos 500 metros. A sua localização aproximada pode ser deduzida, por exemplo, do endereço IP da sua conexão.',
    },
    '9': {
      name: 'Dados de localização precisa',
      description: 'A sua localização precisa em um raio inferior a 500 metros, com base nas suas coordenadas de GPS. Só pode ser usada com a sua aceitação.',
    },
    '10': {
      name: 'Perfis de usuários',
      description:
        'Certas características (por exemplo, os seus possíveis interesses, as suas intenções de compra, o seu perfil de consumidor) podem ser inferidas ou modeladas a partir da sua atividade on-line anterior (por exemplo, o conteúdo que você viu ou o serviço que usou, o tempo que passou em diversos conteúdos e serviços on-line) ou das informações que você forneceu (por exemplo, a sua idade, a sua profissão).',
    },
    '11': {
      name: 'Escolhas de privacidade',
      description: 'As suas preferências em relação ao tratamento dos seus dados, com base nas informações que você recebeu.',
    },
  },
};

export default texts;
