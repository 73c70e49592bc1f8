<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>doorlopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation type="unfinished">nog kiezen</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Bedacht door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Wat gaat u doen, en wie helpt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op wat er gaat gebeuren. En wie het doet: uzelf, of iemand om u heen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er gaat gebeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft nog niets opgeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iets toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit toevoegen aan wat er gaat gebeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: samen de post openmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie &amp;doet het?</source>
        <translation type="unfinished">Wie &amp;doet het?</translation>
    </message>
    <message>
        <source>Staat iemand er niet bij? Ga dan terug naar: Wie helpt u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanne&amp;er?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke dinsdag, of voor de zomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steeds: dit &amp;blijft doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steeds: dit blijft doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij welk doel &amp;hoort het? Dit hoeft niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikzelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij geen bepaald doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel {n}: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort bij doel {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak {n} weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst op wat er gaat gebeuren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsksPage</name>
    <message>
        <source>Wat vraagt u aan de gemeente of aan anderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat lukt u niet zelf, ook niet met de mensen om u heen? Bijvoorbeeld: hulp bij het huishouden. Dit hoeft niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft nog niets gevraagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iets vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vraag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat vraagt u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: hulp bij het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aan wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: de gemeente, of de huisarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vult u niet in aan wie? Dan vraagt u het aan de gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (aan: {whom})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag {n} weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst op wat u vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{date} om {time} uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation type="unfinished">1 dossier</translation>
    </message>
    <message>
        <source>{n} dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen reservekopie van deze database. Maak er een…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatste reservekopie is van {when} ({days} dagen geleden). Maak een nieuwe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished">Voortgang</translation>
    </message>
    <message>
        <source>De database wordt gekopieerd en gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie wordt weggeschreven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie wordt uitgepakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De teruggezette database wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet de hele database versleuteld op een stick of in een map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak van een reservekopie een nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering: maak een reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Reservekopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een reservekopie is de hele database in één versleuteld bestand. U opent hem met de wachtwoordzin die nu geldt. Zet hem op een USB-stick of in een netwerkmap, niet op deze laptop: raakt de laptop kwijt of kapot, dan is de kopie er nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste reservekopie: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van deze database is nog geen reservekopie gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kies map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de map voor de reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenkracht-reservekopie-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestandsnaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Deze map staat op dezelfde schijf als de database. Kies liever een USB-stick of een netwerkmap: dan blijft de kopie er ook als de laptop kapotgaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een map voor de reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef het bestand een naam (zonder / of \).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {name} ({cases}). Bewaar de stick op een veilige plek, net als de laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>De eerstvolgende wettelijke termijn (Wmo) die nog loopt of verlopen is.</source>
        <translation>De eerstvolgende wettelijke termijn (Wmo) die nog loopt of verlopen is.</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Eerstvolgende termijn</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <source>Persoonlijk plan</source>
        <translation>Persoonlijk plan</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <translation>Beschikking</translation>
    </message>
    <message>
        <source>geen lopende termijn</source>
        <translation>geen lopende termijn</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Naam, kenmerk of een woord uit de gesprekken</source>
        <translation>Naam, kenmerk of een woord uit de gesprekken</translation>
    </message>
    <message>
        <source>Dossiers zoeken</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>De lijst toont alleen de dossiers waarin elk getypt woord voorkomt.</source>
        <translation>De lijst toont alleen de dossiers waarin elk getypt woord voorkomt.</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Kies een dossier en druk op Enter om het te openen.</source>
        <translation>Kies een dossier en druk op Enter om het te openen.</translation>
    </message>
    <message>
        <source>⚠ te laat: de wettelijke termijn is verstreken. binnenkort: de termijn eindigt binnen {days} dagen.</source>
        <translation>⚠ te laat: de wettelijke termijn is verstreken. binnenkort: de termijn eindigt binnen {days} dagen.</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Kies Nieuw dossier om te beginnen.</source>
        <translation>Nog geen dossiers. Kies Nieuw dossier om te beginnen.</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>{count} dossiers</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <source>Geen dossiers gevonden (van {total}).</source>
        <translation>Geen dossiers gevonden (van {total}).</translation>
    </message>
    <message>
        <source>1 van 1 dossier</source>
        <translation>1 van 1 dossier</translation>
    </message>
    <message>
        <source>{shown} van {total} dossiers</source>
        <translation>{shown} van {total} dossiers</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>gelijk</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>Beide kanten scoren gelijk.</source>
        <translation>Beide kanten scoren gelijk.</translation>
    </message>
    <message>
        <source>inwoner +{n}</source>
        <translation>inwoner +{n}</translation>
    </message>
    <message>
        <source>De inwoner scoort {n} hoger dan de professional.</source>
        <translation>De inwoner scoort {n} hoger dan de professional.</translation>
    </message>
    <message>
        <source>professional +{n}</source>
        <translation>professional +{n}</translation>
    </message>
    <message>
        <source>De professional scoort {n} hoger dan de inwoner.</source>
        <translation>De professional scoort {n} hoger dan de inwoner.</translation>
    </message>
    <message>
        <source>Groot verschil.</source>
        <translation>Groot verschil.</translation>
    </message>
    <message>
        <source>Verschil.</source>
        <translation>Verschil.</translation>
    </message>
    <message>
        <source>← &amp;Terug naar de lijst</source>
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Terug naar de lijst met dossiers</source>
        <translation>Terug naar de lijst met dossiers</translation>
    </message>
    <message>
        <source>Laatste gesprek &amp;hervatten</source>
        <translation>Laatste gesprek &amp;hervatten</translation>
    </message>
    <message>
        <source>Laatste gesprek hervatten</source>
        <translation>Laatste gesprek hervatten</translation>
    </message>
    <message>
        <source>Nieuw &amp;gesprek starten</source>
        <translation>Nieuw &amp;gesprek starten</translation>
    </message>
    <message>
        <source>Nieuw gesprek starten</source>
        <translation>Nieuw gesprek starten</translation>
    </message>
    <message>
        <source>&amp;Zelfbeoordeling inlezen…</source>
        <translation>&amp;Zelfbeoordeling inlezen…</translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner inlezen</source>
        <translation>Zelfbeoordeling van de inwoner inlezen</translation>
    </message>
    <message>
        <source>Bij de melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste scores van beide kanten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk toen en nu vergelijken</source>
        <translation>Netwerk toen en nu vergelijken</translation>
    </message>
    <message>
        <source>&amp;Plan en toen en nu</source>
        <translation>&amp;Plan en toen en nu</translation>
    </message>
    <message>
        <source>Plan bekijken, printen, toen en nu</source>
        <translation>Plan bekijken, printen, toen en nu</translation>
    </message>
    <message>
        <source>Overzicht van het dossier</source>
        <translation>Overzicht van het dossier</translation>
    </message>
    <message>
        <source>Gewezen op persoonlijk plan:</source>
        <translation>Gewezen op persoonlijk plan:</translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning:</source>
        <translation>Gewezen op cliëntondersteuning:</translation>
    </message>
    <message>
        <source>Identiteit:</source>
        <translation>Identiteit:</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nog geen gezinsleden vastgelegd.</source>
        <translation>Nog geen gezinsleden vastgelegd.</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Gesprekken, nieuwste eerst</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Tevredenheid</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Nog geen gesprekken gevoerd.</source>
        <translation>Nog geen gesprekken gevoerd.</translation>
    </message>
    <message>
        <source>Laatste scores per leefgebied</source>
        <translation>Laatste scores per leefgebied</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation>Nog geen scores.</translation>
    </message>
    <message>
        <source>Laatste scores: {instrument}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished">Onderwerp</translation>
    </message>
    <message>
        <source>Open doelen: wie doet wat</source>
        <translation>Open doelen: wie doet wat</translation>
    </message>
    <message>
        <source>Kenmerk {reference} · Status: {status} · Regisseur: {coordinator}</source>
        <translation>Kenmerk {reference} · Status: {status} · Regisseur: {coordinator}</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Volgende evaluatie: nog niet afgesproken.</source>
        <translation>Volgende evaluatie: nog niet afgesproken.</translation>
    </message>
    <message>
        <source>Volgende evaluatie: {date} ({relative})</source>
        <translation>Volgende evaluatie: {date} ({relative})</translation>
    </message>
    <message>
        <source>Het gesprek van {date} ({kind})</source>
        <translation>Het gesprek van {date} ({kind})</translation>
    </message>
    <message>
        <source>Er is nog geen gesprek om te hervatten.</source>
        <translation>Er is nog geen gesprek om te hervatten.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>paspoort</source>
        <translation>paspoort</translation>
    </message>
    <message>
        <source>identiteitskaart</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>rijbewijs</source>
        <translation>rijbewijs</translation>
    </message>
    <message>
        <source>verblijfsdocument</source>
        <translation>verblijfsdocument</translation>
    </message>
    <message>
        <source>{date} ({age} jaar)</source>
        <translation>{date} ({age} jaar)</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>thuis ingevuld</source>
        <translation>thuis ingevuld</translation>
    </message>
    <message>
        <source>aan tafel</source>
        <translation>aan tafel</translation>
    </message>
    <message>
        <source>{instrument}, voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>Geen open doelen.</source>
        <translation>Geen open doelen.</translation>
    </message>
    <message>
        <source>Zo weten we het: {measure}</source>
        <translation>Zo weten we het: {measure}</translation>
    </message>
    <message>
        <source>Nog geen afspraken.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>vóór {date}</source>
        <translation>vóór {date}</translation>
    </message>
    <message>
        <source>{domain}: {text}</source>
        <translation>{domain}: {text}</translation>
    </message>
    <message>
        <source>(vóór {date})</source>
        <translation>(vóór {date})</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>&amp;Netwerk toen en nu…</source>
        <translation>&amp;Netwerk toen en nu…</translation>
    </message>
    <message>
        <source>⚠ Mantelzorg: {names} is overbelast of heeft steun nodig. Bespreek steun voor de mantelzorger.</source>
        <translation>⚠ Mantelzorg: {names} is overbelast of heeft steun nodig. Bespreek steun voor de mantelzorger.</translation>
    </message>
    <message>
        <source>{count} mensen in het netwerk, van wie {helping} nu helpen.</source>
        <translation>{count} mensen in het netwerk, van wie {helping} nu helpen.</translation>
    </message>
    <message>
        <source>Nog niemand in het netwerk.</source>
        <translation>Nog niemand in het netwerk.</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Plan loopt</source>
        <translation>Plan loopt</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of verslag gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen</source>
        <translation type="unfinished">Persoonlijk plan ontvangen</translation>
    </message>
    <message>
        <source>Familiegroepsplan aangeboden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning</source>
        <translation type="unfinished">Gewezen op cliëntondersteuning</translation>
    </message>
    <message>
        <source>Onderzoek (gesprek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschikking verstuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie gehouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoonlijk plan</source>
        <translation>Persoonlijk plan</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <translation>Beschikking</translation>
    </message>
    <message>
        <source>⚠ te laat · </source>
        <translation>⚠ te laat · </translation>
    </message>
    <message>
        <source>binnenkort · </source>
        <translation>binnenkort · </translation>
    </message>
    <message>
        <source>klaar: plan ontvangen</source>
        <translation>klaar: plan ontvangen</translation>
    </message>
    <message>
        <source>klaar: verslag verstuurd</source>
        <translation>klaar: verslag verstuurd</translation>
    </message>
    <message>
        <source>klaar: beschikking verstuurd</source>
        <translation>klaar: beschikking verstuurd</translation>
    </message>
    <message>
        <source>termijn voorbij, geen plan ontvangen</source>
        <translation>termijn voorbij, geen plan ontvangen</translation>
    </message>
    <message>
        <source>gestopt: dossier afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {relative}</source>
        <translation>⚠ {relative}</translation>
    </message>
    <message>
        <source>binnenkort ({relative})</source>
        <translation>binnenkort ({relative})</translation>
    </message>
    <message>
        <source>loopt ({relative})</source>
        <translation>loopt ({relative})</translation>
    </message>
    <message>
        <source>{kind}: {date} ({relative})</source>
        <translation>{kind}: {date} ({relative})</translation>
    </message>
    <message>
        <source>{date} ({relative})</source>
        <translation>{date} ({relative})</translation>
    </message>
    <message>
        <source>Melding/intake</source>
        <translation>Melding/intake</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Zelf</source>
        <translation>Zelf</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Algemene voorziening</source>
        <translation>Algemene voorziening</translation>
    </message>
    <message>
        <source>Maatwerkvoorziening</source>
        <translation>Maatwerkvoorziening</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>behaald</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>deels behaald</source>
        <translation>deels behaald</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>vervallen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>U kiest een nieuwe wachtwoordzin voor de database {name}. Vul eerst de huidige wachtwoordzin in, daarna twee keer de nieuwe.</source>
        <translation>U kiest een nieuwe wachtwoordzin voor de database {name}. Vul eerst de huidige wachtwoordzin in, daarna twee keer de nieuwe.</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Huidige wachtwoordzin:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>He&amp;rhaal nieuwe wachtwoordzin:</source>
        <translation>He&amp;rhaal nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Onthoud de nieuwe wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</source>
        <translation>Onthoud de nieuwe wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;wijzigen</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Vul de huidige wachtwoordzin in.</source>
        <translation>Vul de huidige wachtwoordzin in.</translation>
    </message>
    <message>
        <source>Kies een nieuwe wachtwoordzin van minstens 8 tekens.</source>
        <translation>Kies een nieuwe wachtwoordzin van minstens 8 tekens.</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere.</translation>
    </message>
    <message>
        <source>De huidige wachtwoordzin klopt niet. Er is niets veranderd.</source>
        <translation>De huidige wachtwoordzin klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>De wachtwoordzin kon niet worden gewijzigd. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin is gewijzigd. Vanaf nu hebt u de nieuwe wachtwoordzin nodig om de database te openen.

Let op: een kopie van de database die u eerder hebt gemaakt (bijvoorbeeld een back-up) opent nog steeds alleen met de oude wachtwoordzin.</source>
        <translation>De wachtwoordzin is gewijzigd. Vanaf nu hebt u de nieuwe wachtwoordzin nodig om de database te openen.

Let op: een kopie van de database die u eerder hebt gemaakt (bijvoorbeeld een back-up) opent nog steeds alleen met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>✔ gekozen</source>
        <translation>✔ gekozen</translation>
    </message>
</context>
<context>
    <name>CitizenDialogs</name>
    <message>
        <source>Dit voorlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lees voor</source>
        <translation type="unfinished">&amp;Lees voor</translation>
    </message>
</context>
<context>
    <name>CitizenPaper</name>
    <message>
        <source>(geen antwoord)</source>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <source>Past niet bij mij, of zeg ik liever niet</source>
        <translation>Past niet bij mij, of zeg ik liever niet</translation>
    </message>
    <message>
        <source>Zelf ingevuld: hoe gaat het met u?</source>
        <translation>Zelf ingevuld: hoe gaat het met u?</translation>
    </message>
    <message>
        <source>(geen naam ingevuld)</source>
        <translation>(geen naam ingevuld)</translation>
    </message>
    <message>
        <source>Naam: {name}  ·  Ingevuld op: {date}</source>
        <translation>Naam: {name}  ·  Ingevuld op: {date}</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij?</source>
        <translation>Waar wilt u hulp bij?</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk in uw leven?</source>
        <translation>Wat is voor u belangrijk in uw leven?</translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation>Hoe tevreden bent u met uw leven?</translation>
    </message>
    <message>
        <source>{n} (op een schaal van 0 tot 10)</source>
        <translation>{n} (op een schaal van 0 tot 10)</translation>
    </message>
    <message>
        <source>Uw antwoorden</source>
        <translation>Uw antwoorden</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Uw antwoord</source>
        <translation>Uw antwoord</translation>
    </message>
    <message>
        <source>Praten?</source>
        <translation>Praten?</translation>
    </message>
    <message>
        <source>Wat u erover zei</source>
        <translation>Wat u erover zei</translation>
    </message>
    <message>
        <source>Ja, graag</source>
        <translation>Ja, graag</translation>
    </message>
    <message>
        <source>Wie helpt u?</source>
        <translation>Wie helpt u?</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Wie is dit voor u?</source>
        <translation>Wie is dit voor u?</translation>
    </message>
    <message>
        <source>Waarmee helpt deze persoon?</source>
        <translation>Waarmee helpt deze persoon?</translation>
    </message>
    <message>
        <source>{n} (van {low} tot {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw familiegroepsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation type="unfinished">Wat wilt u bereiken?</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat u doen, en wie helpt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished">Wie</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished">Wat</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikzelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat vraagt u aan de gemeente of aan anderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie heeft meegeschreven?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie maken het plan met u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat deze persoon doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelf ingevuld</source>
        <translation>Zelf ingevuld</translation>
    </message>
</context>
<context>
    <name>CitizenWidgets</name>
    <message>
        <source>Met de pijltjes op het toetsenbord kiest u een ander antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} ({n} van {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Lees voor</translation>
    </message>
    <message>
        <source>De computer leest dit voor.</source>
        <translation>De computer leest dit voor.</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Zelf invullen</source>
        <translation>Zelf invullen</translation>
    </message>
    <message>
        <source>Grote letters</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <source>Deze vraag voorlezen</source>
        <translation>Deze vraag voorlezen</translation>
    </message>
    <message>
        <source>&amp;Lees voor</source>
        <translation>&amp;Lees voor</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Wat u hebt ingevuld, blijft bewaard. U kunt later verder gaan.</source>
        <translation>Wat u hebt ingevuld, blijft bewaard. U kunt later verder gaan.</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij?</source>
        <translation>Waar wilt u hulp bij?</translation>
    </message>
    <message>
        <source>Schrijf het op in uw eigen woorden. Kort is goed.</source>
        <translation>Schrijf het op in uw eigen woorden. Kort is goed.</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij</source>
        <translation>Waar wilt u hulp bij</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk in uw leven?</source>
        <translation>Wat is voor u belangrijk in uw leven?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: zelf koken. Of uw familie vaak zien.</source>
        <translation>Bijvoorbeeld: zelf koken. Of uw familie vaak zien.</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk</source>
        <translation>Wat is voor u belangrijk</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>Terug naar de vorige vraag</source>
        <translation>Terug naar de vorige vraag</translation>
    </message>
    <message>
        <source>&amp;Verder →</source>
        <translation>&amp;Verder →</translation>
    </message>
    <message>
        <source>Verder naar de volgende vraag</source>
        <translation>Verder naar de volgende vraag</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Vraag {n} van {total}</source>
        <translation>Vraag {n} van {total}</translation>
    </message>
    <message>
        <source>Uw plan: stap {n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw.</source>
        <translation>De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw.</translation>
    </message>
    <message>
        <source>U was al eerder begonnen. Wilt u verder gaan?</source>
        <translation>U was al eerder begonnen. Wilt u verder gaan?</translation>
    </message>
    <message>
        <source>Weet u het zeker? Alles wat u eerder hebt ingevuld, gaat weg.</source>
        <translation>Weet u het zeker? Alles wat u eerder hebt ingevuld, gaat weg.</translation>
    </message>
    <message>
        <source>Ja, opnieuw beginnen</source>
        <translation>Ja, opnieuw beginnen</translation>
    </message>
    <message>
        <source>Weet u het zeker? Alles wat u hebt ingevuld, gaat weg van deze computer.</source>
        <translation>Weet u het zeker? Alles wat u hebt ingevuld, gaat weg van deze computer.</translation>
    </message>
    <message>
        <source>Ja, alles wissen</source>
        <translation>Ja, alles wissen</translation>
    </message>
    <message>
        <source>Alles is gewist.</source>
        <translation>Alles is gewist.</translation>
    </message>
    <message>
        <source>&amp;Grote letters: aan</source>
        <translation>&amp;Grote letters: aan</translation>
    </message>
    <message>
        <source>&amp;Grote letters: uit</source>
        <translation>&amp;Grote letters: uit</translation>
    </message>
    <message>
        <source>zelf-ingevuld</source>
        <translation>zelf-ingevuld</translation>
    </message>
    <message>
        <source>Waar wilt u het bestand bewaren?</source>
        <translation>Waar wilt u het bestand bewaren?</translation>
    </message>
    <message>
        <source>Zelf ingevuld (*.json)</source>
        <translation>Zelf ingevuld (*.json)</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. {reason}</source>
        <translation>Het opslaan is niet gelukt. {reason}</translation>
    </message>
    <message>
        <source>Het bestand is opgeslagen. Het heet {name}. Het staat in de map {folder}.</source>
        <translation>Het bestand is opgeslagen. Het heet {name}. Het staat in de map {folder}.</translation>
    </message>
    <message>
        <source>Vergeet de code niet: {code}</source>
        <translation>Vergeet de code niet: {code}</translation>
    </message>
    <message>
        <source>De schijf is vol. Maak eerst ruimte vrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U mag daar niets bewaren. Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze schijf of stick kunt u niets bewaren. Kies een andere plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam is te lang. Kies een kortere naam of een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die map is er niet. Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat is een map. Geef het bestand een naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis met de schijf. Probeer het nog een keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar wilt u het bestand om te printen bewaren?</source>
        <translation>Waar wilt u het bestand om te printen bewaren?</translation>
    </message>
    <message>
        <source>Bestand om te printen (*.pdf)</source>
        <translation>Bestand om te printen (*.pdf)</translation>
    </message>
    <message>
        <source>Het is niet gelukt. {reason}</source>
        <translation>Het is niet gelukt. {reason}</translation>
    </message>
    <message>
        <source>Het bestand om te printen heet {name}. Het staat in de map {folder}.</source>
        <translation>Het bestand om te printen heet {name}. Het staat in de map {folder}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Zeker weten?</source>
        <translation type="unfinished">Zeker weten?</translation>
    </message>
    <message>
        <source>Nee, terug</source>
        <translation type="unfinished">Nee, terug</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>&amp;Intake (eerste gesprek)</source>
        <translation>&amp;Intake (eerste gesprek)</translation>
    </message>
    <message>
        <source>Voortgan&amp;g</source>
        <translation>Voortgan&amp;g</translation>
    </message>
    <message>
        <source>&amp;Evaluatie</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Afsluiting</source>
        <translation>&amp;Afsluiting</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Stappen van het gesprek</source>
        <translation>Stappen van het gesprek</translation>
    </message>
    <message>
        <source>◀  V&amp;orige</source>
        <translation>◀  V&amp;orige</translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Vorige stap (Alt+Links)</source>
        <translation>Vorige stap (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Volgende  ▶</source>
        <translation>&amp;Volgende  ▶</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Volgende stap (Alt+Rechts)</source>
        <translation>Volgende stap (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Keukentafelgesprek met {household}, {date}</source>
        <translation>Keukentafelgesprek met {household}, {date}</translation>
    </message>
    <message>
        <source>Stap {n} van {total}: {title}</source>
        <translation>Stap {n} van {total}: {title}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {message}</source>
        <translation>Niet opgeslagen: {message}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>eigenkracht — onverwachte fout</source>
        <translation>eigenkracht — onverwachte fout</translation>
    </message>
    <message>
        <source>Er ging iets mis in eigenkracht. Wat u hebt ingevoerd, is tot het laatste moment bewaard. U kunt doorgaan of het programma afsluiten en opnieuw starten.

Wilt u de fout melden? Kopieer dan de technische gegevens hieronder en stuur ze naar uw beheerder. Er staan geen gegevens van cliënten in.</source>
        <translation>Er ging iets mis in eigenkracht. Wat u hebt ingevoerd, is tot het laatste moment bewaard. U kunt doorgaan of het programma afsluiten en opnieuw starten.

Wilt u de fout melden? Kopieer dan de technische gegevens hieronder en stuur ze naar uw beheerder. Er staan geen gegevens van cliënten in.</translation>
    </message>
    <message>
        <source>Technische gegevens</source>
        <translation>Technische gegevens</translation>
    </message>
    <message>
        <source>&amp;Technische gegevens:</source>
        <translation>&amp;Technische gegevens:</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Technische gegevens kopiëren</source>
        <translation>Technische gegevens kopiëren</translation>
    </message>
    <message>
        <source>Programma &amp;afsluiten</source>
        <translation>Programma &amp;afsluiten</translation>
    </message>
    <message>
        <source>Programma afsluiten</source>
        <translation>Programma afsluiten</translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>vandaag</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>over {n} dagen</source>
        <translation>over {n} dagen</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>{n} dagen te laat</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>{n} dagen geleden</source>
        <translation>{n} dagen geleden</translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nl-NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagina {page} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek t/m rij {row}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainBook</name>
    <message>
        <source>{domain} bespreken</source>
        <translation>{domain} bespreken</translation>
    </message>
    <message>
        <source>{domain} niet bespreken</source>
        <translation>{domain} niet bespreken</translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation>inwoner</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Niveau {domain} ({who})</source>
        <translation>Niveau {domain} ({who})</translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reden niet besproken</translation>
    </message>
</context>
<context>
    <name>DomainForm</name>
    <message>
        <source>Dit leefgebied &amp;bespreken</source>
        <translation>Dit leefgebied &amp;bespreken</translation>
    </message>
    <message>
        <source>Dit leefgebied bespreken</source>
        <translation>Dit leefgebied bespreken</translation>
    </message>
    <message>
        <source>Ongedaan ma&amp;ken</source>
        <translation>Ongedaan ma&amp;ken</translation>
    </message>
    <message>
        <source>Wissen ongedaan maken</source>
        <translation>Wissen ongedaan maken</translation>
    </message>
    <message>
        <source>Zo ziet de &amp;inwoner het</source>
        <translation>Zo ziet de &amp;inwoner het</translation>
    </message>
    <message>
        <source>Zo ziet de p&amp;rofessional het</source>
        <translation>Zo ziet de p&amp;rofessional het</translation>
    </message>
    <message>
        <source>&amp;Situatie (de afgelopen maand)</source>
        <translation>&amp;Situatie (de afgelopen maand)</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Situatie wijzigen</source>
        <translation>Situatie wijzigen</translation>
    </message>
    <message>
        <source>Wat gaat &amp;goed</source>
        <translation>Wat gaat &amp;goed</translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>Wat goed gaat wijzigen</source>
        <translation>Wat goed gaat wijzigen</translation>
    </message>
    <message>
        <source>&amp;Zorg</source>
        <translation>&amp;Zorg</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Zorg wijzigen</source>
        <translation>Zorg wijzigen</translation>
    </message>
    <message>
        <source>Deze drie teksten komen in het plan dat de inwoner meekrijgt. Schrijf ze voor de inwoner: met u en in gewone woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie draagt de situatie nu? (samen 100 %)</source>
        <translation>Wie draagt de situatie nu? (samen 100 %)</translation>
    </message>
    <message>
        <source>Verdeling wijzigen</source>
        <translation>Verdeling wijzigen</translation>
    </message>
    <message>
        <source>Dit leefgebied wordt niet besproken of is niet nodig. Er wordt dan niets over vastgelegd, alleen de reden. Kies of schrijf kort waarom.</source>
        <translation>Dit leefgebied wordt niet besproken of is niet nodig. Er wordt dan niets over vastgelegd, alleen de reden. Kies of schrijf kort waarom.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Reden waarom dit leefgebied niet besproken wordt</source>
        <translation>Reden waarom dit leefgebied niet besproken wordt</translation>
    </message>
    <message>
        <source>kies of schrijf een reden</source>
        <translation>kies of schrijf een reden</translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reden niet besproken</translation>
    </message>
    <message>
        <source>Geef deze reden ook aan alle leefgebieden zo&amp;nder reden</source>
        <translation>Geef deze reden ook aan alle leefgebieden zo&amp;nder reden</translation>
    </message>
    <message>
        <source>Geef deze reden ook aan alle leefgebieden die nog geen reden hebben</source>
        <translation>Geef deze reden ook aan alle leefgebieden die nog geen reden hebben</translation>
    </message>
    <message>
        <source>Leefgebied {n} van {total}</source>
        <translation>Leefgebied {n} van {total}</translation>
    </message>
    <message>
        <source>≠  Bespreekpunt: u ziet dit anders. Inwoner: {c} ({cl}). Professional: {p} ({pl}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠  Bespreekpunt: u ziet dit anders. Inwoner: {c}. Professional: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer ({date}) · alleen om te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished">Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished">Professional</translation>
    </message>
    <message>
        <source>geen cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thuis ingevuld</source>
        <translation type="unfinished">thuis ingevuld</translation>
    </message>
    <message>
        <source>{who}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ging goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De niveaus en teksten van {domain} zijn gewist: er wordt niets over vastgelegd. Was dat niet de bedoeling? Maak het ongedaan.</source>
        <translation>De niveaus en teksten van {domain} zijn gewist: er wordt niets over vastgelegd. Was dat niet de bedoeling? Maak het ongedaan.</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Kies een cijfer van {low} tot {high}. {low} betekent: {low_label}. {high} betekent: {high_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de zin die het best bij u past.</source>
        <translation>Kies de zin die het best bij u past.</translation>
    </message>
    <message>
        <source>Dit past niet bij mij</source>
        <translation>Dit past niet bij mij</translation>
    </message>
    <message>
        <source>Of: daar zeg ik liever niets over.</source>
        <translation>Of: daar zeg ik liever niets over.</translation>
    </message>
    <message>
        <source>Hier wil ik over &amp;praten</source>
        <translation>Hier wil ik over &amp;praten</translation>
    </message>
    <message>
        <source>Hier wil ik over praten</source>
        <translation>Hier wil ik over praten</translation>
    </message>
    <message>
        <source>Wilt u er iets over zeggen? Dit hoeft niet.</source>
        <translation>Wilt u er iets over zeggen? Dit hoeft niet.</translation>
    </message>
    <message>
        <source>Wat u erover wilt zeggen</source>
        <translation>Wat u erover wilt zeggen</translation>
    </message>
    <message>
        <source>Cijfer {n}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer {n}</source>
        <translation type="unfinished">Cijfer {n}</translation>
    </message>
    <message>
        <source>Keuze {n} voorlezen</source>
        <translation>Keuze {n} voorlezen</translation>
    </message>
    <message>
        <source>U heeft nog geen cijfer gekozen.</source>
        <translation type="unfinished">U heeft nog geen cijfer gekozen.</translation>
    </message>
    <message>
        <source>U heeft gekozen: {n}</source>
        <translation type="unfinished">U heeft gekozen: {n}</translation>
    </message>
</context>
<context>
    <name>DomainTableModel</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Bespreekpunt</source>
        <translation>Bespreekpunt</translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reden niet besproken</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation>nog kiezen</translation>
    </message>
    <message>
        <source>(reden ontbreekt)</source>
        <translation>(reden ontbreekt)</translation>
    </message>
    <message>
        <source>≠ u ziet dit anders</source>
        <translation>≠ u ziet dit anders</translation>
    </message>
    <message>
        <source>Typ een cijfer om het te kiezen, Delete om het te wissen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een cijfer om het niveau te kiezen, 0 om het te wissen.</source>
        <translation>Typ een cijfer om het niveau te kiezen, 0 om het te wissen.</translation>
    </message>
    <message>
        <source>Uit het vorige gesprek; alleen om te lezen, niet overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ of wijzig de reden waarom dit niet besproken wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inwoner {c} · prof. {p} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainTableView</name>
    <message>
        <source>Kolomkoppen</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Rijkoppen</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Geen vraag of zorg op dit gebied</source>
        <translation>Geen vraag of zorg op dit gebied</translation>
    </message>
    <message>
        <source>De inwoner wil dit nu niet bespreken</source>
        <translation>De inwoner wil dit nu niet bespreken</translation>
    </message>
    <message>
        <source>Niet van toepassing (bijvoorbeeld pensioen)</source>
        <translation>Niet van toepassing (bijvoorbeeld pensioen)</translation>
    </message>
    <message>
        <source>Komt in een volgend gesprek aan bod</source>
        <translation>Komt in een volgend gesprek aan bod</translation>
    </message>
    <message>
        <source>Al in beeld bij een andere hulpverlener</source>
        <translation>Al in beeld bij een andere hulpverlener</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen vast wat nodig is; bij de andere leefgebieden noteert u waarom niet.</source>
        <translation>Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen vast wat nodig is; bij de andere leefgebieden noteert u waarom niet.</translation>
    </message>
    <message>
        <source>Kies eerst hoe de inwoner het ziet, dan de professional. Wordt het niet besproken? Noteer dan waarom niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per leefgebied</source>
        <translation>&amp;Per leefgebied</translation>
    </message>
    <message>
        <source>Per leefgebied invullen</source>
        <translation>Per leefgebied invullen</translation>
    </message>
    <message>
        <source>&amp;Alle leefgebieden in één tabel</source>
        <translation>&amp;Alle leefgebieden in één tabel</translation>
    </message>
    <message>
        <source>Alle leefgebieden in één tabel</source>
        <translation>Alle leefgebieden in één tabel</translation>
    </message>
    <message>
        <source>&amp;Leefgebieden</source>
        <translation>&amp;Leefgebieden</translation>
    </message>
    <message>
        <source>Leefgebieden; spatie kiest of bespreken</source>
        <translation>Leefgebieden; spatie kiest of bespreken</translation>
    </message>
    <message>
        <source>Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen</source>
        <translation>Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken.</source>
        <translation>Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken.</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: naar een ander vak. Cijfer: kiezen in de kolom Inwoner of Professional (twee cijfers snel na elkaar: 10; Delete wist). Spatie: wel of niet bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar: inwoner en professional</source>
        <translation>Radar: inwoner en professional</translation>
    </message>
    <message>
        <source>Radar van de gekozen leefgebieden</source>
        <translation>Radar van de gekozen leefgebieden</translation>
    </message>
    <message>
        <source>De radar verschijnt als er drie of meer leefgebieden een cijfer hebben. De cijfers staan links en in de tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best.</source>
        <translation>Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best.</translation>
    </message>
    <message>
        <source>Doorgetrokken lijn: inwoner. Stippellijn: professional. {best} is het best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument} voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument}: kies bij Start voor wie (nu voor het hele huishouden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument} voor het hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inwoner {c} · prof. {p}</source>
        <translation>inwoner {c} · prof. {p}</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation>nog kiezen</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Kies bij elk leefgebied of het besproken wordt. Geef anders een reden waarom niet. Dat ontbreekt nog bij: {names}.</source>
        <translation>Kies bij elk leefgebied of het besproken wordt. Geef anders een reden waarom niet. Dat ontbreekt nog bij: {names}.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>U bent klaar met de vragen</source>
        <translation>U bent klaar met de vragen</translation>
    </message>
    <message>
        <source>Wat wilt u nu doen?</source>
        <translation>Wat wilt u nu doen?</translation>
    </message>
    <message>
        <source>&amp;Opslaan als bestand</source>
        <translation>&amp;Opslaan als bestand</translation>
    </message>
    <message>
        <source>Neem het bestand mee naar het gesprek. Of stuur het naar uw hulpverlener.</source>
        <translation>Neem het bestand mee naar het gesprek. Of stuur het naar uw hulpverlener.</translation>
    </message>
    <message>
        <source>Op &amp;papier zetten</source>
        <translation>Op &amp;papier zetten</translation>
    </message>
    <message>
        <source>U krijgt een bestand om te printen. Neem het papier mee naar het gesprek.</source>
        <translation>U krijgt een bestand om te printen. Neem het papier mee naar het gesprek.</translation>
    </message>
    <message>
        <source>Het bestand om te printen openen</source>
        <translation>Het bestand om te printen openen</translation>
    </message>
    <message>
        <source>U heeft geen eigen plan gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft een familiegroepsplan gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft een eigen plan gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen: {goals}. Wat er gaat gebeuren: {actions}. Wat u vraagt: {asks}. Mensen die meedoen: {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles &amp;wissen</source>
        <translation>Alles &amp;wissen</translation>
    </message>
    <message>
        <source>Dan haalt u uw antwoorden van deze computer. Doe dit als u klaar bent. Of als andere mensen deze computer ook gebruiken.</source>
        <translation>Dan haalt u uw antwoorden van deze computer. Doe dit als u klaar bent. Of als andere mensen deze computer ook gebruiken.</translation>
    </message>
    <message>
        <source>Het papier &amp;bekijken</source>
        <translation>Het papier &amp;bekijken</translation>
    </message>
    <message>
        <source>U heeft {done} van de {total} vragen ingevuld.</source>
        <translation>U heeft {done} van de {total} vragen ingevuld.</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>Vragen over uw leven</source>
        <translation>Vragen over uw leven</translation>
    </message>
    <message>
        <source>Zo werkt het: klik op de zin die het best bij u past. Wilt u erover praten? Zet dan een vinkje. U mag ook iets opschrijven.</source>
        <translation>Zo werkt het: klik op de zin die het best bij u past. Wilt u erover praten? Zet dan een vinkje. U mag ook iets opschrijven.</translation>
    </message>
    <message>
        <source>Zo werkt het: klik op het cijfer dat het best bij u past. Wilt u erover praten? Zet dan een vinkje. U mag ook iets opschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Dossier overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier gaat in één versleuteld bestand naar een collega, met alle gesprekken, scores, het netwerk, de doelen, de acties en de ondertekende plannen. Spreek samen een code af van minstens {n} tekens en geef die apart door: niet in dezelfde mail of op dezelfde stick als het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken code, nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies waar het overdrachtsbestand komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier is hiermee &amp;overgedragen (daarna kunt u het hier verwijderen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collega:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;nog een keer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>overdracht-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachtsbestanden (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen dossier om over te dragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam in van de collega die het dossier krijgt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee codes zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies waar het overdrachtsbestand komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat bestand bestaat al; kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht gemaakt: {name}, voor {colleague}. Geef de code apart door.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <source>(voor {name})</source>
        <translation>(voor {name})</translation>
    </message>
    <message>
        <source>(nog zonder tekst)</source>
        <translation>(nog zonder tekst)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Doelen: wat wilt u bereiken, en wie doet wat?</source>
        <translation>Doelen: wat wilt u bereiken, en wie doet wat?</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Maak samen doelen: wat wilt u bereiken, wanneer, en hoe merken we dat het gelukt is? Spreek per doel af wie wat doet: eerst uzelf, dan de mensen om u heen, dan voorzieningen in de buurt en pas daarna hulp die de gemeente regelt.</source>
        <translation>Maak samen doelen: wat wilt u bereiken, wanneer, en hoe merken we dat het gelukt is? Spreek per doel af wie wat doet: eerst uzelf, dan de mensen om u heen, dan voorzieningen in de buurt en pas daarna hulp die de gemeente regelt.</translation>
    </message>
    <message>
        <source>&amp;Kies wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de eerste afspraak zonder datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw doel:</source>
        <translation>&amp;Nieuw doel:</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>Wat wilt u bereiken?</translation>
    </message>
    <message>
        <source>Schrijf het op in uw eigen woorden. Bijvoorbeeld: weer zelf mijn post doen. U mag meer dan één doel opschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft nog geen doel opgeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uw doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: weer zelf mijn post doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welk onderwerp? Dit hoeft niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {goal} (onderwerp: {topic})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel {n} weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf eerst op wat u wilt bereiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw doel: wat wilt u bereiken</source>
        <translation>Nieuw doel: wat wilt u bereiken</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>D&amp;oelen</source>
        <translation>D&amp;oelen</translation>
    </message>
    <message>
        <source>Nog geen doelen. Schrijf hierboven wat de inwoner wil bereiken.</source>
        <translation>Nog geen doelen. Schrijf hierboven wat de inwoner wil bereiken.</translation>
    </message>
    <message>
        <source>Het doel</source>
        <translation>Het doel</translation>
    </message>
    <message>
        <source>Leefgebied van het doel</source>
        <translation>Leefgebied van het doel</translation>
    </message>
    <message>
        <source>Leefgebied van het doel wijzigen</source>
        <translation>Leefgebied van het doel wijzigen</translation>
    </message>
    <message>
        <source>&amp;Leefgebied</source>
        <translation>&amp;Leefgebied</translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation>Het hele huishouden</translation>
    </message>
    <message>
        <source>Voor wie is het doel</source>
        <translation>Voor wie is het doel</translation>
    </message>
    <message>
        <source>Voor wie het doel is wijzigen</source>
        <translation>Voor wie het doel is wijzigen</translation>
    </message>
    <message>
        <source>Voor &amp;wie</source>
        <translation>Voor &amp;wie</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken</source>
        <translation>Wat wilt u bereiken</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Wat wilt u &amp;bereiken?</source>
        <translation>Wat wilt u &amp;bereiken?</translation>
    </message>
    <message>
        <source>Hoe weten we dat het gelukt is</source>
        <translation>Hoe weten we dat het gelukt is</translation>
    </message>
    <message>
        <source>Hoe we het weten wijzigen</source>
        <translation>Hoe we het weten wijzigen</translation>
    </message>
    <message>
        <source>&amp;Hoe weten we dat het gelukt is?</source>
        <translation>&amp;Hoe weten we dat het gelukt is?</translation>
    </message>
    <message>
        <source>Wanneer moet het doel bereikt zijn</source>
        <translation>Wanneer moet het doel bereikt zijn</translation>
    </message>
    <message>
        <source>Datum van het doel wijzigen</source>
        <translation>Datum van het doel wijzigen</translation>
    </message>
    <message>
        <source>&amp;Wanneer?</source>
        <translation>&amp;Wanneer?</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Welk cijfer willen we halen</source>
        <translation>Welk cijfer willen we halen</translation>
    </message>
    <message>
        <source>Doelcijfer wijzigen</source>
        <translation>Doelcijfer wijzigen</translation>
    </message>
    <message>
        <source>&amp;Cijfer dat we willen halen</source>
        <translation>&amp;Cijfer dat we willen halen</translation>
    </message>
    <message>
        <source>Wie bedacht het doel</source>
        <translation>Wie bedacht het doel</translation>
    </message>
    <message>
        <source>Wie het doel bedacht wijzigen</source>
        <translation>Wie het doel bedacht wijzigen</translation>
    </message>
    <message>
        <source>Stand van het doel</source>
        <translation>Stand van het doel</translation>
    </message>
    <message>
        <source>Stand van het doel wijzigen</source>
        <translation>Stand van het doel wijzigen</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>Bedacht &amp;door</source>
        <translation>Bedacht &amp;door</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Dit doel verwijderen</source>
        <translation>Dit doel verwijderen</translation>
    </message>
    <message>
        <source>Wie doet wat</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>In deze volgorde: zelf, netwerk, vrijwilliger, voorziening in de buurt, professional, en als laatste een maatwerkvoorziening.</source>
        <translation>In deze volgorde: zelf, netwerk, vrijwilliger, voorziening in de buurt, professional, en als laatste een maatwerkvoorziening.</translation>
    </message>
    <message>
        <source>Afspraken bij dit doel</source>
        <translation>Afspraken bij dit doel</translation>
    </message>
    <message>
        <source>Wie doet de nieuwe afspraak</source>
        <translation>Wie doet de nieuwe afspraak</translation>
    </message>
    <message>
        <source>Wat gebeurt er?</source>
        <translation>Wat gebeurt er?</translation>
    </message>
    <message>
        <source>Nieuwe afspraak: wat gebeurt er</source>
        <translation>Nieuwe afspraak: wat gebeurt er</translation>
    </message>
    <message>
        <source>&amp;Afspraak toevoegen</source>
        <translation>&amp;Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>De gekozen afspraak</source>
        <translation>De gekozen afspraak</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>Wie het doet wijzigen</source>
        <translation>Wie het doet wijzigen</translation>
    </message>
    <message>
        <source>Wie &amp;doet het?</source>
        <translation>Wie &amp;doet het?</translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation>Wie uit het netwerk</translation>
    </message>
    <message>
        <source>Persoon uit het netwerk wijzigen</source>
        <translation>Persoon uit het netwerk wijzigen</translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Naam van wie het doet</source>
        <translation>Naam van wie het doet</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Soort maatwerkvoorziening</source>
        <translation>Soort maatwerkvoorziening</translation>
    </message>
    <message>
        <source>bijvoorbeeld huishoudelijke hulp</source>
        <translation>bijvoorbeeld huishoudelijke hulp</translation>
    </message>
    <message>
        <source>Soort maatwerkvoorziening wijzigen</source>
        <translation>Soort maatwerkvoorziening wijzigen</translation>
    </message>
    <message>
        <source>Soort &amp;maatwerk</source>
        <translation>Soort &amp;maatwerk</translation>
    </message>
    <message>
        <source>Wat gebeurt er</source>
        <translation>Wat gebeurt er</translation>
    </message>
    <message>
        <source>Afspraak wijzigen</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>Wa&amp;t?</source>
        <translation>Wa&amp;t?</translation>
    </message>
    <message>
        <source>Wie bedacht de afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie de afspraak bedacht wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;edacht door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer is de afspraak klaar</source>
        <translation>Wanneer is de afspraak klaar</translation>
    </message>
    <message>
        <source>Datum van de afspraak wijzigen</source>
        <translation>Datum van de afspraak wijzigen</translation>
    </message>
    <message>
        <source>of doo&amp;rlopend (geen einddatum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afspraak loopt door, zonder einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorlopend wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van de afspraak</source>
        <translation>Stand van de afspraak</translation>
    </message>
    <message>
        <source>Stand van de afspraak wijzigen</source>
        <translation>Stand van de afspraak wijzigen</translation>
    </message>
    <message>
        <source>St&amp;and</source>
        <translation>St&amp;and</translation>
    </message>
    <message>
        <source>Klaar &amp;op</source>
        <translation>Klaar &amp;op</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Deze afspraak verwijderen</source>
        <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
        <source>(kies iemand)</source>
        <translation>(kies iemand)</translation>
    </message>
    <message>
        <source>Let op: bij {domain} staat een maatwerkvoorziening, maar {missing} zijn nog niet bekeken. Eerst komt eigen kracht (Wmo 2015, art. 2.3.2).</source>
        <translation>Let op: bij {domain} staat een maatwerkvoorziening, maar {missing} zijn nog niet bekeken. Eerst komt eigen kracht (Wmo 2015, art. 2.3.2).</translation>
    </message>
    <message>
        <source>Bij 1 afspraak staat nog niet wanneer die klaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {n} afspraken staat nog niet wanneer ze klaar zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een datum of &apos;doorlopend&apos;: zonder kan het plan niet worden ondertekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit leefgebied is in dit gesprek niet opnieuw besproken. Het laatst op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit leefgebied is in dit gesprek niet besproken. Kies een besproken leefgebied, of bespreek het eerst bij Leefgebieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf bij elk doel wat de inwoner wil bereiken.</source>
        <translation>Schrijf bij elk doel wat de inwoner wil bereiken.</translation>
    </message>
    <message>
        <source>Schrijf bij elke afspraak wat er gebeurt.</source>
        <translation>Schrijf bij elke afspraak wat er gebeurt.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Dossier &amp;overdragen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een versleuteld bestand van een dossier voor een collega.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht in&amp;lezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees een dossier in dat een collega aan u overdraagt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpersPage</name>
    <message>
        <source>Wie helpt u?</source>
        <translation>Wie helpt u?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld familie, buren of vrienden. Dit hoeft niet.</source>
        <translation>Bijvoorbeeld familie, buren of vrienden. Dit hoeft niet.</translation>
    </message>
    <message>
        <source>U heeft nog niemand opgeschreven.</source>
        <translation>U heeft nog niemand opgeschreven.</translation>
    </message>
    <message>
        <source>Iemand toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Els</source>
        <translation>bijvoorbeeld: Els</translation>
    </message>
    <message>
        <source>&amp;Wie is dit voor u?</source>
        <translation>&amp;Wie is dit voor u?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: mijn buurvrouw</source>
        <translation>bijvoorbeeld: mijn buurvrouw</translation>
    </message>
    <message>
        <source>Waarmee &amp;helpt deze persoon?</source>
        <translation>Waarmee &amp;helpt deze persoon?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: boodschappen</source>
        <translation>bijvoorbeeld: boodschappen</translation>
    </message>
    <message>
        <source>Deze persoon toevoegen</source>
        <translation>Deze persoon toevoegen</translation>
    </message>
    <message>
        <source>T&amp;oevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul eerst een naam in.</source>
        <translation>Vul eerst een naam in.</translation>
    </message>
    <message>
        <source>U heeft al {n} mensen opgeschreven. Meer kan niet.</source>
        <translation>U heeft al {n} mensen opgeschreven. Meer kan niet.</translation>
    </message>
    <message>
        <source>Toegevoegd: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>{name} weghalen</source>
        <translation>{name} weghalen</translation>
    </message>
</context>
<context>
    <name>HelpsModel</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Helpt nu</source>
        <translation>Helpt nu</translation>
    </message>
    <message>
        <source>Wat nu</source>
        <translation>Wat nu</translation>
    </message>
    <message>
        <source>Kan helpen</source>
        <translation>Kan helpen</translation>
    </message>
    <message>
        <source>Wat kan</source>
        <translation>Wat kan</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>HouseholdRole</name>
    <message>
        <source>aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished">partner</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleegkind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huisgenoot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>Paspoort</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <source>Identiteitskaart</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <source>Rijbewijs</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Verblijfsdocument</source>
        <translation>Verblijfsdocument</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Overdracht inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees een dossier in dat een collega aan u overdraagt. U hebt het bestand en de code nodig die u samen hebt afgesproken. Een dossier dat hier al is, wordt pas veranderd als u kiest welke versie blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished">&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschillen per dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachtsbestanden (*{suffix});;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht van {sender} voor {recipient}, 1 dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht van {sender} voor {recipient}, {count} dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw hier: wordt ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al hier, gelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al hier, verschilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: welke versie blijft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mijn dossier houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het &amp;ontvangen dossier overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies bij elk dossier welke versie blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De overdracht is verwerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChooser</name>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>{who}: niveau {value}, {label}</source>
        <translation>{who}: niveau {value}, {label}</translation>
    </message>
    <message>
        <source>{who}: cijfer {value} van {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} = {low_label}. {high} = {high_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} op een schaal van {low} tot {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het niveau dat het best past. Hier staat dan wat het betekent.</source>
        <translation>Kies het niveau dat het best past. Hier staat dan wat het betekent.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>T&amp;oevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer dan {n} kan niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd: {item}. U kunt nog iets opschrijven. Of klik op Verder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished">Weghalen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>eigenkracht — {name}</source>
        <translation>eigenkracht — {name}</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
        <source>Dossier verwijderen van &amp;deze computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na overdracht of na de bewaartermijn: wis dit dossier van deze computer.</source>
        <translation>Na overdracht of na de bewaartermijn: wis dit dossier van deze computer.</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Sluit de database af; ontgrendelen vraagt de wachtwoordzin.</source>
        <translation>Sluit de database af; ontgrendelen vraagt de wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>B&amp;eeld</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Keukentafelmodus</source>
        <translation>&amp;Keukentafelmodus</translation>
    </message>
    <message>
        <source>Toon alleen dit gezin; de lijst met andere dossiers is dan verborgen.</source>
        <translation>Toon alleen dit gezin; de lijst met andere dossiers is dan verborgen.</translation>
    </message>
    <message>
        <source>&amp;Dossierlijst</source>
        <translation>&amp;Dossierlijst</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over eigenkracht</source>
        <translation>&amp;Over eigenkracht</translation>
    </message>
    <message>
        <source>Meer menu&apos;s</source>
        <translation>Meer menu&apos;s</translation>
    </message>
    <message>
        <source>⚠ 1 vragenlijst kon niet worden geladen. Klik voor uitleg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} vragenlijsten konden niet worden geladen. Klik voor uitleg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragenlijsten die niet geladen konden worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragenlijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bestanden met vragenlijsten zijn niet gebruikt. De andere vragenlijsten werken gewoon. Vraag de beheerder van uw organisatie om het bestand te verbeteren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{household} — eigenkracht</source>
        <translation>{household} — eigenkracht</translation>
    </message>
    <message>
        <source>Keukentafel: {title}</source>
        <translation>Keukentafel: {title}</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>Opnie&amp;uw: {what}</source>
        <translation>Opnie&amp;uw: {what}</translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld.</source>
        <translation>eigenkracht is vergrendeld.</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen…</source>
        <translation>&amp;Ontgrendelen…</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>eigenkracht — vergrendeld</source>
        <translation>eigenkracht — vergrendeld</translation>
    </message>
    <message>
        <source>Medewerker: {name}</source>
        <translation>Medewerker: {name}</translation>
    </message>
    <message>
        <source>Aangemeld op deze computer als: {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over eigenkracht</source>
        <translation>Over eigenkracht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;eigenkracht&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Het keukentafelgesprek en het ondersteuningsplan voor het sociaal domein. Alle gegevens staan versleuteld op deze computer.&lt;/p&gt;&lt;p&gt;Vrije software onder de EUPL-1.2. Lettertype: DejaVu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;eigenkracht&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Het keukentafelgesprek en het ondersteuningsplan voor het sociaal domein. Alle gegevens staan versleuteld op deze computer.&lt;/p&gt;&lt;p&gt;Vrije software onder de EUPL-1.2. Lettertype: DejaVu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Meldingen</name>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toegang tot het bestand {name}: het is alleen-lezen of van iemand anders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen toegang tot een bestand: het is alleen-lezen of van iemand anders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bestand bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam of het pad van het bestand is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van het bestand {name} is mislukt (een fout van de schijf of het systeem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van een bestand is mislukt (een fout van de schijf of het systeem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de schijf is vol. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: daar mag niet worden geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de schijf is alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de map bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: dat is een map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de naam of het pad is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is beveiligd met een code. Vul de code in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De code klopt niet, of het bestand is beschadigd. Controleer de code en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de tekst is te lang ({value} tekens; hooguit {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de tekst bevat onzichtbare stuurtekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: hoort op één regel te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de tekst bevat een ongeldig teken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van invullen ({day}) ligt te ver terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van invullen ({day}) ligt in de toekomst. Dat kan niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afspraken over wie wat doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mensen die meeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan noemt te veel {what} (hooguit {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen plan, doel {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de tekst ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: onbekend onderwerp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen plan, afspraak {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: wat er gebeurt ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: hoort bij een doel dat niet in het plan staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen plan, vraag {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de vraag ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen plan, meegeschreven {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: de naam ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: deze naam komt twee keer voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand noemt geen geldige vragenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand noemt geen geldige versie van de vragenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation type="unfinished">Vraag</translation>
    </message>
    <message>
        <source>Wat belangrijk is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het cijfer voor tevredenheid ligt niet tussen 0 en 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand heeft te veel antwoorden (hooguit {MAX_ANSWERS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: het onderwerp &apos;{domain}&apos; komt twee keer voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: het gekozen antwoord bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: een antwoord is gekozen én overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand noemt te veel helpers (hooguit {MAX_HELPERS}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (een eigen plan hoort niet in versie 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beveiliging van het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een map, geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een zelfbeoordeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen zelfbeoordeling van eigenkracht (geen tekstbestand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (te diep genest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of onvolledig, of het is geen zelfbeoordeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen zelfbeoordeling van eigenkracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is gemaakt met een nieuwere versie van eigenkracht. Werk eigenkracht bij om het te lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De versie van het bestand is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat onbekende onderdelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beveiliging van het bestand is beschadigd of onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beveiligd op een manier die eigenkracht niet kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beveiligde deel van het bestand ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beveiligde deel van het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (het moment van opslaan klopt niet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De antwoorden ontbreken in het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand hoort bij de vragenlijst &apos;{instrument_id}&apos; (versie {instrument_version}), die hier niet is geïnstalleerd en ook niet in de database staat. Vraag de beheerder om het instrumentbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat het onderwerp &apos;{domain}&apos;, dat de vragenlijst &apos;{name}&apos; niet kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat bij &apos;{domain}&apos; een antwoord dat niet bestaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan heeft een doel bij het onderwerp &apos;{domain}&apos;, dat de vragenlijst &apos;{name}&apos; niet kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afspraak &apos;{what}&apos; hoort bij het doel &apos;{goal_text}&apos;. Vink dat doel ook aan, of kies een ander doel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de database mag niet worden geschreven (alleen-lezen). Het bestand is in orde, maar eigenkracht moet erin kunnen schrijven. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name} of in de map waarin het staat mag niet worden geschreven (alleen-lezen). Het bestand is in orde, maar eigenkracht moet erin kunnen schrijven. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma. Probeer het zo opnieuw. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {name} is bezet door een ander programma. Probeer het zo opnieuw. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand met de gegevens is beschadigd: een deel ervan kan niet meer worden gelezen. Er is niets aan veranderd. Zet een reservekopie terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is te weinig geheugen vrij. Sluit andere programma&apos;s en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {name} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kon niet worden gelezen of geschreven (een fout van de schijf of het systeem). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {name} kon niet worden gelezen of geschreven (een fout van de schijf of het systeem). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database gaf een onverwachte fout. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is beschadigd: een deel ervan kan niet meer worden gelezen. Er is niets aan veranderd. Zet een reservekopie terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} De wachtwoordzin is niet gewijzigd; de oude wachtwoordzin blijft geldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin kon niet worden gewijzigd. De wachtwoordzin is niet gewijzigd; de oude wachtwoordzin blijft geldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens.</source>
        <translation type="unfinished">Kies een wachtwoordzin van minstens 8 tekens.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {key_file} ontbreekt. Het hoort naast {name} te staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} kan met dit sleutelbestand niet worden gelezen: het is beschadigd, of het is geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is onvolledig: er ontbreken delen van de database (misschien is het maken ervan afgebroken). Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sleutelbestand {name} is beschadigd. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet: het wijzigen van de wachtwoordzin is niet afgemaakt, dus de oude wachtwoordzin geldt nog. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet: hij is gewijzigd, gebruik de nieuwe. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {path} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} mag niet worden gelezen. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is een gewone, onversleutelde database en geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} is te klein of leeg. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {name} is al geopend in een ander venster of programma. Sluit hem daar eerst, of wacht tot dat klaar is. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database {name} is gemaakt met een nieuwere versie van eigenkracht. Werk het programma bij. Er is niets aan veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kopie van de database klopt niet met het origineel. Er is geen reservekopie gemaakt; probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat al een bestand {name}. Kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {parent} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sleutelbestand naast {name} kan niet worden gelezen. Er is geen reservekopie gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie in {name} is niet goed weggeschreven (de controle klopt niet). Probeer het opnieuw, eventueel op een andere schijf of stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen reservekopie van eigenkracht. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie is beschadigd of niet compleet (bijvoorbeeld afgebroken tijdens het kopiëren). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van eigenkracht. Werk het programma bij en probeer het opnieuw. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is een map, geen reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat al een database {name}. Zet de reservekopie terug onder een nieuwe naam; er wordt nooit iets overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin past niet bij deze reservekopie. Gebruik de wachtwoordzin die gold toen de kopie werd gemaakt. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De teruggezette kopie klopt niet met de reservekopie (de controle is niet geslaagd). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is te lang of bevat tekens die niet kunnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam in van de collega voor wie de overdracht is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de afzender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één dossier om over te dragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draag hooguit {MAX_CASES} dossiers tegelijk over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een map, geen overdrachtsbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een overdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van eigenkracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beschadigd of onvolledig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De versie van het overdrachtsbestand ontbreekt of is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is gemaakt met een nieuwere versie van eigenkracht; werk eigenkracht eerst bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze overdracht is in deze database gemaakt; lees hem in bij de collega.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze overdracht is bedoeld voor een andere database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beveiligd op een manier die eigenkracht niet kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ondertekende planversie in het overdrachtsbestand klopt niet meer met haar vingerafdruk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logboek in het overdrachtsbestand klopt niet; de overdracht is niet ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een code van minstens {minimum} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een code van hooguit {maximum} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een inzage-export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is geen geldige JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is geen inzage-export van eigenkracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De versie van het bestand ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is gemaakt met een nieuwere versie van eigenkracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logboek in het bestand is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudonymised: verwacht true of false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other_tables: verwacht een object met per tabel een lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other_tables.{table}: verwacht een lijst met rijen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other_tables.{table}[{number}].{column}: geen waarde uit een tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: verwacht een lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{here}: verwacht de sleutels {INSTRUMENT_KEYS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{here}: id en version moeten tekst zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{here}: verwacht een definition (tekst) of missing (tekst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{here}: levels en domains moeten lijsten zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access_log_head: geen geldige laatste rij van het logboek (id en hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is geen geldig TOML-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet format = {FORMAT} bovenaan (deze versie leest formaat {FORMAT}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;{unknown}&apos; (bedoeld zijn [ggm], [monitor] en [retention]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ggm.client_code is {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor.team is de naam van het team (tekst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet de teams onder [monitor.teams], zoals &quot;Team Noord&quot; = [&quot;...&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een team in [monitor.teams] heeft geen naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team &apos;{name}&apos;: geef een lijst met namen van coördinatoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{member}&apos; staat bij twee teams ({seen} en {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention.{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{name}] moet een tabel zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;{name}.{unknown}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tekst bevat een ongeldig teken (een half teken uit kapotte tekst). Typ of plak de tekst opnieuw; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{domain}&apos; is geen onderdeel van &apos;{name}&apos;. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit plan is ondertekend en kan niet meer veranderen. Maak een nieuwe versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend veld: {bad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een leefgebied met een score is wel besproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een aandeel ligt tussen 0 en 100 procent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aandelen zelf, netwerk en professionals tellen samen op tot 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een waarde ligt buiten het toegestane bereik. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestaat al. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit verwijst naar iets dat niet bestaat. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit plan is ondertekend en kan niet meer veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een dossier heeft een kenmerk en een naam van het huishouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kenmerk {reference} bestaat al.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het cijfer voor tevredenheid ligt tussen 0 en 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De score hoort bij een ander leefgebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze database heeft nog geen eigen kenmerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een dossier staat twee keer in de overdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een keuze hoort bij geen dossier van deze overdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {reference} bestaat hier al en verschilt; kies per dossier welke versie blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kenmerk {reference} is hier al van een ander dossier; de overdracht is niet ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een afspraak zegt wat er gebeurt. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een afspraak uit het eigen plan is van de inwoner of van de mensen om de inwoner heen. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een afspraak noemt een persoon die niet bestaat. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de vraag, wat belangrijk is en het cijfer kunnen mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets gekozen om over te nemen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit soort eigen plan kent het programma niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan komt van thuis of van papier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan kan niet in de toekomst ontvangen zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het eigen plan is te groot. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel heeft een omschrijving. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel uit het eigen plan is van de inwoner. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kenmerk van het bestand klopt niet. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het moment van opslaan klopt niet. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier is intussen veranderd. Er is niets overgenomen; lees het bestand opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit gesprek hoort bij een ander dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze persoon hoort bij een ander dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doel hoort bij een ander dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{domain}&apos; is geen onderwerp van een bekende vragenlijst. Er is niets overgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel heeft een omschrijving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een afspraak zegt wat er gebeurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen handtekening ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit hoort bij een ander dossier. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen toegang</source>
        <extracomment>Highest value of the top-level `format` key this version reads. Limits against absurd or hostile files. `Instrument.source` of a definition read back from the database (kept with the data). Languages a file may give besides Dutch: a text key `name` has the sibling `name_en`. Appended to a Dutch text shown where the file has no text in the interface language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dat is een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een fout van de schijf of het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan het bestand niet lezen ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (meegeleverd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een geheel getal, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht tekst, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niveaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: regel {line}, kolom {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: regel {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: sleutel &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel bij &apos;{name}&apos; ligt tussen {minimum} en {maximum}; {value} past daar niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een score bij &apos;{name}&apos; ligt tussen {minimum} en {maximum}; {value} past daar niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waar/onwaar (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kommagetal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum of tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel; bedoelt u &apos;{hint}&apos;? (toegestaan: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel (toegestaan: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een tabel, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een lijst van {what}, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te weinig {what} ({count}; minimaal {low})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te veel {what} ({count}; maximaal {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ligt buiten {low} t/m {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst is te lang ({count} tekens; maximaal {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken; haal het weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet op één regel passen (geen regeleinde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staat er zonder de Nederlandse tekst &apos;{name}&apos;; zet &apos;{name}&apos; erbij of haal &apos;{sibling}&apos; weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet groter zijn dan scale.min ({low})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schaal is te groot (maximaal {count} stappen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarden moeten oplopen in stappen van 1; na {previous} hoort {expected}, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een waarde van de schaal (een geheel getal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde {value} hoort niet bij de schaal ({minimum} t/m {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt: elke waarde van de schaal ({minimum} t/m {maximum}) heeft een beschrijving nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet toegestaan bij kind = &quot;score&quot; (alleen bij &apos;levels&apos; en &apos;ladder&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domeinsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige {what} &apos;{value}&apos;: gebruik alleen kleine letters a-z, cijfers en losse koppeltekens (niet aan begin of eind), maximaal {limit} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt (zet bovenaan: format = {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formaatversie {found} is nieuwer dan deze versie van eigenkracht kan lezen (tot en met {version}); werk eigenkracht bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige formaatversie {found} (verwacht {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige versie &apos;{value}&apos;: gebruik cijfers, letters, punten, &apos;+&apos; of &apos;-&apos;, maximaal {limit} tekens (bijvoorbeeld &quot;1.0&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende soort &apos;{value}&apos; (toegestaan: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht true of false, gevonden: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domeinsleutel &apos;{key}&apos; komt vaker voor (ook bij domains[{first}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht tekst, gevonden: {found} (toegestaan: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende waarde &apos;{value}&apos;; bedoelt u &apos;{hint}&apos;? (toegestaan: huishouden = het hele huishouden, persoon = één lid, kind = per kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende waarde &apos;{value}&apos; (toegestaan: huishouden = het hele huishouden, persoon = één lid, kind = per kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is te groot (meer dan {size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige UTF-8-tekst (ongeldige byte op positie {position}); sla het bestand op als UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een ongeldig teken op positie {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen tekst maar {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige TOML (te diep genest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige TOML ({detail} aan het eind van het bestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gevonden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished">geen</translation>
    </message>
    <message>
        <source>precies één meegeleverd instrument moet de standaard zijn (nu: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het standaardinstrument moet van de soort &apos;levels&apos; zijn, niet &apos;{kind}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument &apos;{id}&apos; versie &apos;{version}&apos; bestaat al ({where}); geef dit bestand een andere id of een hoger versienummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meegeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige mapnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan de map niet lezen ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument &apos;{id}&apos; versie &apos;{version}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is niet geïnstalleerd en niet bij de gegevens bewaard; geïnstalleerd is versie {installed}; zet het instrumentbestand terug in de map {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is niet geïnstalleerd en niet bij de gegevens bewaard; zet het instrumentbestand terug in de map {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrumenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is geen enkel instrument geïnstalleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende versie van het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de melding</source>
        <extracomment>The Case field that holds the day of each step. The fields a route write may change (Repository.record_route). What each day is, in Dutch, for the sentences below (N_: the window translates them, context Meldingen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het ontvangen persoonlijk plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het aanbod van een familiegroepsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het ontvangen familiegroepsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het wijzen op cliëntondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de beschikking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van {what} ligt in de toekomst. Kies vandaag of eerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van {what} ligt vóór de melding. Dat kan niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg eerst de datum van de melding vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg eerst de datum van de aanvraag vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beschikking kan niet vóór de aanvraag liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op waarom u de status zelf kiest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een dossier sluit u af met de datum van afsluiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hoofdniveau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een datum (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort waar of onwaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort een geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier hoort tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende waarde {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige datum (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Rol in het huishouden</source>
        <translation>Rol in het huishouden</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gezinslid &amp;toevoegen</source>
        <translation>Gezinslid &amp;toevoegen</translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Naam van gezinslid {n}</source>
        <translation>Naam van gezinslid {n}</translation>
    </message>
    <message>
        <source>Rol van gezinslid {n}</source>
        <translation>Rol van gezinslid {n}</translation>
    </message>
    <message>
        <source>Geboortedatum van gezinslid {n}</source>
        <translation>Geboortedatum van gezinslid {n}</translation>
    </message>
    <message>
        <source>Gezinslid {n} verwijderen</source>
        <translation>Gezinslid {n} verwijderen</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Wat is uw naam?</source>
        <translation>Wat is uw naam?</translation>
    </message>
    <message>
        <source>Dit hoeft niet. Vult u uw naam in? Dan staat die in het bestand en op het papier.</source>
        <translation>Dit hoeft niet. Vult u uw naam in? Dan staat die in het bestand en op het papier.</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Uw naam</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Familie</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Vrienden en buren</source>
        <translation>Vrienden en buren</translation>
    </message>
    <message>
        <source>Werk, school en clubs</source>
        <translation>Werk, school en clubs</translation>
    </message>
    <message>
        <source>Professionals en organisaties</source>
        <translation>Professionals en organisaties</translation>
    </message>
    <message>
        <source>heel dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kennissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 heel dichtbij</source>
        <translation>1 heel dichtbij</translation>
    </message>
    <message>
        <source>2 dichtbij</source>
        <translation>2 dichtbij</translation>
    </message>
    <message>
        <source>3 kennissen</source>
        <translation>3 kennissen</translation>
    </message>
    <message>
        <source>4 diensten</source>
        <translation>4 diensten</translation>
    </message>
    <message>
        <source>sterke band</source>
        <translation>sterke band</translation>
    </message>
    <message>
        <source>zwakke band</source>
        <translation>zwakke band</translation>
    </message>
    <message>
        <source>band die zwaar is</source>
        <translation>band die zwaar is</translation>
    </message>
    <message>
        <source>helpt het gezin</source>
        <translation>helpt het gezin</translation>
    </message>
    <message>
        <source>krijgt hulp van het gezin</source>
        <translation>krijgt hulp van het gezin</translation>
    </message>
    <message>
        <source>helpen elkaar</source>
        <translation>helpen elkaar</translation>
    </message>
    <message>
        <source>geen hulp</source>
        <translation>geen hulp</translation>
    </message>
    <message>
        <source>helpt nu</source>
        <translation>helpt nu</translation>
    </message>
    <message>
        <source>kan helpen</source>
        <translation>kan helpen</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>dochter</source>
        <translation>dochter</translation>
    </message>
    <message>
        <source>zoon</source>
        <translation>zoon</translation>
    </message>
    <message>
        <source>moeder</source>
        <translation>moeder</translation>
    </message>
    <message>
        <source>vader</source>
        <translation>vader</translation>
    </message>
    <message>
        <source>zus</source>
        <translation>zus</translation>
    </message>
    <message>
        <source>broer</source>
        <translation>broer</translation>
    </message>
    <message>
        <source>kleinkind</source>
        <translation>kleinkind</translation>
    </message>
    <message>
        <source>vriendin</source>
        <translation>vriendin</translation>
    </message>
    <message>
        <source>vriend</source>
        <translation>vriend</translation>
    </message>
    <message>
        <source>buurvrouw</source>
        <translation>buurvrouw</translation>
    </message>
    <message>
        <source>buurman</source>
        <translation>buurman</translation>
    </message>
    <message>
        <source>collega</source>
        <translation>collega</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>huisarts</source>
        <translation>huisarts</translation>
    </message>
    <message>
        <source>wijkverpleegkundige</source>
        <translation>wijkverpleegkundige</translation>
    </message>
    <message>
        <source>begeleider</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <source>leerkracht</source>
        <translation>leerkracht</translation>
    </message>
</context>
<context>
    <name>NetworkAttention</name>
    <message>
        <source>{who} zorgt veel voor het gezin, heeft het te zwaar en heeft zelf steun nodig. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} zorgt veel voor het gezin en heeft het te zwaar. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} zorgt veel voor het gezin en heeft zelf steun nodig. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is mantelzorger, is overbelast en heeft zelf steun nodig. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is mantelzorger en is overbelast. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is mantelzorger en heeft zelf steun nodig. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle hulp uit het netwerk komt nu van één persoon: {who}. We kijken samen wie nog meer kan helpen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle hulp uit het netwerk komt nu van één persoon: {who}. Kijk samen wie nog meer kan helpen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBook</name>
    <message>
        <source>Nieuwe persoon</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Persoon verplaatsen</source>
        <translation>Persoon verplaatsen</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Hulp per leefgebied wijzigen</source>
        <translation>Hulp per leefgebied wijzigen</translation>
    </message>
    <message>
        <source>Namen verbergen</source>
        <translation>Namen verbergen</translation>
    </message>
    <message>
        <source>Namen weer tonen</source>
        <translation>Namen weer tonen</translation>
    </message>
</context>
<context>
    <name>NetworkCompareDialog</name>
    <message>
        <source>Netwerk toen en nu: {household}</source>
        <translation>Netwerk toen en nu: {household}</translation>
    </message>
    <message>
        <source>Kies twee momenten. Links het netwerk toen, rechts het netwerk daarna. Onder de kaarten staat wie erbij kwam en wie wegging.</source>
        <translation>Kies twee momenten. Links het netwerk toen, rechts het netwerk daarna. Onder de kaarten staat wie erbij kwam en wie wegging.</translation>
    </message>
    <message>
        <source>Moment toen</source>
        <translation>Moment toen</translation>
    </message>
    <message>
        <source>Moment nu</source>
        <translation>Moment nu</translation>
    </message>
    <message>
        <source>Nu (zoals het netwerk nu is)</source>
        <translation>Nu (zoals het netwerk nu is)</translation>
    </message>
    <message>
        <source>(uit de datums op de kaart)</source>
        <translation>(uit de datums op de kaart)</translation>
    </message>
    <message>
        <source>&amp;Toen:</source>
        <translation>&amp;Toen:</translation>
    </message>
    <message>
        <source>&amp;Nu:</source>
        <translation>&amp;Nu:</translation>
    </message>
    <message>
        <source>Namen &amp;verbergen (rol tonen)</source>
        <translation>Namen &amp;verbergen (rol tonen)</translation>
    </message>
    <message>
        <source>Namen verbergen: toon de rol</source>
        <translation>Namen verbergen: toon de rol</translation>
    </message>
    <message>
        <source>Netwerkkaart toen</source>
        <translation>Netwerkkaart toen</translation>
    </message>
    <message>
        <source>Netwerkkaart nu</source>
        <translation>Netwerkkaart nu</translation>
    </message>
    <message>
        <source>Wat is er veranderd</source>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}.</source>
        <translation>Erbij gekomen: {names}.</translation>
    </message>
    <message>
        <source>Niet meer in het netwerk: {names}.</source>
        <translation>Niet meer in het netwerk: {names}.</translation>
    </message>
    <message>
        <source>{way}, van kring {before} naar kring {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichterbij gekomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verder weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van sector {before} naar sector {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {moves}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({before} → {after})</source>
        <translation>{name} ({before} → {after})</translation>
    </message>
    <message>
        <source>Band veranderd: {items}.</source>
        <translation>Band veranderd: {items}.</translation>
    </message>
    <message>
        <source>Tussen deze twee momenten is het netwerk niet veranderd.</source>
        <translation>Tussen deze twee momenten is het netwerk niet veranderd.</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>band die zwaar is (zigzag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpt het gezin</source>
        <translation type="unfinished">helpt het gezin</translation>
    </message>
    <message>
        <source>krijgt hulp van het gezin</source>
        <translation type="unfinished">krijgt hulp van het gezin</translation>
    </message>
    <message>
        <source>helpen elkaar</source>
        <translation type="unfinished">helpen elkaar</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation type="unfinished">mantelzorger</translation>
    </message>
    <message>
        <source>mantelzorger: overbelast of steun nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kleur en plaats: de sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kring 1 heel dichtbij, 2 dichtbij, 3 kennissen, 4 diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpt bij het gekozen leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niemand op de kaart. Voeg mensen toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation type="unfinished">Huishouden</translation>
    </message>
    <message>
        <source>{household}: nog niemand op de netwerkkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerkkaart van {household}, 1 persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerkkaart van {household}, {count} personen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>De netwerkkaart wordt getekend…</source>
        <translation>De netwerkkaart wordt getekend…</translation>
    </message>
    <message>
        <source>Nog niemand op de netwerkkaart.</source>
        <translation>Nog niemand op de netwerkkaart.</translation>
    </message>
    <message>
        <source>Netwerkkaart met {count} personen. De lijst ernaast toont hen.</source>
        <translation>Netwerkkaart met {count} personen. De lijst ernaast toont hen.</translation>
    </message>
    <message>
        <source>{name}: hier kan niemand staan</source>
        <translation>{name}: hier kan niemand staan</translation>
    </message>
    <message>
        <source>{name} → {sector}, {ring}</source>
        <translation>{name} → {sector}, {ring}</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Het netwerk</source>
        <translation>Het netwerk</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Wie zijn de mensen om u heen? Familie, vrienden, buren en anderen die u helpen of kunnen helpen. Het netwerk komt vóór de doelen: eerst wat u zelf en de mensen om u heen kunnen doen, dan pas andere hulp.</source>
        <translation>Wie zijn de mensen om u heen? Familie, vrienden, buren en anderen die u helpen of kunnen helpen. Het netwerk komt vóór de doelen: eerst wat u zelf en de mensen om u heen kunnen doen, dan pas andere hulp.</translation>
    </message>
    <message>
        <source>+ Persoon &amp;toevoegen</source>
        <translation>+ Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Persoon ver&amp;wijderen</source>
        <translation>Persoon ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Gekozen persoon verwijderen</source>
        <translation>Gekozen persoon verwijderen</translation>
    </message>
    <message>
        <source>Wie helpt b&amp;ij:</source>
        <translation>Wie helpt b&amp;ij:</translation>
    </message>
    <message>
        <source>Laat zien wie helpt bij dit leefgebied</source>
        <translation>Laat zien wie helpt bij dit leefgebied</translation>
    </message>
    <message>
        <source>(geen leefgebied gekozen)</source>
        <translation>(geen leefgebied gekozen)</translation>
    </message>
    <message>
        <source>Namen verber&amp;gen (rol tonen)</source>
        <translation>Namen verber&amp;gen (rol tonen)</translation>
    </message>
    <message>
        <source>Namen verbergen: toon de rol in plaats van de naam</source>
        <translation>Namen verbergen: toon de rol in plaats van de naam</translation>
    </message>
    <message>
        <source>Op het scherm, in het plan en in een export staat dan de rol.</source>
        <translation>Op het scherm, in het plan en in een export staat dan de rol.</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>&amp;Mensen in het netwerk</source>
        <translation>&amp;Mensen in het netwerk</translation>
    </message>
    <message>
        <source>Mensen in het netwerk</source>
        <translation>Mensen in het netwerk</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Rijkoppen</translation>
    </message>
</context>
<context>
    <name>NetworkShareLabel</name>
    <message>
        <source>Uit het netwerk helpt nog niemand hierbij. Dat kunt u invullen bij de stap Netwerk.</source>
        <translation>Uit het netwerk helpt nog niemand hierbij. Dat kunt u invullen bij de stap Netwerk.</translation>
    </message>
    <message>
        <source>helpt nu</source>
        <translation>helpt nu</translation>
    </message>
    <message>
        <source>kan helpen</source>
        <translation>kan helpen</translation>
    </message>
    <message>
        <source>Uit het netwerk: {people}.</source>
        <translation>Uit het netwerk: {people}.</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kring</source>
        <translation>Kring</translation>
    </message>
    <message>
        <source>Helpt bij</source>
        <translation>Helpt bij</translation>
    </message>
    <message>
        <source>(niet meer in het netwerk)</source>
        <translation>(niet meer in het netwerk)</translation>
    </message>
    <message>
        <source>nu: {domains}</source>
        <translation>nu: {domains}</translation>
    </message>
    <message>
        <source>kan: {domains}</source>
        <translation>kan: {domains}</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>mantelzorger</translation>
    </message>
    <message>
        <source>overbelast</source>
        <translation>overbelast</translation>
    </message>
    <message>
        <source>heeft steun nodig</source>
        <translation>heeft steun nodig</translation>
    </message>
    <message>
        <source>niet meer in het netwerk</source>
        <translation>niet meer in het netwerk</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Nieuw dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Eén huishouden, één plan. Vul in wat u nu weet; de rest kan later. Velden met * zijn verplicht.</source>
        <translation>Eén huishouden, één plan. Vul in wat u nu weet; de rest kan later. Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Naam van het huishouden (verplicht)</source>
        <translation>Naam van het huishouden (verplicht)</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Familie Jansen</source>
        <translation>bijvoorbeeld: Familie Jansen</translation>
    </message>
    <message>
        <source>Naam &amp;huishouden *:</source>
        <translation>Naam &amp;huishouden *:</translation>
    </message>
    <message>
        <source>Kenmerk (verplicht)</source>
        <translation>Kenmerk (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Kenmerk *:</source>
        <translation>&amp;Kenmerk *:</translation>
    </message>
    <message>
        <source>Datum van de melding</source>
        <translation>Datum van de melding</translation>
    </message>
    <message>
        <source>De wettelijke termijnen tellen vanaf deze datum.</source>
        <translation>De wettelijke termijnen tellen vanaf deze datum.</translation>
    </message>
    <message>
        <source>&amp;Datum melding *:</source>
        <translation>&amp;Datum melding *:</translation>
    </message>
    <message>
        <source>Wmo (maatschappelijke ondersteuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet (eerst een familiegroepsplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>&amp;Regisseur:</source>
        <translation>&amp;Regisseur:</translation>
    </message>
    <message>
        <source>Dit is mijn naam: &amp;onthoud hem voor volgende dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthoud dit als mijn naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe heet u? Vul hier uw eigen naam in. eigenkracht onthoudt hem voor de volgende dossiers; wijzigen kan later bij Instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewezen op het &amp;persoonlijk plan (binnen 7 dagen in te leveren)</source>
        <translation>Gewezen op het &amp;persoonlijk plan (binnen 7 dagen in te leveren)</translation>
    </message>
    <message>
        <source>Gewezen op het persoonlijk plan</source>
        <translation>Gewezen op het persoonlijk plan</translation>
    </message>
    <message>
        <source>Gewezen op gratis, onafhankelijke &amp;cliëntondersteuning</source>
        <translation>Gewezen op gratis, onafhankelijke &amp;cliëntondersteuning</translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning</source>
        <translation>Gewezen op cliëntondersteuning</translation>
    </message>
    <message>
        <source>Gezinsleden * (minstens één)</source>
        <translation>Gezinsleden * (minstens één)</translation>
    </message>
    <message>
        <source>Dossier &amp;aanmaken</source>
        <translation>Dossier &amp;aanmaken</translation>
    </message>
    <message>
        <source>Dossier aanmaken</source>
        <translation>Dossier aanmaken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stoppen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u stoppen? Wat u hebt ingevuld wordt niet bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee, verder invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Familiegroepsplan aangeboden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiegroepsplan aangeboden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van het huishouden in.</source>
        <translation>Vul de naam van het huishouden in.</translation>
    </message>
    <message>
        <source>Vul een kenmerk in.</source>
        <translation>Vul een kenmerk in.</translation>
    </message>
    <message>
        <source>Vul de naam in van gezinslid {n}.</source>
        <translation>Vul de naam in van gezinslid {n}.</translation>
    </message>
    <message>
        <source>Vul minstens één gezinslid in.</source>
        <translation>Vul minstens één gezinslid in.</translation>
    </message>
</context>
<context>
    <name>NullableDateEdit</name>
    <message>
        <source>geen datum</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Datum: {name}</source>
        <translation>Datum: {name}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Datum leegmaken</source>
        <translation>Datum leegmaken</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{name} leegmaken</source>
        <translation>{name} leegmaken</translation>
    </message>
    <message>
        <source>Kalender voor {name}</source>
        <translation>Kalender voor {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Wie er meedoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft nog niemand opgeschreven.</source>
        <translation type="unfinished">U heeft nog niemand opgeschreven.</translation>
    </message>
    <message>
        <source>Iemand toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze persoon toevoegen</source>
        <translation type="unfinished">Deze persoon toevoegen</translation>
    </message>
    <message>
        <source>Doet iemand mee die u al bij uw helpers schreef? Klik dan op de naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished">&amp;Naam</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Els</source>
        <translation type="unfinished">bijvoorbeeld: Els</translation>
    </message>
    <message>
        <source>Wie &amp;is dit voor u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: mijn zus, of de buurman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat deze persoon &amp;doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke week met mij boodschappen doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie maken het plan met u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op wie er meedoen. Bijvoorbeeld familie, vrienden of buren. En wat ieder gaat doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heeft iemand u geholpen met dit plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld iemand van uw familie, of een vriend. Schrijf ook op wat deze persoon gaat doen. Dit hoeft niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} weghalen</source>
        <translation type="unfinished">{name} weghalen</translation>
    </message>
    <message>
        <source>Vul eerst een naam in.</source>
        <translation type="unfinished">Vul eerst een naam in.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Kies iemand in de lijst of op de kaart. Of voeg iemand toe met de knop Persoon toevoegen, of dubbelklik op een lege plek op de kaart.</source>
        <translation>Kies iemand in de lijst of op de kaart. Of voeg iemand toe met de knop Persoon toevoegen, of dubbelklik op een lege plek op de kaart.</translation>
    </message>
    <message>
        <source>Naam of bijnaam</source>
        <translation>Naam of bijnaam</translation>
    </message>
    <message>
        <source>Rol, bijvoorbeeld dochter of buurvrouw</source>
        <translation>Rol, bijvoorbeeld dochter of buurvrouw</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kring: hoe dichtbij</source>
        <translation>Kring: hoe dichtbij</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Wie helpt wie</source>
        <translation>Wie helpt wie</translation>
    </message>
    <message>
        <source>Hoe vaak contact</source>
        <translation>Hoe vaak contact</translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke week</source>
        <translation>bijvoorbeeld: elke week</translation>
    </message>
    <message>
        <source>&amp;Naam of bijnaam</source>
        <translation>&amp;Naam of bijnaam</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Kring</source>
        <translation>&amp;Kring</translation>
    </message>
    <message>
        <source>&amp;Band</source>
        <translation>&amp;Band</translation>
    </message>
    <message>
        <source>Mag benaderd worden</source>
        <translation>Mag benaderd worden</translation>
    </message>
    <message>
        <source>Hoort niet meer bij het netwerk</source>
        <translation>Hoort niet meer bij het netwerk</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Mantelzorger is overbelast</source>
        <translation>Mantelzorger is overbelast</translation>
    </message>
    <message>
        <source>Mantelzorger heeft steun nodig</source>
        <translation>Mantelzorger heeft steun nodig</translation>
    </message>
    <message>
        <source>Wie hel&amp;pt wie</source>
        <translation>Wie hel&amp;pt wie</translation>
    </message>
    <message>
        <source>Hoe vaak &amp;contact</source>
        <translation>Hoe vaak &amp;contact</translation>
    </message>
    <message>
        <source>M&amp;ag benaderd worden</source>
        <translation>M&amp;ag benaderd worden</translation>
    </message>
    <message>
        <source>Hoort niet meer bi&amp;j het netwerk</source>
        <translation>Hoort niet meer bi&amp;j het netwerk</translation>
    </message>
    <message>
        <source>Mantel&amp;zorger</source>
        <translation>Mantel&amp;zorger</translation>
    </message>
    <message>
        <source>Mantelzorger is overbe&amp;last</source>
        <translation>Mantelzorger is overbe&amp;last</translation>
    </message>
    <message>
        <source>Mantelzorger heeft steun no&amp;dig</source>
        <translation>Mantelzorger heeft steun no&amp;dig</translation>
    </message>
    <message>
        <source>Notiti&amp;es</source>
        <translation>Notiti&amp;es</translation>
    </message>
    <message>
        <source>Notities over deze persoon</source>
        <translation>Notities over deze persoon</translation>
    </message>
    <message>
        <source>&amp;Helpt bij (per leefgebied)</source>
        <translation>&amp;Helpt bij (per leefgebied)</translation>
    </message>
    <message>
        <source>Hulp per leefgebied: spatie vinkt aan, typ om te beschrijven</source>
        <translation>Hulp per leefgebied: spatie vinkt aan, typ om te beschrijven</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Rijkoppen</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Sector wijzigen</source>
        <translation>Sector wijzigen</translation>
    </message>
    <message>
        <source>Kring wijzigen</source>
        <translation>Kring wijzigen</translation>
    </message>
    <message>
        <source>Band wijzigen</source>
        <translation>Band wijzigen</translation>
    </message>
    <message>
        <source>Wie helpt wie wijzigen</source>
        <translation>Wie helpt wie wijzigen</translation>
    </message>
    <message>
        <source>Contact wijzigen</source>
        <translation>Contact wijzigen</translation>
    </message>
    <message>
        <source>Mag benaderd worden wijzigen</source>
        <translation>Mag benaderd worden wijzigen</translation>
    </message>
    <message>
        <source>Mantelzorger wijzigen</source>
        <translation>Mantelzorger wijzigen</translation>
    </message>
    <message>
        <source>Overbelast wijzigen</source>
        <translation>Overbelast wijzigen</translation>
    </message>
    <message>
        <source>Steun nodig wijzigen</source>
        <translation>Steun nodig wijzigen</translation>
    </message>
    <message>
        <source>Niet meer in het netwerk</source>
        <translation>Niet meer in het netwerk</translation>
    </message>
    <message>
        <source>Notities wijzigen</source>
        <translation>Notities wijzigen</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Persoon: {name}</source>
        <translation>Persoon: {name}</translation>
    </message>
    <message>
        <source>Helpt nu bij: {domains}.</source>
        <translation>Helpt nu bij: {domains}.</translation>
    </message>
    <message>
        <source>Kan helpen bij: {domains}.</source>
        <translation>Kan helpen bij: {domains}.</translation>
    </message>
    <message>
        <source>Helpt nog niet bij een leefgebied.</source>
        <translation>Helpt nog niet bij een leefgebied.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Zelf (de inwoner)</source>
        <translation>Zelf (de inwoner)</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk</source>
        <translation>Iemand uit het netwerk</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Voorziening in de buurt</source>
        <translation>Voorziening in de buurt</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Maatwerkvoorziening (hulp die de gemeente regelt)</source>
        <translation>Maatwerkvoorziening (hulp die de gemeente regelt)</translation>
    </message>
    <message>
        <source>Wat de inwoner zelf doet, of iemand uit het eigen huishouden.</source>
        <translation>Wat de inwoner zelf doet, of iemand uit het eigen huishouden.</translation>
    </message>
    <message>
        <source>Familie, vrienden, buren: iemand van de netwerkkaart.</source>
        <translation>Familie, vrienden, buren: iemand van de netwerkkaart.</translation>
    </message>
    <message>
        <source>Een vrijwilliger, bijvoorbeeld van een buurtorganisatie.</source>
        <translation>Een vrijwilliger, bijvoorbeeld van een buurtorganisatie.</translation>
    </message>
    <message>
        <source>Een algemene voorziening: vrij toegankelijk, zoals het buurthuis of de formulierenhulp.</source>
        <translation>Een algemene voorziening: vrij toegankelijk, zoals het buurthuis of de formulierenhulp.</translation>
    </message>
    <message>
        <source>Een professional, zoals de huisarts of de wijkverpleging.</source>
        <translation>Een professional, zoals de huisarts of de wijkverpleging.</translation>
    </message>
    <message>
        <source>Een maatwerkvoorziening: hulp die de gemeente speciaal voor deze inwoner regelt. Pas als zelf, netwerk en voorzieningen in de buurt niet genoeg zijn.</source>
        <translation>Een maatwerkvoorziening: hulp die de gemeente speciaal voor deze inwoner regelt. Pas als zelf, netwerk en voorzieningen in de buurt niet genoeg zijn.</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Naam of organisatie</source>
        <translation>Naam of organisatie</translation>
    </message>
    <message>
        <source>Welke voorziening</source>
        <translation>Welke voorziening</translation>
    </message>
    <message>
        <source>Wie levert het</source>
        <translation>Wie levert het</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Netwerk (de mensen om de inwoner heen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Deels gelukt</source>
        <translation>Deels gelukt</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Gaat niet door</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Eens met het plan</source>
        <translation>Eens met het plan</translation>
    </message>
    <message>
        <source>Eens, met opmerkingen</source>
        <translation>Eens, met opmerkingen</translation>
    </message>
    <message>
        <source>Niet eens met het plan</source>
        <translation>Niet eens met het plan</translation>
    </message>
    <message>
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>wat de inwoner zelf kan</source>
        <translation>wat de inwoner zelf kan</translation>
    </message>
    <message>
        <source>het netwerk</source>
        <translation>het netwerk</translation>
    </message>
    <message>
        <source>voorzieningen in de buurt</source>
        <translation>voorzieningen in de buurt</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} en {last}</translation>
    </message>
</context>
<context>
    <name>PlanAsVerslag</name>
    <message>
        <source>Het plan als verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ondertekende plan geldt als verslag. Vastleggen dat het verslag op {date} is gegeven (versie {n})? De termijn van het verslag stopt dan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, het plan is het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee, niet nu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAutosave</name>
    <message>
        <source>Doel toevoegen</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Afspraak verwijderen</translation>
    </message>
</context>
<context>
    <name>PlanChoicePage</name>
    <message>
        <source>Wilt u zelf een plan maken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In een plan schrijft u op wat u wilt bereiken. En wat u en de mensen om u heen gaan doen. Uw hulpverlener gaat daarmee verder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, ik maak zelf een plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen, of met hulp van iemand die u kent. Dit heet een persoonlijk plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, samen met familie en vrienden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U maakt het plan samen met de mensen om u heen. Dit heet een familiegroepsplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee, nu niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dan op Verder. U gaat dan naar het einde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze {n} voorlezen</source>
        <translation type="unfinished">Keuze {n} voorlezen</translation>
    </message>
    <message>
        <source>Weet u het zeker? Wat u in uw plan hebt geschreven, gaat dan weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, geen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft nog niets gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft gekozen: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan van {household}</source>
        <translation>Plan van {household}</translation>
    </message>
    <message>
        <source>Plan en toen en nu</source>
        <translation>Plan en toen en nu</translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation>Versies van het plan</translation>
    </message>
    <message>
        <source>Versie {n}: ondertekend op {date} · vingerafdruk {short}…</source>
        <translation>Versie {n}: ondertekend op {date} · vingerafdruk {short}…</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: wat ondertekend zou worden als u nu tekent. Is er iets veranderd sinds het tekenen, dan is dat de volgende versie, als concept. Een ondertekende versie wordt precies zo geprint als bij het tekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: versie {n}, ondertekend (niets veranderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: versie {n}, concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Opslaan als P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rinten…</source>
        <translation>P&amp;rinten…</translation>
    </message>
    <message>
        <source>Voorbeeld van de gekozen versie</source>
        <translation>Voorbeeld van de gekozen versie</translation>
    </message>
    <message>
        <source>Gekozen versie opslaan als PDF</source>
        <translation>Gekozen versie opslaan als PDF</translation>
    </message>
    <message>
        <source>Gekozen versie opslaan en openen om te printen</source>
        <translation>Gekozen versie opslaan en openen om te printen</translation>
    </message>
    <message>
        <source>Voortgang van het maken van het plan</source>
        <translation>Voortgang van het maken van het plan</translation>
    </message>
    <message>
        <source>&amp;Versies van het plan</source>
        <translation>&amp;Versies van het plan</translation>
    </message>
    <message>
        <source>&amp;Toen en nu</source>
        <translation>&amp;Toen en nu</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Geopend om te printen: {path}</source>
        <translation>Geopend om te printen: {path}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Versie 1 · concept: nog niet ondertekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend op {date}. Sindsdien is er niets veranderd. Wat u nu verandert, komt in versie {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {n} · concept: er is iets veranderd sinds versie {last} is ondertekend op {date}. Voorbeeld, PDF en printen tonen versie {n}. Versie {last} blijft zoals die is ondertekend; die kiest u bij Welke versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {n} · concept: nog niet ondertekend.</source>
        <translation>Versie {n} · concept: nog niet ondertekend.</translation>
    </message>
    <message>
        <source>Het plan: afspraken, verklaringen en ondertekenen</source>
        <translation>Het plan: afspraken, verklaringen en ondertekenen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Wat we verder afspreken</source>
        <translation>Wat we verder afspreken</translation>
    </message>
    <message>
        <source>Afspraken wijzigen</source>
        <translation>Afspraken wijzigen</translation>
    </message>
    <message>
        <source>Wat we verder &amp;afspreken</source>
        <translation>Wat we verder &amp;afspreken</translation>
    </message>
    <message>
        <source>Datum van de volgende evaluatie</source>
        <translation>Datum van de volgende evaluatie</translation>
    </message>
    <message>
        <source>Evaluatiedatum wijzigen</source>
        <translation>Evaluatiedatum wijzigen</translation>
    </message>
    <message>
        <source>Volgende &amp;evaluatie</source>
        <translation>Volgende &amp;evaluatie</translation>
    </message>
    <message>
        <source>Of de inwoner het eens is met het plan, en de opmerkingen van ieder die tekent, legt u vast bij het ondertekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan zoals het nu is (versie {n}, ondertekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan zoals het nu is (versie {n}, concept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {n} (ondertekend op {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds versie {n} is ondertekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd bij de start van het gesprek (gewezen op). Dat wijzigt u daar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaringen</source>
        <translation>Verklaringen</translation>
    </message>
    <message>
        <source>De inwoner weet van gratis, onafhankelijke &amp;cliëntondersteuning</source>
        <translation>De inwoner weet van gratis, onafhankelijke &amp;cliëntondersteuning</translation>
    </message>
    <message>
        <source>De inwoner weet dat hij of zij zelf een &amp;persoonlijk plan mag maken</source>
        <translation>De inwoner weet dat hij of zij zelf een &amp;persoonlijk plan mag maken</translation>
    </message>
    <message>
        <source>De inwoner heeft een &amp;kopie van het plan gekregen</source>
        <translation>De inwoner heeft een &amp;kopie van het plan gekregen</translation>
    </message>
    <message>
        <source>Verklaring wijzigen</source>
        <translation>Verklaring wijzigen</translation>
    </message>
    <message>
        <source>Printen en ondertekenen</source>
        <translation>Printen en ondertekenen</translation>
    </message>
    <message>
        <source>Welke versie van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welke versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorbeeld bekijken</source>
        <translation>&amp;Voorbeeld bekijken</translation>
    </message>
    <message>
        <source>Opslaan als P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rinten…</source>
        <translation>P&amp;rinten…</translation>
    </message>
    <message>
        <source>&amp;Ondertekening vastleggen…</source>
        <translation>&amp;Ondertekening vastleggen…</translation>
    </message>
    <message>
        <source>Slaat de PDF op en opent die om te printen</source>
        <translation>Slaat de PDF op en opent die om te printen</translation>
    </message>
    <message>
        <source>Voortgang van het maken van het plan</source>
        <translation>Voortgang van het maken van het plan</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Geopend om te printen: {path}</source>
        <translation>Geopend om te printen: {path}</translation>
    </message>
    <message>
        <source>Bij 1 actie staat nog niet wanneer die klaar is. Kies bij Doelen een datum of &apos;doorlopend&apos;. Daarna kunt u ondertekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {n} acties staat nog niet wanneer ze klaar zijn. Kies bij Doelen een datum of &apos;doorlopend&apos;. Daarna kunt u ondertekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend en vastgezet. Vingerafdruk: {fingerprint}</source>
        <translation>Versie {n} is ondertekend en vastgezet. Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>Uw familiegroepsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>U zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand uit uw netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation type="unfinished">Vrijwilliger</translation>
    </message>
    <message>
        <source>Voorziening in de buurt</source>
        <translation type="unfinished">Voorziening in de buurt</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation type="unfinished">Gepland</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation type="unfinished">Bezig</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished">Klaar</translation>
    </message>
    <message>
        <source>Gaat niet door</source>
        <translation type="unfinished">Gaat niet door</translation>
    </message>
    <message>
        <source>Wmo 2015, art. 2.3.2: het onderzoek na de melding; lid 4: eerst eigen kracht en het netwerk, dan algemene voorzieningen, dan een maatwerkvoorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet: het familiegroepsplan eerst, dan de hulp van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation type="unfinished">Gelukt</translation>
    </message>
    <message>
        <source>Deels gelukt</source>
        <translation type="unfinished">Deels gelukt</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished">Gestopt</translation>
    </message>
    <message>
        <source>Mensen om u heen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U en uw contactpersoon samen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished">Inwoner</translation>
    </message>
    <message>
        <source>Wettelijk vertegenwoordiger (ouder of voogd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon van het wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand uit het netwerk die meehelpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik ben het eens met dit plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik ben het eens met dit plan, maar ik heb opmerkingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik ben het niet eens met dit plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eens, met opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet eens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat u zelf kunt doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat mensen om u heen kunnen doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hulp in de buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} en {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij {domain} staat hulp van de gemeente in het plan. We hebben daar nog niet gekeken naar {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan samenstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leefgebieden en radar tekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerkkaart tekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen en afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF opmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {number} · ondertekend op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlecode: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {number} · concept, nog niet ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen van anderen zijn vervangen door hun rol.</source>
        <translation type="unfinished">Namen van anderen zijn vervangen door hun rol.</translation>
    </message>
    <message>
        <source>{number}, ondertekend op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}, concept (nog niet ondertekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation type="unfinished">Kenmerk</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>familiegroepsplan ontvangen op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoonlijk plan ontvangen op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dit plan staat wat u wilt bereiken en wie u daarbij helpt. We kijken eerst naar wat u zelf kunt. Dan naar wat mensen om u heen kunnen doen. Dan naar hulp in de buurt. Pas daarna kijken we naar hulp die de gemeente voor u regelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst staat hier uw eigen plan, in uw eigen woorden. Daarna staat wat we samen aan tafel hebben afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deze versie staan de namen van andere mensen niet. Er staat wie ze zijn, bijvoorbeeld &apos;buurvrouw&apos; of &apos;dochter&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan van {household}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit plan heeft u gemaakt met uw familie en vrienden (een familiegroepsplan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit plan heeft u zelf gemaakt (een persoonlijk plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het staat hier in uw eigen woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We hebben het gekregen op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan dat we daarna samen maakten, bouwt hierop voort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dit plan staat nog niets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat we samen aan tafel hebben afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierna staat het plan dat we samen hebben gemaakt. Het bouwt voort op uw eigen plan. Bij elk doel staat wie het bedacht heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u wilt bereiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished">Wie</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished">Wat</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij doel {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steeds (doorlopend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u en de mensen om u heen gaan doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u vraagt aan de gemeente of aan anderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Wie is dit voor u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat doet hij of zij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie hebben meegedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie heeft meegeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw vraag en wat belangrijk is voor u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw vraag, in uw eigen woorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat belangrijk is voor u:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het gesprek waren: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation type="unfinished">Hoe tevreden bent u met uw leven?</translation>
    </message>
    <message>
        <source>Dit hebben we nog niet gevraagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U gaf uw leven een {value} van de 10 (op {date}). 0 is heel ontevreden, 10 is heel tevreden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerder gaf u: {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het met u, per onderwerp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sommige cijfers staan niet in dit plan. Het instrument waarmee ze zijn gegeven, staat niet op deze computer: {instruments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> versie </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ladder heeft treden van {low} tot {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kiest een trede en uw contactpersoon kiest een trede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per onderwerp is er een cijfer van {low} tot {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kiest een cijfer en uw contactpersoon kiest een cijfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} betekent: {low_label}. {high} betekent: {high_label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zijn ze verschillend? Dan praten we daarover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is nog niet besproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen onderwerpen besproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished">Onderwerp</translation>
    </message>
    <message>
        <source>Uw trede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trede wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfer wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe het nu gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een onderwerp dat deze keer niet opnieuw besproken is, staat er met de cijfers van de vorige keer. De datum staat erbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U zegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation type="unfinished">Situatie</translation>
    </message>
    <message>
        <source>Wat goed gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer besproken ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu niet besproken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw cijfers en die van uw contactpersoon in één plaatje. Hoe verder naar buiten, hoe beter het gaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers van vorige keer staan er ook in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet besproken of niet nodig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen reden genoemd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain}: u {citizen}, uw contactpersoon {professional}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plaatje in woorden: {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen om u heen: wie helpt met wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan nog geen mensen op uw netwerkkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de kaart staat u in het midden. Hoe dichter iemand bij het midden staat, hoe dichter die persoon bij u staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plaatje in woorden: op de kaart staat 1 persoon. De lijst hieronder noemt die persoon, met de plaats op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plaatje in woorden: op de kaart staan {count} mensen. De lijst hieronder noemt ze allemaal, met hun plaats op de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpt nu met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan helpen met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation type="unfinished">mantelzorger</translation>
    </message>
    <message>
        <source>In de lijst staat iedereen die op de kaart staat. Een streepje (–) betekent: helpt nu niet met iets uit dit plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw doelen en wie wat doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij elk doel staat wie wat doet. Eerst staat wat u zelf doet. Dan wat mensen om u heen doen. Dan hulp in de buurt. Als laatste hulp van de gemeente die speciaal voor u wordt geregeld (een maatwerkvoorziening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij een afspraak staat wie die bedacht heeft: u zelf, mensen om u heen of uw contactpersoon. Staat er niets bij? Dan hebben we de afspraak samen bedacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vóór {date}</source>
        <translation type="unfinished">vóór {date}</translation>
    </message>
    <message>
        <source>cijfer {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedacht door: {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation type="unfinished">Wat wilt u bereiken?</translation>
    </message>
    <message>
        <source>Hoe weten we dat het gelukt is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer en hoe ver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished">Stand</translation>
    </message>
    <message>
        <source>Nog niet afgesproken wie wat doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar we op letten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nu geen bijzondere aandachtspunten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken en de volgende keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat we verder hebben afgesproken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op {date} kijken we samen hoe het gaat (evaluatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kijken samen hoe het gaat op (datum): {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat u verklaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik weet dat ik gratis hulp kan krijgen van een cliëntondersteuner: iemand die niet voor de gemeente werkt en mij helpt bij de gesprekken met de gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik weet dat ik zelf eerst een plan mag schrijven (een persoonlijk plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb een kopie van dit plan gekregen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies één:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netwerklid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand heeft opmerkingen gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier kunt u zelf iets opschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bladzijde is voor het dossier van het wijkteam. Hierop staan de gegevens waarmee iemand kan nagaan dat dit het echte plan is. U hoeft er niets mee te doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wettelijk kader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, versie {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragenlijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} (begin van de vingerafdruk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concept, nog niet ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/m rij {row} · {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logboek: de laatste rij van het toegangslogboek toen dit werd afgedrukt (verkort ook onderaan elke bladzijde).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vingerafdruk is de SHA-256 van de ondertekende inhoud; de inzage-export van het dossier noemt dezelfde waarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze mensen hebben het plan ondertekend. Daarna is het plan niet meer veranderd. Dat ziet u aan de controlecode onderaan elke bladzijde: die code hoort alleen bij dit plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met uw handtekening zegt u dat u dit plan heeft gelezen. Wie meehelpt, tekent ook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished">Plaats</translation>
    </message>
    <message>
        <source>Eens met het plan</source>
        <translation type="unfinished">Eens met het plan</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished">Opmerkingen</translation>
    </message>
    <message>
        <source>{box} ja   {box} ja, met opmerkingen   {box} nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>{reference} · versie {number} (ondertekend) · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} · versie {number} (concept) · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} van de 10 ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uw eigen woorden (familiegroepsplan, gekregen op {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uw eigen woorden (familiegroepsplan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uw eigen woorden (persoonlijk plan, gekregen op {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uw eigen woorden (persoonlijk plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eens met het plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Het plan kon niet worden gemaakt. Er is niets opgeslagen.</source>
        <translation>Het plan kon niet worden gemaakt. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Het plan wordt gemaakt…</source>
        <translation>Het plan wordt gemaakt…</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference} versie {n} ondertekend</source>
        <translation>Ondersteuningsplan {reference} versie {n} ondertekend</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference} versie {n} concept</source>
        <translation>Ondersteuningsplan {reference} versie {n} concept</translation>
    </message>
    <message>
        <source> (zonder namen)</source>
        <translation> (zonder namen)</translation>
    </message>
    <message>
        <source>Plan opslaan als PDF</source>
        <translation>Plan opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF-bestand (*.pdf)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>&amp;Namen van anderen vervangen door hun rol</source>
        <translation type="unfinished">&amp;Namen van anderen vervangen door hun rol</translation>
    </message>
    <message>
        <source>Namen van het netwerk vervangen door hun rol</source>
        <translation type="unfinished">Namen van het netwerk vervangen door hun rol</translation>
    </message>
    <message>
        <source>Dit dossier toont namen van anderen altijd als hun rol. Dat zet u uit bij het netwerk (Namen verbergen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Voorbeeld van het plan</source>
        <translation>Voorbeeld van het plan</translation>
    </message>
    <message>
        <source>Ondertekende versie: op papier precies zo als bij het tekenen.</source>
        <translation>Ondertekende versie: op papier precies zo als bij het tekenen.</translation>
    </message>
    <message>
        <source>Concept: nog niet ondertekend.</source>
        <translation>Concept: nog niet ondertekend.</translation>
    </message>
    <message>
        <source>{status} De PDF heeft {pages} bladzijden.</source>
        <translation>{status} De PDF heeft {pages} bladzijden.</translation>
    </message>
    <message>
        <source>Namen van anderen zijn vervangen door hun rol.</source>
        <translation>Namen van anderen zijn vervangen door hun rol.</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Plan opslaan als PDF</source>
        <translation>Plan opslaan als PDF</translation>
    </message>
    <message>
        <source>&amp;Printen…</source>
        <translation>&amp;Printen…</translation>
    </message>
    <message>
        <source>Plan opslaan en openen om te printen</source>
        <translation>Plan opslaan en openen om te printen</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Voorbeeld sluiten</source>
        <translation>Voorbeeld sluiten</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>de schijf is vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is geen toegang (alleen-lezen of van iemand anders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de schijf of stick is alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map of het bestand bestaat niet (meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dat is een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de naam of het pad is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een fout van de schijf of het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand {name} kon niet worden gelezen of geschreven: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven is mislukt: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan in {path} is niet gelukt: {reason}. Er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation type="unfinished">Niet gelukt</translation>
    </message>
</context>
<context>
    <name>QtParts</name>
    <message>
        <source>Vorige maand</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Volgende maand</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Maand kiezen</source>
        <translation>Maand kiezen</translation>
    </message>
    <message>
        <source>Jaar kiezen</source>
        <translation>Jaar kiezen</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Rijkoppen</translation>
    </message>
    <message>
        <source>Tekst wissen</source>
        <translation>Tekst wissen</translation>
    </message>
    <message>
        <source>Keuzelijst</source>
        <translation>Keuzelijst</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>De vraag van de inwoner</source>
        <translation>De vraag van de inwoner</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Schrijf de vraag op zoals de inwoner die zelf zegt, in eigen woorden.</source>
        <translation>Schrijf de vraag op zoals de inwoner die zelf zegt, in eigen woorden.</translation>
    </message>
    <message>
        <source>Wat is uw vraag? In uw &amp;eigen woorden:</source>
        <translation>Wat is uw vraag? In uw &amp;eigen woorden:</translation>
    </message>
    <message>
        <source>De vraag in eigen woorden</source>
        <translation>De vraag in eigen woorden</translation>
    </message>
    <message>
        <source>Vraag wijzigen</source>
        <translation>Vraag wijzigen</translation>
    </message>
    <message>
        <source>&amp;Wat is belangrijk voor u?</source>
        <translation>&amp;Wat is belangrijk voor u?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor de inwoner</source>
        <translation>Wat is belangrijk voor de inwoner</translation>
    </message>
    <message>
        <source>Wat belangrijk is wijzigen</source>
        <translation>Wat belangrijk is wijzigen</translation>
    </message>
    <message>
        <source>&amp;Hoe tevreden bent u met uw leven?</source>
        <translation>&amp;Hoe tevreden bent u met uw leven?</translation>
    </message>
    <message>
        <source>Kies een cijfer van 0 tot 10.</source>
        <translation>Kies een cijfer van 0 tot 10.</translation>
    </message>
    <message>
        <source>Tevredenheid wijzigen</source>
        <translation>Tevredenheid wijzigen</translation>
    </message>
    <message>
        <source>Nog geen cijfer gekozen</source>
        <translation>Nog geen cijfer gekozen</translation>
    </message>
    <message>
        <source>Cijfer: {value} van 10</source>
        <translation>Cijfer: {value} van 10</translation>
    </message>
    <message>
        <source>Schrijf de vraag van de inwoner op, in zijn of haar eigen woorden.</source>
        <translation>Schrijf de vraag van de inwoner op, in zijn of haar eigen woorden.</translation>
    </message>
</context>
<context>
    <name>RadarCanvas</name>
    <message>
        <source>De radar wordt getekend…</source>
        <translation>De radar wordt getekend…</translation>
    </message>
    <message>
        <source>Nog geen leefgebieden gekozen.</source>
        <translation>Nog geen leefgebieden gekozen.</translation>
    </message>
    <message>
        <source>Kies leefgebieden om te bespreken. Dan verschijnt hier de radar.</source>
        <translation>Kies leefgebieden om te bespreken. Dan verschijnt hier de radar.</translation>
    </message>
</context>
<context>
    <name>RemoveCaseDialog</name>
    <message>
        <source>Dossier verwijderen</source>
        <translation>Dossier verwijderen</translation>
    </message>
    <message>
        <source>Alles van {household} wordt van deze computer gewist: gesprekken, scores, netwerk, doelen en plannen. Dit kan niet ongedaan worden gemaakt.

Doe dit pas als het dossier is overgedragen, of als de bewaartermijn voorbij is. In het logboek blijft alleen staan dat kenmerk {reference} is verwijderd.</source>
        <translation>Alles van {household} wordt van deze computer gewist: gesprekken, scores, netwerk, doelen en plannen. Dit kan niet ongedaan worden gemaakt.

Doe dit pas als het dossier is overgedragen, of als de bewaartermijn voorbij is. In het logboek blijft alleen staan dat kenmerk {reference} is verwijderd.</translation>
    </message>
    <message>
        <source>Typ het kenmerk &amp;{reference} om te bevestigen:</source>
        <translation>Typ het kenmerk &amp;{reference} om te bevestigen:</translation>
    </message>
    <message>
        <source>Kenmerk ter bevestiging</source>
        <translation>Kenmerk ter bevestiging</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Dossier definitief verwijderen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie wordt een nieuwe database naast de huidige. Er wordt niets overschreven. Pas als de kopie helemaal klopt, krijgt hij zijn naam; daarna kunt u ermee verder werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kies bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin van de reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin die gold toen de reservekopie werd gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation type="unfinished">&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Gebruik de wachtwoordzin die gold toen de reservekopie werd gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu met deze database &amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Reservekopieën van eigenkracht ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt op {when}, met {cases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet en gecontroleerd: {name}, met {cases}. De huidige database is niet veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst de reservekopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de plek voor de nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin van de reservekopie in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Jeugdwet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bewaartermijn begint als het dossier wordt afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze datum staat op het dossier zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet: {years} jaar na de laatste wijziging op {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo met ondersteuning: {years} jaar na het afsluiten op {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo zonder ondersteuning: {years} jaar na het afsluiten op {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier loopt nog: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Bewaren tot: {date}, de bewaartermijn is voorbij ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot: {date} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen op {date} aan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het dossier loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot {date}: de bewaartermijn is voorbij ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewaren tot {date} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaartermijnen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers waarvan de bewaartermijn voorbij is of die zijn overgedragen: verwijder ze van deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze dossiers hoeven niet langer op deze computer te staan: de bewaartermijn is voorbij, of het dossier is overgedragen aan een collega. Vink aan wat weg mag en kies Verwijderen. Er wordt niets verwijderd voordat u dat nog een keer bevestigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand van de organisatie klopt niet, dus gelden de gewone termijnen: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers die weg mogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen dossiers voorbij de bewaartermijn en geen overgedragen dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevinkte dossiers definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Bewaartermijnen sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} · {household} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen: {reference}, {household}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze dossiers worden definitief van deze computer gewist, met alle gesprekken, scores, netwerk, doelen en plannen:

{names}

Dit kan niet ongedaan worden gemaakt. In het logboek blijft alleen het kenmerk staan. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteBox</name>
    <message>
        <source>Verloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het dossier zelf kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ondertekende plan als verslag vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden van afsluiten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} (zelf gekozen: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} (volgt uit de datums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerste gesprek op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aangeboden op {date}, ontvangen op {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aangeboden op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klaar op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestopt: het dossier is afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termijn voorbij op {date}, geen plan ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ te laat sinds {late} (uiterlijk {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterlijk {date} · {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binnenkort: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telt vanaf de melding</source>
        <translation type="unfinished">telt vanaf de melding</translation>
    </message>
    <message>
        <source>binnen {weeks} weken na de aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewezen (datum niet vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ afgesproken op {date}, {late} geleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgesproken op {date} · {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het dossier loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished">nog niet</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation type="unfinished">vandaag</translation>
    </message>
    <message>
        <source>nog {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ondertekende plan geldt als verslag (versie {n}, ondertekend op {date}). Vastleggen dat het verslag op {date} is gegeven?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Bestand opslaan</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <source>Wilt u een code op het bestand?</source>
        <translation>Wilt u een code op het bestand?</translation>
    </message>
    <message>
        <source>Kiest u een code? Dan kan alleen iemand met die code het bestand openen. Vertel de code aan uw hulpverlener.</source>
        <translation>Kiest u een code? Dan kan alleen iemand met die code het bestand openen. Vertel de code aan uw hulpverlener.</translation>
    </message>
    <message>
        <source>Zonder code</source>
        <translation>Zonder code</translation>
    </message>
    <message>
        <source>Iedereen die het bestand heeft, kan het lezen.</source>
        <translation>Iedereen die het bestand heeft, kan het lezen.</translation>
    </message>
    <message>
        <source>Met een code</source>
        <translation>Met een code</translation>
    </message>
    <message>
        <source>U kiest zelf een code van minstens {n} tekens.</source>
        <translation>U kiest zelf een code van minstens {n} tekens.</translation>
    </message>
    <message>
        <source>Uw code</source>
        <translation>Uw code</translation>
    </message>
    <message>
        <source>&amp;Uw code:</source>
        <translation>&amp;Uw code:</translation>
    </message>
    <message>
        <source>Schrijf de code op. Zonder de code kan niemand het bestand openen. Ook u niet.</source>
        <translation>Schrijf de code op. Zonder de code kan niemand het bestand openen. Ook u niet.</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Verder: plek kiezen</source>
        <translation>Verder: plek kiezen</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Kies een code van minstens {n} tekens.</source>
        <translation>Kies een code van minstens {n} tekens.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentImportDialog</name>
    <message>
        <source>Zelfbeoordeling inlezen</source>
        <translation>Zelfbeoordeling inlezen</translation>
    </message>
    <message>
        <source>&amp;Overnemen</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Aangevinkte antwoorden overnemen</source>
        <translation>Aangevinkte antwoorden overnemen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Annuleren, niets overnemen</source>
        <translation>Annuleren, niets overnemen</translation>
    </message>
    <message>
        <source>&amp;Code van het bestand:</source>
        <translation>&amp;Code van het bestand:</translation>
    </message>
    <message>
        <source>Code van het bestand</source>
        <translation>Code van het bestand</translation>
    </message>
    <message>
        <source>Bestand &amp;openen</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <source>Bestand openen met deze code</source>
        <translation>Bestand openen met deze code</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Thuis ingevuld (inwoner)</source>
        <translation>Thuis ingevuld (inwoner)</translation>
    </message>
    <message>
        <source>Nu vastgelegd</source>
        <translation>Nu vastgelegd</translation>
    </message>
    <message>
        <source>Bij overnemen</source>
        <translation>Bij overnemen</translation>
    </message>
    <message>
        <source>Antwoorden van de inwoner naast wat vastligt</source>
        <translation>Antwoorden van de inwoner naast wat vastligt</translation>
    </message>
    <message>
        <source>&amp;Alles aanvinken</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>Alle antwoorden aanvinken</source>
        <translation>Alle antwoorden aanvinken</translation>
    </message>
    <message>
        <source>&amp;Niets aanvinken</source>
        <translation>&amp;Niets aanvinken</translation>
    </message>
    <message>
        <source>Geen enkel antwoord aanvinken</source>
        <translation>Geen enkel antwoord aanvinken</translation>
    </message>
    <message>
        <source>Komt bij &amp;doel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij welk doel deze afspraak komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner kiezen</source>
        <translation>Zelfbeoordeling van de inwoner kiezen</translation>
    </message>
    <message>
        <source>Zelfbeoordeling (*.json);;Alle bestanden (*)</source>
        <translation>Zelfbeoordeling (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>Bestand: {name}</translation>
    </message>
    <message>
        <source>Dit bestand is beveiligd met een code. Vraag de inwoner om de code.</source>
        <translation>Dit bestand is beveiligd met een code. Vraag de inwoner om de code.</translation>
    </message>
    <message>
        <source>Vul de code in.</source>
        <translation>Vul de code in.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen; het dossier is niet veranderd.</source>
        <translation>Er is niets ingelezen; het dossier is niet veranderd.</translation>
    </message>
    <message>
        <source>(geen naam)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>onbekende datum</source>
        <translation>onbekende datum</translation>
    </message>
    <message>
        <source>De antwoorden komen bij het gesprek van {date}.</source>
        <translation>De antwoorden komen bij het gesprek van {date}.</translation>
    </message>
    <message>
        <source>De antwoorden komen in een nieuw gesprek van {date}.</source>
        <translation>De antwoorden komen in een nieuw gesprek van {date}.</translation>
    </message>
    <message>
        <source>Thuis ingevuld door {who} op {date}. Vink aan wat u wilt overnemen. {where} Scores komen naast de oude: er wordt niets overschreven zonder vinkje.</source>
        <translation>Thuis ingevuld door {who} op {date}. Vink aan wat u wilt overnemen. {where} Scores komen naast de oude: er wordt niets overschreven zonder vinkje.</translation>
    </message>
    <message>
        <source>De inwoner heeft ook een eigen plan gemaakt. Het komt in het plan in de woorden van de inwoner; doelen en afspraken houden de inwoner als schrijver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is al eerder ingelezen op {moments}. Alleen wat veranderd is, staat aangevinkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is eerder een zelfbeoordeling ingelezen (op {moment}). Wat sindsdien niet veranderd is, staat niet aangevinkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen plan van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niets)</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>Het bestand bevat geen antwoorden.</source>
        <translation>Het bestand bevat geen antwoorden.</translation>
    </message>
    <message>
        <source>Er is niets nieuws in dit bestand: alles is al zo vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag van de inwoner</source>
        <translation>Vraag van de inwoner</translation>
    </message>
    <message>
        <source>Wat de inwoner belangrijk vindt</source>
        <translation>Wat de inwoner belangrijk vindt</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven (0-10)</source>
        <translation>Tevredenheid met het leven (0-10)</translation>
    </message>
    <message>
        <source>Het plan als geheel (familiegroepsplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan als geheel (persoonlijk plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel {n} van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet wat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag aan {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreef mee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpt de inwoner: {name}</source>
        <translation>Helpt de inwoner: {name}</translation>
    </message>
    <message>
        <source>(al eerder ingelezen, niet veranderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen in het eigen plan (er is geen doel om het bij te zetten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuwe score (thuis), naast de oude</source>
        <translation>nieuwe score (thuis), naast de oude</translation>
    </message>
    <message>
        <source>nieuwe persoon in het netwerk</source>
        <translation>nieuwe persoon in het netwerk</translation>
    </message>
    <message>
        <source>komt bij de notities van deze persoon</source>
        <translation>komt bij de notities van deze persoon</translation>
    </message>
    <message>
        <source>wordt bewaard in de woorden van de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw doel, geschreven door de inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuwe afspraak bij: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>komt bij de vraag van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordt ingevuld</source>
        <translation>wordt ingevuld</translation>
    </message>
    <message>
        <source>komt onder de vastgelegde tekst</source>
        <translation>komt onder de vastgelegde tekst</translation>
    </message>
    <message>
        <source>vervangt het vastgelegde cijfer</source>
        <translation>vervangt het vastgelegde cijfer</translation>
    </message>
    <message>
        <source>is al zo vastgelegd</source>
        <translation>is al zo vastgelegd</translation>
    </message>
    <message>
        <source>Thuis ingevuld: {citizen}
Nu vastgelegd: {recorded}</source>
        <translation>Thuis ingevuld: {citizen}
Nu vastgelegd: {recorded}</translation>
    </message>
    <message>
        <source>doel {n} van de inwoner ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel in het plan ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen doel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} aangevinkt</source>
        <translation>{n} van {total} aangevinkt</translation>
    </message>
    <message>
        <source>Er is niets aangevinkt.</source>
        <translation>Er is niets aangevinkt.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentReview</name>
    <message>
        <source>{level} (van {minimum} tot {maximum})</source>
        <extracomment>The kinds that belong to the own plan (the import dialog groups them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past niet / zegt het liever niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen antwoord gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wil hierover praten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opmerking: {remark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation type="unfinished">niet besproken</translation>
    </message>
    <message>
        <source>persoonlijk plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>familiegroepsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inwoner {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staat al in het netwerk: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} persoon schreef mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mensen schreven mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen plan ontvangen op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neemt op zich: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · onderwerp: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · geen onderwerp gekozen (komt bij: {topic}; te wijzigen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staat al in het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inwoner zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanneer: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij doel {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staat al bij de vraag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation type="unfinished">Uw naam</translation>
    </message>
    <message>
        <source>Uw naam staat onderin het venster en als regisseur bij elk nieuw dossier. Het logboek bewaart daarnaast altijd het account waarmee u op deze computer bent aangemeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder naam gebruikt eigenkracht dat account: {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld: Sanne Visser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>eigenkracht vergrendelt zichzelf als niemand het programma een tijdje gebruikt. Zo kan aan de keukentafel niemand zomaar gegevens van cliënten zien als u even wegloopt. Wij raden 5 tot 15 minuten aan. Kiest u 0, dan vergrendelt het programma nooit vanzelf.</source>
        <translation>eigenkracht vergrendelt zichzelf als niemand het programma een tijdje gebruikt. Zo kan aan de keukentafel niemand zomaar gegevens van cliënten zien als u even wegloopt. Wij raden 5 tot 15 minuten aan. Kiest u 0, dan vergrendelt het programma nooit vanzelf.</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Vergrendelen na aantal minuten</source>
        <translation>Vergrendelen na aantal minuten</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderin het venster staat een herinnering als de laatste reservekopie ouder is dan dit. Kiest u 0, dan herinnert het programma u nooit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinneren aan een reservekopie na dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herinneren na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Taal van het programma</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Een andere taal werkt pas nadat u eigenkracht opnieuw hebt gestart.</source>
        <translation>Een andere taal werkt pas nadat u eigenkracht opnieuw hebt gestart.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source> minuut</source>
        <translation> minuut</translation>
    </message>
</context>
<context>
    <name>SharesEditor</name>
    <message>
        <source>Aandeel zelf, in procenten</source>
        <translation>Aandeel zelf, in procenten</translation>
    </message>
    <message>
        <source>Aandeel netwerk, in procenten</source>
        <translation>Aandeel netwerk, in procenten</translation>
    </message>
    <message>
        <source>Zel&amp;f</source>
        <translation>Zel&amp;f</translation>
    </message>
    <message>
        <source>&amp;Netwerk</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>Leeg&amp;maken</source>
        <translation>Leeg&amp;maken</translation>
    </message>
    <message>
        <source>Verdeling leegmaken</source>
        <translation>Verdeling leegmaken</translation>
    </message>
    <message>
        <source>Professionals: –</source>
        <translation>Professionals: –</translation>
    </message>
    <message>
        <source>nog niet verdeeld</source>
        <translation>nog niet verdeeld</translation>
    </message>
    <message>
        <source>Professionals: {value} %</source>
        <translation>Professionals: {value} %</translation>
    </message>
    <message>
        <source>= samen {total} %</source>
        <translation>= samen {total} %</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Ondertekening vastleggen</source>
        <translation>Ondertekening vastleggen</translation>
    </message>
    <message>
        <source>Leg vast wie versie {n} van het plan heeft ondertekend. Ieder die tekent, kiest zelf of hij of zij het eens is. Daarna kan deze versie niet meer veranderen: wat u later wijzigt, komt in een nieuwe versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van ondertekenen</source>
        <translation>Datum van ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Plaats van ondertekenen</source>
        <translation>Plaats van ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Wie tekent</source>
        <translation>Wie tekent</translation>
    </message>
    <message>
        <source>Tekent</source>
        <translation>Tekent</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Eens?</source>
        <translation>Eens?</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Ondertekening &amp;vastleggen</source>
        <translation>Ondertekening &amp;vastleggen</translation>
    </message>
    <message>
        <source>Ondertekening vastleggen en plan vastzetten</source>
        <translation>Ondertekening vastleggen en plan vastzetten</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{role} ({relation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} tekent</source>
        <translation>{role} tekent</translation>
    </message>
    <message>
        <source>Naam van {role}</source>
        <translation>Naam van {role}</translation>
    </message>
    <message>
        <source>Is {role} het eens met het plan</source>
        <translation>Is {role} het eens met het plan</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen van {role}</source>
        <translation>Opmerkingen van {role}</translation>
    </message>
    <message>
        <source>De inwoner (of de wettelijk vertegenwoordiger) moet tekenen.</source>
        <translation>De inwoner (of de wettelijk vertegenwoordiger) moet tekenen.</translation>
    </message>
    <message>
        <source>Vul de naam in van iedereen die tekent.</source>
        <translation>Vul de naam in van iedereen die tekent.</translation>
    </message>
    <message>
        <source>Nog niet gekozen: is {who} het eens met het plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de opmerkingen op bij &apos;eens, met opmerkingen&apos;.</source>
        <translation>Schrijf de opmerkingen op bij &apos;eens, met opmerkingen&apos;.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>mantelzorger</source>
        <translation>mantelzorger</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>cliëntondersteuner</source>
        <translation>cliëntondersteuner</translation>
    </message>
    <message>
        <source>familielid</source>
        <translation>familielid</translation>
    </message>
    <message>
        <source>buurvrouw of buurman</source>
        <translation>buurvrouw of buurman</translation>
    </message>
    <message>
        <source>Start van het gesprek</source>
        <translation>Start van het gesprek</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Wie zijn er, waar en wanneer? Alles wordt meteen bewaard.</source>
        <translation>Wie zijn er, waar en wanneer? Alles wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Soort gesprek: {kind}</source>
        <translation>Soort gesprek: {kind}</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Soort gesprek</translation>
    </message>
    <message>
        <source>Soort gesprek wijzigen</source>
        <translation>Soort gesprek wijzigen</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Datum van het gesprek wijzigen</source>
        <translation>Datum van het gesprek wijzigen</translation>
    </message>
    <message>
        <source>Plaats van het gesprek</source>
        <translation>Plaats van het gesprek</translation>
    </message>
    <message>
        <source>bijvoorbeeld: bij de inwoner thuis</source>
        <translation>bijvoorbeeld: bij de inwoner thuis</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Plaats wijzigen</translation>
    </message>
    <message>
        <source>Wie zijn er bij het gesprek</source>
        <translation>Wie zijn er bij het gesprek</translation>
    </message>
    <message>
        <source>&amp;Wie zijn erbij?</source>
        <translation>&amp;Wie zijn erbij?</translation>
    </message>
    <message>
        <source>Aanwezigen wijzigen</source>
        <translation>Aanwezigen wijzigen</translation>
    </message>
    <message>
        <source>Ook aanwezig (bijvoorbeeld een tolk)</source>
        <translation>Ook aanwezig (bijvoorbeeld een tolk)</translation>
    </message>
    <message>
        <source>mantelzorger, tolk, …</source>
        <translation>mantelzorger, tolk, …</translation>
    </message>
    <message>
        <source>Ook aa&amp;nwezig</source>
        <translation>Ook aa&amp;nwezig</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Aanwezige toevoegen</source>
        <translation>Aanwezige toevoegen</translation>
    </message>
    <message>
        <source>Melding (Wmo)</source>
        <translation>Melding (Wmo)</translation>
    </message>
    <message>
        <source>Datum van de &amp;melding:</source>
        <translation>Datum van de &amp;melding:</translation>
    </message>
    <message>
        <source>Datum van de melding</source>
        <translation>Datum van de melding</translation>
    </message>
    <message>
        <source>Datum van de melding wijzigen</source>
        <translation>Datum van de melding wijzigen</translation>
    </message>
    <message>
        <source>Persoonlijk plan aange&amp;boden (de inwoner mag zelf een plan schrijven)</source>
        <translation>Persoonlijk plan aange&amp;boden (de inwoner mag zelf een plan schrijven)</translation>
    </message>
    <message>
        <source>Persoonlijk plan aangeboden</source>
        <translation>Persoonlijk plan aangeboden</translation>
    </message>
    <message>
        <source>Persoonlijk plan aangeboden wijzigen</source>
        <translation>Persoonlijk plan aangeboden wijzigen</translation>
    </message>
    <message>
        <source>Pe&amp;rsoonlijk plan ontvangen op:</source>
        <translation>Pe&amp;rsoonlijk plan ontvangen op:</translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen</source>
        <translation>Persoonlijk plan ontvangen</translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen wijzigen</source>
        <translation>Persoonlijk plan ontvangen wijzigen</translation>
    </message>
    <message>
        <source>&amp;Cliëntondersteuning aangeboden (gratis en onafhankelijk)</source>
        <translation>&amp;Cliëntondersteuning aangeboden (gratis en onafhankelijk)</translation>
    </message>
    <message>
        <source>Cliëntondersteuning aangeboden</source>
        <translation>Cliëntondersteuning aangeboden</translation>
    </message>
    <message>
        <source>Cliëntondersteuning aangeboden wijzigen</source>
        <translation>Cliëntondersteuning aangeboden wijzigen</translation>
    </message>
    <message>
        <source>Identiteit gecontro&amp;leerd met:</source>
        <translation>Identiteit gecontro&amp;leerd met:</translation>
    </message>
    <message>
        <source>Identiteit gecontroleerd</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <source>Soort identiteitsbewijs</source>
        <translation>Soort identiteitsbewijs</translation>
    </message>
    <message>
        <source>kies het document</source>
        <translation>kies het document</translation>
    </message>
    <message>
        <source>Identiteitscontrole wijzigen</source>
        <translation>Identiteitscontrole wijzigen</translation>
    </message>
    <message>
        <source>Identiteitsbewijs wijzigen</source>
        <translation>Identiteitsbewijs wijzigen</translation>
    </message>
    <message>
        <source>Maak geen kopie van het identiteitsbewijs. Noteer alleen dat het is gecontroleerd en met welk soort document.</source>
        <translation>Maak geen kopie van het identiteitsbewijs. Noteer alleen dat het is gecontroleerd en met welk soort document.</translation>
    </message>
    <message>
        <source>De gegevens van de melding horen bij het intakegesprek.</source>
        <translation>De gegevens van de melding horen bij het intakegesprek.</translation>
    </message>
    <message>
        <source>Instrumenten in dit gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumenten van het gesprek wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vraag, {low} tot {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} onderwerpen, {low} tot {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} heeft al scores in dit gesprek. Wis die eerst bij Leefgebieden (of maak het ongedaan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie is de {instrument}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies voor wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument} voor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wettelijke termijnen tellen vanaf de datum van de melding.</source>
        <translation>De wettelijke termijnen tellen vanaf de datum van de melding.</translation>
    </message>
    <message>
        <source>Persoonlijk plan inleveren kan tot en met {plan}. Het verslag moet uiterlijk {verslag} bij de inwoner zijn.</source>
        <translation>Persoonlijk plan inleveren kan tot en met {plan}. Het verslag moet uiterlijk {verslag} bij de inwoner zijn.</translation>
    </message>
    <message>
        <source>Kies voor wie de {instrument} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kruis aan wie er bij het gesprek zijn.</source>
        <translation>Kruis aan wie er bij het gesprek zijn.</translation>
    </message>
    <message>
        <source>Vul de datum van de melding in. De wettelijke termijnen tellen vanaf die dag.</source>
        <translation>Vul de datum van de melding in. De wettelijke termijnen tellen vanaf die dag.</translation>
    </message>
    <message>
        <source>Kies met welk soort document de identiteit is gecontroleerd.</source>
        <translation>Kies met welk soort document de identiteit is gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Volgt uit de datums ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom u deze status kiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waarom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De status volgt uit de datums van het verloop. Kiest u zelf, schrijf dan op waarom. Afsluiten doet u met de datum bij Afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Samenvatting</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Dit is wat we hebben besproken. Klopt het zo? Kijk het samen na. Daarna komt het plan, en dan tekent u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation>Samenvatting van het gesprek</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>nog niet ingevuld</translation>
    </message>
    <message>
        <source>De vraag</source>
        <translation>De vraag</translation>
    </message>
    <message>
        <source>Vraag in eigen woorden</source>
        <translation>Vraag in eigen woorden</translation>
    </message>
    <message>
        <source>Wat is belangrijk</source>
        <translation>Wat is belangrijk</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven</source>
        <translation>Tevredenheid met het leven</translation>
    </message>
    <message>
        <source>{value} van 10</source>
        <translation>{value} van 10</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>Besproken leefgebieden</source>
        <translation>Besproken leefgebieden</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Wie draagt de situatie</source>
        <translation>Wie draagt de situatie</translation>
    </message>
    <message>
        <source>zelf {s} %, netwerk {n} %, professionals {p} %</source>
        <translation>zelf {s} %, netwerk {n} %, professionals {p} %</translation>
    </message>
    <message>
        <source>Bespreekpunten</source>
        <translation>Bespreekpunten</translation>
    </message>
    <message>
        <source>Hier zien de inwoner en de professional het anders:</source>
        <translation>Hier zien de inwoner en de professional het anders:</translation>
    </message>
    <message>
        <source>Niet besproken of niet nodig</source>
        <translation>Niet besproken of niet nodig</translation>
    </message>
    <message>
        <source>Nog niet gekozen</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Doelen en wie wat doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bespreekpunt: u ziet dit anders.</source>
        <translation>Bespreekpunt: u ziet dit anders.</translation>
    </message>
    <message>
        <source>Geen verschillen tussen inwoner en professional.</source>
        <translation>Geen verschillen tussen inwoner en professional.</translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Nog geen doelen afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen leefgebied gekozen.</source>
        <translation>Nog geen leefgebied gekozen.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>geen reden opgegeven</source>
        <translation>geen reden opgegeven</translation>
    </message>
</context>
<context>
    <name>ThenNowPdf</name>
    <message>
        <source>Uw eigen cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers van uw contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toen en nu · gemaakt op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toen en nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toen en nu {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw cijfers: toen en nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen cijfers gegeven.</source>
        <translation type="unfinished">Er zijn nog geen cijfers gegeven.</translation>
    </message>
    <message>
        <source>voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toen ({date})</source>
        <translation type="unfinished">Toen ({date})</translation>
    </message>
    <message>
        <source>Nu ({date})</source>
        <translation type="unfinished">Nu ({date})</translation>
    </message>
    <message>
        <source>In woorden, {title} (toen → nu): {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trede {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {what}toen {then} ({then_date}), nu {now} ({now_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven? (0 tot 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In woorden: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In woorden: er zijn nog geen cijfers gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen om u heen: toen en nu</source>
        <translation type="unfinished">Mensen om u heen: toen en nu</translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}) stond er 1 persoon op uw netwerkkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}) stonden er {count} mensen op uw netwerkkaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu is het er 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu zijn het er {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}.</source>
        <translation type="unfinished">Erbij gekomen: {names}.</translation>
    </message>
    <message>
        <source>Niet meer op de kaart: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kring {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dichterbij gekomen, van {before} naar {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verder weg, van {before} naar {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van sector {before} naar sector {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, en {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen waar we nog aan werken</source>
        <translation type="unfinished">Doelen waar we nog aan werken</translation>
    </message>
    <message>
        <source>Er zijn geen open doelen.</source>
        <translation type="unfinished">Er zijn geen open doelen.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished">Onderwerp</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zie het plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En nog 1 ander doel (zie het plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En nog {count} andere doelen (zie het plan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThenNowView</name>
    <message>
        <source>Cijfers: toen en nu</source>
        <translation>Cijfers: toen en nu</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven (0 tot 10)</source>
        <translation>Tevredenheid met het leven (0 tot 10)</translation>
    </message>
    <message>
        <source>Mensen om u heen: toen en nu</source>
        <translation>Mensen om u heen: toen en nu</translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}): {then} mensen. Nu: {now} mensen.</source>
        <translation>Bij het eerste gesprek ({date}): {then} mensen. Nu: {now} mensen.</translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}</source>
        <translation>Erbij gekomen: {names}</translation>
    </message>
    <message>
        <source>Niet meer op de kaart: {names}</source>
        <translation>Niet meer op de kaart: {names}</translation>
    </message>
    <message>
        <source>Doelen waar we nog aan werken</source>
        <translation>Doelen waar we nog aan werken</translation>
    </message>
    <message>
        <source>Er zijn geen open doelen.</source>
        <translation>Er zijn geen open doelen.</translation>
    </message>
    <message>
        <source>(vóór {date})</source>
        <translation>(vóór {date})</translation>
    </message>
    <message>
        <source>Toen en nu opslaan als &amp;PDF…</source>
        <translation>Toen en nu opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Toen en nu opslaan als PDF</source>
        <translation>Toen en nu opslaan als PDF</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Er zijn nog geen cijfers gegeven.</source>
        <translation>Er zijn nog geen cijfers gegeven.</translation>
    </message>
    <message>
        <source>Toen ({date})</source>
        <translation>Toen ({date})</translation>
    </message>
    <message>
        <source>Nu ({date})</source>
        <translation>Nu ({date})</translation>
    </message>
    <message>
        <source>Tevredenheid over de tijd</source>
        <translation>Tevredenheid over de tijd</translation>
    </message>
    <message>
        <source>{instrument} · voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {name}: toen {then} ({first}), nu {now} ({latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toen en nu {reference}.pdf</source>
        <translation>Toen en nu {reference}.pdf</translation>
    </message>
    <message>
        <source>Toen en nu opslaan</source>
        <translation>Toen en nu opslaan</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF-bestand (*.pdf)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>eigenkracht is vergrendeld</source>
        <translation>eigenkracht is vergrendeld</translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld. Vul de wachtwoordzin in om verder te werken.</source>
        <translation>eigenkracht is vergrendeld. Vul de wachtwoordzin in om verder te werken.</translation>
    </message>
    <message>
        <source>De gegevens staan versleuteld op deze computer. Open uw database met de wachtwoordzin, of maak een nieuwe database.</source>
        <translation>De gegevens staan versleuteld op deze computer. Open uw database met de wachtwoordzin, of maak een nieuwe database.</translation>
    </message>
    <message>
        <source>Database openen of nieuwe database maken</source>
        <translation>Database openen of nieuwe database maken</translation>
    </message>
    <message>
        <source>&amp;Bestaande database</source>
        <translation>&amp;Bestaande database</translation>
    </message>
    <message>
        <source>N&amp;ieuwe database</source>
        <translation>N&amp;ieuwe database</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Nieuwe database &amp;maken</source>
        <translation>Nieuwe database &amp;maken</translation>
    </message>
    <message>
        <source>Nieuwe database maken</source>
        <translation>Nieuwe database maken</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Bent u een inwoner? Dan kunt u hier zelf vragen invullen, zonder wachtwoord.</source>
        <translation>Bent u een inwoner? Dan kunt u hier zelf vragen invullen, zonder wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Zelf invullen (voor inwoners)</source>
        <translation>&amp;Zelf invullen (voor inwoners)</translation>
    </message>
    <message>
        <source>Zelf invullen, voor inwoners</source>
        <translation>Zelf invullen, voor inwoners</translation>
    </message>
    <message>
        <source>De laatst gebruikte database {path} is niet gevonden. Kies een ander bestand of maak een nieuwe database.</source>
        <translation>De laatst gebruikte database {path} is niet gevonden. Kies een ander bestand of maak een nieuwe database.</translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Bl&amp;aderen…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source>Databasebestand kiezen</source>
        <translation>Databasebestand kiezen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Bestand voor de nieuwe database</source>
        <translation>Bestand voor de nieuwe database</translation>
    </message>
    <message>
        <source>Plaats voor de nieuwe database kiezen</source>
        <translation>Plaats voor de nieuwe database kiezen</translation>
    </message>
    <message>
        <source>Bes&amp;tand:</source>
        <translation>Bes&amp;tand:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoordzin:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <source>Onthoud de wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</source>
        <translation>Onthoud de wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>Kies een wachtwoordzin van minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</translation>
    </message>
    <message>
        <source>Te kort: {count} tekens, minstens 8 nodig.</source>
        <translation>Te kort: {count} tekens, minstens 8 nodig.</translation>
    </message>
    <message>
        <source>Lang genoeg. Een langere zin is nog sterker.</source>
        <translation>Lang genoeg. Een langere zin is nog sterker.</translation>
    </message>
    <message>
        <source>Sterk: een lange wachtwoordzin.</source>
        <translation>Sterk: een lange wachtwoordzin.</translation>
    </message>
    <message>
        <source>De herhaling is (nog) niet gelijk.</source>
        <translation>De herhaling is (nog) niet gelijk.</translation>
    </message>
    <message>
        <source>Of begin met een &amp;reservekopie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin met de gegevens uit een reservekopie in plaats van een lege database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenkracht-databases (*.db);;Alle bestanden (*)</source>
        <translation>eigenkracht-databases (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Kies eerst een databasebestand.</source>
        <translation>Kies eerst een databasebestand.</translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin in.</source>
        <translation>Vul de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geopend: {reason}</source>
        <translation>Het bestand kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Kies eerst waar de database moet komen.</source>
        <translation>Kies eerst waar de database moet komen.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens.</source>
        <translation>Kies een wachtwoordzin van minstens 8 tekens.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>De database kan niet worden gemaakt: {reason}</source>
        <translation>De database kan niet worden gemaakt: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Zelf invullen: hoe gaat het met u?</source>
        <translation>Zelf invullen: hoe gaat het met u?</translation>
    </message>
    <message>
        <source>Hier vult u zelf vragen in over uw leven.</source>
        <translation>Hier vult u zelf vragen in over uw leven.</translation>
    </message>
    <message>
        <source>Neem uw antwoorden mee naar het gesprek. Dan weten we wat u belangrijk vindt.</source>
        <translation>Neem uw antwoorden mee naar het gesprek. Dan weten we wat u belangrijk vindt.</translation>
    </message>
    <message>
        <source>Het duurt ongeveer een kwartier.</source>
        <translation>Het duurt ongeveer een kwartier.</translation>
    </message>
    <message>
        <source>U kunt altijd terug. U kunt ook stoppen en later verder gaan.</source>
        <translation>U kunt altijd terug. U kunt ook stoppen en later verder gaan.</translation>
    </message>
    <message>
        <source>Wilt u een vraag niet beantwoorden? Dat mag. Klik dan op Verder.</source>
        <translation>Wilt u een vraag niet beantwoorden? Dat mag. Klik dan op Verder.</translation>
    </message>
    <message>
        <source>Wat u invult, blijft op deze computer. Er gaat niets via internet.</source>
        <translation>Wat u invult, blijft op deze computer. Er gaat niets via internet.</translation>
    </message>
    <message>
        <source>Wilt u de tekst horen? Klik dan op Lees voor.</source>
        <translation>Wilt u de tekst horen? Klik dan op Lees voor.</translation>
    </message>
    <message>
        <source>Deze computer kan de tekst niet voorlezen. Er is geen programma voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Verder gaan waar ik was</source>
        <translation>Verder gaan waar ik was</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Opnieuw beginnen, alles wissen</source>
        <translation>Opnieuw beginnen, alles wissen</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation>Hoe tevreden bent u met uw leven?</translation>
    </message>
    <message>
        <source>Geef een cijfer van 0 tot 10. Een 0 is heel ontevreden. Een 10 is heel tevreden.</source>
        <translation>Geef een cijfer van 0 tot 10. Een 0 is heel ontevreden. Een 10 is heel tevreden.</translation>
    </message>
    <message>
        <source>Cijfer {n}</source>
        <translation>Cijfer {n}</translation>
    </message>
    <message>
        <source>0 = heel ontevreden</source>
        <translation>0 = heel ontevreden</translation>
    </message>
    <message>
        <source>10 = heel tevreden</source>
        <translation>10 = heel tevreden</translation>
    </message>
    <message>
        <source>U heeft nog geen cijfer gekozen.</source>
        <translation>U heeft nog geen cijfer gekozen.</translation>
    </message>
    <message>
        <source>U heeft gekozen: {n}</source>
        <translation>U heeft gekozen: {n}</translation>
    </message>
</context>
<context>
    <name>WellbeingScale</name>
    <message>
        <source>Cijfer {value} van 10</source>
        <translation>Cijfer {value} van 10</translation>
    </message>
    <message>
        <source>0 = heel ontevreden</source>
        <translation>0 = heel ontevreden</translation>
    </message>
    <message>
        <source>10 = heel tevreden</source>
        <translation>10 = heel tevreden</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Keukentafel verlaten</source>
        <translation>&amp;Keukentafel verlaten</translation>
    </message>
    <message>
        <source>Keukentafelmodus verlaten</source>
        <translation>Keukentafelmodus verlaten</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Keukentafelmodus: alleen het gezin {household} staat op het scherm. Andere dossiers zijn verborgen.</source>
        <translation>Keukentafelmodus: alleen het gezin {household} staat op het scherm. Andere dossiers zijn verborgen.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}.</source>
        <translation>Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}.</translation>
    </message>
</context>
</TS>
