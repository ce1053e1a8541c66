/**
 * Italian TCF 2.2 texts: Assent's translation of the IAB's English vendor-list texts (GVL v3).
 *
 * The IAB does publish an Italian translation (`purposes-it.json`), but no TCF 2.2 (GVL v3)
 * copy of it could be found in the sources reachable when this module was written (only the
 * 2020 TCF 2.0 wording, which must not be used). Until the IAB's wording replaces it, this is
 * Assent's own faithful translation of the English vendor list (purposes with their
 * illustrations, special purposes, features, special features, stacks 1–43, data
 * categories); the purpose names follow the Italian names seen in use by other CMPs. Stack
 * texts are composed from the translated phrases of their purposes. A registered CMP should
 * swap in the IAB's file before relying on it.
 */
import type { PurposeTexts } from './types.js';

const texts: PurposeTexts = {
  source: 'assent',
  purposes: {
    '1': {
      name: 'Archiviare e/o accedere a informazioni su un dispositivo',
      description:
        'Cookie, identificativi del dispositivo o identificativi online simili (ad es. identificativi basati sull’accesso, identificativi assegnati in modo casuale, identificativi basati sulla rete), insieme ad altre informazioni (ad es. tipo e informazioni del browser, lingua, dimensioni dello schermo, tecnologie supportate, ecc.), possono essere archiviati o letti sul tuo dispositivo per riconoscerlo ogni volta che si collega a un’app o a un sito web, per una o più delle finalità qui presentate.',
      illustrations: [
        'La maggior parte delle finalità illustrate in questa informativa si basa sull’archiviazione di informazioni sul tuo dispositivo o sull’accesso a esse quando utilizzi un’app o visiti un sito web. Ad esempio, un fornitore o un editore potrebbe dover archiviare un cookie sul tuo dispositivo durante la tua prima visita a un sito web, per poter riconoscere il tuo dispositivo nelle visite successive (accedendo ogni volta a questo cookie).',
      ],
    },
    '2': {
      name: 'Utilizzare dati limitati per la selezione della pubblicità',
      description:
        'La pubblicità che ti viene presentata su questo servizio può basarsi su dati limitati, come il sito web o l’app che stai utilizzando, la tua posizione non precisa, il tipo di dispositivo o i contenuti con cui stai interagendo (o hai interagito) (ad esempio, per limitare il numero di volte in cui un annuncio ti viene presentato).',
      illustrations: [
        'Un produttore di automobili vuole promuovere i propri veicoli elettrici presso utenti attenti all’ambiente che vivono in città, dopo l’orario d’ufficio. La pubblicità viene presentata su una pagina con contenuti correlati (come un articolo sulle azioni contro il cambiamento climatico) dopo le 18:30 agli utenti la cui posizione non precisa suggerisce che si trovano in una zona urbana.',
        'Un grande produttore di colori ad acquerello vuole realizzare una campagna pubblicitaria online per la sua ultima gamma di acquerelli, diversificando il pubblico per raggiungere il maggior numero possibile di artisti dilettanti e professionisti ed evitando di mostrare l’annuncio accanto a contenuti non pertinenti (ad esempio, articoli su come tinteggiare la casa). Il numero di volte in cui l’annuncio ti è stato presentato viene rilevato e limitato, per evitare di presentartelo troppo spesso.',
      ],
    },
    '3': {
      name: 'Creare profili per la pubblicità personalizzata',
      description:
        'Le informazioni sulla tua attività su questo servizio (come i moduli che invii, i contenuti che guardi) possono essere archiviate e combinate con altre informazioni che ti riguardano (ad esempio, informazioni sulla tua attività precedente su questo servizio e su altri siti web o app) o con informazioni su utenti simili. Vengono poi utilizzate per creare o migliorare un profilo che ti riguarda (che può includere possibili interessi e aspetti personali). Il tuo profilo può essere utilizzato (anche in seguito), da questo e da altri soggetti, per presentare pubblicità che appare più pertinente in base ai tuoi possibili interessi.',
      illustrations: [
        'Se leggi diversi articoli sui migliori accessori per bicicletta da acquistare, queste informazioni potrebbero essere utilizzate per creare un profilo sul tuo interesse per gli accessori per bicicletta. Un profilo di questo tipo può essere utilizzato o migliorato in seguito, sullo stesso sito web o app o su un altro, per presentarti pubblicità di una determinata marca di accessori per bicicletta. Se guardi anche un configuratore di veicoli sul sito web di un produttore di auto di lusso, queste informazioni potrebbero essere combinate con il tuo interesse per le biciclette per affinare il tuo profilo e supporre che tu sia interessato ad attrezzatura da ciclismo di lusso.',
        'Un’azienda di abbigliamento desidera promuovere la sua nuova linea di abbigliamento di alta gamma per neonati. Si rivolge a un’agenzia che dispone di una rete di clienti con acquirenti ad alto reddito (come supermercati di fascia alta) e le chiede di creare profili di giovani genitori o coppie che si può presumere siano benestanti e abbiano appena avuto un figlio, in modo che possano poi essere utilizzati per presentare pubblicità all’interno di app partner sulla base di tali profili.',
      ],
    },
    '4': {
      name: 'Utilizzare profili per la selezione di pubblicità personalizzata',
      description:
        'La pubblicità che ti viene presentata su questo servizio può basarsi sui tuoi profili pubblicitari, che possono riflettere la tua attività su questo servizio o su altri siti web o app (come i moduli che invii, i contenuti che guardi), i tuoi possibili interessi e aspetti personali.',
      illustrations: [
        'Un rivenditore online vuole pubblicizzare una promozione a tempo limitato sulle scarpe da corsa. Vuole indirizzare la pubblicità agli utenti che in precedenza hanno guardato scarpe da corsa sulla sua app mobile. Possono essere utilizzate tecnologie di tracciamento per riconoscere che in precedenza hai utilizzato l’app mobile per consultare scarpe da corsa, al fine di presentarti l’annuncio corrispondente nell’app.',
        'Un profilo creato per la pubblicità personalizzata in relazione a una persona che ha cercato accessori per bicicletta su un sito web può essere utilizzato per presentare l’annuncio pertinente di accessori per bicicletta su un’app mobile di un’altra organizzazione.',
      ],
    },
    '5': {
      name: 'Creare profili per la personalizzazione dei contenuti',
      description:
        'Le informazioni sulla tua attività su questo servizio (ad esempio, i moduli che invii, i contenuti non pubblicitari che guardi) possono essere archiviate e combinate con altre informazioni che ti riguardano (come la tua attività precedente su questo servizio o su altri siti web o app) o con informazioni su utenti simili. Vengono poi utilizzate per creare o migliorare un profilo che ti riguarda (che può includere, ad esempio, possibili interessi e aspetti personali). Il tuo profilo può essere utilizzato (anche in seguito) per presentare contenuti che appaiono più pertinenti in base ai tuoi possibili interessi, ad esempio adattando l’ordine in cui i contenuti ti vengono mostrati, così da renderti ancora più facile trovare contenuti corrispondenti ai tuoi interessi.',
      illustrations: [
        'Su una piattaforma di social media leggi diversi articoli su come costruire una casa sull’albero. Queste informazioni potrebbero essere aggiunte a un profilo per segnalare il tuo interesse per i contenuti relativi alle attività all’aperto e alle guide fai da te (con l’obiettivo di consentire la personalizzazione dei contenuti, in modo che, ad esempio, in futuro ti vengano presentati più post di blog e articoli su case sull’albero e capanne di legno).',
        'Hai guardato tre video sull’esplorazione spaziale su diverse app TV. Una piattaforma di notizie non collegata, con cui non hai mai avuto contatti, crea un profilo basato su questo comportamento di visione, segnalando l’esplorazione spaziale come argomento di possibile interesse per altri video.',
      ],
    },
    '6': {
      name: 'Utilizzare profili per la selezione di contenuti personalizzati',
      description:
        'I contenuti che ti vengono presentati su questo servizio possono basarsi sui tuoi profili di personalizzazione dei contenuti, che possono riflettere la tua attività su questo o su altri servizi (ad esempio, i moduli che invii, i contenuti che guardi), i tuoi possibili interessi e aspetti personali. Ciò può essere utilizzato, ad esempio, per adattare l’ordine in cui i contenuti ti vengono mostrati, così da renderti ancora più facile trovare contenuti (non pubblicitari) corrispondenti ai tuoi interessi.',
      illustrations: [
        'Leggi articoli sul cibo vegetariano su una piattaforma di social media e poi utilizzi l’app di cucina di un’azienda non collegata. Il profilo creato su di te sulla piattaforma di social media verrà utilizzato per presentarti ricette vegetariane nella schermata di benvenuto dell’app di cucina.',
        'Hai guardato tre video sul canottaggio su diversi siti web. Una piattaforma di condivisione video non collegata ti consiglierà altri cinque video sul canottaggio che potrebbero interessarti quando usi la tua app TV, sulla base di un profilo creato su di te quando hai visitato quei diversi siti web per guardare video online.',
      ],
    },
    '7': {
      name: 'Misurare le prestazioni della pubblicità',
      description:
        'Le informazioni su quale pubblicità ti viene presentata e su come interagisci con essa possono essere utilizzate per determinare quanto bene un annuncio abbia funzionato per te o per altri utenti e se gli obiettivi della pubblicità siano stati raggiunti. Ad esempio, se hai visto un annuncio, se ci hai cliccato sopra, se ti ha portato ad acquistare un prodotto o a visitare un sito web, ecc. Ciò è molto utile per comprendere la pertinenza delle campagne pubblicitarie.',
      illustrations: [
        'Hai cliccato su un annuncio relativo a uno sconto del «Black Friday» di un negozio online sul sito web di un editore e hai acquistato un prodotto. Il tuo clic verrà collegato a questo acquisto. La tua interazione e quella di altri utenti verranno misurate per sapere quanti clic sull’annuncio hanno portato a un acquisto.',
        'Sei una delle pochissime persone ad aver cliccato su un annuncio relativo a uno sconto per la «giornata internazionale dell’apprezzamento» di un negozio di regali online all’interno dell’app di un editore. L’editore vuole disporre di report per capire quante volte uno specifico spazio pubblicitario all’interno dell’app, e in particolare l’annuncio della «giornata internazionale dell’apprezzamento», sia stato visualizzato o cliccato da te e da altri utenti, per aiutare l’editore e i suoi partner (come le agenzie) a ottimizzare il posizionamento degli annunci.',
      ],
    },
    '8': {
      name: 'Misurare le prestazioni dei contenuti',
      description:
        'Le informazioni su quali contenuti ti vengono presentati e su come interagisci con essi possono essere utilizzate per determinare se i contenuti (non pubblicitari), ad esempio, hanno raggiunto il pubblico previsto e corrisposto ai tuoi interessi. Ad esempio, se hai letto un articolo, guardato un video, ascoltato un podcast o consultato la descrizione di un prodotto, quanto tempo hai trascorso su questo servizio e sulle pagine web che visiti, ecc. Ciò è molto utile per comprendere la pertinenza dei contenuti (non pubblicitari) che ti vengono mostrati.',
      illustrations: [
        'Hai letto un post di blog sull’escursionismo nell’app mobile di un editore e hai seguito un link a un post correlato consigliato. Le tue interazioni verranno registrate come indicazione che il post iniziale sull’escursionismo ti è stato utile e che è riuscito a interessarti al post correlato. Ciò verrà misurato per sapere se in futuro produrre altri post sull’escursionismo e dove collocarli nella schermata principale dell’app mobile.',
        'Ti è stato presentato un video sulle tendenze della moda, ma tu e diversi altri utenti avete smesso di guardarlo dopo 30 secondi. Questa informazione viene poi utilizzata per valutare la durata giusta dei futuri video sulle tendenze della moda.',
      ],
    },
    '9': {
      name: 'Comprendere il pubblico attraverso statistiche o combinazioni di dati provenienti da fonti diverse',
      description:
        'Possono essere generati report basati sulla combinazione di insiemi di dati (come profili utente, statistiche, ricerche di mercato, dati analitici) relativi alle tue interazioni e a quelle di altri utenti con la pubblicità o con i contenuti (non pubblicitari), per individuare caratteristiche comuni (ad esempio, per determinare quali segmenti di pubblico sono più ricettivi a una campagna pubblicitaria o a determinati contenuti).',
      illustrations: [
        'Il proprietario di una libreria online vuole report commerciali che mostrino la percentuale di visitatori che hanno consultato il suo sito e lo hanno lasciato senza acquistare, o che hanno consultato e acquistato l’ultima autobiografia di una celebrità del mese, oltre all’età media e alla distribuzione tra uomini e donne di ciascuna categoria. I dati relativi alla tua navigazione sul suo sito e alle tue caratteristiche personali vengono quindi utilizzati e combinati con altri dati di questo tipo per produrre queste statistiche.',
        'Un inserzionista vuole comprendere meglio il tipo di pubblico che interagisce con i suoi annunci. Si rivolge a un istituto di ricerca per confrontare le caratteristiche degli utenti che hanno interagito con l’annuncio con gli attributi tipici degli utenti di piattaforme simili, su dispositivi diversi. Questo confronto rivela all’inserzionista che il pubblico dei suoi annunci vi accede principalmente tramite dispositivi mobili e ha probabilmente tra i 45 e i 60 anni.',
      ],
    },
    '10': {
      name: 'Sviluppare e migliorare i servizi',
      description:
        'Le informazioni sulla tua attività su questo servizio, come la tua interazione con annunci o contenuti, possono essere molto utili per migliorare prodotti e servizi e per creare nuovi prodotti e servizi basati sulle interazioni degli utenti, sul tipo di pubblico, ecc. Questa specifica finalità non include lo sviluppo o il miglioramento di profili utente e identificativi.',
      illustrations: [
        'Una piattaforma tecnologica che collabora con un fornitore di social media nota una crescita degli utenti delle app mobili e vede, in base ai loro profili, che molti di loro si collegano tramite connessioni mobili. Utilizza una nuova tecnologia per erogare annunci formattati per i dispositivi mobili e a basso consumo di banda, per migliorarne le prestazioni.',
        'Un inserzionista cerca un modo per mostrare annunci su un nuovo tipo di dispositivo di consumo. Raccoglie informazioni sul modo in cui gli utenti interagiscono con questo nuovo tipo di dispositivo per determinare se può creare un nuovo meccanismo per mostrare pubblicità su questo tipo di dispositivo.',
      ],
    },
    '11': {
      name: 'Utilizzare dati limitati per la selezione dei contenuti',
      description:
        'I contenuti che ti vengono presentati su questo servizio possono basarsi su dati limitati, come il sito web o l’app che stai utilizzando, la tua posizione non precisa, il tipo di dispositivo o i contenuti con cui stai interagendo (o hai interagito) (ad esempio, per limitare il numero di volte in cui un video o un articolo ti viene presentato).',
      illustrations: [
        'Una rivista di viaggi ha pubblicato sul proprio sito web un articolo sui nuovi corsi online proposti da una scuola di lingue per migliorare le esperienze di viaggio all’estero. I post del blog della scuola sono inseriti direttamente in fondo alla pagina e selezionati in base alla tua posizione non precisa (ad esempio, post del blog che illustrano il programma dei corsi per lingue diverse da quella del paese in cui ti trovi).',
        'Un’app mobile di notizie sportive ha avviato una nuova sezione di articoli dedicati alle partite di calcio più recenti. Ogni articolo include video ospitati da una piattaforma di streaming separata che mostrano i momenti salienti di ciascuna partita. Se fai avanzare rapidamente un video, questa informazione può essere utilizzata per selezionare un video più breve da riprodurre successivamente.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Garantire la sicurezza, prevenire e rilevare le frodi e correggere gli errori',
      description:
        'I tuoi dati possono essere utilizzati per monitorare e prevenire attività insolite e potenzialmente fraudolente (ad esempio, in relazione alla pubblicità, i clic sugli annunci effettuati da bot) e per garantire che sistemi e processi funzionino in modo corretto e sicuro. Possono anche essere utilizzati per correggere eventuali problemi che tu, l’editore o l’inserzionista potreste incontrare nella fornitura di contenuti e annunci e nella tua interazione con essi.',
      illustrations: [
        'Un intermediario pubblicitario fornisce annunci di vari inserzionisti alla sua rete di siti web partner. Nota un forte aumento dei clic sugli annunci di un inserzionista e utilizza i dati sull’origine dei clic per stabilire che l’80% dei clic proviene da bot anziché da persone.',
      ],
    },
    '2': {
      name: 'Fornire e presentare pubblicità e contenuti',
      description:
        'Alcune informazioni (come un indirizzo IP o le capacità del dispositivo) vengono utilizzate per garantire la compatibilità tecnica dei contenuti o della pubblicità e per agevolare la trasmissione dei contenuti o dell’annuncio al tuo dispositivo.',
      illustrations: [
        'Cliccando su un link in un articolo, normalmente vieni portato a un’altra pagina o a un’altra parte dell’articolo. Per farlo, 1) il tuo browser invia una richiesta a un server collegato al sito web, 2) il server risponde («ecco l’articolo che hai richiesto») utilizzando le informazioni tecniche incluse automaticamente nella richiesta inviata dal tuo dispositivo, per visualizzare correttamente le informazioni e le immagini che fanno parte dell’articolo richiesto. Tecnicamente, questo scambio di informazioni è necessario per fornire i contenuti che compaiono sul tuo schermo.',
      ],
    },
    '3': {
      name: 'Salvare e comunicare le scelte relative alla privacy',
      description:
        'Le scelte che fai in merito alle finalità e ai soggetti elencati in questa informativa vengono salvate e rese disponibili a tali soggetti sotto forma di segnali digitali (come una stringa di caratteri). Ciò è necessario per consentire sia a questo servizio sia a tali soggetti di rispettare le tue scelte.',
      illustrations: [
        'Quando visiti un sito web e ti viene offerta la scelta tra acconsentire o meno all’uso di profili per la pubblicità personalizzata, la scelta che fai viene salvata e resa disponibile ai fornitori di pubblicità, in modo che la pubblicità che ti viene presentata rispetti tale scelta.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Abbinare e combinare dati provenienti da altre fonti',
      description:
        'Le informazioni sulla tua attività su questo servizio possono essere abbinate e combinate con altre informazioni che ti riguardano e provengono da varie fonti (ad esempio la tua attività su un altro servizio online, l’uso di una carta fedeltà in negozio o le tue risposte a un sondaggio), a supporto delle finalità illustrate in questa informativa.',
      illustrations: [],
    },
    '2': {
      name: 'Collegare dispositivi diversi',
      description:
        'A supporto delle finalità illustrate in questa informativa, il tuo dispositivo potrebbe essere considerato probabilmente collegato ad altri dispositivi che appartengono a te o al tuo nucleo familiare (ad esempio perché hai effettuato l’accesso allo stesso servizio sia sul telefono sia sul computer, o perché puoi utilizzare la stessa connessione Internet su entrambi i dispositivi).',
      illustrations: [],
    },
    '3': {
      name: 'Identificare i dispositivi in base alle informazioni trasmesse automaticamente',
      description:
        'Il tuo dispositivo potrebbe essere distinto da altri dispositivi in base alle informazioni che invia automaticamente quando accede a Internet (ad esempio, l’indirizzo IP della tua connessione Internet o il tipo di browser che utilizzi), a supporto delle finalità illustrate in questa informativa.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Utilizzare dati di geolocalizzazione precisi',
      description:
        'Con la tua accettazione, la tua posizione precisa (entro un raggio inferiore a 500 metri) può essere utilizzata a supporto delle finalità illustrate in questa informativa.',
      illustrations: [],
    },
    '2': {
      name: 'Scansionare attivamente le caratteristiche del dispositivo ai fini dell’identificazione',
      description:
        'Con la tua accettazione, alcune caratteristiche specifiche del tuo dispositivo possono essere richieste e utilizzate per distinguerlo da altri dispositivi (come i caratteri o i plug-in installati, la risoluzione dello schermo), a supporto delle finalità illustrate in questa informativa.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Dati di geolocalizzazione precisi e identificazione tramite la scansione del dispositivo',
      description: 'Possono essere utilizzate la geolocalizzazione precisa e informazioni sulle caratteristiche del dispositivo.',
    },
    '2': {
      name: 'Pubblicità basata su dati limitati, misurazione della pubblicità',
      description: 'La pubblicità può essere presentata sulla base di dati limitati. Le prestazioni della pubblicità possono essere misurate.',
    },
    '3': {
      name: 'Pubblicità personalizzata',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata.',
    },
    '4': {
      name: 'Pubblicità basata su dati limitati, misurazione della pubblicità, ricerche sul pubblico',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. Le prestazioni della pubblicità possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '5': {
      name: 'Pubblicità basata su dati limitati, profilo per la pubblicità personalizzata, misurazione della pubblicità',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità possono essere misurate.',
    },
    '6': {
      name: 'Selezione di pubblicità personalizzata, misurazione della pubblicità',
      description: 'La pubblicità può essere personalizzata sulla base del tuo profilo. Le prestazioni della pubblicità possono essere misurate.',
    },
    '7': {
      name: 'Selezione di pubblicità personalizzata, misurazione della pubblicità, ricerche sul pubblico',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. Le prestazioni della pubblicità possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '8': {
      name: 'Pubblicità personalizzata, misurazione della pubblicità',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità possono essere misurate.',
    },
    '9': {
      name: 'Pubblicità personalizzata, misurazione della pubblicità, ricerche sul pubblico',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '10': {
      name: 'Pubblicità personalizzata',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata.',
    },
    '11': {
      name: 'Contenuti personalizzati',
      description:
        'I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati.',
    },
    '12': {
      name: 'Selezione di contenuti personalizzati, misurazione dei contenuti',
      description: 'I contenuti possono essere personalizzati sulla base del tuo profilo. Le prestazioni dei contenuti possono essere misurate.',
    },
    '13': {
      name: 'Selezione di contenuti personalizzati, misurazione dei contenuti, ricerche sul pubblico',
      description:
        'I contenuti possono essere personalizzati sulla base del tuo profilo. Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '14': {
      name: 'Contenuti personalizzati, misurazione dei contenuti',
      description:
        'I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni dei contenuti possono essere misurate.',
    },
    '15': {
      name: 'Contenuti personalizzati, misurazione dei contenuti, ricerche sul pubblico',
      description:
        'I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '16': {
      name: 'Contenuti personalizzati, misurazione dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '17': {
      name: 'Misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '18': {
      name: 'Misurazione della pubblicità e dei contenuti',
      description: 'Le prestazioni della pubblicità e dei contenuti possono essere misurate.',
    },
    '19': {
      name: 'Misurazione della pubblicità, ricerche sul pubblico',
      description: 'Le prestazioni della pubblicità possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '20': {
      name: 'Misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '21': {
      name: 'Misurazione dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '22': {
      name: 'Misurazione dei contenuti, sviluppo dei servizi',
      description:
        'Le prestazioni dei contenuti possono essere misurate. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '23': {
      name: 'Selezione di pubblicità e contenuti personalizzati, misurazione della pubblicità e dei contenuti',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. Le prestazioni della pubblicità e dei contenuti possono essere misurate.',
    },
    '24': {
      name: 'Selezione di pubblicità e contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '25': {
      name: 'Pubblicità e contenuti personalizzati, misurazione della pubblicità e dei contenuti',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità o i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate.',
    },
    '26': {
      name: 'Pubblicità e contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità o i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '27': {
      name: 'Profilo per la pubblicità personalizzata, profilo per i contenuti',
      description:
        'La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità o i contenuti personalizzati.',
    },
    '28': {
      name: 'Selezione di pubblicità e contenuti personalizzati',
      description: 'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo.',
    },
    '29': {
      name: 'Pubblicità basata su dati limitati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '30': {
      name: 'Selezione di pubblicità personalizzata, contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '31': {
      name: 'Selezione di pubblicità personalizzata, contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '32': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '33': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '34': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione dei contenuti, ricerche sul pubblico',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri.',
    },
    '35': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '36': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione della pubblicità',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità possono essere misurate.',
    },
    '37': {
      name: 'Pubblicità basata su dati limitati, contenuti personalizzati, misurazione della pubblicità, sviluppo dei servizi',
      description:
        'La pubblicità può essere presentata sulla base di dati limitati. I contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per i contenuti personalizzati. Le prestazioni della pubblicità possono essere misurate. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '38': {
      name: 'Pubblicità personalizzata, misurazione della pubblicità, sviluppo dei servizi',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità possono essere misurate. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '39': {
      name: 'Pubblicità personalizzata, misurazione della pubblicità, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '40': {
      name: 'Pubblicità personalizzata, misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità può essere personalizzata sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '41': {
      name: 'Pubblicità personalizzata, selezione di contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità personalizzata. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '42': {
      name: 'Pubblicità e contenuti personalizzati, misurazione della pubblicità e dei contenuti, ricerche sul pubblico, sviluppo dei servizi',
      description:
        'La pubblicità e i contenuti possono essere personalizzati sulla base del tuo profilo. La tua attività su questo servizio può essere utilizzata per creare o migliorare un profilo che ti riguarda per la pubblicità o i contenuti personalizzati. Le prestazioni della pubblicità e dei contenuti possono essere misurate. Possono essere generati report basati sulla tua attività e su quella di altri. La tua attività su questo servizio può contribuire a sviluppare e migliorare prodotti e servizi.',
    },
    '43': {
      name: 'Contenuti basati su dati limitati, misurazione dei contenuti',
      description: 'I contenuti possono essere selezionati sulla base di dati limitati. Le prestazioni dei contenuti possono essere misurate.',
    },
  },
  dataCategories: {
    '1': {
      name: 'Indirizzi IP',
      description:
        'Il tuo indirizzo IP è un numero assegnato dal tuo fornitore di servizi Internet a ogni connessione Internet. Non è sempre specifico del tuo dispositivo e non è sempre un identificativo stabile. Viene utilizzato per instradare le informazioni su Internet e visualizzare contenuti online (compresi gli annunci) sul tuo dispositivo connesso.',
    },
    '2': {
      name: 'Caratteristiche del dispositivo',
      description: 'Caratteristiche tecniche del dispositivo che utilizzi che non sono esclusive di te, come la lingua, il fuso orario o il sistema operativo.',
    },
    '3': {
      name: 'Identificativi del dispositivo',
      description:
        'Un identificativo del dispositivo è una stringa univoca di caratteri assegnata al tuo dispositivo o browser tramite un cookie o altre tecnologie di archiviazione. Può essere creato o letto per riconoscere il tuo dispositivo, ad es. nelle pagine di uno stesso sito o su più siti o app.',
    },
    '4': {
      name: 'Identificativi probabilistici',
      description:
        'Un identificativo probabilistico può essere creato combinando caratteristiche associate al tuo dispositivo (il tipo di browser o di sistema operativo utilizzato) e l’indirizzo IP della connessione Internet. Se dai il tuo consenso, possono essere combinate anche caratteristiche aggiuntive (ad es. i caratteri installati o la risoluzione dello schermo) per migliorare la precisione dell’identificativo probabilistico. Tale identificativo è considerato «probabilistico» perché più dispositivi possono condividere le stesse caratteristiche e la stessa connessione Internet. Può essere utilizzato per riconoscere il tuo dispositivo, ad es. nelle pagine di uno stesso sito o su più siti o app.',
    },
    '5': {
      name: 'Identificativi derivati dall’autenticazione',
      description:
        'Quando un identificativo viene creato sulla base di dati di autenticazione, come i dati di contatto associati agli account online che hai creato su siti web o app (ad es. indirizzo e-mail, numero di telefono) o identificativi cliente (ad es. l’identificativo fornito dal tuo operatore di telecomunicazioni), tale identificativo può essere utilizzato per riconoscerti su siti web, app e dispositivi quando hai effettuato l’accesso con gli stessi dati di contatto.',
    },
    '6': {
      name: 'Dati di navigazione e di interazione',
      description:
        'La tua attività online, come i siti web che visiti, le app che utilizzi, i contenuti che cerchi su questo servizio o le tue interazioni con contenuti o annunci, ad esempio quante volte hai visto un determinato contenuto o annuncio o se ci hai cliccato sopra.',
    },
    '7': {
      name: 'Dati forniti dall’utente',
      description:
        'Le informazioni che potresti aver fornito dichiarandole tramite un modulo (ad es. un feedback, un commento) o durante la creazione di un account (ad es. la tua età, la tua professione).',
    },
    '8': {
      name: 'Dati di localizzazione non precisi',
      description:
        'Un’approssimazione della tua posizione, espressa come un’area con un raggio di almeno 500 metri. La tua posizione approssimativa può essere dedotta, ad es., dall’indirizzo IP della tua connessione.',
    },
    '9': {
      name: 'Dati di localizzazione precisi',
      description:
        'La tua posizione precisa entro un raggio inferiore a 500 metri, basata sulle tue coordinate GPS. Può essere utilizzata solo con la tua accettazione.',
    },
    '10': {
      name: 'Profili degli utenti',
      description:
        'Alcune caratteristiche (ad es. i tuoi possibili interessi, le tue intenzioni di acquisto, il tuo profilo di consumatore) possono essere dedotte o modellate a partire dalla tua precedente attività online (ad es. i contenuti che hai visualizzato o il servizio che hai utilizzato, il tempo trascorso su vari contenuti e servizi online) o dalle informazioni che hai fornito (ad es. la tua età, la tua professione).',
    },
    '11': {
      name: 'Scelte relative alla privacy',
      description: 'Le tue preferenze riguardo al trattamento dei tuoi dati, basate sulle informazioni che hai ricevuto.',
    },
  },
};

export default texts;
