/**
 * Spanish TCF 2.2 texts: Assent's translation of the IAB's English vendor-list texts (GVL v3).
 *
 * The IAB does publish a Spanish translation (`purposes-es.json`), but no TCF 2.2 (GVL v3)
 * copy of it could be found in the sources reachable when this module was written (only the
 * 2020 TCF 2.0 wording, which must not be used). Until the IAB's wording replaces it, this is
 * Assent's own faithful translation of the English vendor list (purposes with their
 * illustrations, special purposes, features, special features, stacks 1–43, data
 * categories). Stack texts are composed from the translated phrases of their purposes.
 * A registered CMP should swap in the IAB's file before relying on it.
 */
import type { PurposeTexts } from './types.js';

const texts: PurposeTexts = {
  source: 'assent',
  purposes: {
    '1': {
      name: 'Almacenar información en un dispositivo y/o acceder a ella',
      description:
        'Las cookies, los identificadores de dispositivo u otros identificadores en línea similares (p. ej., identificadores basados en el inicio de sesión, identificadores asignados aleatoriamente, identificadores basados en la red), junto con otra información (p. ej., tipo e información del navegador, idioma, tamaño de pantalla, tecnologías compatibles, etc.), pueden almacenarse en su dispositivo o leerse de él para reconocerlo cada vez que se conecta a una aplicación o a un sitio web, para uno o varios de los fines que aquí se presentan.',
      illustrations: [
        'La mayoría de los fines que se explican en este aviso dependen del almacenamiento de información en su dispositivo o del acceso a ella cuando usa una aplicación o visita un sitio web. Por ejemplo, es posible que un proveedor o un editor necesite almacenar una cookie en su dispositivo durante su primera visita a un sitio web para poder reconocer su dispositivo en sus visitas siguientes (accediendo a esta cookie cada vez).',
      ],
    },
    '2': {
      name: 'Utilizar datos limitados para seleccionar la publicidad',
      description:
        'La publicidad que se le presenta en este servicio puede basarse en datos limitados, como el sitio web o la aplicación que está utilizando, su ubicación no precisa, el tipo de dispositivo o el contenido con el que está interactuando (o ha interactuado) (por ejemplo, para limitar el número de veces que se le muestra un anuncio).',
      illustrations: [
        'Un fabricante de automóviles quiere promocionar sus vehículos eléctricos entre usuarios concienciados con el medio ambiente que viven en la ciudad, después del horario de oficina. La publicidad se presenta en una página con contenido relacionado (como un artículo sobre acciones contra el cambio climático) después de las 18:30 a los usuarios cuya ubicación no precisa sugiere que se encuentran en una zona urbana.',
        'Un gran fabricante de pinturas de acuarela quiere llevar a cabo una campaña de publicidad en línea para su última gama de acuarelas, diversificando su audiencia para llegar al mayor número posible de artistas aficionados y profesionales y evitando mostrar el anuncio junto a contenido que no encaja (por ejemplo, artículos sobre cómo pintar su casa). Se detecta y se limita el número de veces que se le ha presentado el anuncio, para evitar presentárselo con demasiada frecuencia.',
      ],
    },
    '3': {
      name: 'Crear perfiles para publicidad personalizada',
      description:
        'La información sobre su actividad en este servicio (como los formularios que envía o el contenido que consulta) puede almacenarse y combinarse con otra información sobre usted (por ejemplo, información de su actividad anterior en este servicio y en otros sitios web o aplicaciones) o sobre usuarios similares. Después se utiliza para crear o mejorar un perfil sobre usted (que puede incluir posibles intereses y aspectos personales). Su perfil puede utilizarse (también más adelante), por esta y otras entidades, para presentar publicidad que parezca más relevante según sus posibles intereses.',
      illustrations: [
        'Si lee varios artículos sobre los mejores accesorios para bicicleta que se pueden comprar, esta información podría utilizarse para crear un perfil sobre su interés por los accesorios para bicicleta. Dicho perfil puede utilizarse o mejorarse más adelante, en el mismo sitio web o aplicación o en otro distinto, para presentarle publicidad de una marca concreta de accesorios para bicicleta. Si además consulta un configurador de vehículos en el sitio web de un fabricante de coches de lujo, esta información podría combinarse con su interés por las bicicletas para afinar su perfil y suponer que le interesa el equipamiento de ciclismo de lujo.',
        'Una empresa de ropa desea promocionar su nueva línea de ropa de bebé de alta gama. Se pone en contacto con una agencia que dispone de una red de clientes con compradores de alto poder adquisitivo (como supermercados de alta gama) y le pide que cree perfiles de padres jóvenes o parejas que se pueda suponer que son acomodados y que acaban de tener un hijo, de modo que más adelante puedan utilizarse para presentar publicidad en aplicaciones asociadas basada en esos perfiles.',
      ],
    },
    '4': {
      name: 'Utilizar perfiles para seleccionar publicidad personalizada',
      description:
        'La publicidad que se le presenta en este servicio puede basarse en sus perfiles publicitarios, que pueden reflejar su actividad en este servicio o en otros sitios web o aplicaciones (como los formularios que envía o el contenido que consulta), sus posibles intereses y aspectos personales.',
      illustrations: [
        'Una tienda en línea quiere anunciar una oferta limitada de zapatillas para correr. Quiere dirigir la publicidad a los usuarios que previamente han consultado zapatillas para correr en su aplicación móvil. Pueden utilizarse tecnologías de seguimiento para reconocer que usted ha utilizado previamente la aplicación móvil para consultar zapatillas para correr, a fin de presentarle el anuncio correspondiente en la aplicación.',
        'Un perfil creado para publicidad personalizada en relación con una persona que ha buscado accesorios para bicicleta en un sitio web puede utilizarse para presentarle el anuncio pertinente de accesorios para bicicleta en una aplicación móvil de otra organización.',
      ],
    },
    '5': {
      name: 'Crear perfiles para personalizar el contenido',
      description:
        'La información sobre su actividad en este servicio (por ejemplo, los formularios que envía o el contenido no publicitario que consulta) puede almacenarse y combinarse con otra información sobre usted (como su actividad anterior en este servicio o en otros sitios web o aplicaciones) o sobre usuarios similares. Después se utiliza para crear o mejorar un perfil sobre usted (que puede incluir, por ejemplo, posibles intereses y aspectos personales). Su perfil puede utilizarse (también más adelante) para presentar contenido que parezca más relevante según sus posibles intereses, por ejemplo adaptando el orden en que se le muestra el contenido, de modo que le resulte aún más fácil encontrar contenido que se ajuste a sus intereses.',
      illustrations: [
        'Lee varios artículos sobre cómo construir una casa en un árbol en una plataforma de redes sociales. Esta información podría añadirse a un perfil para señalar su interés por el contenido relacionado con las actividades al aire libre y con las guías de bricolaje (con el objetivo de permitir la personalización del contenido, de modo que, por ejemplo, en el futuro se le presenten más entradas de blog y artículos sobre casas en árboles y cabañas de madera).',
        'Ha visto tres vídeos sobre exploración espacial en distintas aplicaciones de televisión. Una plataforma de noticias ajena, con la que no ha tenido ningún contacto, crea un perfil basado en ese comportamiento de visualización y marca la exploración espacial como un tema de posible interés para otros vídeos.',
      ],
    },
    '6': {
      name: 'Utilizar perfiles para seleccionar contenido personalizado',
      description:
        'El contenido que se le presenta en este servicio puede basarse en sus perfiles de personalización de contenido, que pueden reflejar su actividad en este u otros servicios (por ejemplo, los formularios que envía o el contenido que consulta), sus posibles intereses y aspectos personales. Esto puede utilizarse, por ejemplo, para adaptar el orden en que se le muestra el contenido, de modo que le resulte aún más fácil encontrar contenido (no publicitario) que se ajuste a sus intereses.',
      illustrations: [
        'Lee artículos sobre comida vegetariana en una plataforma de redes sociales y después utiliza la aplicación de cocina de una empresa ajena. El perfil creado sobre usted en la plataforma de redes sociales se utilizará para presentarle recetas vegetarianas en la pantalla de bienvenida de la aplicación de cocina.',
        'Ha visto tres vídeos sobre remo en distintos sitios web. Una plataforma ajena para compartir vídeos le recomendará otros cinco vídeos sobre remo que pueden interesarle cuando utilice su aplicación de televisión, basándose en un perfil creado sobre usted cuando visitó esos distintos sitios web para ver vídeos en línea.',
      ],
    },
    '7': {
      name: 'Medir el rendimiento de la publicidad',
      description:
        'La información sobre qué publicidad se le presenta y cómo interactúa con ella puede utilizarse para determinar en qué medida un anuncio ha funcionado con usted o con otros usuarios y si se han alcanzado los objetivos de la publicidad. Por ejemplo, si vio un anuncio, si hizo clic en él, si le llevó a comprar un producto o a visitar un sitio web, etc. Esto resulta muy útil para entender la relevancia de las campañas publicitarias.',
      illustrations: [
        'Ha hecho clic en un anuncio sobre un descuento del «Black Friday» de una tienda en línea en el sitio web de un editor y ha comprado un producto. Su clic se vinculará a esta compra. Su interacción y la de otros usuarios se medirán para saber cuántos clics en el anuncio dieron lugar a una compra.',
        'Es una de las pocas personas que han hecho clic en un anuncio sobre un descuento por el «día internacional del reconocimiento» de una tienda de regalos en línea dentro de la aplicación de un editor. El editor quiere disponer de informes para entender con qué frecuencia usted y otros usuarios han visto o hecho clic en un espacio publicitario concreto de la aplicación, y en particular en el anuncio del «día internacional del reconocimiento», con el fin de ayudar al editor y a sus socios (como las agencias) a optimizar los espacios publicitarios.',
      ],
    },
    '8': {
      name: 'Medir el rendimiento del contenido',
      description:
        'La información sobre qué contenido se le presenta y cómo interactúa con él puede utilizarse para determinar si el contenido (no publicitario), por ejemplo, llegó a su audiencia prevista y se ajustó a sus intereses. Por ejemplo, si leyó un artículo, vio un vídeo, escuchó un pódcast o consultó la descripción de un producto, cuánto tiempo pasó en este servicio y en las páginas web que visita, etc. Esto resulta muy útil para entender la relevancia del contenido (no publicitario) que se le muestra.',
      illustrations: [
        'Ha leído una entrada de blog sobre senderismo en la aplicación móvil de un editor y ha seguido un enlace a una entrada relacionada recomendada. Sus interacciones se registrarán como indicación de que la entrada inicial sobre senderismo le resultó útil y consiguió despertar su interés por la entrada relacionada. Esto se medirá para saber si conviene producir más entradas sobre senderismo en el futuro y dónde colocarlas en la pantalla de inicio de la aplicación móvil.',
        'Se le presentó un vídeo sobre tendencias de moda, pero usted y otros usuarios dejaron de verlo al cabo de 30 segundos. Esta información se utiliza después para evaluar la duración adecuada de futuros vídeos sobre tendencias de moda.',
      ],
    },
    '9': {
      name: 'Comprender a las audiencias mediante estadísticas o combinaciones de datos de distintas fuentes',
      description:
        'Se pueden generar informes basados en la combinación de conjuntos de datos (como perfiles de usuario, estadísticas, estudios de mercado o datos analíticos) sobre sus interacciones y las de otros usuarios con la publicidad o con el contenido (no publicitario), para identificar características comunes (por ejemplo, para determinar qué audiencias objetivo son más receptivas a una campaña publicitaria o a determinados contenidos).',
      illustrations: [
        'El propietario de una librería en línea quiere informes comerciales que muestren la proporción de visitantes que consultaron su sitio y lo abandonaron sin comprar, o que consultaron y compraron la última autobiografía de un famoso del mes, así como la edad media y la distribución entre hombres y mujeres de cada categoría. Los datos relativos a su navegación en el sitio y a sus características personales se utilizan y se combinan con otros datos de ese tipo para elaborar estas estadísticas.',
        'Un anunciante quiere comprender mejor el tipo de audiencia que interactúa con sus anuncios. Recurre a un instituto de investigación para comparar las características de los usuarios que interactuaron con el anuncio con los atributos típicos de los usuarios de plataformas similares, en distintos dispositivos. Esta comparación revela al anunciante que su audiencia accede a los anuncios principalmente a través de dispositivos móviles y que probablemente tiene entre 45 y 60 años.',
      ],
    },
    '10': {
      name: 'Desarrollar y mejorar los servicios',
      description:
        'La información sobre su actividad en este servicio, como su interacción con anuncios o contenido, puede ser muy útil para mejorar productos y servicios y para crear nuevos productos y servicios basados en las interacciones de los usuarios, el tipo de audiencia, etc. Este fin específico no incluye el desarrollo ni la mejora de perfiles de usuario ni de identificadores.',
      illustrations: [
        'Una plataforma tecnológica que trabaja con un proveedor de redes sociales observa un crecimiento de los usuarios de aplicaciones móviles y ve, a partir de sus perfiles, que muchos de ellos se conectan mediante conexiones móviles. Utiliza una nueva tecnología para servir anuncios con formato para dispositivos móviles y de bajo consumo de ancho de banda, a fin de mejorar su rendimiento.',
        'Un anunciante busca la manera de mostrar anuncios en un nuevo tipo de dispositivo de consumo. Recopila información sobre la forma en que los usuarios interactúan con este nuevo tipo de dispositivo para determinar si puede crear un nuevo mecanismo para mostrar publicidad en este tipo de dispositivo.',
      ],
    },
    '11': {
      name: 'Utilizar datos limitados para seleccionar el contenido',
      description:
        'El contenido que se le presenta en este servicio puede basarse en datos limitados, como el sitio web o la aplicación que está utilizando, su ubicación no precisa, el tipo de dispositivo o el contenido con el que está interactuando (o ha interactuado) (por ejemplo, para limitar el número de veces que se le presenta un vídeo o un artículo).',
      illustrations: [
        'Una revista de viajes ha publicado en su sitio web un artículo sobre los nuevos cursos en línea que ofrece una escuela de idiomas para mejorar las experiencias de viaje al extranjero. Las entradas de blog de la escuela se insertan directamente al final de la página y se seleccionan en función de su ubicación no precisa (por ejemplo, entradas de blog que explican el programa de cursos de idiomas distintos del idioma del país en el que usted se encuentra).',
        'Una aplicación móvil de noticias deportivas ha abierto una nueva sección de artículos sobre los partidos de fútbol más recientes. Cada artículo incluye vídeos alojados en una plataforma de streaming independiente con los mejores momentos de cada partido. Si avanza rápidamente un vídeo, esta información puede utilizarse para seleccionar un vídeo más corto para reproducir a continuación.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Garantizar la seguridad, prevenir y detectar el fraude y corregir errores',
      description:
        'Sus datos pueden utilizarse para vigilar y prevenir actividades inusuales y posiblemente fraudulentas (por ejemplo, en relación con la publicidad, los clics en anuncios realizados por bots) y para garantizar que los sistemas y procesos funcionan de forma correcta y segura. También pueden utilizarse para corregir cualquier problema que usted, el editor o el anunciante puedan encontrar en la entrega de contenido y anuncios y en su interacción con ellos.',
      illustrations: [
        'Un intermediario publicitario sirve anuncios de varios anunciantes en su red de sitios web asociados. Observa un gran aumento de los clics en los anuncios de un anunciante y utiliza los datos sobre el origen de los clics para determinar que el 80 % de ellos proceden de bots y no de personas.',
      ],
    },
    '2': {
      name: 'Entregar y presentar publicidad y contenido',
      description:
        'Cierta información (como una dirección IP o las capacidades del dispositivo) se utiliza para garantizar la compatibilidad técnica del contenido o de la publicidad y para facilitar la transmisión del contenido o del anuncio a su dispositivo.',
      illustrations: [
        'Al hacer clic en un enlace de un artículo, normalmente se le lleva a otra página o a otra parte del artículo. Para ello, 1) su navegador envía una solicitud a un servidor vinculado al sitio web, 2) el servidor responde («este es el artículo que ha solicitado») utilizando la información técnica incluida automáticamente en la solicitud enviada por su dispositivo, para mostrar correctamente la información y las imágenes que forman parte del artículo solicitado. Técnicamente, este intercambio de información es necesario para entregar el contenido que aparece en su pantalla.',
      ],
    },
    '3': {
      name: 'Guardar y comunicar las opciones de privacidad',
      description:
        'Las opciones que elige en relación con los fines y las entidades que figuran en este aviso se guardan y se ponen a disposición de esas entidades en forma de señales digitales (como una cadena de caracteres). Esto es necesario para que tanto este servicio como esas entidades puedan respetar dichas opciones.',
      illustrations: [
        'Cuando visita un sitio web y se le ofrece elegir entre dar o no su consentimiento al uso de perfiles para publicidad personalizada, la opción que elige se guarda y se pone a disposición de los proveedores de publicidad, de modo que la publicidad que se le presenta respete esa elección.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Cotejar y combinar datos procedentes de otras fuentes de datos',
      description:
        'La información sobre su actividad en este servicio puede cotejarse y combinarse con otra información relativa a usted y procedente de diversas fuentes (por ejemplo, su actividad en otro servicio en línea, el uso de una tarjeta de fidelización en una tienda o sus respuestas a una encuesta), en apoyo de los fines explicados en este aviso.',
      illustrations: [],
    },
    '2': {
      name: 'Vincular distintos dispositivos',
      description:
        'En apoyo de los fines explicados en este aviso, su dispositivo podría considerarse probablemente vinculado a otros dispositivos que le pertenecen a usted o a su hogar (por ejemplo, porque ha iniciado sesión en el mismo servicio en su teléfono y en su ordenador, o porque puede utilizar la misma conexión a Internet en ambos dispositivos).',
      illustrations: [],
    },
    '3': {
      name: 'Identificar dispositivos a partir de la información transmitida automáticamente',
      description:
        'Su dispositivo podría distinguirse de otros dispositivos a partir de la información que envía automáticamente al acceder a Internet (por ejemplo, la dirección IP de su conexión a Internet o el tipo de navegador que utiliza), en apoyo de los fines expuestos en este aviso.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Utilizar datos de geolocalización precisos',
      description:
        'Con su aceptación, su ubicación precisa (en un radio inferior a 500 metros) puede utilizarse en apoyo de los fines explicados en este aviso.',
      illustrations: [],
    },
    '2': {
      name: 'Analizar activamente las características del dispositivo para su identificación',
      description:
        'Con su aceptación, pueden solicitarse y utilizarse determinadas características específicas de su dispositivo para distinguirlo de otros dispositivos (como las fuentes o complementos instalados o la resolución de su pantalla), en apoyo de los fines explicados en este aviso.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Datos de geolocalización precisos e identificación mediante análisis del dispositivo',
      description: 'Se pueden utilizar la geolocalización precisa e información sobre las características del dispositivo.',
    },
    '2': {
      name: 'Publicidad basada en datos limitados, medición de publicidad',
      description: 'Se puede presentar publicidad basada en datos limitados. Se puede medir el rendimiento de la publicidad.',
    },
    '3': {
      name: 'Publicidad personalizada',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada.',
    },
    '4': {
      name: 'Publicidad basada en datos limitados, medición de publicidad, investigación de audiencias',
      description:
        'Se puede presentar publicidad basada en datos limitados. Se puede medir el rendimiento de la publicidad. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '5': {
      name: 'Publicidad basada en datos limitados, perfil de publicidad personalizada, medición de publicidad',
      description:
        'Se puede presentar publicidad basada en datos limitados. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad.',
    },
    '6': {
      name: 'Selección de publicidad personalizada, medición de publicidad',
      description: 'La publicidad puede personalizarse en función de su perfil. Se puede medir el rendimiento de la publicidad.',
    },
    '7': {
      name: 'Selección de publicidad personalizada, medición de publicidad, investigación de audiencias',
      description:
        'La publicidad puede personalizarse en función de su perfil. Se puede medir el rendimiento de la publicidad. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '8': {
      name: 'Publicidad personalizada, medición de publicidad',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad.',
    },
    '9': {
      name: 'Publicidad personalizada, medición de publicidad, investigación de audiencias',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '10': {
      name: 'Publicidad personalizada',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada.',
    },
    '11': {
      name: 'Contenido personalizado',
      description:
        'El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado.',
    },
    '12': {
      name: 'Selección de contenido personalizado, medición de contenido',
      description: 'El contenido puede personalizarse en función de su perfil. Se puede medir el rendimiento del contenido.',
    },
    '13': {
      name: 'Selección de contenido personalizado, medición de contenido, investigación de audiencias',
      description:
        'El contenido puede personalizarse en función de su perfil. Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '14': {
      name: 'Contenido personalizado, medición de contenido',
      description:
        'El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento del contenido.',
    },
    '15': {
      name: 'Contenido personalizado, medición de contenido, investigación de audiencias',
      description:
        'El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '16': {
      name: 'Contenido personalizado, medición de contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '17': {
      name: 'Medición de publicidad y contenido, investigación de audiencias',
      description:
        'Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '18': {
      name: 'Medición de publicidad y contenido',
      description: 'Se puede medir el rendimiento de la publicidad y del contenido.',
    },
    '19': {
      name: 'Medición de publicidad, investigación de audiencias',
      description: 'Se puede medir el rendimiento de la publicidad. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '20': {
      name: 'Medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '21': {
      name: 'Medición de contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '22': {
      name: 'Medición de contenido, desarrollo de servicios',
      description: 'Se puede medir el rendimiento del contenido. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '23': {
      name: 'Selección de publicidad y contenido personalizados, medición de publicidad y contenido',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Se puede medir el rendimiento de la publicidad y del contenido.',
    },
    '24': {
      name: 'Selección de publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencias',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '25': {
      name: 'Publicidad y contenido personalizados, medición de publicidad y contenido',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad o contenido personalizados. Se puede medir el rendimiento de la publicidad y del contenido.',
    },
    '26': {
      name: 'Publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencias',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad o contenido personalizados. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '27': {
      name: 'Perfil de publicidad personalizada, perfil de contenido',
      description:
        'Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad o contenido personalizados.',
    },
    '28': {
      name: 'Selección de publicidad y contenido personalizados',
      description: 'La publicidad y el contenido pueden personalizarse en función de su perfil.',
    },
    '29': {
      name: 'Publicidad basada en datos limitados, medición de publicidad y contenido, investigación de audiencias',
      description:
        'Se puede presentar publicidad basada en datos limitados. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '30': {
      name: 'Selección de publicidad personalizada, contenido personalizado, medición de publicidad y contenido, investigación de audiencias',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '31': {
      name: 'Selección de publicidad personalizada, contenido personalizado, medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '32': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de publicidad y contenido, investigación de audiencias',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '33': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '34': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de contenido, investigación de audiencias',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas.',
    },
    '35': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '36': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de publicidad',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad.',
    },
    '37': {
      name: 'Publicidad basada en datos limitados, contenido personalizado, medición de publicidad, desarrollo de servicios',
      description:
        'Se puede presentar publicidad basada en datos limitados. El contenido puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de contenido personalizado. Se puede medir el rendimiento de la publicidad. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '38': {
      name: 'Publicidad personalizada, medición de publicidad, desarrollo de servicios',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '39': {
      name: 'Publicidad personalizada, medición de publicidad, investigación de audiencias, desarrollo de servicios',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '40': {
      name: 'Publicidad personalizada, medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'La publicidad puede personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '41': {
      name: 'Publicidad personalizada, selección de contenido personalizado, medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad personalizada. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '42': {
      name: 'Publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencias, desarrollo de servicios',
      description:
        'La publicidad y el contenido pueden personalizarse en función de su perfil. Su actividad en este servicio puede utilizarse para crear o mejorar un perfil sobre usted con fines de publicidad o contenido personalizados. Se puede medir el rendimiento de la publicidad y del contenido. Se pueden generar informes basados en su actividad y en la de otras personas. Su actividad en este servicio puede ayudar a desarrollar y mejorar productos y servicios.',
    },
    '43': {
      name: 'Contenido basado en datos limitados, medición de contenido',
      description: 'El contenido puede seleccionarse en función de datos limitados. Se puede medir el rendimiento del contenido.',
    },
  },
  dataCategories: {
    '1': {
      name: 'Direcciones IP',
      description:
        'Su dirección IP es un número que su proveedor de servicios de Internet asigna a cada conexión a Internet. No siempre es específica de su dispositivo ni es siempre un identificador estable. Se utiliza para encaminar la información por Internet y mostrar contenido en línea (incluidos anuncios) en su dispositivo conectado.',
    },
    '2': {
      name: 'Características del dispositivo',
      description:
        'Características técnicas del dispositivo que utiliza que no son exclusivas de usted, como el idioma, la zona horaria o el sistema operativo.',
    },
    '3': {
      name: 'Identificadores de dispositivo',
      description:
        'Un identificador de dispositivo es una cadena única de caracteres asignada a su dispositivo o navegador mediante una cookie u otras tecnologías de almacenamiento. Puede crearse o consultarse para reconocer su dispositivo, p. ej., en las distintas páginas de un mismo sitio o en varios sitios o aplicaciones.',
    },
    '4': {
      name: 'Identificadores probabilísticos',
      description:
        'Un identificador probabilístico puede crearse combinando características asociadas a su dispositivo (el tipo de navegador o de sistema operativo utilizado) y la dirección IP de la conexión a Internet. Si da su conformidad, también pueden combinarse características adicionales (p. ej., las fuentes instaladas o la resolución de pantalla) para mejorar la precisión del identificador probabilístico. Este identificador se considera «probabilístico» porque varios dispositivos pueden compartir las mismas características y la misma conexión a Internet. Puede utilizarse para reconocer su dispositivo, p. ej., en las distintas páginas de un mismo sitio o en varios sitios o aplicaciones.',
    },
    '5': {
      name: 'Identificadores derivados de la autenticación',
      description:
        'Cuando se crea un identificador a partir de datos de autenticación, como los datos de contacto asociados a cuentas en línea que ha creado en sitios web o aplicaciones (p. ej., dirección de correo electrónico, número de teléfono) o identificadores de cliente (p. ej., el identificador que le asigna su operador de telecomunicaciones), ese identificador puede utilizarse para reconocerle en distintos sitios web, aplicaciones y dispositivos cuando ha iniciado sesión con los mismos datos de contacto.',
    },
    '6': {
      name: 'Datos de navegación e interacción',
      description:
        'Su actividad en línea, como los sitios web que visita, las aplicaciones que utiliza, el contenido que busca en este servicio o sus interacciones con contenido o anuncios, como el número de veces que ha visto un contenido o un anuncio concreto o si ha hecho clic en él.',
    },
    '7': {
      name: 'Datos proporcionados por el usuario',
      description:
        'La información que haya podido facilitar mediante una declaración en un formulario (p. ej., una opinión o un comentario) o al crear una cuenta (p. ej., su edad o su profesión).',
    },
    '8': {
      name: 'Datos de ubicación no precisa',
      description:
        'Una aproximación de su ubicación, expresada como una zona con un radio de al menos 500 metros. Su ubicación aproximada puede deducirse, p. ej., de la dirección IP de su conexión.',
    },
    '9': {
      name: 'Datos de ubicación precisa',
      description: 'Su ubicación precisa en un radio inferior a 500 metros, basada en sus coordenadas GPS. Solo puede utilizarse con su aceptación.',
    },
    '10': {
      name: 'Perfiles de usuario',
      description:
        'Ciertas características (p. ej., sus posibles intereses, sus intenciones de compra o su perfil de consumidor) pueden inferirse o modelarse a partir de su actividad en línea anterior (p. ej., el contenido que ha visto o el servicio que ha utilizado, el tiempo que ha dedicado a distintos contenidos y servicios en línea) o de la información que ha facilitado (p. ej., su edad o su profesión).',
    },
    '11': {
      name: 'Opciones de privacidad',
      description: 'Sus preferencias en relación con el tratamiento de sus datos, basadas en la información que ha recibido.',
    },
  },
};

export default texts;
