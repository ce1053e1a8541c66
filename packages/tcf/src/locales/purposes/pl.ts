/**
 * Polish TCF 2.2 texts: the IAB's own translation (GVL v3) where it could be obtained.
 *
 * Source of the IAB wording (purposes 1–11 with their illustrations, special features 1–2, the
 * names of stacks 1–43 and of data categories 1–11): a locale module in a public repository
 * whose header says it was generated from the IAB's TCF translations at GVL version 179 (held
 * by the code-search index as file 70125014252; the index did not name the repository, path
 * or commit). Copied verbatim, including the source's own slips; whitespace normalised only.
 * To be re-checked against the IAB's `purposes-pl.json` when it can be fetched.
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
      name: 'Przechowywanie informacji na urządzeniu lub dostęp do nich',
      description:
        'Pliki cookie, identyfikatory urządzeń lub podobne identyfikatory online (np. identyfikatory oparte na logowaniu, identyfikatory przypisywane losowo, identyfikatory sieciowe) w połączeniu z innymi informacjami (takimi jak rodzaj przeglądarki i informacje w niej zawarte, język, rozmiar ekranu, obsługiwane technologie itp.) mogą być przechowywane lub odczytywane na Twoim urządzeniu celem rozpoznania urządzenia za każdym razem, gdy następuje połączenie z aplikacją lub witryną internetową – w celach tutaj przedstawionych.',
      illustrations: [
        'Większość celów, o których mowa w niniejszym powiadomieniu, wiąże się z przechowywaniem lub uzyskiwaniem dostępu do informacji z Twojego urządzenia użytkownika, gdy korzystasz z aplikacji lub odwiedzasz witrynę internetową. Na przykład dostawca lub wydawca mogą umieścić pliki cookie na Twoim urządzeniu, gdy po raz pierwszy odwiedzasz witrynę internetową. Chodzi o możliwość rozpoznania urządzenia podczas kolejnych wizyt (w ramach każdorazowego dostępu do określonych plików cookie).',
      ],
    },
    '2': {
      name: 'Wykorzystywanie ograniczonych danych do wyboru reklam',
      description:
        'Reklamy prezentowane Tobie w serwisie mogą opierać się na ograniczonych danych takich jak witryna internetowa lub aplikacja, z których korzystasz, Twoja nieprecyzyjna lokalizacja, rodzaj urządzenia albo treści przeglądane przez Ciebie (na przykład w celu ograniczenia liczby wyświetleń danej reklamy).',
      illustrations: [
        'Producent samochodów chce promować swoje pojazdy elektryczne wśród świadomych ekologicznie użytkowników żyjących w mieście, po godzinach pracy. Reklama wyświetla się na stronie z powiązaną treścią (np. w związku z artykułem na temat działań dotyczacych zmian klimatycznych) po godzinie 18:30. Jest widoczna dla użytkowników, których nieprecyzyjna lokalizacja wskazuje na to, że znajdują się w strefie miejskiej.',
        'Duży producent akwareli chce przeprowadzić kampanię reklamową online dotyczącą najnowszej gamy oferowanego asortymentu. Zależy mu na dywersyfikacji odbiorców i chce dotrzeć do jak największej liczby amatorów malarstwa i profesjonalnych artystów. Wolałby, aby reklama nie pojawiała się obok niedopasowanych treści, na przykład przy artykule dotyczacym tego, jak pomalowac dom. Wykrywana jest liczba wyświetleń reklamy. Podlega ona ograniczeniom, tak aby użytkownik nie oglądał jej zbyt często.',
      ],
    },
    '3': {
      name: 'Tworzenie profili w celu spersonalizowanych reklam',
      description:
        'Informacje na temat Twojej aktywności w serwisie (np. przesyłane formularze, przeglądane treści) mogą być przechowywane i łączone z innymi informacjami dotyczącymi Ciebie (na przykład informacjami o Twojej poprzedniej aktywności w serwisie, innych witrynach internetowych lub aplikacjach) lub podobnych osób. Informacje te wykorzystuje się następnie do tworzenia lub ulepszania profilu odnoszącego się do Ciebie (który to profil może na przykład obejmować Twoje zainteresowania i cechy osobiste). Twój profil może być wykorzystywany (również później) do pokazywania reklam, które wydają się bardziej odpowiednie, biorąc pod uwagę Twoje możliwe zainteresowania.',
      illustrations: [
        'Jeśli przeczytałeś kilka artykułów o najlepszych akcesoriach rowerowych do kupienia, to informacja ta może zostać wykorzystana do stworzenia profilu o Tobie odnośnie do faktu, iż interesują Cię akcesoria rowerowe. Takiego profilu można użyć lub poprawić go później, w tej samej lub w innej witrynie bądź w aplikacji. Wszystko po to, żeby pokazać Ci reklamę konkretnej marki akcesoriów rowerowych. Jeśli spojrzysz również na konfigurator wyposażenia pojazdu w witrynie producenta samochodów luksusowych, informacja ta może zostać powiązania z tym, że interesujesz się rowerami. Rzecz w tym, aby udoskonalić Twój profil w oparciu o założenie, że interesujesz się luksusowym sprzętem rowerowy.',
        'Firma odzieżowa chce wypromować nową linię ubrań dziecięcych najwyższej klasy. Nawiązuje kontakt z agencją, która obsługuje sieć sklepów odwiedzanych przez zamożnych klientów (np. eleganckich supermarketów). Firma odzieżowa prosi agencję o utworzenie profili młodych rodziców lub par, które prawdopodobnie są zamożne i mają od niedawna dzieci. Profile te mają być później wykorzystane do wyświetlania odpowiednich reklam w aplikacjach partnerów przeznaczonych dla młodych par.',
      ],
    },
    '4': {
      name: 'Wykorzystanie profili do wyboru spersonalizowanych reklam',
      description:
        'Reklamy, ktore są Ci prezentowane w tym serwisie mogą być oparta na Twoich profilach reklamowych, które mogą odzwierciedlać Twoją aktywność w serwisie, innych witrynach internetowych lub aplikacjach (np. przesyłane formularze, przeglądane treści), możliwe zainteresowania i cechy osobiste.',
      illustrations: [
        'Sklep internetowy chce reklamować ograniczoną czasowo wyprzedaż butów do biegania. Sklep pragnie kierować reklamy do użytkowników, którzy wcześniej oglądali buty do biegania w aplikacji mobilnej. Technologie śledzące mogą być wykorzystywane do rozpoznawania, czy użytkownik wcześniej korzystał z aplikacji mobilnej do przeglądania butów do biegania. Chodzi o pokazanie odpowiednich reklam w aplikacji./ po to aby wyswietlic tobie odpowiednie technologie',
        'Profil utworzony z myślą o spersonalizowanej reklamie w odniesieniu do osoby, która szuka akcesoriów rowerowych w witrynie internetowej, może zostać wykorzystany do wyświetlania odpowiedniej reklamy takich akcesoriów w aplikacji mobilnej innej organizacji.',
      ],
    },
    '5': {
      name: 'Tworzenie profili w celu personalizacji treści',
      description:
        'Informacje na temat Twojej aktywności w serwisie (np. przesyłane formularze, przeglądane treści niezwiązane z reklamami) mogą być przechowywane i łączone z innymi informacjami dotyczącymi Ciebie (na przykład informacjami o Twojej poprzedniej aktywności w usłudze, innych witrynach internetowych lub aplikacjach) lub podobnych osób. Informacje te wykorzystuje się następnie do tworzenia lub ulepszania Twojego profilu (który to profil może obejmować możliwe zainteresowania i cechy osobiste). Twój profil może być wykorzystywany (również później) do prezentowania treści, które wydają się bardziej odpowiednie w oparciu o Twoje ewentualne zainteresowania, na przykład poprzez dostosowanie kolejności wyświetlania treści, aby jeszcze łatwiej było Ci znaleźć treści odpowiadające Twoim zainteresowaniom.',
      illustrations: [
        'Przeczytałeś kilka artykułów na platformie mediów społecznościowych o tym, jak zbudować domek na drzewie. Informacje te mogą zostać dodane do Twojego profilu, aby oznaczyć Twoje zainteresowanie treściami związanymi z aktywnością na świeżym powietrzu oraz przewodnikami dla samouków (chodzi o umożliwienie personalizacji treści, tak aby na przykład w przyszłości wyświetlało Ci się więcej postów na blogach i artykułów na temat domków na drzewach czy drewnianych chatek w lesie).',
        'Obejrzałeś trzy filmy na temat eksploracji przestrzeni kosmicznej w różnych aplikacjach telewizyjnych. Niezależna platforma informacyjna, z którą nie miałeś jeszcze do czynienia, tworzy profil oparty na dotychczasowych treściach przeglądanych przez Ciebie. Oznacza zatem eksplorację przestrzeni kosmicznej jako temat, który może Ci się wydać nteresujący w innych materiałach wideo.',
      ],
    },
    '6': {
      name: 'Wykorzystywanie profili w celu doboru spersonalizowanych treści',
      description:
        'Treści prezentowane w serwisie mogą być oparte na Twoich profilach spersonalizowanej treści, które mogą odzwierciedlać Twoją aktywność w tym lub innym serwisie (bierze się pod uwagę przesyłane formularze, przeglądane treści itd.), możliwe zainteresowania i aspekty osobiste. Informacje te mogą zostać wykorzystane na przykład do dostosowania kolejności wyświetlania treści, aby jeszcze bardziej ułatwić Ci przeglądanie właściwych (niereklamowych) treści odpowiadających Twoim zainteresowaniom.',
      illustrations: [
        'Czytasz artykuły na temat wegetarianizmu na pewnej platformie mediów społecznościowych. Następnie zaczynasz korzystać z aplikacji kulinarnej niezależnej firmy. Profil utworzony na Twój temat na platformie mediów społecznościowych będzie wykorzystywany do prezentowania Ci przepisów wegetariańskich na ekranie powitalnym aplikacji kulinarnej.',
        'Obejrzałeś trzy filmy o wioślarstwie w różnych witrynach internetowych. Niezależna platforma udostępniająca materiały wideo zarekomenduje Ci pięć innych filmów na temat wioślarstwa, które mogą Cię zainteresować podczas korzystania z aplikacji telewizyjnej – w oparciu o profil utworzony na Twój temat po odwiedzeniu przez Ciebie wspomnianych wcześniej witryn internetowych w celu obejrzenia filmów online.',
      ],
    },
    '7': {
      name: 'Pomiar efektywności reklam',
      description:
        'Informacje dotyczące tego, które reklamy są Ci pokazywane, jak również tego, jak na nie reagujesz, mogą pomóc określić, na ile dobrze zadziałała dana reklama na Ciebie lub inne osoby i czy cele reklamy zostały osiągnięte. Na przykład czy w ogóle widziałeś reklamę, czy ją na nią kliknąłeś, czy skłoniła to Ciebie do zakupu produktu lub odwiedzenia witryny internetowej itp. Jest to bardzo pomocne w zrozumieniu znaczenia kampanii reklamowych.',
      illustrations: [
        'Kliknąłeś reklamę dotyczącą rabatów Black Friday oferowanych przez sklep internetowy na witrynie internetowej wydawcy i dokonałeś zakupu produktu. Twoje kliknięcie zostanie powiązane z tym zakupem. Dokonany zostanie pomiar Twojej interakcji celem sprawdzenia, ile kliknięć reklamy doprowadziło do zakupu.',
        'Jesteś jedną z niewielu osób, które kliknęły reklamę dotyczącą zniżki z okazji „międzynarodowego dnia uznania”, oferowanej przez sklep internetowy z prezentami w aplikacji wydawcy. Wydawca chce uzyskać odpowiednie raporty, aby dowiedzieć się, jak często Ty lub inni użytkownicy oglądali konkretne reklamy w aplikacji, a w szczególności tę dotyczącą „międzynarodowego dnia uznania”. Rzecz w tym, aby pomóc wydawcy i jego partnerom (np. agencjom) w optymalizacji lokowania reklam.',
      ],
    },
    '8': {
      name: 'Pomiar efektywności treści',
      description:
        'Informacje dotyczące prezentowanych Ci treści oraz Twoje reakcje na nie mogą zostać wykorzystane do określenia, czy (niereklamowe) treści dotarły – na przykład – do zamierzonych odbiorców i czy odpowiadały Twoim zainteresowaniom. Pozwalają się dowiedzieć, czy przeczytałeś artykuł, obejrzałeś film, słuchałeś podcastu lub sprawdziłeś opis produktu, ile czasu spędziłeś, korzystając z serwisu, jakie witryny internetowe odwiedziłeś itp. Pomaga to poznać znaczenie (niereklamowych) pokazywanych Tobie treści.',
      illustrations: [
        'Przeczytałeś wpis na blogu o pieszej turystyce w aplikacji mobilnej wydawcy, po czym skorzystałeś z linku do polecanego i powiązanego postu. Twoja reakcja zostanie zarejestrowana, gdyż pozwala sądzić, że początkowy post dotyczący pieszych wędrówek był przydatny i udało się zainteresować Cię powiązanym postem. Odpowiednie wskaźniki zostaną zmierzone, aby dowiedzieć się, czy w przyszłości tworzyć więcej postów na temat pieszych wędrówek i gdzie je umieszczać na ekranie głównym aplikacji mobilnej.',
        'Został Ci zaprezentowany materiał wideo o trendach modowych, ale przestałeś go oglądać po 30 sekundach. Ta informacja pozwala określić prawidłową długości przyszłych filmów o trendach modowych.',
      ],
    },
    '9': {
      name: 'Rozumienie odbiorców dzięki statystyce lub kombinacji danych z różnych źródeł',
      description:
        'Można generować raporty na podstawie kombinacji zestawów danych (takich jak profile użytkowników, statystyki, badania rynku, dane analityczne) dotyczących reakcji użytkowników na treści reklamowe lub niereklamowe. Chodzi o identyfikację wspólnych cech (na przykład określenie, którzy odbiorcy docelowi są bardziej otwarci na kampanię reklamową lub treści danego typu).',
      illustrations: [
        'Właściciel księgarni internetowej chce, aby raporty handlowe pokazywały odsetek odwiedzających, którzy odwiedzili witrynę i opuścili ją, nic nie kupiwszy, osób, które odwiedziły witrynę i kupiły ostatnią autobiografię celebryty miesiąca, jak również średni wiek i rozkład dystrybucji poszczególnych kategorii wśród kobiet i mężczyzn. Dane związane z nawigacją przez Ciebie po witrynie i Twoimi cechami osobistymi są następnie wykorzystywane i łączone z innymi odpowiednimi informacjami w celu wygenerowania wspomnianych statystyk.',
        'Reklamodawca chce lepiej poznać preferencje odbiorców, którzy wchodzą w interakcje z jego reklamami. Zleca więc instytutowi badawczemu porównanie cech charakterystycznych użytkowników, którzy zareagowali na reklamę z typowymi atrybutami użytkowników podobnych platform na różnych urządzeniach. Wypracowane porównanie uświadamia reklamodawcy, że odbiorcy jego reklam uzyskują do nich dostęp głównie za pośrednictwem urządzeń mobilnych i są to zwykle osoby w wieku od 45 do 60 lat.',
      ],
    },
    '10': {
      name: 'Rozwój i ulepszanie usług',
      description:
        'Informacje na temat Twojej aktywności w serwisie, np. odnoszące się do Twoich reakcji na reklamy lub treści, mogą być bardzo pomocne w ulepszaniu produktów i usług oraz tworzeniu nowych produktów i usług w oparciu o Twoje interakcje, typ odbiorców itp. Ten konkretny cel nie obejmuje tworzenia ani ulepszania profili czy identyfikatorów użytkowników.',
      illustrations: [
        'Platforma technologiczna współpracująca z dostawcą mediów społecznościowych zauważa wzrost liczby użytkowników aplikacji mobilnych i wyciąga wniosek – na podstawie profili użytkowników – że wielu z nich korzysta z połączeń mobilnych. Decyduje się na skorzystanie z nowej technologii dostarczania reklam sformatowanych specjalnie pod kątem urządzeń mobilnych. Są to reklamy o niskiej przepustowości, a jednocześnie bardzo wysokiej efektywności.',
        'Reklamodawca poszukuje nowej metody wyświetlania reklam na nowym typie urządzenia konsumenckiego. W związku z tym gromadzi informacje dotyczące sposobów interakcji użytkowników z nowym urządzeniem. Chciałby dowiedzieć się, czy może zbudować nowy mechanizm wyświetlania reklam na urządzeniu tego rodzaju.',
      ],
    },
    '11': {
      name: 'Wykorzystywanie ograniczonych danych do wyboru treści',
      description:
        'Treści prezentowane Tobie w serwisie mogą opierać się na ograniczonych danych takich jak witryna internetowa lub aplikacja, z których korzystasz, Twoja nieprecyzyjna lokalizacja, rodzaj urządzenia albo treści przeglądane przez Ciebie (na przykład w celu ograniczenia liczby wyświetleń danego filmu lub artykułu).',
      illustrations: [
        'Magazyn podróżniczy opublikował w swojej witrynie internetowej artykuł na temat nowych kursów online prowadzonych przez szkołę językową, ukierunkowanych na ułatwianie komunikacji w czasie podróży. Wpisy na blogu szkoły są umieszczane bezpośrednio w dolnej części strony. Dobiera się je na podstawie Twojej nieprecyzyjnej lokalizacji (na przykład wpisy na blogu wyjaśniające program kursów dotyczących języków innych niż język kraju, w którym się znajdujesz).',
        'Aplikacja mobilna z wiadomościami sportowymi zaczęła publikować nową serię artykułów na temat ostatnich meczów piłkarskich. W każdym artykule są filmy (dostarczane przez niezależną platformę streamingową) z najciekawszymi fragmentami poszczególnych meczów. Jeżeli użytkownik przyspieszy jakiś film, może to oznaczać, że następny prezentowany materiał wideo powinien być krótszy.',
      ],
    },
  },
  specialPurposes: {
    '1': {
      name: 'Zapewnianie bezpieczeństwa, zapobieganie oszustwom i ich wykrywanie oraz naprawianie błędów',
      description:
        'Twoje dane mogą być wykorzystywane do monitorowania nietypowych i potencjalnie nieuczciwych działań (na przykład dotyczących reklam, takich jak kliknięcia reklam przez boty) i zapobiegania im oraz do zapewnienia prawidłowego i bezpiecznego działania systemów i procesów. Mogą być również wykorzystywane do naprawiania problemów, które Ty, wydawca lub reklamodawca możecie napotkać przy dostarczaniu treści i reklam oraz w interakcji z nimi.',
      illustrations: [
        'Pośrednik reklamowy dostarcza reklamy różnych reklamodawców do swojej sieci partnerskich witryn internetowych. Zauważa duży wzrost liczby kliknięć reklam jednego reklamodawcy i na podstawie danych o źródle kliknięć ustala, że 80% kliknięć pochodzi od botów, a nie od ludzi.',
      ],
    },
    '2': {
      name: 'Dostarczanie i prezentowanie reklam i treści',
      description:
        'Określone informacje (takie jak adres IP lub możliwości urządzenia) są wykorzystywane do zapewnienia technicznej zgodności treści lub reklam oraz do ułatwienia przesłania treści lub reklamy na Twoje urządzenie.',
      illustrations: [
        'Kliknięcie linku w artykule zwykle przenosi Cię na inną stronę lub do innej części artykułu. Aby to osiągnąć, 1) Twoja przeglądarka wysyła żądanie do serwera powiązanego z witryną internetową, 2) serwer odpowiada („oto artykuł, o który prosiłeś”), wykorzystując informacje techniczne automatycznie dołączone do żądania wysłanego przez Twoje urządzenie, aby prawidłowo wyświetlić informacje i obrazy, które są częścią żądanego artykułu. Technicznie taka wymiana informacji jest niezbędna do dostarczenia treści, które pojawiają się na Twoim ekranie.',
      ],
    },
    '3': {
      name: 'Zapisywanie i przekazywanie wyborów dotyczących prywatności',
      description:
        'Wybory, których dokonujesz w odniesieniu do celów i podmiotów wymienionych w niniejszym powiadomieniu, są zapisywane i udostępniane tym podmiotom w postaci sygnałów cyfrowych (takich jak ciąg znaków). Jest to konieczne, aby zarówno ten serwis, jak i te podmioty mogły respektować Twoje wybory.',
      illustrations: [
        'Gdy odwiedzasz witrynę internetową i możesz wyrazić zgodę na wykorzystywanie profili do spersonalizowanych reklam albo jej nie wyrazić, Twój wybór jest zapisywany i udostępniany dostawcom reklam, tak aby prezentowane Ci reklamy respektowały ten wybór.',
      ],
    },
  },
  features: {
    '1': {
      name: 'Dopasowywanie i łączenie danych z innych źródeł danych',
      description:
        'Informacje o Twojej aktywności w tym serwisie mogą być dopasowywane i łączone z innymi informacjami dotyczącymi Ciebie i pochodzącymi z różnych źródeł (na przykład z Twojej aktywności w innym serwisie internetowym, korzystania z karty lojalnościowej w sklepie stacjonarnym lub Twoich odpowiedzi w ankiecie) w związku z realizacją celów, o których mowa w niniejszym powiadomieniu.',
      illustrations: [],
    },
    '2': {
      name: 'Łączenie różnych urządzeń',
      description:
        'W związku z realizacją celów, o których mowa w niniejszym powiadomieniu, Twoje urządzenie może zostać uznane za prawdopodobnie powiązane z innymi urządzeniami należącymi do Ciebie lub Twojego gospodarstwa domowego (na przykład dlatego, że jesteś zalogowany do tego samego serwisu na telefonie i komputerze, lub dlatego, że na obu urządzeniach możesz korzystać z tego samego połączenia internetowego).',
      illustrations: [],
    },
    '3': {
      name: 'Identyfikowanie urządzeń na podstawie automatycznie przesyłanych informacji',
      description:
        'Twoje urządzenie może zostać odróżnione od innych urządzeń na podstawie informacji, które automatycznie wysyła podczas łączenia się z internetem (na przykład adresu IP Twojego połączenia internetowego lub rodzaju używanej przeglądarki), w związku z realizacją celów, o których mowa w niniejszym powiadomieniu.',
      illustrations: [],
    },
  },
  specialFeatures: {
    '1': {
      name: 'Użycie dokładnych danych geolokalizacyjnych',
      description:
        'Za zgodą użytkownika do realizacji celów określonych w niniejszym powiadomieniu można wykorzystywać dokładną lokalizację użytkownika (mowa tu o promieniu nieprzekraczającym 500 metrów).',
      illustrations: [],
    },
    '2': {
      name: 'Identyfikowanie urządzeń na podstawie aktywnie żądanych informacji',
      description:
        'Za zgodą użytkownika może zostać wysłane żądanie o podanie określonych cech urządzenia użytkownika, które pozwolą na odróżnienie go od innych urządzeń (np. zainstalowane wtyczki i czcionki, rozdzielczość ekranu) – w związku z realizacją celów, o których mowa w niniejszym powiadomieniu.',
      illustrations: [],
    },
  },
  stacks: {
    '1': {
      name: 'Precyzyjne dane geolokalizacyjne i identyfikacja poprzez skanowanie urządzeń',
      description: 'Można wykorzystywać dokładne dane geolokalizacyjne i informacje o cechach urządzenia.',
    },
    '2': {
      name: 'Reklamy oparte na ograniczonych danych i pomiarach reklam',
      description: 'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Można mierzyć efektywność reklam.',
    },
    '3': {
      name: 'Reklamy spersonalizowana',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam.',
    },
    '4': {
      name: 'Reklamy oparte na ograniczonych danych, pomiarach reklam i zrozumieniu odbiorców',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Można mierzyć efektywność reklam. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '5': {
      name: 'Reklamy oparte na ograniczonych danych, spersonalizowany profil reklamowy i pomiar reklam',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam.',
    },
    '6': {
      name: 'Wybór spersonalizowanych reklam i pomiar reklam',
      description: 'Reklamy mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność reklam.',
    },
    '7': {
      name: 'Wybór spersonalizowanych reklam, pomiar reklam i badanie odbiorców',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność reklam. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '8': {
      name: 'Reklamy spersonalizowane i pomiar reklam',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam.',
    },
    '9': {
      name: 'Reklamy spersonalizowane, pomiar reklam i badanie odbiorców',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '10': {
      name: 'Reklamy spersonalizowane',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam.',
    },
    '11': {
      name: 'Spersonalizowane treści',
      description:
        'Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści.',
    },
    '12': {
      name: 'Wybór spersonalizowanych treści i pomiar treści',
      description: 'Treści mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność treści.',
    },
    '13': {
      name: 'Wybór spersonalizowanych treści, pomiar treści i badanie odbiorców',
      description:
        'Treści mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '14': {
      name: 'Spersonalizowane treści i pomiar treści',
      description:
        'Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność treści.',
    },
    '15': {
      name: 'Spersonalizowane treści, pomiar treści i badanie odbiorców',
      description:
        'Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '16': {
      name: 'Spersonalizowane treści, pomiar treści, badanie odbiorców i ulepszanie usług',
      description:
        'Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '17': {
      name: 'Pomiar reklam i treści oraz badanie odbiorców',
      description: 'Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '18': {
      name: 'Pomiar reklam i treści',
      description: 'Można mierzyć efektywność reklam i treści.',
    },
    '19': {
      name: 'Pomiar reklam i badanie odbiorców',
      description: 'Można mierzyć efektywność reklam. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '20': {
      name: 'Pomiar reklam i treści, badanie odbiorców, ulepszanie usług',
      description:
        'Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '21': {
      name: 'Pomiar treści, badanie odbiorców i ulepszanie usług',
      description:
        'Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '22': {
      name: 'Pomiar treści i ulepszanie usług',
      description: 'Można mierzyć efektywność treści. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '23': {
      name: 'Wybór spersonalizowanych reklam i treści oraz pomiar reklam i treści',
      description: 'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność reklam i treści.',
    },
    '24': {
      name: 'Wybór spersonalizowanych reklam i treści, pomiar reklam i treści oraz badanie odbiorców',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '25': {
      name: 'Spersonalizowane reklamy i treści oraz pomiar reklam i treści',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam lub treści. Można mierzyć efektywność reklam i treści.',
    },
    '26': {
      name: 'Spersonalizowane reklamy i treści, pomiar reklam i treści oraz badanie odbiorców',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam lub treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '27': {
      name: 'Profil bazujący na spersonalizowanych reklamach i treściach',
      description:
        'Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam lub treści.',
    },
    '28': {
      name: 'Wybór spersonalizowanych reklam i treści',
      description: 'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu.',
    },
    '29': {
      name: 'Reklama oparta na ograniczonych danych, pomiar reklam i treści, badanie odbiorców',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '30': {
      name: 'Wybór spersonalizowanych reklam, spersonalizowane treści, pomiar reklam i treści oraz badanie odbiorców',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '31': {
      name: 'Wybór spersonalizowanych reklam, spersonalizowane treści, pomiar reklam i treści, badanie odbiorców oraz ulepszanie usług',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '32': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści, pomiar reklam i treści oraz badanie odbiorców',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '33': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści, pomiar reklam i treści, badanie odbiorców oraz ulepszanie usług',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '34': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści, pomiar treści oraz badanie odbiorców',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty.',
    },
    '35': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści, pomiar treści, badanie odbiorców oraz ulepszanie usług',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '36': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści i pomiar reklam',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam.',
    },
    '37': {
      name: 'Reklama oparta na ograniczonych danych, spersonalizowane treści, pomiar reklam i ulepszanie usług',
      description:
        'Reklamy mogą być prezentowane na podstawie ograniczonych danych. Treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych treści. Można mierzyć efektywność reklam. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '38': {
      name: 'Spersonalizowane reklamy, pomiar reklam i ulepszanie usług',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '39': {
      name: 'Spersonalizowane reklamy, pomiar reklam, badanie odbiorców i ulepszanie usług',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '40': {
      name: 'Spersonalizowane reklamy, pomiar reklam i treści, badanie odbiorców i ulepszanie usług',
      description:
        'Reklamy mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '41': {
      name: 'Spersonalizowane reklamy, wybór spersonalizowanych treści, pomiar reklam i treści, badanie odbiorców oraz ulepszanie usług',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '42': {
      name: 'Spersonalizowane reklamy i treści, pomiar reklam i treści, badanie odbiorców i ulepszanie usług',
      description:
        'Reklamy i treści mogą być personalizowane na podstawie Twojego profilu. Twoja aktywność w tym serwisie może być wykorzystywana do tworzenia lub ulepszania Twojego profilu na potrzeby spersonalizowanych reklam lub treści. Można mierzyć efektywność reklam i treści. Na podstawie Twojej aktywności i aktywności innych osób mogą być generowane raporty. Twoja aktywność w tym serwisie może pomóc w rozwijaniu i ulepszaniu produktów i usług.',
    },
    '43': {
      name: 'Treści oparte na ograniczonych danych i pomiar treści',
      description: 'Treści mogą być wybierane na podstawie ograniczonych danych. Można mierzyć efektywność treści.',
    },
  },
  dataCategories: {
    '1': {
      name: 'Adresy IP',
      description:
        'Twój adres IP to numer przypisywany przez dostawcę usług internetowych każdemu połączeniu z internetem. Nie zawsze jest on właściwy wyłącznie dla Twojego urządzenia i nie zawsze jest stałym identyfikatorem. Służy do przekazywania informacji w internecie i wyświetlania treści online (w tym reklam) na Twoim podłączonym urządzeniu.',
    },
    '2': {
      name: 'Charakterystyka urządzenia',
      description:
        'Cechy techniczne używanego przez Ciebie urządzenia, które nie są unikalne dla Ciebie, takie jak język, strefa czasowa lub system operacyjny.',
    },
    '3': {
      name: 'Identyfikatory urządzeń',
      description:
        'Identyfikator urządzenia to unikalny ciąg znaków przypisany do Twojego urządzenia lub przeglądarki za pomocą pliku cookie lub innych technologii przechowywania danych. Może być tworzony lub odczytywany w celu rozpoznania Twojego urządzenia, np. na różnych stronach tej samej witryny albo w wielu witrynach lub aplikacjach.',
    },
    '4': {
      name: 'Identyfikatory probabilistyczne',
      description:
        'Identyfikator probabilistyczny może zostać utworzony przez połączenie cech Twojego urządzenia (rodzaju używanej przeglądarki lub systemu operacyjnego) z adresem IP połączenia internetowego. Za Twoją zgodą można również połączyć dodatkowe cechy (np. zainstalowane czcionki lub rozdzielczość ekranu), aby zwiększyć dokładność identyfikatora probabilistycznego. Taki identyfikator uznaje się za „probabilistyczny”, ponieważ wiele urządzeń może mieć te same cechy i to samo połączenie internetowe. Może być wykorzystywany do rozpoznawania Twojego urządzenia, np. na różnych stronach tej samej witryny albo w wielu witrynach lub aplikacjach.',
    },
    '5': {
      name: 'Identyfikatory pochodzące z uwierzytelniania',
      description:
        'Jeżeli identyfikator jest tworzony na podstawie danych uwierzytelniających, takich jak dane kontaktowe powiązane z kontami online założonymi przez Ciebie w witrynach lub aplikacjach (np. adres e-mail, numer telefonu), lub identyfikatorów klienta (np. identyfikatora nadanego przez Twojego operatora telekomunikacyjnego), identyfikator ten może być wykorzystywany do rozpoznawania Cię w różnych witrynach, aplikacjach i na różnych urządzeniach, gdy jesteś zalogowany przy użyciu tych samych danych kontaktowych.',
    },
    '6': {
      name: 'Dane z przeglądania i interakcji',
      description:
        'Twoja aktywność online, taka jak odwiedzane witryny, używane aplikacje, treści wyszukiwane w tym serwisie czy Twoje interakcje z treściami lub reklamami, np. to, ile razy widziałeś określoną treść lub reklamę i czy ją kliknąłeś.',
    },
    '7': {
      name: 'Dane dostarczone przez użytkownika',
      description: 'Informacje, które mogłeś podać w formularzu (np. opinia, komentarz) lub podczas zakładania konta (np. Twój wiek, zawód).',
    },
    '8': {
      name: 'Nieprecyzyjne dane lokalizacyjne',
      description:
        'Przybliżona lokalizacja, wyrażona jako obszar o promieniu co najmniej 500 metrów. Twoja przybliżona lokalizacja może zostać ustalona np. na podstawie adresu IP Twojego połączenia.',
    },
    '9': {
      name: 'Precyzyjne dane lokalizacyjne',
      description:
        'Twoja dokładna lokalizacja w promieniu mniejszym niż 500 metrów, ustalona na podstawie współrzędnych GPS. Może być wykorzystywana wyłącznie za Twoją zgodą.',
    },
    '10': {
      name: 'Profile użytkowników',
      description:
        'Pewne cechy (np. Twoje możliwe zainteresowania, zamiary zakupowe, profil konsumencki) mogą być wywnioskowane lub modelowane na podstawie Twojej wcześniejszej aktywności online (np. przeglądanych treści lub używanych serwisów, czasu spędzonego na różnych treściach i w serwisach online) lub podanych przez Ciebie informacji (np. wieku, zawodu).',
    },
    '11': {
      name: 'Wybory (preferencje) dotyczące prywatności',
      description: 'Twoje preferencje dotyczące przetwarzania Twoich danych, oparte na otrzymanych przez Ciebie informacjach.',
    },
  },
};

export default texts;
