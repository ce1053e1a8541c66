/**
 * German TCF 2.2 texts: the IAB's own translation (GVL v3) where it could be obtained.
 *
 * Source of the IAB wording (purposes 1–11 with their illustrations, special features 1–2, the
 * names of stacks 1–43 and of data categories 1–11): a locale module in a public repository
 * whose header says it was generated from the IAB's TCF translations at GVL version 179 (held
 * by the code-search index as file 70222506077; the index did not name the repository, path
 * or commit). Its wording matches the IAB German TCF 2.2 texts quoted elsewhere (e.g. purpose 2
 * "Verwendung reduzierter Daten zur Auswahl von Werbeanzeigen"). Copied verbatim; whitespace
 * normalised only. To be re-checked against the IAB's `purposes-de.json` when it can be fetched.
 *
 * That module carried no special purposes, no features and no descriptions for stacks and
 * data categories: those texts (listed in `assentEntries`) are Assent's translation of the
 * English vendor list, to be replaced by the IAB's.
 */
import type { PurposeTexts } from './types.js';

const texts: PurposeTexts = {
  source: 'iab',
  assentEntries: [
    'specialPurposes.1',
    'specialPurposes.2',
    'specialPurposes.3',
    'features.1',
    'features.2',
    'features.3',
    'stacks.*.description',
    'dataCategories.*.description',
  ],
  purposes: {
    '1': {
      name: 'Speichern von oder Zugriff auf Informationen auf einem Endgerät',
      description:
        'Cookies, Endgeräte- oder ähnliche Online-Kennungen (z. B. login-basierte Kennungen, zufällig generierte Kennungen, netzwerkbasierte Kennungen) können zusammen mit anderen Informationen (z. B. Browsertyp und Browserinformationen, Sprache, Bildschirmgröße, unterstützte Technologien usw.) auf Ihrem Endgerät gespeichert oder von dort ausgelesen werden, um es jedes Mal wiederzuerkennen, wenn es eine App oder einer Webseite aufruft. Dies geschieht für einen oder mehrere der hier aufgeführten Verarbeitungszwecke.',
      illustrations: [
        'Die meisten in dieser Mitteilung erläuterten Verarbeitungszwecke beruhen auf der Speicherung von oder dem Zugriff auf Informationen auf Ihrem Endgerät, wenn Sie eine App verwenden oder eine Webseite besuchen. So kann es beispielsweise erforderlich sein, dass ein Anbieter oder Webseitenbetreiber bei Ihrem ersten Besuch einer Webseite ein Cookie auf Ihrem Endgerät speichert, um dieses bei Ihren nächsten Besuchen wiederzuerkennen (indem er dieses Cookie jedes Mal erneut abruft).',
      ],
    },
    '2': {
      name: 'Verwendung reduzierter Daten zur Auswahl von Werbeanzeigen',
      description:
        'Werbeanzeigen, die Ihnen auf diesem Dienst präsentiert werden, können auf reduzierten Daten basieren, wie z. B. der Webseite oder App, die Sie gerade verwenden, Ihrem ungefähren Standort, Ihrem Gerätetyp oder den Inhalten, mit denen Sie interagieren (oder interagiert haben) (z. B., um die Anzeigefrequenz der Werbung zu begrenzen, die Ihnen ausgespielt werden).',
      illustrations: [
        'Ein Autohersteller will seine Elektrofahrzeuge bei umweltbewussten Nutzern, die in der Stadt leben, nach Feierabend bewerben.Die Werbung wird Benutzern, deren ungefährerer Standort darauf hindeutet, dass sie sich in einem städtischen Raum befinden, nach 18:30 Uhr auf einer Seite mit ähnlichen Inhalten (z. B. einem Artikel über Klimaschutzmaßnahmen) angezeigt.',
        'Ein großer Hersteller von Wasserfarben möchte eine Online-Werbekampagne für sein neuestes Wasserfarben-Sortiment durchführen. Dabei soll die Zielgruppe diversifiziert werden, um möglichst viele Amateur- und Profikünstler zu erreichen, und es soll vermieden werden, die Anzeige neben ungeeigneten Inhalten (z. B. Artikel über das Streichen des Hauses) zu zeigen. Die Häufigkeit, mit der Ihnen die Anzeige präsentiert wurde, wird erfasst und begrenzt, um zu vermeiden, dass Sie sie zu oft zu sehen bekommen.',
      ],
    },
    '3': {
      name: 'Erstellung von Profilen für personalisierte Werbung',
      description:
        'Informationen über Ihre Aktivitäten auf diesem Dienst (wie ausgefüllte Formulare, angesehene Inhalte) können gespeichert und mit anderen Informationen über Sie (z. B. Informationen aus Ihrer vorherigen Aktivität auf diesem Dienst oder anderen Webseiten oder Apps) oder ähnlichen Benutzern kombiniert werden. Diese werden dann verwendet, um ein Profil über Sie zu erstellen oder zu verbessern (dies kann z. B. mögliche Interessen und persönliche Merkmale beinhalten). Ihr Profil kann (auch zu einem späteren Zeitpunkt) verwendet werden, um es zu ermöglichen, Ihnen Werbung zu präsentieren, die aufgrund Ihrer möglichen Interessen für Sie wahrscheinlich relevanter ist.',
      illustrations: [
        'Wenn Sie beispielsweise mehrere Artikel über das beste Fahrradzubehör im Handel lesen, können diese Informationen verwendet werden, um ein Profil über Ihr Interesse an Fahrradzubehör zu erstellen. Ein solches Profil kann zu einem späteren Zeitpunkt auf derselben oder einer anderen Webseite oder App verwendet oder verbessert werden, um Ihnen Werbung für eine bestimmte Fahrradzubehörmarke anzuzeigen. Wenn Sie sich auch einen Konfigurator für ein Fahrzeug auf der Webseite eines Luxusautoherstellers ansehen, können diese Informationen mit Ihrem Interesse an Fahrrädern kombiniert werden, um Ihr Profil zu verfeinern, und zur Annahme führen, dass Sie an Luxusfahrradausrüstung interessiert sind.',
        'Ein Bekleidungsunternehmen möchte seine neue Kollektion hochwertiger Babykleidung bewerben.Es setzt sich mit einer Agentur in Verbindung, die über ein Netzwerk von Kunden mit hohem Einkommen verfügt (z. B. Supermärkte der gehobenen Preisklasse) und bittet die Agentur, Profile junger Eltern oder Paare zu erstellen, von denen angenommen werden kann, dass sie wohlhabend sind und kürzlich ein Kind bekommen haben, damit diese später verwendet werden können, um Werbung in Partner-Apps zu schalten.',
      ],
    },
    '4': {
      name: 'Verwendung von Profilen zur Auswahl personalisierter Werbung',
      description:
        'Werbung, die Ihnen auf diesem Dienst angezeigt wird, kann auf Ihrem Werbeprofil basieren. Dieses Werbeprofil kann Ihre Aktivitäten (wie ausgefüllte Formulare, angesehene Inhalte) auf diesem Dienst oder anderen Webseiten oder Apps, mögliche Interessen und persönliche Merkmale beinhalten.',
      illustrations: [
        'Ein Online-Händler möchte einen begrenzten Ausverkauf für Laufschuhe bewerben.Er möchte gezielt Werbung für Benutzer schalten, die sich zuvor Laufschuhe in seiner mobilen App angesehen haben.Tracking-Technologien können verwendet werden, um festzustellen, ob Sie die mobile App in der Vergangenheit verwendet haben, um nach Laufschuhen zu suchen, und um Ihnen so die entsprechende Werbung in der App anzuzeigen.',
        'Ein Profil, das für personalisierte Werbung in Bezug auf eine Person erstellt wurde, die auf einer Webseite nach Fahrradzubehör gesucht hat, kann verwendet werden, um die entsprechende Werbung für Fahrradzubehör auf einer mobilen App eines anderen Anbieters anzuzeigen.',
      ],
    },
    '5': {
      name: 'Erstellung von Profilen zur Personalisierung von Inhalten',
      description:
        'Informationen über Ihre Aktivitäten auf diesem Dienst (wie zum Beispiel: ausgefüllte Formulare, angesehene nicht werbliche Inhalte) können gespeichert und mit anderen Informationen über Sie (wie Ihrer vorherigen Aktivität auf diesem Dienst oder anderen Webseiten oder Apps) oder ähnlichen Benutzern kombiniert werden.Diese werden dann verwendet, um ein Profil über Sie zu erstellen oder zu ergänzen (dies kann z.B. mögliche Interessen und persönliche Merkmale beinhalten). Ihr Profil kann (auch zu einem späteren Zeitpunkt) verwendet werden, um Ihnen Inhalte anzuzeigen, die aufgrund Ihrer möglichen Interessen für Sie wahrscheinlich relevanter sind, indem z. B. die Reihenfolge, in der Ihnen Inhalte angezeigt werden, geändert wird, um es Ihnen noch leichter zu machen, Inhalte zu finden, die Ihren Interessen entsprechen.',
      illustrations: [
        'Sie lesen auf einer Social-Media-Plattform mehrere Artikel darüber, wie man ein Baumhaus baut. Diese Information kann einem Profil hinzugefügt werden, um Ihr Interesse an Inhalten zu Aktivitäten im Freien sowie an Do-it-yourself-Anleitungen festzuhalten (mit dem Ziel, die Personalisierung von Inhalten zu ermöglichen, sodass Ihnen beispielsweise in Zukunft mehr Blog-Posts und Artikel über Baumhäuser und Holzhütten präsentiert werden).',
        'Sie haben sich in verschiedenen TV-Apps drei Videos zum Thema Weltraumforschung angesehen. Eine davon unabhängige Nachrichtenplattform, die Sie bisher nicht genutzt haben, erstellt basierend auf diesem Nutzungsverhalten ein Profil und erfasst Weltraumforschung als ein Thema von möglichem Interesse für zukünftige Videos.',
      ],
    },
    '6': {
      name: 'Verwendung von Profilen zur Auswahl personalisierter Inhalte',
      description:
        'Inhalte, die Ihnen auf diesem Dienst präsentiert werden, können auf Ihren Inhaltsprofilen basieren, die Ihre Aktivitäten auf diesem oder anderen Diensten (wie Formulare, die Sie einreichen, Inhalte, die Sie sich ansehen), mögliche Interessen und persönliche Aspekte widerspiegeln können. Dies kann beispielsweise dazu genutzt werden, um die Reihenfolge anzupassen, in der Ihnen Inhalte angezeigt werden, um es Ihnen noch leichter zu machen, (Nicht-Werbe-)Inhalte zu finden, die Ihren Interessen entsprechen.',
      illustrations: [
        'Sie lesen auf einer Social-Media-Plattform Artikel über vegetarisches Essen und verwenden dann die Koch-App eines von der Plattform unabhängigen Unternehmens. Das Profil, das über Sie auf der Social-Media-Plattform erstellt wurde, wird verwendet, um Ihnen auf der Startseite der Koch-App vegetarische Rezepte zu präsentieren.',
        'Sie haben sich auf verschiedenen Webseiten drei Videos zum Thema Rudersport angesehen. Wenn Sie Ihre TV-App verwenden, empfiehlt Ihnen eine von den Webseiten unabhängige Video-Sharing-Plattform, basierend auf einem Profil das über Sie erstellt wurde als Sie sich die Online-Videos auf diesen Websites angesehen haben, fünf weitere Videos zum Thema Rudersport, die für Sie von Interesse sein könnten.',
      ],
    },
    '7': {
      name: 'Messung der Werbeleistung',
      description:
        'Informationen darüber, welche Werbung Ihnen präsentiert wird und wie Sie damit interagieren, können verwendet werden, um festzustellen, wie sehr eine Werbung Sie oder andere Benutzer angesprochen hat und ob die Ziele der Werbekampagne erreicht wurden. Die Informationen umfassen zum Beispiel, ob Sie sich eine Anzeige angesehen haben, ob Sie daraufgeklickt haben, ob sie Sie dazu animiert hat, ein Produkt zu kaufen oder eine Webseite zu besuchen usw. Diese Informationen sind hilfreich, um die Relevanz von Werbekampagnen zu ermitteln.',
      illustrations: [
        'Sie haben auf der Webseite eines Webseitenbetreibers auf eine Werbung über einen „Black Friday“-Rabatt eines Online-Shops geklickt und ein Produkt gekauft. Ihr Klick wird mit diesem Kauf verknüpft. Ihre Interaktion und die anderer Benutzer wird gemessen, um herauszufinden, wie viele Klicks auf die Anzeige zu einem Kauf geführt haben.',
        'Sie gehören zu den wenigen, die in der App eines App-Betreibers auf eine Werbung, über einen Rabatt anlässlich eines besonderen Ereignisses (z.B. „internationaler Tag der Anerkennung“), eines Online-Geschenkeshops geklickt haben. Der App-Betreiber möchte Statistiken darüber erhalten, wie oft eine bestimmte Anzeige innerhalb der App, insbesondere die Anzeige zu einem besonderen Ereignis (z.B. „internationaler Tag der Anerkennung“) von Ihnen und anderen Benutzern angesehen oder angeklickt wurde, um dem App-Betreiber und seinen Partnern (wie Agenturen) zu helfen, die Anzeigenschaltung zu optimieren.',
      ],
    },
    '8': {
      name: 'Messung der Performance von Inhalten',
      description:
        'Informationen darüber, welche Werbung Ihnen präsentiert wird und wie Sie damit interagieren, können dazu verwendet werden festzustellen, ob (nicht werbliche) Inhalte z. B. die beabsichtigte Zielgruppe erreicht und Ihren Interessen entsprochen haben. Dazu gehören beispielsweise Informationen darüber, ob Sie einen bestimmten Artikel gelesen, sich ein bestimmtes Video angesehen, einen bestimmten Podcast angehört oder sich eine bestimmte Produktbeschreibung angesehen haben, wie viel Zeit Sie auf diesem Dienst und den von Ihnen besuchten Webseiten verbracht haben usw. Diese Informationen helfen dabei, die Relevanz von (nicht werblichen) Inhalten, die Ihnen angezeigt werden, zu ermitteln.',
      illustrations: [
        'Sie haben in der mobilen App eines App-Betreibers einen Blog-Post zum Thema Wandern gelesen und einen Link zu einem empfohlenen ähnlichen Post angetippt. Ihre Interaktionen werden aufgezeichnet, um festzuhalten, dass der erste Post zum Thema Wandern für Sie nützlich war und dass er Sie erfolgreich zum Lesen des ähnlichen Posts animiert hat. Diese Informationen werden gemessen, um herauszufinden, ob in Zukunft mehr Posts zum Thema Wandern verfasst werden sollen und wo sie auf dem Startbildschirm der mobilen App platziert werden sollten.',
        'Ihnen wurde ein Video über Modetrends präsentiert, aber Sie und mehrere andere Benutzer haben dieses nach 30 Sekunden abgebrochen. Diese Information wird zur Evaluierung der geeigneten Länge zukünftiger Videos zu Modetrends verwendet.',
      ],
    },
    '9': {
      name: 'Analyse von Zielgruppen durch Statistiken oder Kombinationen von Daten aus verschiedenen Quellen',
      description:
        'Basierend auf der Kombination von Datensätzen (wie Benutzerprofilen, Statistiken, Marktforschung, Analysedaten) können Berichte über Ihre Interaktionen und die anderer Benutzer mit Werbe- oder (nicht werblichen) Inhalten erstellt werden, um gemeinsame Merkmale zu ermitteln (z. B., um festzustellen, welche Zielgruppen für eine Werbekampagne oder für bestimmte Inhalte empfänglich sind).',
      illustrations: [
        'Der Eigentümer eines Online-Buchhandels möchte eine Auswertung, wie viele Besucher seine Webseite besucht haben, ohne etwas zu kaufen, oder wie viele die Webseite besucht haben, um die neuste Promi-Biographie des Monats zu kaufen, sowie das Durchschnittsalter der Besucher und wie viele davon männlich bzw. weiblich sind, aufgeteilt je nach Kategorie. Daten über Ihre Navigation auf der Webseite und Ihre persönlichen Merkmale werden dann verwendet und mit anderen solcher Daten kombiniert, um diese Statistiken zu erstellen.',
        'Ein Werbetreibender möchte die Art der Zielgruppe, die mit seinen Anzeigen interagiert, besser verstehen. Er beauftragt ein Forschungsinstitut, die Eigenschaften von Benutzern, die mit der Anzeige interagiert haben, mit typischen Attributen von Benutzern ähnlicher Plattformen über verschiedene Geräte hinweg zu vergleichen. Dieser Vergleich zeigt dem Werbetreibenden, dass seine Zielgruppe hauptsächlich über mobile Geräte auf die Werbung zugreift und wahrscheinlich im Alter zwischen 45–60 Jahren liegt.',
      ],
    },
    '10': {
      name: 'Entwicklung und Verbesserung der Angebote',
      description:
        'Informationen über Ihre Aktivitäten auf diesem Angebot, wie z. B. Ihre Interaktion mit Anzeigen oder Inhalten, können dabei helfen, Produkte und Angebote zu verbessern und neue Produkte und Angebote zu entwickeln basierend auf Benutzerinteraktionen, der Art der Zielgruppe usw. Dieser Verarbeitungszweck umfasst nicht die Entwicklung, Ergänzung oder Verbesserung von Benutzerprofilen und Kennungen.',
      illustrations: [
        'Eine Technologieplattform, die mit einem Social-Media-Anbieter zusammenarbeitet, stellt ein Wachstum in den Nutzerzahlen ihrer mobilen App fest und erkennt basierend auf den Benutzerprofilen, dass viele von ihnen sich über mobile Verbindungen einwählen. Die Plattform verwendet zur Verbesserung der Ladegeschwindigkeit von Anzeigen eine neue Technologie zur Auslieferung von Werbung, die für mobile Endgeräte optimiert ist und eine geringe Bandbreite benötigt.',
        'Ein Werbetreibender sucht nach einer Möglichkeit, Anzeigen auf einem neuartigen Endgerät anzuzeigen. Er sammelt Informationen darüber, wie Benutzer mit dieser neuen Art von Endgerät interagieren, um herauszufinden, ob er einen neuen Mechanismus für die Anzeige von Werbung auf dieser Art von Endgerät entwickeln kann.',
      ],
    },
    '11': {
      name: 'Verwendung reduzierter Daten zur Auswahl von Inhalten',
      description:
        'Inhalte, die Ihnen auf diesem Dienst präsentiert werden, können auf reduzierten Daten basieren, wie z. B. der Webseite oder App, die Sie verwenden, Ihrem ungefähren Standort, Ihrem Endgerätetyp oder der Information, mit welchen Inhalten Sie interagieren (oder interagiert haben) (z. B. zur Begrenzung wie häufig Ihnen ein Video oder ein Artikel angezeigt wird).',
      illustrations: [
        'Ein Reisemagazin hat auf seiner Webseite einen Artikel über die neuen Online-Kurse veröffentlicht, die von einer Sprachschule angeboten werden, um die Reiseerfahrungen im Ausland zu verbessern. Die Blog-Posts der Reiseschule werden direkt am Ende der Seite eingefügt und basierend auf Ihrem ungefähren Standort ausgewählt (z. B. Blog-Posts mit dem Lehrplan für den Kurs einer Sprache, die nicht die Sprache Ihres Landes ist).',
        'Eine mobile App für Sportnachrichten hat eine neue Sparte mit Artikeln über die neuesten Fußballspiele eingeführt. Jeder Artikel enthält Videos mit Highlights des Spiels, die von einer externen Streaming-Plattform gehostet werden. Wenn Sie ein Video vorspulen, kann diese Information verwendet werden, um im Anschluss ein Video abzuspielen, das kürzer ist.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Sicherheit gewährleisten, Betrug verhindern und erkennen sowie Fehler beheben',
      description:
        'Ihre Daten können verwendet werden, um ungewöhnliche und möglicherweise betrügerische Aktivitäten (zum Beispiel in Bezug auf Werbung, Klicks auf Werbeanzeigen durch Bots) zu überwachen und zu verhindern und um sicherzustellen, dass Systeme und Prozesse ordnungsgemäß und sicher funktionieren. Sie können auch verwendet werden, um Probleme zu beheben, auf die Sie, der Betreiber des Dienstes oder der Werbetreibende bei der Bereitstellung von Inhalten und Werbung und bei Ihrer Interaktion damit stoßen könnten.',
      illustrations: [
        'Ein Werbevermittler liefert Werbung verschiedener Werbetreibender an sein Netzwerk von Partner-Webseiten aus. Er bemerkt einen starken Anstieg der Klicks auf Werbeanzeigen eines Werbetreibenden und stellt anhand von Daten über die Herkunft der Klicks fest, dass 80 % der Klicks von Bots und nicht von Menschen stammen.',
      ],
    },
    '2': {
      name: 'Bereitstellung und Anzeige von Werbung und Inhalten',
      description:
        'Bestimmte Informationen (wie eine IP-Adresse oder die Fähigkeiten des Endgeräts) werden verwendet, um die technische Kompatibilität der Inhalte oder der Werbung sicherzustellen und die Übertragung der Inhalte oder der Werbung auf Ihr Endgerät zu ermöglichen.',
      illustrations: [
        'Ein Klick auf einen Link in einem Artikel führt Sie normalerweise zu einer anderen Seite oder einem anderen Teil des Artikels. Dazu sendet 1.) Ihr Browser eine Anfrage an einen mit der Webseite verbundenen Server und 2.) antwortet der Server („hier ist der angeforderte Artikel“) und verwendet dabei technische Informationen, die automatisch in der von Ihrem Endgerät gesendeten Anfrage enthalten sind, um die Informationen und Bilder des angeforderten Artikels richtig anzuzeigen. Technisch ist ein solcher Informationsaustausch notwendig, um die Inhalte bereitzustellen, die auf Ihrem Bildschirm erscheinen.',
      ],
    },
    '3': {
      name: 'Speicherung und Übermittlung von Datenschutzentscheidungen',
      description:
        'Die Entscheidungen, die Sie in Bezug auf die in diesem Hinweis aufgeführten Zwecke und Organisationen treffen, werden gespeichert und diesen Organisationen in Form digitaler Signale (z. B. einer Zeichenfolge) zur Verfügung gestellt. Dies ist erforderlich, damit sowohl dieser Dienst als auch diese Organisationen Ihre Entscheidungen respektieren können.',
      illustrations: [
        'Wenn Sie eine Webseite besuchen und die Wahl haben, in die Verwendung von Profilen für personalisierte Werbung einzuwilligen oder nicht, wird Ihre Entscheidung gespeichert und Werbeanbietern zur Verfügung gestellt, damit die Ihnen präsentierte Werbung diese Entscheidung respektiert.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Abgleich und Kombination von Daten aus anderen Datenquellen',
      description:
        'Informationen über Ihre Aktivitäten auf diesem Dienst können mit anderen Informationen über Sie aus verschiedenen Quellen abgeglichen und kombiniert werden (zum Beispiel Ihre Aktivitäten auf einem anderen Online-Dienst, die Nutzung einer Kundenkarte im Geschäft oder Ihre Antworten auf eine Umfrage), um die in diesem Hinweis erläuterten Zwecke zu unterstützen.',
      illustrations: [],
    },
    '2': {
      name: 'Verknüpfung verschiedener Endgeräte',
      description:
        'Zur Unterstützung der in diesem Hinweis erläuterten Zwecke kann Ihr Endgerät als wahrscheinlich mit anderen Endgeräten verknüpft betrachtet werden, die Ihnen oder Ihrem Haushalt gehören (zum Beispiel, weil Sie auf Ihrem Telefon und Ihrem Computer beim selben Dienst angemeldet sind oder weil Sie auf beiden Endgeräten dieselbe Internetverbindung nutzen).',
      illustrations: [],
    },
    '3': {
      name: 'Identifizierung von Endgeräten anhand automatisch übermittelter Informationen',
      description:
        'Ihr Endgerät kann anhand von Informationen, die es beim Zugriff auf das Internet automatisch sendet (zum Beispiel die IP-Adresse Ihrer Internetverbindung oder der verwendete Browsertyp), von anderen Endgeräten unterschieden werden, um die in diesem Hinweis erläuterten Zwecke zu unterstützen.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Verwendung genauer Standortdaten',
      description:
        'Mit Ihrer Zustimmung kann Ihr genauer Standort (mit einem Radius von weniger als 500 Metern) zur Unterstützung der in diesem Rahmenwerk erläuterten Zwecke verwendet werden.',
      illustrations: [],
    },
    '2': {
      name: 'Geräte anhand von aktiv angeforderten Informationen identifizieren',
      description:
        'Mit Ihrer Zustimmung können bestimmte für Ihr Endgerät spezifische Merkmale angefordert und verwendet werden, um es von anderen Endgeräten zu unterscheiden (wie z. B. die installierten Zeichensätze oder Plugins, die Auflösung Ihres Bildschirms), um die in diesem Rahmenwerk erläuterten Zwecke zu unterstützen.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Genaue Standortdaten und Identifikation durch Scannen von Endgeräten',
      description: 'Genaue Standortdaten und Informationen über Gerätemerkmale können verwendet werden.',
    },
    '2': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten und Messung von Werbeleistung',
      description: 'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Die Werbeleistung kann gemessen werden.',
    },
    '3': {
      name: 'Personalisierte Werbung',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern.',
    },
    '4': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, Messung von Werbeleistung und Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Die Werbeleistung kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '5': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, einem personalisierten Werbeprofil und Messung von Werbeleistung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden.',
    },
    '6': {
      name: 'Auswahl personalisierter Werbung und Messung von Werbeleistung',
      description: 'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Die Werbeleistung kann gemessen werden.',
    },
    '7': {
      name: 'Auswahl personalisierter Werbung, Messung von Werbeleistung und Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Die Werbeleistung kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '8': {
      name: 'Personalisierte Werbung und Messung von Werbeleistung',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden.',
    },
    '9': {
      name: 'Personalisierte Werbung, Messung von Werbeleistung und Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '10': {
      name: 'Personalisierte Werbung',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern.',
    },
    '11': {
      name: 'Personalisierte Inhalte',
      description:
        'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern.',
    },
    '12': {
      name: 'Auswahl personalisierter Inhalte und Messung der Performance von Inhalten',
      description: 'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Die Performance von Inhalten kann gemessen werden.',
    },
    '13': {
      name: 'Auswahl personalisierter Inhalte, Messung von Inhalten und Zielgruppenforschung',
      description:
        'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '14': {
      name: 'Personalisierte Inhalte und Messung von Inhalten',
      description:
        'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Performance von Inhalten kann gemessen werden.',
    },
    '15': {
      name: 'Personalisierte Inhalte, Messung von Inhalten und Zielgruppenforschung',
      description:
        'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '16': {
      name: 'Personalisierte Inhalte, Messung von Inhalten, Zielgruppenforschung und Entwicklung von Angeboten',
      description:
        'Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '17': {
      name: 'Messung von Werbeleistung und Inhalten sowie Zielgruppenforschung',
      description:
        'Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '18': {
      name: 'Messung von Werbeleistung und Inhalten',
      description: 'Die Leistung von Werbung und Inhalten kann gemessen werden.',
    },
    '19': {
      name: 'Messung von Werbeleistung und Zielgruppenforschung',
      description: 'Die Werbeleistung kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '20': {
      name: 'Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung der Angebote',
      description:
        'Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '21': {
      name: 'Messung der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung der Angebote',
      description:
        'Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '22': {
      name: 'Messung der Performance von Inhalten sowie Entwicklung und Verbesserung der Angebote',
      description:
        'Die Performance von Inhalten kann gemessen werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '23': {
      name: 'Auswahl personalisierter Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten',
      description: 'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Die Leistung von Werbung und Inhalten kann gemessen werden.',
    },
    '24': {
      name: 'Auswahl personalisierter Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten sowie Zielgruppenforschung',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '25': {
      name: 'Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung oder Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden.',
    },
    '26': {
      name: 'Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten sowie Zielgruppenforschung',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung oder Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '27': {
      name: 'Erstellung von Profilen für personalisierte Werbung und Inhalte',
      description:
        'Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung oder Inhalte zu erstellen oder zu verbessern.',
    },
    '28': {
      name: 'Erstellung von Profilen für personalisierte Werbung und Inhalte',
      description: 'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden.',
    },
    '29': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, Messung von Werbeleistung und der Performance von Inhalten sowie Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '30': {
      name: 'Auswahl personalisierter Inhalte, personalisierte Inhalte, Messung von Werbeleistung und der Performance Inhalten sowie Zielgruppenforschung',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '31': {
      name: 'Auswahl personalisierter Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung der Angebote',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '32': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte, Messung von Werbeleistung und der Performance von Inhalten sowie Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '33': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '34': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte, Messung der Performance von Inhalten und Zielgruppenforschung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden.',
    },
    '35': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte, Messung der Performance von Inhalten, Zielgruppenforschung sowie die Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Performance von Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '36': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte und Messung von Werbeleistung',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden.',
    },
    '37': {
      name: 'Werbung basierend auf einer reduzierten Menge von Daten, personalisierte Inhalte, Messung von Werbeleistung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage reduzierter Daten präsentiert werden. Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Inhalte zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '38': {
      name: 'Personalisierte Werbung, Messung von Werbeleistung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '39': {
      name: 'Personalisierte Werbung, Messung von Werbeleistung, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Werbeleistung kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '40': {
      name: 'Personalisierte Werbung, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung kann auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '41': {
      name: 'Personalisierte Werbung, Auswahl personalisierter Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '42': {
      name: 'Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
      description:
        'Werbung und Inhalte können auf Grundlage Ihres Profils personalisiert werden. Ihre Aktivitäten auf diesem Dienst können verwendet werden, um ein Profil über Sie für personalisierte Werbung oder Inhalte zu erstellen oder zu verbessern. Die Leistung von Werbung und Inhalten kann gemessen werden. Auf Grundlage Ihrer Aktivitäten und der Aktivitäten anderer können Berichte erstellt werden. Ihre Aktivitäten auf diesem Dienst können helfen, Produkte und Dienste zu entwickeln und zu verbessern.',
    },
    '43': {
      name: 'Inhalte basierend auf einer reduzierten Menge von Daten und Messung der Performance von Inhalten',
      description: 'Inhalte können auf Grundlage reduzierter Daten ausgewählt werden. Die Performance von Inhalten kann gemessen werden.',
    },
  },
  dataCategories: {
    '1': {
      name: 'IP-Adressen',
      description:
        'Ihre IP-Adresse ist eine Nummer, die Ihr Internetanbieter jeder Internetverbindung zuweist. Sie ist nicht immer spezifisch für Ihr Endgerät und nicht immer eine dauerhafte Kennung. Sie wird verwendet, um Informationen im Internet weiterzuleiten und Online-Inhalte (einschließlich Werbung) auf Ihrem verbundenen Endgerät anzuzeigen.',
    },
    '2': {
      name: 'Gerätemerkmale',
      description:
        'Technische Merkmale des von Ihnen verwendeten Endgeräts, die nicht nur Ihnen eigen sind, wie die Sprache, die Zeitzone oder das Betriebssystem.',
    },
    '3': {
      name: 'Gerätekennungen',
      description:
        'Eine Gerätekennung ist eine eindeutige Zeichenfolge, die Ihrem Endgerät oder Browser mithilfe eines Cookies oder anderer Speichertechnologien zugewiesen wird. Sie kann erstellt oder abgerufen werden, um Ihr Endgerät wiederzuerkennen, z. B. über Webseiten derselben Website oder über mehrere Websites oder Apps hinweg.',
    },
    '4': {
      name: 'Probabilistische Kennungen',
      description:
        'Eine probabilistische Kennung kann erstellt werden, indem Merkmale Ihres Endgeräts (der verwendete Browser- oder Betriebssystemtyp) mit der IP-Adresse der Internetverbindung kombiniert werden. Mit Ihrer Zustimmung können auch weitere Merkmale (z. B. die installierten Schriftarten oder die Bildschirmauflösung) kombiniert werden, um die Genauigkeit der probabilistischen Kennung zu verbessern. Eine solche Kennung gilt als „probabilistisch“, weil mehrere Endgeräte dieselben Merkmale und dieselbe Internetverbindung haben können. Sie kann verwendet werden, um Ihr Endgerät wiederzuerkennen, z. B. über Webseiten derselben Website oder über mehrere Websites oder Apps hinweg.',
    },
    '5': {
      name: 'Aus Authentifizierungen abgeleitete Kennungen',
      description:
        'Wird eine Kennung auf Grundlage von Authentifizierungsdaten erstellt, etwa von Kontaktdaten, die mit von Ihnen auf Websites oder in Apps angelegten Online-Konten verknüpft sind (z. B. E-Mail-Adresse, Telefonnummer), oder von Kundenkennungen (z. B. eine von Ihrem Telekommunikationsanbieter bereitgestellte Kennung), kann diese Kennung verwendet werden, um Sie über Websites, Apps und Endgeräte hinweg wiederzuerkennen, wenn Sie mit denselben Kontaktdaten angemeldet sind.',
    },
    '6': {
      name: 'Surf- und Interaktionsdaten',
      description:
        'Ihre Online-Aktivitäten, wie die Websites, die Sie besuchen, die Apps, die Sie verwenden, die Inhalte, nach denen Sie auf diesem Dienst suchen, oder Ihre Interaktionen mit Inhalten oder Werbung, etwa wie oft Sie bestimmte Inhalte oder eine bestimmte Werbung gesehen haben oder ob Sie darauf geklickt haben.',
    },
    '7': {
      name: 'Vom Benutzer bereitgestellte Daten',
      description:
        'Informationen, die Sie über ein Formular (z. B. Feedback, ein Kommentar) oder beim Anlegen eines Kontos (z. B. Ihr Alter, Ihr Beruf) selbst angegeben haben.',
    },
    '8': {
      name: 'Ungefähre Standort-Daten',
      description:
        'Eine Annäherung an Ihren Standort, ausgedrückt als Gebiet mit einem Radius von mindestens 500 Metern. Ihr ungefährer Standort kann z. B. aus der IP-Adresse Ihrer Verbindung abgeleitet werden.',
    },
    '9': {
      name: 'Genaue Standortdaten',
      description:
        'Ihr genauer Standort innerhalb eines Radius von weniger als 500 Metern auf Grundlage Ihrer GPS-Koordinaten. Er darf nur mit Ihrer Zustimmung verwendet werden.',
    },
    '10': {
      name: 'Benutzerprofile',
      description:
        'Bestimmte Merkmale (z. B. Ihre möglichen Interessen, Ihre Kaufabsichten, Ihr Verbraucherprofil) können aus Ihren früheren Online-Aktivitäten (z. B. den Inhalten, die Sie angesehen haben, oder dem Dienst, den Sie genutzt haben, der Zeit, die Sie mit verschiedenen Online-Inhalten und -Diensten verbracht haben) oder aus Ihren eigenen Angaben (z. B. Ihr Alter, Ihr Beruf) abgeleitet oder modelliert werden.',
    },
    '11': {
      name: 'Datenschutzeinstellungen',
      description: 'Ihre Präferenzen in Bezug auf die Verarbeitung Ihrer Daten auf Grundlage der Informationen, die Sie erhalten haben.',
    },
  },
};

export default texts;
