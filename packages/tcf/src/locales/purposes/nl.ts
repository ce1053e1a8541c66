/**
 * Dutch TCF 2.2 texts: Assent's translation of the IAB's English vendor-list texts (GVL v3).
 *
 * The IAB does publish a Dutch translation (`purposes-nl.json`), but no TCF 2.2 (GVL v3) copy
 * of it could be found in the sources reachable when this module was written (only the 2020
 * TCF 2.0 wording, which must not be used). Until the IAB's wording replaces it, this is
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
      name: 'Informatie op een apparaat opslaan en/of openen',
      description:
        "Cookies, apparaat-ID's of vergelijkbare online-ID's (bijv. op inloggegevens gebaseerde ID's, willekeurig toegewezen ID's, netwerkgebaseerde ID's) kunnen samen met andere informatie (bijv. browsertype en -informatie, taal, schermgrootte, ondersteunde technologieën enz.) op uw apparaat worden opgeslagen of daarvan worden gelezen om het te herkennen telkens wanneer het verbinding maakt met een app of website, voor een of meer van de hier gepresenteerde doeleinden.",
      illustrations: [
        'De meeste doeleinden die in deze kennisgeving worden uitgelegd, zijn afhankelijk van het opslaan of openen van informatie op uw apparaat wanneer u een app gebruikt of een website bezoekt. Een leverancier of uitgever moet bijvoorbeeld tijdens uw eerste bezoek aan een website mogelijk een cookie op uw apparaat opslaan om uw apparaat bij uw volgende bezoeken te kunnen herkennen (door deze cookie telkens te openen).',
      ],
    },
    '2': {
      name: 'Beperkte gegevens gebruiken om advertenties te selecteren',
      description:
        'Advertenties die u op deze dienst te zien krijgt, kunnen gebaseerd zijn op beperkte gegevens, zoals de website of app die u gebruikt, uw niet-precieze locatie, uw apparaattype of de content waarmee u interactie hebt (of hebt gehad) (bijvoorbeeld om te beperken hoe vaak een advertentie aan u wordt getoond).',
      illustrations: [
        'Een autofabrikant wil zijn elektrische voertuigen na kantoortijd promoten bij milieubewuste gebruikers die in de stad wonen. De advertentie wordt na 18.30 uur getoond op een pagina met verwante content (zoals een artikel over maatregelen tegen klimaatverandering) aan gebruikers van wie de niet-precieze locatie doet vermoeden dat ze zich in een stedelijk gebied bevinden.',
        'Een grote producent van aquarelverf wil een online advertentiecampagne voeren voor zijn nieuwste aquarellijn. Hij wil zijn doelgroep verbreden om zoveel mogelijk amateur- en professionele kunstenaars te bereiken en wil voorkomen dat de advertentie naast ongeschikte content wordt getoond (bijvoorbeeld artikelen over het schilderen van uw huis). Hoe vaak de advertentie aan u is getoond, wordt vastgesteld en beperkt, zodat u hem niet te vaak te zien krijgt.',
      ],
    },
    '3': {
      name: 'Profielen maken voor gepersonaliseerde advertenties',
      description:
        'Informatie over uw activiteit op deze dienst (zoals formulieren die u indient, content die u bekijkt) kan worden opgeslagen en gecombineerd met andere informatie over u (bijvoorbeeld informatie over uw eerdere activiteit op deze dienst en op andere websites of apps) of over vergelijkbare gebruikers. Dit wordt vervolgens gebruikt om een profiel over u op te bouwen of te verbeteren (dat mogelijke interesses en persoonlijke kenmerken kan bevatten). Uw profiel kan (ook later) door deze en andere partijen worden gebruikt om advertenties te tonen die op basis van uw mogelijke interesses relevanter lijken.',
      illustrations: [
        "Als u meerdere artikelen leest over de beste fietsaccessoires om te kopen, kan deze informatie worden gebruikt om een profiel op te stellen over uw interesse in fietsaccessoires. Zo'n profiel kan later, op dezelfde of een andere website of app, worden gebruikt of verbeterd om u advertenties te tonen voor een bepaald merk fietsaccessoires. Als u ook een configurator voor een voertuig bekijkt op de website van een fabrikant van luxeauto's, kan deze informatie worden gecombineerd met uw interesse in fietsen om uw profiel te verfijnen en aan te nemen dat u geïnteresseerd bent in luxe fietsuitrusting.",
        'Een kledingbedrijf wil zijn nieuwe lijn exclusieve babykleding promoten. Het neemt contact op met een bureau dat beschikt over een netwerk van opdrachtgevers met klanten met een hoog inkomen (zoals exclusieve supermarkten) en vraagt het bureau profielen te maken van jonge ouders of stellen van wie kan worden aangenomen dat ze welgesteld zijn en net een kind hebben gekregen, zodat deze later kunnen worden gebruikt om in partnerapps advertenties te tonen op basis van die profielen.',
      ],
    },
    '4': {
      name: 'Profielen gebruiken om gepersonaliseerde advertenties te selecteren',
      description:
        'Advertenties die u op deze dienst te zien krijgt, kunnen gebaseerd zijn op uw advertentieprofielen, die uw activiteit op deze dienst of op andere websites of apps (zoals de formulieren die u indient, content die u bekijkt), mogelijke interesses en persoonlijke kenmerken kunnen weerspiegelen.',
      illustrations: [
        'Een onlinewinkel wil reclame maken voor een tijdelijke uitverkoop van hardloopschoenen. De winkel wil zich richten op gebruikers die eerder hardloopschoenen hebben bekeken in zijn mobiele app. Trackingtechnologieën kunnen worden gebruikt om te herkennen dat u de mobiele app eerder hebt gebruikt om hardloopschoenen te bekijken, zodat u de bijbehorende advertentie in de app te zien krijgt.',
        'Een profiel dat voor gepersonaliseerde advertenties is gemaakt voor iemand die op een website naar fietsaccessoires heeft gezocht, kan worden gebruikt om de relevante advertentie voor fietsaccessoires te tonen in een mobiele app van een andere organisatie.',
      ],
    },
    '5': {
      name: 'Profielen maken om content te personaliseren',
      description:
        'Informatie over uw activiteit op deze dienst (bijvoorbeeld formulieren die u indient, niet-advertentiecontent die u bekijkt) kan worden opgeslagen en gecombineerd met andere informatie over u (zoals uw eerdere activiteit op deze dienst of op andere websites of apps) of over vergelijkbare gebruikers. Dit wordt vervolgens gebruikt om een profiel over u op te bouwen of te verbeteren (dat bijvoorbeeld mogelijke interesses en persoonlijke kenmerken kan bevatten). Uw profiel kan (ook later) worden gebruikt om content te tonen die op basis van uw mogelijke interesses relevanter lijkt, bijvoorbeeld door de volgorde aan te passen waarin content aan u wordt getoond, zodat u nog gemakkelijker content vindt die bij uw interesses past.',
      illustrations: [
        'U leest op een socialemediaplatform meerdere artikelen over het bouwen van een boomhut. Deze informatie kan aan een profiel worden toegevoegd om uw interesse aan te geven in content over buitenactiviteiten en doe-het-zelfhandleidingen (met als doel de personalisatie van content mogelijk te maken, zodat u bijvoorbeeld in de toekomst meer blogposts en artikelen over boomhutten en houten hutten te zien krijgt).',
        "U hebt in verschillende tv-apps drie video's over ruimteverkenning bekeken. Een ongerelateerd nieuwsplatform waarmee u nooit contact hebt gehad, bouwt op basis van dat kijkgedrag een profiel op en markeert ruimteverkenning als een onderwerp dat u mogelijk interesseert voor andere video's.",
      ],
    },
    '6': {
      name: 'Profielen gebruiken om gepersonaliseerde content te selecteren',
      description:
        'Content die u op deze dienst te zien krijgt, kan gebaseerd zijn op uw profielen voor contentpersonalisatie, die uw activiteit op deze of andere diensten (bijvoorbeeld de formulieren die u indient, content die u bekijkt), mogelijke interesses en persoonlijke kenmerken kunnen weerspiegelen. Dit kan bijvoorbeeld worden gebruikt om de volgorde aan te passen waarin content aan u wordt getoond, zodat u nog gemakkelijker (niet-advertentie)content vindt die bij uw interesses past.',
      illustrations: [
        'U leest artikelen over vegetarisch eten op een socialemediaplatform en gebruikt daarna de kookapp van een ongerelateerd bedrijf. Het profiel dat over u is opgebouwd op het socialemediaplatform, wordt gebruikt om u vegetarische recepten te tonen op het welkomstscherm van de kookapp.',
        "U hebt op verschillende websites drie video's over roeien bekeken. Een ongerelateerd platform voor het delen van video's zal u vijf andere video's over roeien aanbevelen die u mogelijk interesseren wanneer u uw tv-app gebruikt, op basis van een profiel dat over u is opgebouwd toen u die verschillende websites bezocht om online video's te bekijken.",
      ],
    },
    '7': {
      name: 'Advertentieprestaties meten',
      description:
        'Informatie over welke advertenties aan u worden getoond en hoe u ermee omgaat, kan worden gebruikt om te bepalen hoe goed een advertentie bij u of andere gebruikers heeft gewerkt en of de doelen van de advertentie zijn bereikt. Bijvoorbeeld of u een advertentie hebt gezien, of u erop hebt geklikt, of die u ertoe heeft gebracht een product te kopen of een website te bezoeken, enz. Dit is erg nuttig om de relevantie van advertentiecampagnes te begrijpen.',
      illustrations: [
        "U hebt op de website van een uitgever geklikt op een advertentie over een 'Black Friday'-korting van een onlinewinkel en een product gekocht. Uw klik wordt aan deze aankoop gekoppeld. Uw interactie en die van andere gebruikers worden gemeten om te weten hoeveel klikken op de advertentie tot een aankoop hebben geleid.",
        "U bent een van de weinigen die in de app van een uitgever op een advertentie hebben geklikt over een korting ter gelegenheid van de 'internationale dag van waardering' van een online cadeauwinkel. De uitgever wil rapporten om te begrijpen hoe vaak een specifieke advertentieplaatsing in de app, en met name de advertentie voor de 'internationale dag van waardering', door u en andere gebruikers is bekeken of aangeklikt, zodat de uitgever en zijn partners (zoals bureaus) de advertentieplaatsingen kunnen optimaliseren.",
      ],
    },
    '8': {
      name: 'Contentprestaties meten',
      description:
        "Informatie over welke content aan u wordt getoond en hoe u ermee omgaat, kan worden gebruikt om te bepalen of de (niet-advertentie)content bijvoorbeeld het beoogde publiek heeft bereikt en bij uw interesses paste. Bijvoorbeeld of u een artikel hebt gelezen, een video hebt bekeken, een podcast hebt beluisterd of een productbeschrijving hebt bekeken, hoeveel tijd u op deze dienst en op de webpagina's die u bezoekt hebt doorgebracht, enz. Dit is erg nuttig om de relevantie te begrijpen van (niet-advertentie)content die aan u wordt getoond.",
      illustrations: [
        'U hebt in de mobiele app van een uitgever een blogpost over wandelen gelezen en een link gevolgd naar een aanbevolen, verwante post. Uw interacties worden vastgelegd als aanwijzing dat de eerste wandelpost nuttig voor u was en erin is geslaagd uw interesse voor de verwante post te wekken. Dit wordt gemeten om te weten of er in de toekomst meer posts over wandelen moeten komen en waar die op het startscherm van de mobiele app moeten worden geplaatst.',
        "U kreeg een video over modetrends te zien, maar u en verschillende andere gebruikers stopten na 30 seconden met kijken. Deze informatie wordt vervolgens gebruikt om de juiste lengte van toekomstige video's over modetrends te bepalen.",
      ],
    },
    '9': {
      name: 'Doelgroepen begrijpen door middel van statistieken of combinaties van gegevens uit verschillende bronnen',
      description:
        'Er kunnen rapporten worden gemaakt op basis van de combinatie van gegevenssets (zoals gebruikersprofielen, statistieken, marktonderzoek, analysegegevens) over uw interacties en die van andere gebruikers met advertenties of (niet-advertentie)content, om gemeenschappelijke kenmerken vast te stellen (bijvoorbeeld om te bepalen welke doelgroepen het meest ontvankelijk zijn voor een advertentiecampagne of voor bepaalde content).',
      illustrations: [
        'De eigenaar van een online boekwinkel wil commerciële rapporten die laten zien welk deel van de bezoekers zijn site bekeek en verliet zonder te kopen, of de nieuwste biografie van een beroemdheid van de maand bekeek en kocht, evenals de gemiddelde leeftijd en de verdeling tussen mannen en vrouwen per categorie. Gegevens over uw navigatie op zijn site en over uw persoonlijke kenmerken worden vervolgens gebruikt en gecombineerd met andere soortgelijke gegevens om deze statistieken te maken.',
        'Een adverteerder wil beter begrijpen wat voor publiek interactie heeft met zijn advertenties. Hij schakelt een onderzoeksinstituut in om de kenmerken van gebruikers die interactie hadden met de advertentie te vergelijken met typische eigenschappen van gebruikers van vergelijkbare platforms, op verschillende apparaten. Uit deze vergelijking blijkt voor de adverteerder dat zijn advertentiepubliek de advertenties vooral via mobiele apparaten bekijkt en waarschijnlijk tussen 45 en 60 jaar oud is.',
      ],
    },
    '10': {
      name: 'Diensten ontwikkelen en verbeteren',
      description:
        "Informatie over uw activiteit op deze dienst, zoals uw interactie met advertenties of content, kan zeer nuttig zijn om producten en diensten te verbeteren en om nieuwe producten en diensten te ontwikkelen op basis van gebruikersinteracties, het soort publiek enz. Dit specifieke doel omvat niet de ontwikkeling of verbetering van gebruikersprofielen en ID's.",
      illustrations: [
        'Een technologieplatform dat samenwerkt met een socialemediaprovider, ziet het aantal gebruikers van mobiele apps groeien en ziet op basis van hun profielen dat velen van hen verbinding maken via mobiele verbindingen. Het gebruikt een nieuwe technologie om advertenties te leveren die zijn opgemaakt voor mobiele apparaten en weinig bandbreedte vergen, om hun prestaties te verbeteren.',
        'Een adverteerder zoekt een manier om advertenties te tonen op een nieuw soort consumentenapparaat. Hij verzamelt informatie over de manier waarop gebruikers met dit nieuwe soort apparaat omgaan om te bepalen of hij een nieuw mechanisme kan bouwen om advertenties op dit soort apparaat te tonen.',
      ],
    },
    '11': {
      name: 'Beperkte gegevens gebruiken om content te selecteren',
      description:
        'Content die u op deze dienst te zien krijgt, kan gebaseerd zijn op beperkte gegevens, zoals de website of app die u gebruikt, uw niet-precieze locatie, uw apparaattype of de content waarmee u interactie hebt (of hebt gehad) (bijvoorbeeld om te beperken hoe vaak een video of artikel aan u wordt getoond).',
      illustrations: [
        'Een reistijdschrift heeft op zijn website een artikel gepubliceerd over de nieuwe onlinecursussen van een taalschool om reiservaringen in het buitenland te verbeteren. De blogposts van de school worden rechtstreeks onderaan de pagina ingevoegd en geselecteerd op basis van uw niet-precieze locatie (bijvoorbeeld blogposts met het cursusprogramma voor andere talen dan de taal van het land waarin u zich bevindt).',
        "Een mobiele app met sportnieuws is een nieuwe rubriek begonnen met artikelen over de meest recente voetbalwedstrijden. Elk artikel bevat video's, gehost door een afzonderlijk streamingplatform, met de hoogtepunten van elke wedstrijd. Als u een video vooruitspoelt, kan die informatie worden gebruikt om een kortere video te selecteren die daarna wordt afgespeeld.",
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Veiligheid waarborgen, fraude voorkomen en opsporen, en fouten herstellen',
      description:
        'Uw gegevens kunnen worden gebruikt om ongebruikelijke en mogelijk frauduleuze activiteiten te monitoren en te voorkomen (bijvoorbeeld met betrekking tot advertenties, klikken op advertenties door bots) en om ervoor te zorgen dat systemen en processen goed en veilig werken. Ze kunnen ook worden gebruikt om problemen te verhelpen die u, de uitgever of de adverteerder kunnen ondervinden bij de levering van content en advertenties en bij uw interactie daarmee.',
      illustrations: [
        'Een advertentietussenpersoon levert advertenties van verschillende adverteerders aan zijn netwerk van partnerwebsites. Hij merkt een sterke toename van het aantal klikken op advertenties van één adverteerder en gebruikt gegevens over de herkomst van de klikken om vast te stellen dat 80% van de klikken van bots komt en niet van mensen.',
      ],
    },
    '2': {
      name: 'Advertenties en content leveren en weergeven',
      description:
        'Bepaalde informatie (zoals een IP-adres of de mogelijkheden van het apparaat) wordt gebruikt om de technische compatibiliteit van de content of advertentie te waarborgen en om de overdracht van de content of advertentie naar uw apparaat mogelijk te maken.',
      illustrations: [
        "Als u op een link in een artikel klikt, gaat u normaal gesproken naar een andere pagina of een ander deel van het artikel. Daarvoor 1) stuurt uw browser een verzoek naar een server die aan de website is gekoppeld, 2) antwoordt de server ('hier is het artikel dat u hebt opgevraagd') met behulp van technische informatie die automatisch is opgenomen in het verzoek dat uw apparaat heeft verzonden, om de informatie en afbeeldingen van het opgevraagde artikel correct weer te geven. Technisch gezien is een dergelijke uitwisseling van informatie nodig om de content te leveren die op uw scherm verschijnt.",
      ],
    },
    '3': {
      name: 'Privacykeuzes opslaan en doorgeven',
      description:
        'De keuzes die u maakt over de doeleinden en partijen die in deze kennisgeving worden vermeld, worden opgeslagen en aan die partijen beschikbaar gesteld in de vorm van digitale signalen (zoals een tekenreeks). Dit is nodig zodat zowel deze dienst als die partijen uw keuzes kunnen respecteren.',
      illustrations: [
        'Wanneer u een website bezoekt en u de keuze krijgt om al dan niet toestemming te geven voor het gebruik van profielen voor gepersonaliseerde advertenties, wordt uw keuze opgeslagen en beschikbaar gesteld aan advertentieaanbieders, zodat de advertenties die u te zien krijgt die keuze respecteren.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Gegevens uit andere gegevensbronnen koppelen en combineren',
      description:
        'Informatie over uw activiteit op deze dienst kan worden gekoppeld aan en gecombineerd met andere informatie over u uit verschillende bronnen (bijvoorbeeld uw activiteit op een andere onlinedienst, uw gebruik van een klantenkaart in de winkel of uw antwoorden op een enquête), ter ondersteuning van de doeleinden die in deze kennisgeving worden uitgelegd.',
      illustrations: [],
    },
    '2': {
      name: 'Verschillende apparaten koppelen',
      description:
        'Ter ondersteuning van de doeleinden die in deze kennisgeving worden uitgelegd, kan uw apparaat worden beschouwd als waarschijnlijk gekoppeld aan andere apparaten van u of uw huishouden (bijvoorbeeld omdat u op zowel uw telefoon als uw computer bij dezelfde dienst bent ingelogd, of omdat u op beide apparaten dezelfde internetverbinding gebruikt).',
      illustrations: [],
    },
    '3': {
      name: 'Apparaten identificeren op basis van automatisch verzonden informatie',
      description:
        'Uw apparaat kan van andere apparaten worden onderscheiden op basis van informatie die het automatisch verzendt wanneer het verbinding maakt met internet (bijvoorbeeld het IP-adres van uw internetverbinding of het type browser dat u gebruikt), ter ondersteuning van de doeleinden die in deze kennisgeving worden uitgelegd.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Precieze geolocatiegegevens gebruiken',
      description:
        'Met uw toestemming kan uw precieze locatie (binnen een straal van minder dan 500 meter) worden gebruikt ter ondersteuning van de doeleinden die in deze kennisgeving worden uitgelegd.',
      illustrations: [],
    },
    '2': {
      name: 'Apparaatkenmerken actief scannen voor identificatie',
      description:
        'Met uw toestemming kunnen bepaalde kenmerken die specifiek zijn voor uw apparaat worden opgevraagd en gebruikt om het van andere apparaten te onderscheiden (zoals de geïnstalleerde lettertypen of plug-ins, de resolutie van uw scherm), ter ondersteuning van de doeleinden die in deze kennisgeving worden uitgelegd.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Precieze geolocatiegegevens en identificatie via het scannen van apparaten',
      description: 'Precieze geolocatie en informatie over apparaatkenmerken kunnen worden gebruikt.',
    },
    '2': {
      name: 'Advertenties op basis van beperkte gegevens, advertentiemeting',
      description: 'Advertenties kunnen worden getoond op basis van beperkte gegevens. De prestaties van advertenties kunnen worden gemeten.',
    },
    '3': {
      name: 'Gepersonaliseerde advertenties',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties.',
    },
    '4': {
      name: 'Advertenties op basis van beperkte gegevens, advertentiemeting, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. De prestaties van advertenties kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '5': {
      name: 'Advertenties op basis van beperkte gegevens, profiel voor gepersonaliseerde advertenties, advertentiemeting',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties kunnen worden gemeten.',
    },
    '6': {
      name: 'Selectie van gepersonaliseerde advertenties, advertentiemeting',
      description: 'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. De prestaties van advertenties kunnen worden gemeten.',
    },
    '7': {
      name: 'Selectie van gepersonaliseerde advertenties, advertentiemeting, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. De prestaties van advertenties kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '8': {
      name: 'Gepersonaliseerde advertenties, advertentiemeting',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties kunnen worden gemeten.',
    },
    '9': {
      name: 'Gepersonaliseerde advertenties, advertentiemeting, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '10': {
      name: 'Gepersonaliseerde advertenties',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties.',
    },
    '11': {
      name: 'Gepersonaliseerde content',
      description:
        'Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content.',
    },
    '12': {
      name: 'Selectie van gepersonaliseerde content, contentmeting',
      description: 'Content kan worden gepersonaliseerd op basis van uw profiel. De prestaties van content kunnen worden gemeten.',
    },
    '13': {
      name: 'Selectie van gepersonaliseerde content, contentmeting, doelgroeponderzoek',
      description:
        'Content kan worden gepersonaliseerd op basis van uw profiel. De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '14': {
      name: 'Gepersonaliseerde content, contentmeting',
      description:
        'Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van content kunnen worden gemeten.',
    },
    '15': {
      name: 'Gepersonaliseerde content, contentmeting, doelgroeponderzoek',
      description:
        'Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '16': {
      name: 'Gepersonaliseerde content, contentmeting, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '17': {
      name: 'Meting van advertenties en content, doelgroeponderzoek',
      description:
        'De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '18': {
      name: 'Meting van advertenties en content',
      description: 'De prestaties van advertenties en content kunnen worden gemeten.',
    },
    '19': {
      name: 'Advertentiemeting, doelgroeponderzoek',
      description: 'De prestaties van advertenties kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '20': {
      name: 'Meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '21': {
      name: 'Contentmeting, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '22': {
      name: 'Contentmeting, ontwikkeling van diensten',
      description:
        'De prestaties van content kunnen worden gemeten. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '23': {
      name: 'Selectie van gepersonaliseerde advertenties en content, meting van advertenties en content',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. De prestaties van advertenties en content kunnen worden gemeten.',
    },
    '24': {
      name: 'Selectie van gepersonaliseerde advertenties en content, meting van advertenties en content, doelgroeponderzoek',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '25': {
      name: 'Gepersonaliseerde advertenties en content, meting van advertenties en content',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties of content. De prestaties van advertenties en content kunnen worden gemeten.',
    },
    '26': {
      name: 'Gepersonaliseerde advertenties en content, meting van advertenties en content, doelgroeponderzoek',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties of content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '27': {
      name: 'Profiel voor gepersonaliseerde advertenties, contentprofiel',
      description:
        'Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties of content.',
    },
    '28': {
      name: 'Selectie van gepersonaliseerde advertenties en content',
      description: 'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel.',
    },
    '29': {
      name: 'Advertenties op basis van beperkte gegevens, meting van advertenties en content, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '30': {
      name: 'Selectie van gepersonaliseerde advertenties, gepersonaliseerde content, meting van advertenties en content, doelgroeponderzoek',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '31': {
      name: 'Selectie van gepersonaliseerde advertenties, gepersonaliseerde content, meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '32': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, meting van advertenties en content, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '33': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '34': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, contentmeting, doelgroeponderzoek',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen.',
    },
    '35': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, contentmeting, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '36': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, advertentiemeting',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties kunnen worden gemeten.',
    },
    '37': {
      name: 'Advertenties op basis van beperkte gegevens, gepersonaliseerde content, advertentiemeting, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden getoond op basis van beperkte gegevens. Content kan worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde content. De prestaties van advertenties kunnen worden gemeten. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '38': {
      name: 'Gepersonaliseerde advertenties, advertentiemeting, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties kunnen worden gemeten. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '39': {
      name: 'Gepersonaliseerde advertenties, advertentiemeting, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '40': {
      name: 'Gepersonaliseerde advertenties, meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '41': {
      name: 'Gepersonaliseerde advertenties, selectie van gepersonaliseerde content, meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '42': {
      name: 'Gepersonaliseerde advertenties en content, meting van advertenties en content, doelgroeponderzoek, ontwikkeling van diensten',
      description:
        'Advertenties en content kunnen worden gepersonaliseerd op basis van uw profiel. Uw activiteit op deze dienst kan worden gebruikt om een profiel over u op te bouwen of te verbeteren voor gepersonaliseerde advertenties of content. De prestaties van advertenties en content kunnen worden gemeten. Er kunnen rapporten worden gemaakt op basis van uw activiteit en die van anderen. Uw activiteit op deze dienst kan helpen producten en diensten te ontwikkelen en te verbeteren.',
    },
    '43': {
      name: 'Content op basis van beperkte gegevens, contentmeting',
      description: 'Content kan worden geselecteerd op basis van beperkte gegevens. De prestaties van content kunnen worden gemeten.',
    },
  },
  dataCategories: {
    '1': {
      name: 'IP-adressen',
      description:
        'Uw IP-adres is een nummer dat uw internetprovider aan elke internetverbinding toekent. Het is niet altijd specifiek voor uw apparaat en niet altijd een stabiele ID. Het wordt gebruikt om informatie over het internet te routeren en online content (inclusief advertenties) op uw verbonden apparaat weer te geven.',
    },
    '2': {
      name: 'Apparaatkenmerken',
      description: 'Technische kenmerken van het apparaat dat u gebruikt die niet uniek zijn voor u, zoals de taal, de tijdzone of het besturingssysteem.',
    },
    '3': {
      name: "Apparaat-ID's",
      description:
        "Een apparaat-ID is een unieke tekenreeks die via een cookie of andere opslagtechnologieën aan uw apparaat of browser wordt toegewezen. Deze kan worden aangemaakt of uitgelezen om uw apparaat te herkennen, bijv. op verschillende webpagina's van dezelfde site of op meerdere sites of apps.",
    },
    '4': {
      name: "Probabilistische ID's",
      description:
        "Een probabilistische ID kan worden gemaakt door kenmerken van uw apparaat (het type browser of besturingssysteem dat wordt gebruikt) te combineren met het IP-adres van de internetverbinding. Als u daarmee instemt, kunnen ook extra kenmerken (bijv. de geïnstalleerde lettertypen of de schermresolutie) worden gecombineerd om de nauwkeurigheid van de probabilistische ID te verbeteren. Zo'n ID wordt als 'probabilistisch' beschouwd omdat meerdere apparaten dezelfde kenmerken en internetverbinding kunnen delen. Deze kan worden gebruikt om uw apparaat te herkennen, bijv. op verschillende webpagina's van dezelfde site of op meerdere sites of apps.",
    },
    '5': {
      name: "Van authenticatie afgeleide ID's",
      description:
        "Wanneer een ID wordt gemaakt op basis van authenticatiegegevens, zoals contactgegevens die horen bij online accounts die u op websites of in apps hebt aangemaakt (bijv. e-mailadres, telefoonnummer), of klant-ID's (bijv. een ID van uw telecomaanbieder), kan die ID worden gebruikt om u op verschillende websites, apps en apparaten te herkennen wanneer u met dezelfde contactgegevens bent ingelogd.",
    },
    '6': {
      name: 'Surf- en interactiegegevens',
      description:
        'Uw onlineactiviteit, zoals de websites die u bezoekt, de apps die u gebruikt, de content waarnaar u op deze dienst zoekt, of uw interacties met content of advertenties, zoals hoe vaak u bepaalde content of een bepaalde advertentie hebt gezien of of u erop hebt geklikt.',
    },
    '7': {
      name: 'Door de gebruiker verstrekte gegevens',
      description:
        'De informatie die u mogelijk hebt verstrekt via een formulier (bijv. feedback, een opmerking) of bij het aanmaken van een account (bijv. uw leeftijd, uw beroep).',
    },
    '8': {
      name: 'Niet-precieze locatiegegevens',
      description:
        'Een benadering van uw locatie, uitgedrukt als een gebied met een straal van ten minste 500 meter. Uw geschatte locatie kan bijv. worden afgeleid uit het IP-adres van uw verbinding.',
    },
    '9': {
      name: 'Precieze locatiegegevens',
      description:
        'Uw precieze locatie binnen een straal van minder dan 500 meter op basis van uw gps-coördinaten. Deze mag alleen met uw toestemming worden gebruikt.',
    },
    '10': {
      name: 'Gebruikersprofielen',
      description:
        'Bepaalde kenmerken (bijv. uw mogelijke interesses, uw aankoopintenties, uw consumentenprofiel) kunnen worden afgeleid of gemodelleerd uit uw eerdere onlineactiviteit (bijv. de content die u hebt bekeken of de dienst die u hebt gebruikt, de tijd die u aan verschillende online content en diensten hebt besteed) of uit informatie die u hebt verstrekt (bijv. uw leeftijd, uw beroep).',
    },
    '11': {
      name: 'Privacykeuzes',
      description: 'Uw voorkeuren met betrekking tot de verwerking van uw gegevens, op basis van de informatie die u hebt ontvangen.',
    },
  },
};

export default texts;
