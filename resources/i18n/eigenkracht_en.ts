<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>doorlopend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation>still to choose</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bedacht door</source>
        <translation>Thought up by</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Wat gaat u doen, en wie helpt?</source>
        <translation>What will you do, and who helps?</translation>
    </message>
    <message>
        <source>Schrijf op wat er gaat gebeuren. En wie het doet: uzelf, of iemand om u heen.</source>
        <translation>Write down what will happen. And who does it: you, or someone around you.</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>Wat er gaat gebeuren</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>U heeft nog niets opgeschreven.</source>
        <translation>You have not written anything yet.</translation>
    </message>
    <message>
        <source>Iets toevoegen</source>
        <translation>Add something</translation>
    </message>
    <message>
        <source>Dit toevoegen aan wat er gaat gebeuren</source>
        <translation>Add this to what will happen</translation>
    </message>
    <message>
        <source>&amp;Wat gaat er gebeuren?</source>
        <translation>&amp;What will happen?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: samen de post openmaken</source>
        <translation>for example: open the post together</translation>
    </message>
    <message>
        <source>Wie &amp;doet het?</source>
        <translation>Who does &amp;it?</translation>
    </message>
    <message>
        <source>Staat iemand er niet bij? Ga dan terug naar: Wie helpt u?</source>
        <translation>Is someone missing? Then go back to: Who helps you?</translation>
    </message>
    <message>
        <source>Wanne&amp;er?</source>
        <translation>Wh&amp;en?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke dinsdag, of voor de zomer</source>
        <translation>for example: every Tuesday, or before the summer</translation>
    </message>
    <message>
        <source>Steeds: dit &amp;blijft doorgaan</source>
        <translation>Always: this &amp;keeps going</translation>
    </message>
    <message>
        <source>Steeds: dit blijft doorgaan</source>
        <translation>Always: this keeps going</translation>
    </message>
    <message>
        <source>Bij welk doel &amp;hoort het? Dit hoeft niet.</source>
        <translation>Which goal does it &amp;belong to? You may skip this.</translation>
    </message>
    <message>
        <source>Ikzelf</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>Bij geen bepaald doel</source>
        <translation>No particular goal</translation>
    </message>
    <message>
        <source>Doel {n}: {goal}</source>
        <translation>Goal {n}: {goal}</translation>
    </message>
    <message>
        <source>{who}: {what}</source>
        <translation>{who}: {what}</translation>
    </message>
    <message>
        <source>steeds</source>
        <translation>always</translation>
    </message>
    <message>
        <source>Hoort bij doel {n}.</source>
        <translation>Belongs to goal {n}.</translation>
    </message>
    <message>
        <source>Afspraak {n} weghalen</source>
        <translation>Remove agreement {n}</translation>
    </message>
    <message>
        <source>Schrijf eerst op wat er gaat gebeuren.</source>
        <translation>First write down what will happen.</translation>
    </message>
</context>
<context>
    <name>AsksPage</name>
    <message>
        <source>Wat vraagt u aan de gemeente of aan anderen?</source>
        <translation>What do you ask of the municipality or of others?</translation>
    </message>
    <message>
        <source>Wat lukt u niet zelf, ook niet met de mensen om u heen? Bijvoorbeeld: hulp bij het huishouden. Dit hoeft niet.</source>
        <translation>What can you not do yourself, not even with the people around you? For example: help with the housework. You may skip this.</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation>What you ask</translation>
    </message>
    <message>
        <source>U heeft nog niets gevraagd.</source>
        <translation>You have not asked anything yet.</translation>
    </message>
    <message>
        <source>Iets vragen</source>
        <translation>Ask something</translation>
    </message>
    <message>
        <source>Deze vraag toevoegen</source>
        <translation>Add this question</translation>
    </message>
    <message>
        <source>&amp;Wat vraagt u?</source>
        <translation>&amp;What do you ask?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: hulp bij het huishouden</source>
        <translation>for example: help with the housework</translation>
    </message>
    <message>
        <source>&amp;Aan wie?</source>
        <translation>&amp;To whom?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: de gemeente, of de huisarts</source>
        <translation>for example: the municipality, or the GP</translation>
    </message>
    <message>
        <source>Vult u niet in aan wie? Dan vraagt u het aan de gemeente.</source>
        <translation>If you do not fill in who you are asking, you are asking the municipality.</translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>{what} (aan: {whom})</source>
        <translation>{what} (to: {whom})</translation>
    </message>
    <message>
        <source>Vraag {n} weghalen</source>
        <translation>Remove question {n}</translation>
    </message>
    <message>
        <source>Schrijf eerst op wat u vraagt.</source>
        <translation>First write down what you ask.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{date} om {time} uur</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{n} dossiers</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>Er is nog geen reservekopie van deze database. Maak er een…</source>
        <translation>There is no backup of this database yet. Make one…</translation>
    </message>
    <message>
        <source>De laatste reservekopie is van {when} ({days} dagen geleden). Maak een nieuwe…</source>
        <translation>The last backup is from {when} ({days} days ago). Make a new one…</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>De database wordt gekopieerd en gecontroleerd…</source>
        <translation>Copying and checking the database…</translation>
    </message>
    <message>
        <source>De reservekopie wordt weggeschreven…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>De reservekopie wordt uitgepakt…</source>
        <translation>Unpacking the backup…</translation>
    </message>
    <message>
        <source>De teruggezette database wordt gecontroleerd…</source>
        <translation>Checking the restored database…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Zet de hele database versleuteld op een stick of in een map.</source>
        <translation>Put the whole database, encrypted, on a USB stick or in a folder.</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>Rest&amp;ore a backup…</translation>
    </message>
    <message>
        <source>Maak van een reservekopie een nieuwe database.</source>
        <translation>Turn a backup into a new database.</translation>
    </message>
    <message>
        <source>Herinnering: maak een reservekopie</source>
        <translation>Reminder: make a backup</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Een reservekopie is de hele database in één versleuteld bestand. U opent hem met de wachtwoordzin die nu geldt. Zet hem op een USB-stick of in een netwerkmap, niet op deze laptop: raakt de laptop kwijt of kapot, dan is de kopie er nog.</source>
        <translation>A backup is the whole database in one encrypted file. It opens with the passphrase that holds now. Put it on a USB stick or in a network folder, not on this laptop: if the laptop is lost or broken, the copy is still there.</translation>
    </message>
    <message>
        <source>Laatste reservekopie: {when}.</source>
        <translation>Last backup: {when}.</translation>
    </message>
    <message>
        <source>Van deze database is nog geen reservekopie gemaakt.</source>
        <translation>No backup of this database has been made yet.</translation>
    </message>
    <message>
        <source>Map voor de reservekopie</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>&amp;Kies map…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Kies de map voor de reservekopie</source>
        <translation>Choose the folder for the backup</translation>
    </message>
    <message>
        <source>Naam van het bestand</source>
        <translation>Name of the file</translation>
    </message>
    <message>
        <source>eigenkracht-reservekopie-{day}</source>
        <translation>eigenkracht-backup-{day}</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Bestandsnaam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Reservekopie &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Deze map staat op dezelfde schijf als de database. Kies liever een USB-stick of een netwerkmap: dan blijft de kopie er ook als de laptop kapotgaat.</source>
        <translation>This folder is on the same disk as the database. Better choose a USB stick or a network folder: then the copy is still there when the laptop breaks.</translation>
    </message>
    <message>
        <source>Kies eerst een map voor de reservekopie.</source>
        <translation>First choose a folder for the backup.</translation>
    </message>
    <message>
        <source>Geef het bestand een naam (zonder / of \).</source>
        <translation>Give the file a name (without / or \).</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {name} ({cases}). Bewaar de stick op een veilige plek, net als de laptop.</source>
        <translation>Backup made and checked: {name} ({cases}). Keep the stick in a safe place, like the laptop.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>De eerstvolgende wettelijke termijn (Wmo) die nog loopt of verlopen is.</source>
        <translation>The next statutory deadline (Wmo) that is still running or has passed.</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Eerstvolgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Persoonlijk plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Written report</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>geen lopende termijn</source>
        <translation>no running deadline</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Naam, kenmerk of een woord uit de gesprekken</source>
        <translation>Name, reference or a word from the conversations</translation>
    </message>
    <message>
        <source>Dossiers zoeken</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>De lijst toont alleen de dossiers waarin elk getypt woord voorkomt.</source>
        <translation>The list shows only the cases that contain every word you type.</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Kies een dossier en druk op Enter om het te openen.</source>
        <translation>Choose a case and press Enter to open it.</translation>
    </message>
    <message>
        <source>⚠ te laat: de wettelijke termijn is verstreken. binnenkort: de termijn eindigt binnen {days} dagen.</source>
        <translation>⚠ overdue: the statutory deadline has passed. soon: the deadline ends within {days} days.</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Kies Nieuw dossier om te beginnen.</source>
        <translation>No cases yet. Choose New case to start.</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} dossiers</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>Geen dossiers gevonden (van {total}).</source>
        <translation>No cases found (out of {total}).</translation>
    </message>
    <message>
        <source>1 van 1 dossier</source>
        <translation>1 of 1 case</translation>
    </message>
    <message>
        <source>{shown} van {total} dossiers</source>
        <translation>{shown} of {total} cases</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>gelijk</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>Beide kanten scoren gelijk.</source>
        <translation>Both sides give the same score.</translation>
    </message>
    <message>
        <source>inwoner +{n}</source>
        <translation>resident +{n}</translation>
    </message>
    <message>
        <source>De inwoner scoort {n} hoger dan de professional.</source>
        <translation>The resident scores {n} higher than the professional.</translation>
    </message>
    <message>
        <source>professional +{n}</source>
        <translation>professional +{n}</translation>
    </message>
    <message>
        <source>De professional scoort {n} hoger dan de inwoner.</source>
        <translation>The professional scores {n} higher than the resident.</translation>
    </message>
    <message>
        <source>Groot verschil.</source>
        <translation>Large difference.</translation>
    </message>
    <message>
        <source>Verschil.</source>
        <translation>Difference.</translation>
    </message>
    <message>
        <source>← &amp;Terug naar de lijst</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>Terug naar de lijst met dossiers</source>
        <translation>Back to the list of cases</translation>
    </message>
    <message>
        <source>Laatste gesprek &amp;hervatten</source>
        <translation>&amp;Resume last conversation</translation>
    </message>
    <message>
        <source>Laatste gesprek hervatten</source>
        <translation>Resume last conversation</translation>
    </message>
    <message>
        <source>Nieuw &amp;gesprek starten</source>
        <translation>Start new &amp;conversation</translation>
    </message>
    <message>
        <source>Nieuw gesprek starten</source>
        <translation>Start new conversation</translation>
    </message>
    <message>
        <source>&amp;Zelfbeoordeling inlezen…</source>
        <translation>&amp;Import self-assessment…</translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner inlezen</source>
        <translation>Import the resident&apos;s self-assessment</translation>
    </message>
    <message>
        <source>Bij de melding</source>
        <translation>At the time of the report</translation>
    </message>
    <message>
        <source>Laatste scores van beide kanten</source>
        <translation>Latest scores from both sides</translation>
    </message>
    <message>
        <source>{date}, {source}</source>
        <translation>{date}, {source}</translation>
    </message>
    <message>
        <source>{who}: {when}</source>
        <translation>{who}: {when}</translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Netwerk toen en nu vergelijken</source>
        <translation>Compare the network then and now</translation>
    </message>
    <message>
        <source>&amp;Plan en toen en nu</source>
        <translation>&amp;Plan and then and now</translation>
    </message>
    <message>
        <source>Plan bekijken, printen, toen en nu</source>
        <translation>View and print the plan, then and now</translation>
    </message>
    <message>
        <source>Overzicht van het dossier</source>
        <translation>Case overview</translation>
    </message>
    <message>
        <source>Gewezen op persoonlijk plan:</source>
        <translation>Informed about personal plan:</translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning:</source>
        <translation>Informed about client support:</translation>
    </message>
    <message>
        <source>Identiteit:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Nog geen gezinsleden vastgelegd.</source>
        <translation>No household members recorded yet.</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Gesprekken, nieuwste eerst</source>
        <translation>Conversations, newest first</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Nog geen gesprekken gevoerd.</source>
        <translation>No conversations held yet.</translation>
    </message>
    <message>
        <source>Laatste scores per leefgebied</source>
        <translation>Latest scores per life domain</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>Laatste scores: {instrument}</source>
        <translation>Latest scores: {instrument}</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Open doelen: wie doet wat</source>
        <translation>Open goals: who does what</translation>
    </message>
    <message>
        <source>Kenmerk {reference} · Status: {status} · Regisseur: {coordinator}</source>
        <translation>Reference {reference} · Status: {status} · Coordinator: {coordinator}</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Volgende evaluatie: nog niet afgesproken.</source>
        <translation>Next evaluation: not yet arranged.</translation>
    </message>
    <message>
        <source>Volgende evaluatie: {date} ({relative})</source>
        <translation>Next evaluation: {date} ({relative})</translation>
    </message>
    <message>
        <source>Het gesprek van {date} ({kind})</source>
        <translation>The conversation of {date} ({kind})</translation>
    </message>
    <message>
        <source>Er is nog geen gesprek om te hervatten.</source>
        <translation>There is no conversation to resume yet.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>not yet checked</translation>
    </message>
    <message>
        <source>paspoort</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>identiteitskaart</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>rijbewijs</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <source>verblijfsdocument</source>
        <translation>residence document</translation>
    </message>
    <message>
        <source>{date} ({age} jaar)</source>
        <translation>{date} ({age} years)</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>thuis ingevuld</source>
        <translation>filled in at home</translation>
    </message>
    <message>
        <source>aan tafel</source>
        <translation>at the table</translation>
    </message>
    <message>
        <source>{instrument}, voor {name}</source>
        <translation>{instrument}, for {name}</translation>
    </message>
    <message>
        <source>geen score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>Geen open doelen.</source>
        <translation>No open goals.</translation>
    </message>
    <message>
        <source>Zo weten we het: {measure}</source>
        <translation>How we will know: {measure}</translation>
    </message>
    <message>
        <source>Nog geen afspraken.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <source>vóór {date}</source>
        <translation>before {date}</translation>
    </message>
    <message>
        <source>{domain}: {text}</source>
        <translation>{domain}: {text}</translation>
    </message>
    <message>
        <source>(vóór {date})</source>
        <translation>(before {date})</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;Netwerk toen en nu…</source>
        <translation>&amp;Network then and now…</translation>
    </message>
    <message>
        <source>⚠ Mantelzorg: {names} is overbelast of heeft steun nodig. Bespreek steun voor de mantelzorger.</source>
        <translation>⚠ Informal care: {names} is overburdened or needs support. Discuss support for the informal carer.</translation>
    </message>
    <message>
        <source>{count} mensen in het netwerk, van wie {helping} nu helpen.</source>
        <translation>{count} people in the network, of whom {helping} help now.</translation>
    </message>
    <message>
        <source>Nog niemand in het netwerk.</source>
        <translation>Nobody in the network yet.</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Melding</source>
        <translation>Report (melding)</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Plan loopt</source>
        <translation>Plan running</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>Plan of verslag gegeven</source>
        <translation>Plan or written report given</translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen</source>
        <translation>Personal plan received</translation>
    </message>
    <message>
        <source>Familiegroepsplan aangeboden</source>
        <translation>Family group plan offered</translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning</source>
        <translation>Informed about client support</translation>
    </message>
    <message>
        <source>Onderzoek (gesprek)</source>
        <translation>Assessment (conversation)</translation>
    </message>
    <message>
        <source>Verslag verstuurd</source>
        <translation>Written report sent</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Beschikking verstuurd</source>
        <translation>Decision sent</translation>
    </message>
    <message>
        <source>Evaluatie gehouden</source>
        <translation>Evaluation held</translation>
    </message>
    <message>
        <source>Persoonlijk plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Written report</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>⚠ te laat · </source>
        <translation>⚠ overdue · </translation>
    </message>
    <message>
        <source>binnenkort · </source>
        <translation>soon · </translation>
    </message>
    <message>
        <source>klaar: plan ontvangen</source>
        <translation>done: plan received</translation>
    </message>
    <message>
        <source>klaar: verslag verstuurd</source>
        <translation>done: written report sent</translation>
    </message>
    <message>
        <source>klaar: beschikking verstuurd</source>
        <translation>done: decision sent</translation>
    </message>
    <message>
        <source>termijn voorbij, geen plan ontvangen</source>
        <translation>deadline passed, no plan received</translation>
    </message>
    <message>
        <source>gestopt: dossier afgesloten</source>
        <translation>stopped: case closed</translation>
    </message>
    <message>
        <source>⚠ {relative}</source>
        <translation>⚠ {relative}</translation>
    </message>
    <message>
        <source>binnenkort ({relative})</source>
        <translation>soon ({relative})</translation>
    </message>
    <message>
        <source>loopt ({relative})</source>
        <translation>running ({relative})</translation>
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
        <translation>Report/intake</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Zelf</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Algemene voorziening</source>
        <translation>General provision</translation>
    </message>
    <message>
        <source>Maatwerkvoorziening</source>
        <translation>Tailored provision</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>behaald</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>deels behaald</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>U kiest een nieuwe wachtwoordzin voor de database {name}. Vul eerst de huidige wachtwoordzin in, daarna twee keer de nieuwe.</source>
        <translation>You are choosing a new passphrase for the database {name}. First enter the current passphrase, then the new one twice.</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Huidige wachtwoordzin:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <source>He&amp;rhaal nieuwe wachtwoordzin:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Onthoud de nieuwe wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</source>
        <translation>Make sure you remember the new passphrase. Without it nobody can open the data any more, not even the administrator.</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;wijzigen</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de huidige wachtwoordzin in.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <source>Kies een nieuwe wachtwoordzin van minstens 8 tekens.</source>
        <translation>Choose a new passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two new passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere.</source>
        <translation>The new passphrase is the same as the current one. Choose a different one.</translation>
    </message>
    <message>
        <source>De huidige wachtwoordzin klopt niet. Er is niets veranderd.</source>
        <translation>The current passphrase is not correct. Nothing has been changed.</translation>
    </message>
    <message>
        <source>De wachtwoordzin kon niet worden gewijzigd. {problem}</source>
        <translation>The passphrase could not be changed. {problem}</translation>
    </message>
    <message>
        <source>De wachtwoordzin is gewijzigd. Vanaf nu hebt u de nieuwe wachtwoordzin nodig om de database te openen.

Let op: een kopie van de database die u eerder hebt gemaakt (bijvoorbeeld een back-up) opent nog steeds alleen met de oude wachtwoordzin.</source>
        <translation>The passphrase has been changed. From now on you need the new passphrase to open the database.

Please note: a copy of the database that you made earlier (a backup, for example) still opens only with the old passphrase.</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>✔ gekozen</source>
        <translation>✔ chosen</translation>
    </message>
</context>
<context>
    <name>CitizenDialogs</name>
    <message>
        <source>Dit voorlezen</source>
        <translation>Read this aloud</translation>
    </message>
    <message>
        <source>&amp;Lees voor</source>
        <translation>&amp;Read aloud</translation>
    </message>
</context>
<context>
    <name>CitizenPaper</name>
    <message>
        <source>(geen antwoord)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Past niet bij mij, of zeg ik liever niet</source>
        <translation>Does not fit me, or I would rather not say</translation>
    </message>
    <message>
        <source>Zelf ingevuld: hoe gaat het met u?</source>
        <translation>Filled in yourself: how are you doing?</translation>
    </message>
    <message>
        <source>(geen naam ingevuld)</source>
        <translation>(no name filled in)</translation>
    </message>
    <message>
        <source>Naam: {name}  ·  Ingevuld op: {date}</source>
        <translation>Name: {name}  ·  Filled in on: {date}</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij?</source>
        <translation>What would you like help with?</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk in uw leven?</source>
        <translation>What is important to you in your life?</translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation>How happy are you with your life?</translation>
    </message>
    <message>
        <source>{n} (op een schaal van 0 tot 10)</source>
        <translation>{n} (on a scale from 0 to 10)</translation>
    </message>
    <message>
        <source>Uw antwoorden</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Uw antwoord</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Praten?</source>
        <translation>Talk about it?</translation>
    </message>
    <message>
        <source>Wat u erover zei</source>
        <translation>What you said about it</translation>
    </message>
    <message>
        <source>Ja, graag</source>
        <translation>Yes, please</translation>
    </message>
    <message>
        <source>Wie helpt u?</source>
        <translation>Who helps you?</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wie is dit voor u?</source>
        <translation>Who is this to you?</translation>
    </message>
    <message>
        <source>Waarmee helpt deze persoon?</source>
        <translation>How does this person help?</translation>
    </message>
    <message>
        <source>{n} (van {low} tot {high})</source>
        <translation>{n} (from {low} to {high})</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>Uw familiegroepsplan</source>
        <translation>Your family group plan</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Wat gaat u doen, en wie helpt?</source>
        <translation>What will you do, and who helps?</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Bij doel</source>
        <translation>For goal</translation>
    </message>
    <message>
        <source>Ikzelf</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>steeds</source>
        <translation>always</translation>
    </message>
    <message>
        <source>Wat vraagt u aan de gemeente of aan anderen?</source>
        <translation>What do you ask of the municipality or of others?</translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation>What you ask</translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>Wie heeft meegeschreven?</source>
        <translation>Who helped write it?</translation>
    </message>
    <message>
        <source>Wie maken het plan met u?</source>
        <translation>Who makes the plan with you?</translation>
    </message>
    <message>
        <source>Wat gaat deze persoon doen?</source>
        <translation>What will this person do?</translation>
    </message>
    <message>
        <source>Zelf ingevuld</source>
        <translation>Filled in yourself</translation>
    </message>
</context>
<context>
    <name>CitizenWidgets</name>
    <message>
        <source>Met de pijltjes op het toetsenbord kiest u een ander antwoord.</source>
        <translation>Use the arrow keys on the keyboard to choose a different answer.</translation>
    </message>
    <message>
        <source>{answer} ({n} van {total})</source>
        <translation>{answer} ({n} of {total})</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>De computer leest dit voor.</source>
        <translation>The computer reads this out loud.</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Zelf invullen</source>
        <translation>Fill it in yourself</translation>
    </message>
    <message>
        <source>Grote letters</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Deze vraag voorlezen</source>
        <translation>Read this question aloud</translation>
    </message>
    <message>
        <source>&amp;Lees voor</source>
        <translation>&amp;Read aloud</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Wat u hebt ingevuld, blijft bewaard. U kunt later verder gaan.</source>
        <translation>What you have filled in is kept. You can carry on later.</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij?</source>
        <translation>What would you like help with?</translation>
    </message>
    <message>
        <source>Schrijf het op in uw eigen woorden. Kort is goed.</source>
        <translation>Write it down in your own words. Short is fine.</translation>
    </message>
    <message>
        <source>Waar wilt u hulp bij</source>
        <translation>What would you like help with</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk in uw leven?</source>
        <translation>What is important to you in your life?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: zelf koken. Of uw familie vaak zien.</source>
        <translation>For example: cooking for yourself. Or seeing your family often.</translation>
    </message>
    <message>
        <source>Wat is voor u belangrijk</source>
        <translation>What is important to you</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Terug naar de vorige vraag</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <source>&amp;Verder →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Verder naar de volgende vraag</source>
        <translation>On to the next question</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <source>Uw plan: stap {n} van {total}</source>
        <translation>Your plan: step {n} of {total}</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>De computer kan uw eerdere antwoorden niet lezen. U begint opnieuw.</source>
        <translation>The computer cannot read your earlier answers. You are starting again.</translation>
    </message>
    <message>
        <source>U was al eerder begonnen. Wilt u verder gaan?</source>
        <translation>You started before. Do you want to carry on?</translation>
    </message>
    <message>
        <source>Weet u het zeker? Alles wat u eerder hebt ingevuld, gaat weg.</source>
        <translation>Are you sure? Everything you filled in before will be gone.</translation>
    </message>
    <message>
        <source>Ja, opnieuw beginnen</source>
        <translation>Yes, start again</translation>
    </message>
    <message>
        <source>Weet u het zeker? Alles wat u hebt ingevuld, gaat weg van deze computer.</source>
        <translation>Are you sure? Everything you filled in will be removed from this computer.</translation>
    </message>
    <message>
        <source>Ja, alles wissen</source>
        <translation>Yes, delete everything</translation>
    </message>
    <message>
        <source>Alles is gewist.</source>
        <translation>Everything has been deleted.</translation>
    </message>
    <message>
        <source>&amp;Grote letters: aan</source>
        <translation>&amp;Large text: on</translation>
    </message>
    <message>
        <source>&amp;Grote letters: uit</source>
        <translation>&amp;Large text: off</translation>
    </message>
    <message>
        <source>zelf-ingevuld</source>
        <translation>my-answers</translation>
    </message>
    <message>
        <source>Waar wilt u het bestand bewaren?</source>
        <translation>Where do you want to save the file?</translation>
    </message>
    <message>
        <source>Zelf ingevuld (*.json)</source>
        <translation>Your answers (*.json)</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. {reason}</source>
        <translation>Saving did not work. {reason}</translation>
    </message>
    <message>
        <source>Het bestand is opgeslagen. Het heet {name}. Het staat in de map {folder}.</source>
        <translation>The file has been saved. It is called {name}. It is in the folder {folder}.</translation>
    </message>
    <message>
        <source>Vergeet de code niet: {code}</source>
        <translation>Do not forget the code: {code}</translation>
    </message>
    <message>
        <source>De schijf is vol. Maak eerst ruimte vrij.</source>
        <translation>The disk is full. Make some room first.</translation>
    </message>
    <message>
        <source>U mag daar niets bewaren. Kies een andere map.</source>
        <translation>You may not save anything there. Choose another folder.</translation>
    </message>
    <message>
        <source>Op deze schijf of stick kunt u niets bewaren. Kies een andere plek.</source>
        <translation>You cannot save anything on this disk or stick. Choose another place.</translation>
    </message>
    <message>
        <source>De naam is te lang. Kies een kortere naam of een andere map.</source>
        <translation>The name is too long. Choose a shorter name or another folder.</translation>
    </message>
    <message>
        <source>Die map is er niet. Kies een andere map.</source>
        <translation>That folder is not there. Choose another folder.</translation>
    </message>
    <message>
        <source>Dat is een map. Geef het bestand een naam.</source>
        <translation>That is a folder. Give the file a name.</translation>
    </message>
    <message>
        <source>Er ging iets mis met de schijf. Probeer het nog een keer.</source>
        <translation>Something went wrong with the disk. Please try again.</translation>
    </message>
    <message>
        <source>Waar wilt u het bestand om te printen bewaren?</source>
        <translation>Where do you want to save the file for printing?</translation>
    </message>
    <message>
        <source>Bestand om te printen (*.pdf)</source>
        <translation>File for printing (*.pdf)</translation>
    </message>
    <message>
        <source>Het is niet gelukt. {reason}</source>
        <translation>That did not work. {reason}</translation>
    </message>
    <message>
        <source>Het bestand om te printen heet {name}. Het staat in de map {folder}.</source>
        <translation>The file for printing is called {name}. It is in the folder {folder}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Zeker weten?</source>
        <translation>Are you sure?</translation>
    </message>
    <message>
        <source>Nee, terug</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>&amp;Intake (eerste gesprek)</source>
        <translation>&amp;Intake (first conversation)</translation>
    </message>
    <message>
        <source>Voortgan&amp;g</source>
        <translation>Pro&amp;gress</translation>
    </message>
    <message>
        <source>&amp;Evaluatie</source>
        <translation>Evalua&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Afsluiting</source>
        <translation>&amp;Closing</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Stappen van het gesprek</source>
        <translation>Steps of the conversation</translation>
    </message>
    <message>
        <source>◀  V&amp;orige</source>
        <translation>◀  Previ&amp;ous</translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Vorige stap (Alt+Links)</source>
        <translation>Previous step (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Volgende  ▶</source>
        <translation>&amp;Next  ▶</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Volgende stap (Alt+Rechts)</source>
        <translation>Next step (Alt+Right)</translation>
    </message>
    <message>
        <source>Keukentafelgesprek met {household}, {date}</source>
        <translation>Kitchen-table conversation with {household}, {date}</translation>
    </message>
    <message>
        <source>Stap {n} van {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>eigenkracht — onverwachte fout</source>
        <translation>eigenkracht — unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis in eigenkracht. Wat u hebt ingevoerd, is tot het laatste moment bewaard. U kunt doorgaan of het programma afsluiten en opnieuw starten.

Wilt u de fout melden? Kopieer dan de technische gegevens hieronder en stuur ze naar uw beheerder. Er staan geen gegevens van cliënten in.</source>
        <translation>Something went wrong in eigenkracht. Everything you entered has been saved up to the last moment. You can continue, or quit the program and start it again.

Would you like to report the error? Copy the technical details below and send them to your administrator. They contain no client data.</translation>
    </message>
    <message>
        <source>Technische gegevens</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>&amp;Technische gegevens:</source>
        <translation>&amp;Technical details:</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Technische gegevens kopiëren</source>
        <translation>Copy technical details</translation>
    </message>
    <message>
        <source>Programma &amp;afsluiten</source>
        <translation>&amp;Quit program</translation>
    </message>
    <message>
        <source>Programma afsluiten</source>
        <translation>Quit program</translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>over {n} dagen</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>{n} dagen te laat</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{n} dagen geleden</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>nl-NL</source>
        <translation>en-GB</translation>
    </message>
    <message>
        <source>pagina {page} van {total}</source>
        <translation>page {page} of {total}</translation>
    </message>
    <message>
        <source>Logboek t/m rij {row}…</source>
        <translation>Log up to row {row}…</translation>
    </message>
</context>
<context>
    <name>DomainBook</name>
    <message>
        <source>{domain} bespreken</source>
        <translation>Discuss {domain}</translation>
    </message>
    <message>
        <source>{domain} niet bespreken</source>
        <translation>Do not discuss {domain}</translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Niveau {domain} ({who})</source>
        <translation>Level {domain} ({who})</translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reason not discussed</translation>
    </message>
</context>
<context>
    <name>DomainForm</name>
    <message>
        <source>Dit leefgebied &amp;bespreken</source>
        <translation>&amp;Discuss this life domain</translation>
    </message>
    <message>
        <source>Dit leefgebied bespreken</source>
        <translation>Discuss this life domain</translation>
    </message>
    <message>
        <source>Ongedaan ma&amp;ken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Wissen ongedaan maken</source>
        <translation>Undo clearing</translation>
    </message>
    <message>
        <source>Zo ziet de &amp;inwoner het</source>
        <translation>How the &amp;resident sees it</translation>
    </message>
    <message>
        <source>Zo ziet de p&amp;rofessional het</source>
        <translation>How the &amp;professional sees it</translation>
    </message>
    <message>
        <source>&amp;Situatie (de afgelopen maand)</source>
        <translation>&amp;Situation (the past month)</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Situatie wijzigen</source>
        <translation>Change situation</translation>
    </message>
    <message>
        <source>Wat gaat &amp;goed</source>
        <translation>What is going &amp;well</translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation>What is going well</translation>
    </message>
    <message>
        <source>Wat goed gaat wijzigen</source>
        <translation>Change what is going well</translation>
    </message>
    <message>
        <source>&amp;Zorg</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Zorg wijzigen</source>
        <translation>Change concerns</translation>
    </message>
    <message>
        <source>Deze drie teksten komen in het plan dat de inwoner meekrijgt. Schrijf ze voor de inwoner: met u en in gewone woorden.</source>
        <translation>These three texts go into the plan the resident takes home. Write them for the resident: addressed to them, in everyday words.</translation>
    </message>
    <message>
        <source>Wie draagt de situatie nu? (samen 100 %)</source>
        <translation>Who carries the load now? (100 % in total)</translation>
    </message>
    <message>
        <source>Verdeling wijzigen</source>
        <translation>Change the shares</translation>
    </message>
    <message>
        <source>Dit leefgebied wordt niet besproken of is niet nodig. Er wordt dan niets over vastgelegd, alleen de reden. Kies of schrijf kort waarom.</source>
        <translation>This life domain is not discussed or not needed. Nothing is recorded about it, only the reason. Choose or write briefly why.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reden waarom dit leefgebied niet besproken wordt</source>
        <translation>Reason why this life domain is not discussed</translation>
    </message>
    <message>
        <source>kies of schrijf een reden</source>
        <translation>choose or write a reason</translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reason not discussed</translation>
    </message>
    <message>
        <source>Geef deze reden ook aan alle leefgebieden zo&amp;nder reden</source>
        <translation>&amp;Give this reason to all life domains without a reason</translation>
    </message>
    <message>
        <source>Geef deze reden ook aan alle leefgebieden die nog geen reden hebben</source>
        <translation>Give this reason to all life domains that do not have a reason yet</translation>
    </message>
    <message>
        <source>Leefgebied {n} van {total}</source>
        <translation>Life domain {n} of {total}</translation>
    </message>
    <message>
        <source>≠  Bespreekpunt: u ziet dit anders. Inwoner: {c} ({cl}). Professional: {p} ({pl}).</source>
        <translation>≠  Point to discuss: you see this differently. Resident: {c} ({cl}). Professional: {p} ({pl}).</translation>
    </message>
    <message>
        <source>≠  Bespreekpunt: u ziet dit anders. Inwoner: {c}. Professional: {p}.</source>
        <translation>≠  Point to discuss: you see this differently. Resident: {c}. Professional: {p}.</translation>
    </message>
    <message>
        <source>Vorige keer ({date}) · alleen om te lezen</source>
        <translation>Last time ({date}) · read only</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>geen cijfer</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>thuis ingevuld</source>
        <translation>filled in at home</translation>
    </message>
    <message>
        <source>{who}: {level}</source>
        <translation>{who}: {level}</translation>
    </message>
    <message>
        <source>Wat ging goed</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>De niveaus en teksten van {domain} zijn gewist: er wordt niets over vastgelegd. Was dat niet de bedoeling? Maak het ongedaan.</source>
        <translation>The levels and texts of {domain} have been cleared: nothing is recorded about it. Was that not what you meant? Undo it.</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Kies een cijfer van {low} tot {high}. {low} betekent: {low_label}. {high} betekent: {high_label}.</source>
        <translation>Choose a number from {low} to {high}. {low} means: {low_label}. {high} means: {high_label}.</translation>
    </message>
    <message>
        <source>Kies de zin die het best bij u past.</source>
        <translation>Choose the sentence that fits you best.</translation>
    </message>
    <message>
        <source>Dit past niet bij mij</source>
        <translation>This does not fit me</translation>
    </message>
    <message>
        <source>Of: daar zeg ik liever niets over.</source>
        <translation>Or: I would rather not say anything about it.</translation>
    </message>
    <message>
        <source>Hier wil ik over &amp;praten</source>
        <translation>I want to &amp;talk about this</translation>
    </message>
    <message>
        <source>Hier wil ik over praten</source>
        <translation>I want to talk about this</translation>
    </message>
    <message>
        <source>Wilt u er iets over zeggen? Dit hoeft niet.</source>
        <translation>Do you want to say something about it? You do not have to.</translation>
    </message>
    <message>
        <source>Wat u erover wilt zeggen</source>
        <translation>What you want to say about it</translation>
    </message>
    <message>
        <source>Cijfer {n}: {label}</source>
        <translation>Number {n}: {label}</translation>
    </message>
    <message>
        <source>Cijfer {n}</source>
        <translation>Number {n}</translation>
    </message>
    <message>
        <source>Keuze {n} voorlezen</source>
        <translation>Read choice {n} aloud</translation>
    </message>
    <message>
        <source>U heeft nog geen cijfer gekozen.</source>
        <translation>You have not chosen a number yet.</translation>
    </message>
    <message>
        <source>U heeft gekozen: {n}</source>
        <translation>You chose: {n}</translation>
    </message>
</context>
<context>
    <name>DomainTableModel</name>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Bespreekpunt</source>
        <translation>Point to discuss</translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Reden niet besproken</source>
        <translation>Reason not discussed</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation>still to choose</translation>
    </message>
    <message>
        <source>(reden ontbreekt)</source>
        <translation>(reason missing)</translation>
    </message>
    <message>
        <source>≠ u ziet dit anders</source>
        <translation>≠ you see this differently</translation>
    </message>
    <message>
        <source>Typ een cijfer om het te kiezen, Delete om het te wissen.</source>
        <translation>Type a number to choose it, Delete to clear it.</translation>
    </message>
    <message>
        <source>Typ een cijfer om het niveau te kiezen, 0 om het te wissen.</source>
        <translation>Type a number to choose the level, 0 to clear it.</translation>
    </message>
    <message>
        <source>Uit het vorige gesprek; alleen om te lezen, niet overgenomen.</source>
        <translation>From the previous conversation; read only, not carried over.</translation>
    </message>
    <message>
        <source>Typ of wijzig de reden waarom dit niet besproken wordt.</source>
        <translation>Type or change the reason why this is not discussed.</translation>
    </message>
    <message>
        <source>inwoner {c} · prof. {p} ({date})</source>
        <translation>resident {c} · prof. {p} ({date})</translation>
    </message>
</context>
<context>
    <name>DomainTableView</name>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Geen vraag of zorg op dit gebied</source>
        <translation>No question or concern in this area</translation>
    </message>
    <message>
        <source>De inwoner wil dit nu niet bespreken</source>
        <translation>The resident does not want to discuss this now</translation>
    </message>
    <message>
        <source>Niet van toepassing (bijvoorbeeld pensioen)</source>
        <translation>Not applicable (for example retirement)</translation>
    </message>
    <message>
        <source>Komt in een volgend gesprek aan bod</source>
        <translation>Will be covered in a later conversation</translation>
    </message>
    <message>
        <source>Al in beeld bij een andere hulpverlener</source>
        <translation>Already known to another care provider</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Kies de leefgebieden die nu belangrijk zijn en kies per leefgebied het niveau: eerst hoe de inwoner het ziet, dan de professional. Leg alleen vast wat nodig is; bij de andere leefgebieden noteert u waarom niet.</source>
        <translation>Choose the life domains that matter now and choose the level for each one: first how the resident sees it, then the professional. Record only what is needed; for the other life domains, note why not.</translation>
    </message>
    <message>
        <source>Kies eerst hoe de inwoner het ziet, dan de professional. Wordt het niet besproken? Noteer dan waarom niet.</source>
        <translation>First choose how the resident sees it, then the professional. Not discussed? Then note why not.</translation>
    </message>
    <message>
        <source>&amp;Per leefgebied</source>
        <translation>Per life do&amp;main</translation>
    </message>
    <message>
        <source>Per leefgebied invullen</source>
        <translation>Fill in per life domain</translation>
    </message>
    <message>
        <source>&amp;Alle leefgebieden in één tabel</source>
        <translation>All life domains in one ta&amp;ble</translation>
    </message>
    <message>
        <source>Alle leefgebieden in één tabel</source>
        <translation>All life domains in one table</translation>
    </message>
    <message>
        <source>&amp;Leefgebieden</source>
        <translation>L&amp;ife domains</translation>
    </message>
    <message>
        <source>Leefgebieden; spatie kiest of bespreken</source>
        <translation>Life domains; space chooses whether to discuss</translation>
    </message>
    <message>
        <source>Alle leefgebieden: typ een cijfer voor het niveau, spatie om te kiezen</source>
        <translation>All life domains: type a number for the level, space to choose</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: naar een ander vak. Cijfer: niveau kiezen in de kolom Inwoner of Professional (0 wist). Spatie: leefgebied wel of niet bespreken.</source>
        <translation>Arrow keys: to another cell. Number: choose the level in the Resident or Professional column (0 clears). Space: discuss the life domain or not.</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: naar een ander vak. Cijfer: kiezen in de kolom Inwoner of Professional (twee cijfers snel na elkaar: 10; Delete wist). Spatie: wel of niet bespreken.</source>
        <translation>Arrow keys: move to another cell. Number: choose in the Resident or Professional column (two digits quickly after each other: 10; Delete clears). Space: discuss or not.</translation>
    </message>
    <message>
        <source>Radar: inwoner en professional</source>
        <translation>Radar: resident and professional</translation>
    </message>
    <message>
        <source>Radar van de gekozen leefgebieden</source>
        <translation>Radar of the chosen life domains</translation>
    </message>
    <message>
        <source>De radar verschijnt als er drie of meer leefgebieden een cijfer hebben. De cijfers staan links en in de tabel.</source>
        <translation>The radar appears when three or more life domains have a score. The scores are on the left and in the table.</translation>
    </message>
    <message>
        <source>Doorgetrokken lijn: inwoner. Stippellijn: professional. 5 is het best.</source>
        <translation>Solid line: resident. Dotted line: professional. 5 is best.</translation>
    </message>
    <message>
        <source>Doorgetrokken lijn: inwoner. Stippellijn: professional. {best} is het best.</source>
        <translation>Solid line: resident. Dashed line: professional. {best} is the best.</translation>
    </message>
    <message>
        <source>{instrument} voor {name}</source>
        <translation>{instrument} for {name}</translation>
    </message>
    <message>
        <source>{instrument}: kies bij Start voor wie (nu voor het hele huishouden)</source>
        <translation>{instrument}: choose for whom at Start (now for the whole household)</translation>
    </message>
    <message>
        <source>{instrument} voor het hele huishouden</source>
        <translation>{instrument} for the whole household</translation>
    </message>
    <message>
        <source>inwoner {c} · prof. {p}</source>
        <translation>resident {c} · prof. {p}</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>nog kiezen</source>
        <translation>still to choose</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Kies bij elk leefgebied of het besproken wordt. Geef anders een reden waarom niet. Dat ontbreekt nog bij: {names}.</source>
        <translation>For each life domain, choose whether it is discussed. If not, give a reason why. This is still missing for: {names}.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>Instrument: {name}</source>
        <translation>Instrument: {name}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>U bent klaar met de vragen</source>
        <translation>You have finished the questions</translation>
    </message>
    <message>
        <source>Wat wilt u nu doen?</source>
        <translation>What do you want to do now?</translation>
    </message>
    <message>
        <source>&amp;Opslaan als bestand</source>
        <translation>Save as a &amp;file</translation>
    </message>
    <message>
        <source>Neem het bestand mee naar het gesprek. Of stuur het naar uw hulpverlener.</source>
        <translation>Take the file with you to the conversation. Or send it to your care worker.</translation>
    </message>
    <message>
        <source>Op &amp;papier zetten</source>
        <translation>Put it on &amp;paper</translation>
    </message>
    <message>
        <source>U krijgt een bestand om te printen. Neem het papier mee naar het gesprek.</source>
        <translation>You get a file to print. Take the paper with you to the conversation.</translation>
    </message>
    <message>
        <source>Het bestand om te printen openen</source>
        <translation>Open the file for printing</translation>
    </message>
    <message>
        <source>U heeft geen eigen plan gemaakt.</source>
        <translation>You did not make a plan of your own.</translation>
    </message>
    <message>
        <source>U heeft een familiegroepsplan gemaakt.</source>
        <translation>You made a family group plan.</translation>
    </message>
    <message>
        <source>U heeft een eigen plan gemaakt.</source>
        <translation>You made a plan of your own.</translation>
    </message>
    <message>
        <source>Doelen: {goals}. Wat er gaat gebeuren: {actions}. Wat u vraagt: {asks}. Mensen die meedoen: {people}.</source>
        <translation>Goals: {goals}. What will happen: {actions}. What you ask: {asks}. People who take part: {people}.</translation>
    </message>
    <message>
        <source>Alles &amp;wissen</source>
        <translation>&amp;Delete everything</translation>
    </message>
    <message>
        <source>Dan haalt u uw antwoorden van deze computer. Doe dit als u klaar bent. Of als andere mensen deze computer ook gebruiken.</source>
        <translation>This removes your answers from this computer. Do this when you are done. Or if other people use this computer too.</translation>
    </message>
    <message>
        <source>Het papier &amp;bekijken</source>
        <translation>&amp;View the paper</translation>
    </message>
    <message>
        <source>U heeft {done} van de {total} vragen ingevuld.</source>
        <translation>You have answered {done} of the {total} questions.</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>Vragen over uw leven</source>
        <translation>Questions about your life</translation>
    </message>
    <message>
        <source>Zo werkt het: klik op de zin die het best bij u past. Wilt u erover praten? Zet dan een vinkje. U mag ook iets opschrijven.</source>
        <translation>This is how it works: click the sentence that fits you best. Do you want to talk about it? Then tick the box. You can also write something down.</translation>
    </message>
    <message>
        <source>Zo werkt het: klik op het cijfer dat het best bij u past. Wilt u erover praten? Zet dan een vinkje. U mag ook iets opschrijven.</source>
        <translation>This is how it works: click the number that fits you best. Do you want to talk about it? Then tick the box. You can also write something down.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Dossier overdragen</source>
        <translation>Hand over a case</translation>
    </message>
    <message>
        <source>Het dossier gaat in één versleuteld bestand naar een collega, met alle gesprekken, scores, het netwerk, de doelen, de acties en de ondertekende plannen. Spreek samen een code af van minstens {n} tekens en geef die apart door: niet in dezelfde mail of op dezelfde stick als het bestand.</source>
        <translation>The case goes to a colleague in one encrypted file, with all conversations, scores, the network, the goals, the actions and the signed plans. Agree on a code of at least {n} characters and pass it on separately: not in the same e-mail or on the same stick as the file.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Naam van de collega</source>
        <translation>Name of the colleague</translation>
    </message>
    <message>
        <source>Afgesproken code</source>
        <translation>Agreed code</translation>
    </message>
    <message>
        <source>Afgesproken code, nog een keer</source>
        <translation>Agreed code, once more</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand</source>
        <translation>The hand-over file</translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Kies waar het overdrachtsbestand komt</source>
        <translation>Choose where the hand-over file goes</translation>
    </message>
    <message>
        <source>Het dossier is hiermee &amp;overgedragen (daarna kunt u het hier verwijderen)</source>
        <translation>The case is handed &amp;over with this (afterwards you can remove it here)</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <source>&amp;Collega:</source>
        <translation>Co&amp;lleague:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>Code &amp;nog een keer:</source>
        <translation>Code o&amp;nce more:</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Overdracht &amp;maken</source>
        <translation>&amp;Make hand-over</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>overdracht-{day}</source>
        <translation>handover-{day}</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Hand-over file</translation>
    </message>
    <message>
        <source>Overdrachtsbestanden (*{suffix})</source>
        <translation>Hand-over files (*{suffix})</translation>
    </message>
    <message>
        <source>Er is geen dossier om over te dragen.</source>
        <translation>There is no case to hand over.</translation>
    </message>
    <message>
        <source>Vul de naam in van de collega die het dossier krijgt.</source>
        <translation>Fill in the name of the colleague who receives the case.</translation>
    </message>
    <message>
        <source>De twee codes zijn niet gelijk.</source>
        <translation>The two codes are not the same.</translation>
    </message>
    <message>
        <source>Kies waar het overdrachtsbestand komt.</source>
        <translation>Choose where the hand-over file goes.</translation>
    </message>
    <message>
        <source>Dat bestand bestaat al; kies een andere naam.</source>
        <translation>That file exists already; choose another name.</translation>
    </message>
    <message>
        <source>Overdracht gemaakt: {name}, voor {colleague}. Geef de code apart door.</source>
        <translation>Hand-over made: {name}, for {colleague}. Pass on the code separately.</translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <source>(voor {name})</source>
        <translation>(for {name})</translation>
    </message>
    <message>
        <source>(nog zonder tekst)</source>
        <translation>(no text yet)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Doelen: wat wilt u bereiken, en wie doet wat?</source>
        <translation>Goals: what do you want to achieve, and who does what?</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Maak samen doelen: wat wilt u bereiken, wanneer, en hoe merken we dat het gelukt is? Spreek per doel af wie wat doet: eerst uzelf, dan de mensen om u heen, dan voorzieningen in de buurt en pas daarna hulp die de gemeente regelt.</source>
        <translation>Set goals together: what do you want to achieve, by when, and how will we notice that it has worked? For each goal, agree who does what: first you, then the people around you, then services in the neighbourhood, and only after that help arranged by the municipality.</translation>
    </message>
    <message>
        <source>&amp;Kies wanneer</source>
        <translation>&amp;Choose when</translation>
    </message>
    <message>
        <source>Naar de eerste afspraak zonder datum</source>
        <translation>Go to the first agreement without a date</translation>
    </message>
    <message>
        <source>&amp;Nieuw doel:</source>
        <translation>New &amp;goal:</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Schrijf het op in uw eigen woorden. Bijvoorbeeld: weer zelf mijn post doen. U mag meer dan één doel opschrijven.</source>
        <translation>Write it down in your own words. For example: deal with my post myself again. You may write down more than one goal.</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>Uw doelen</source>
        <translation>Your goals</translation>
    </message>
    <message>
        <source>U heeft nog geen doel opgeschreven.</source>
        <translation>You have not written down a goal yet.</translation>
    </message>
    <message>
        <source>Een doel toevoegen</source>
        <translation>Add a goal</translation>
    </message>
    <message>
        <source>Dit doel toevoegen</source>
        <translation>Add this goal</translation>
    </message>
    <message>
        <source>&amp;Uw doel</source>
        <translation>&amp;Your goal</translation>
    </message>
    <message>
        <source>bijvoorbeeld: weer zelf mijn post doen</source>
        <translation>for example: deal with my post myself again</translation>
    </message>
    <message>
        <source>&amp;Welk onderwerp? Dit hoeft niet.</source>
        <translation>&amp;Which topic? You may skip this.</translation>
    </message>
    <message>
        <source>Iets anders</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>{n}. {goal} (onderwerp: {topic})</source>
        <translation>{n}. {goal} (topic: {topic})</translation>
    </message>
    <message>
        <source>Doel {n} weghalen</source>
        <translation>Remove goal {n}</translation>
    </message>
    <message>
        <source>Schrijf eerst op wat u wilt bereiken.</source>
        <translation>First write down what you want to achieve.</translation>
    </message>
    <message>
        <source>Nieuw doel: wat wilt u bereiken</source>
        <translation>New goal: what do you want to achieve</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>D&amp;oelen</source>
        <translation>Goal&amp;s</translation>
    </message>
    <message>
        <source>Nog geen doelen. Schrijf hierboven wat de inwoner wil bereiken.</source>
        <translation>No goals yet. Write above what the resident wants to achieve.</translation>
    </message>
    <message>
        <source>Het doel</source>
        <translation>The goal</translation>
    </message>
    <message>
        <source>Leefgebied van het doel</source>
        <translation>Life domain of the goal</translation>
    </message>
    <message>
        <source>Leefgebied van het doel wijzigen</source>
        <translation>Change life domain of the goal</translation>
    </message>
    <message>
        <source>&amp;Leefgebied</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <source>Voor wie is het doel</source>
        <translation>Who the goal is for</translation>
    </message>
    <message>
        <source>Voor wie het doel is wijzigen</source>
        <translation>Change who the goal is for</translation>
    </message>
    <message>
        <source>Voor &amp;wie</source>
        <translation>For who&amp;m</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken</source>
        <translation>What do you want to achieve</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <source>Wat wilt u &amp;bereiken?</source>
        <translation>What do &amp;you want to achieve?</translation>
    </message>
    <message>
        <source>Hoe weten we dat het gelukt is</source>
        <translation>How will we know it has worked</translation>
    </message>
    <message>
        <source>Hoe we het weten wijzigen</source>
        <translation>Change how we will know</translation>
    </message>
    <message>
        <source>&amp;Hoe weten we dat het gelukt is?</source>
        <translation>How will we &amp;know it has worked?</translation>
    </message>
    <message>
        <source>Wanneer moet het doel bereikt zijn</source>
        <translation>When should the goal be achieved</translation>
    </message>
    <message>
        <source>Datum van het doel wijzigen</source>
        <translation>Change date of the goal</translation>
    </message>
    <message>
        <source>&amp;Wanneer?</source>
        <translation>&amp;By when?</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Welk cijfer willen we halen</source>
        <translation>Which score do we want to reach</translation>
    </message>
    <message>
        <source>Doelcijfer wijzigen</source>
        <translation>Change target score</translation>
    </message>
    <message>
        <source>&amp;Cijfer dat we willen halen</source>
        <translation>Target sco&amp;re</translation>
    </message>
    <message>
        <source>Wie bedacht het doel</source>
        <translation>Who came up with the goal</translation>
    </message>
    <message>
        <source>Wie het doel bedacht wijzigen</source>
        <translation>Change who came up with the goal</translation>
    </message>
    <message>
        <source>Stand van het doel</source>
        <translation>Status of the goal</translation>
    </message>
    <message>
        <source>Stand van het doel wijzigen</source>
        <translation>Change status of the goal</translation>
    </message>
    <message>
        <source>&amp;Stand</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Bedacht &amp;door</source>
        <translation>Thought &amp;up by</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Dit doel verwijderen</source>
        <translation>Remove this goal</translation>
    </message>
    <message>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>In deze volgorde: zelf, netwerk, vrijwilliger, voorziening in de buurt, professional, en als laatste een maatwerkvoorziening.</source>
        <translation>In this order: self, network, volunteer, service in the neighbourhood, professional, and last of all a tailored provision.</translation>
    </message>
    <message>
        <source>Afspraken bij dit doel</source>
        <translation>Agreements for this goal</translation>
    </message>
    <message>
        <source>Wie doet de nieuwe afspraak</source>
        <translation>Who does the new agreement</translation>
    </message>
    <message>
        <source>Wat gebeurt er?</source>
        <translation>What will happen?</translation>
    </message>
    <message>
        <source>Nieuwe afspraak: wat gebeurt er</source>
        <translation>New agreement: what will happen</translation>
    </message>
    <message>
        <source>&amp;Afspraak toevoegen</source>
        <translation>A&amp;dd agreement</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>De gekozen afspraak</source>
        <translation>The chosen agreement</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Wie het doet wijzigen</source>
        <translation>Change who does it</translation>
    </message>
    <message>
        <source>Wie &amp;doet het?</source>
        <translation>Who does &amp;it?</translation>
    </message>
    <message>
        <source>Wie uit het netwerk</source>
        <translation>Who from the network</translation>
    </message>
    <message>
        <source>Persoon uit het netwerk wijzigen</source>
        <translation>Change person from the network</translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Naam van wie het doet</source>
        <translation>Name of who does it</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Soort maatwerkvoorziening</source>
        <translation>Type of tailored provision</translation>
    </message>
    <message>
        <source>bijvoorbeeld huishoudelijke hulp</source>
        <translation>for example help with housework</translation>
    </message>
    <message>
        <source>Soort maatwerkvoorziening wijzigen</source>
        <translation>Change type of tailored provision</translation>
    </message>
    <message>
        <source>Soort &amp;maatwerk</source>
        <translation>&amp;Type of tailored provision</translation>
    </message>
    <message>
        <source>Wat gebeurt er</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Afspraak wijzigen</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <source>Wa&amp;t?</source>
        <translation>&amp;What?</translation>
    </message>
    <message>
        <source>Wie bedacht de afspraak</source>
        <translation>Who thought up the agreement</translation>
    </message>
    <message>
        <source>Wie de afspraak bedacht wijzigen</source>
        <translation>Change who thought up the agreement</translation>
    </message>
    <message>
        <source>B&amp;edacht door</source>
        <translation>Thought up &amp;by</translation>
    </message>
    <message>
        <source>Wanneer is de afspraak klaar</source>
        <translation>When will the agreement be done</translation>
    </message>
    <message>
        <source>Datum van de afspraak wijzigen</source>
        <translation>Change date of the agreement</translation>
    </message>
    <message>
        <source>of doo&amp;rlopend (geen einddatum)</source>
        <translation>or ongoing (no &amp;end date)</translation>
    </message>
    <message>
        <source>De afspraak loopt door, zonder einddatum</source>
        <translation>The agreement is ongoing, without an end date</translation>
    </message>
    <message>
        <source>Doorlopend wijzigen</source>
        <translation>Change ongoing</translation>
    </message>
    <message>
        <source>Stand van de afspraak</source>
        <translation>Status of the agreement</translation>
    </message>
    <message>
        <source>Stand van de afspraak wijzigen</source>
        <translation>Change status of the agreement</translation>
    </message>
    <message>
        <source>St&amp;and</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Klaar &amp;op</source>
        <translation>&amp;Done by</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Deze afspraak verwijderen</source>
        <translation>Remove this agreement</translation>
    </message>
    <message>
        <source>(kies iemand)</source>
        <translation>(choose someone)</translation>
    </message>
    <message>
        <source>Let op: bij {domain} staat een maatwerkvoorziening, maar {missing} zijn nog niet bekeken. Eerst komt eigen kracht (Wmo 2015, art. 2.3.2).</source>
        <translation>Please note: {domain} has a tailored provision, but {missing} have not been looked at yet. Own strength comes first (Wmo 2015, art. 2.3.2).</translation>
    </message>
    <message>
        <source>Bij 1 afspraak staat nog niet wanneer die klaar is.</source>
        <translation>For 1 agreement it is not yet set when it will be done.</translation>
    </message>
    <message>
        <source>Bij {n} afspraken staat nog niet wanneer ze klaar zijn.</source>
        <translation>For {n} agreements it is not yet set when they will be done.</translation>
    </message>
    <message>
        <source>Kies een datum of &apos;doorlopend&apos;: zonder kan het plan niet worden ondertekend.</source>
        <translation>Choose a date or &apos;ongoing&apos;: without one, the plan cannot be signed.</translation>
    </message>
    <message>
        <source>Dit leefgebied is in dit gesprek niet opnieuw besproken. Het laatst op {date}.</source>
        <translation>This life domain has not been discussed again in this conversation. It was last discussed on {date}.</translation>
    </message>
    <message>
        <source>Dit leefgebied is in dit gesprek niet besproken. Kies een besproken leefgebied, of bespreek het eerst bij Leefgebieden.</source>
        <translation>This life domain has not been discussed in this conversation. Choose a life domain that was discussed, or discuss it first under Life domains.</translation>
    </message>
    <message>
        <source>Schrijf bij elk doel wat de inwoner wil bereiken.</source>
        <translation>For each goal, write what the resident wants to achieve.</translation>
    </message>
    <message>
        <source>Schrijf bij elke afspraak wat er gebeurt.</source>
        <translation>For each agreement, write what will happen.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Dossier &amp;overdragen…</source>
        <translation>&amp;Hand over a case…</translation>
    </message>
    <message>
        <source>Maak een versleuteld bestand van een dossier voor een collega.</source>
        <translation>Make an encrypted file of a case for a colleague.</translation>
    </message>
    <message>
        <source>Overdracht in&amp;lezen…</source>
        <translation>&amp;Import a hand-over…</translation>
    </message>
    <message>
        <source>Lees een dossier in dat een collega aan u overdraagt.</source>
        <translation>Import a case that a colleague hands over to you.</translation>
    </message>
</context>
<context>
    <name>HelpersPage</name>
    <message>
        <source>Wie helpt u?</source>
        <translation>Who helps you?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld familie, buren of vrienden. Dit hoeft niet.</source>
        <translation>For example family, neighbours or friends. You do not have to fill this in.</translation>
    </message>
    <message>
        <source>U heeft nog niemand opgeschreven.</source>
        <translation>You have not written anyone down yet.</translation>
    </message>
    <message>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Els</source>
        <translation>for example: Els</translation>
    </message>
    <message>
        <source>&amp;Wie is dit voor u?</source>
        <translation>&amp;Who is this to you?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: mijn buurvrouw</source>
        <translation>for example: my neighbour</translation>
    </message>
    <message>
        <source>Waarmee &amp;helpt deze persoon?</source>
        <translation>How does this person &amp;help?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: boodschappen</source>
        <translation>for example: shopping</translation>
    </message>
    <message>
        <source>Deze persoon toevoegen</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <source>T&amp;oevoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Vul eerst een naam in.</source>
        <translation>Fill in a name first.</translation>
    </message>
    <message>
        <source>U heeft al {n} mensen opgeschreven. Meer kan niet.</source>
        <translation>You have already written down {n} people. You cannot add more.</translation>
    </message>
    <message>
        <source>Toegevoegd: {person}</source>
        <translation>Added: {person}</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{name} weghalen</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>HelpsModel</name>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Helpt nu</source>
        <translation>Helps now</translation>
    </message>
    <message>
        <source>Wat nu</source>
        <translation>What now</translation>
    </message>
    <message>
        <source>Kan helpen</source>
        <translation>Could help</translation>
    </message>
    <message>
        <source>Wat kan</source>
        <translation>What could</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HouseholdRole</name>
    <message>
        <source>aanvrager</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>pleegkind</source>
        <translation>foster child</translation>
    </message>
    <message>
        <source>huisgenoot</source>
        <translation>housemate</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>Paspoort</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identiteitskaart</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Rijbewijs</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Verblijfsdocument</source>
        <translation>Residence document</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Overdracht inlezen</source>
        <translation>Import a hand-over</translation>
    </message>
    <message>
        <source>Lees een dossier in dat een collega aan u overdraagt. U hebt het bestand en de code nodig die u samen hebt afgesproken. Een dossier dat hier al is, wordt pas veranderd als u kiest welke versie blijft.</source>
        <translation>Import a case that a colleague hands over to you. You need the file and the code you agreed on together. A case that is here already changes only when you choose which version stays.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand</source>
        <translation>The hand-over file</translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Kies het overdrachtsbestand</source>
        <translation>Choose the hand-over file</translation>
    </message>
    <message>
        <source>Afgesproken code</source>
        <translation>Agreed code</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In de overdracht</source>
        <translation>In the hand-over</translation>
    </message>
    <message>
        <source>Verschillen per dossier</source>
        <translation>Differences per case</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Hand-over file</translation>
    </message>
    <message>
        <source>Overdrachtsbestanden (*{suffix});;Alle bestanden (*)</source>
        <translation>Hand-over files (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Overdracht van {sender} voor {recipient}, 1 dossier.</source>
        <translation>Hand-over from {sender} for {recipient}, 1 case.</translation>
    </message>
    <message>
        <source>Overdracht van {sender} voor {recipient}, {count} dossiers.</source>
        <translation>Hand-over from {sender} for {recipient}, {count} cases.</translation>
    </message>
    <message>
        <source>nieuw hier: wordt ingelezen</source>
        <translation>new here: will be imported</translation>
    </message>
    <message>
        <source>al hier, gelijk</source>
        <translation>here already, the same</translation>
    </message>
    <message>
        <source>al hier, verschilt</source>
        <translation>here already, differs</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>alleen hier</source>
        <translation>only here</translation>
    </message>
    <message>
        <source>{ref}: welke versie blijft?</source>
        <translation>{ref}: which version stays?</translation>
    </message>
    <message>
        <source>&amp;Mijn dossier houden</source>
        <translation>&amp;Keep my case</translation>
    </message>
    <message>
        <source>Het &amp;ontvangen dossier overnemen</source>
        <translation>&amp;Take the received case</translation>
    </message>
    <message>
        <source>Kies bij elk dossier welke versie blijft.</source>
        <translation>Choose for each case which version stays.</translation>
    </message>
    <message>
        <source>De overdracht is verwerkt.</source>
        <translation>The hand-over has been processed.</translation>
    </message>
</context>
<context>
    <name>LevelChooser</name>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>{who}: niveau {value}, {label}</source>
        <translation>{who}: level {value}, {label}</translation>
    </message>
    <message>
        <source>{who}: cijfer {value} van {maximum}</source>
        <translation>{who}: score {value} out of {maximum}</translation>
    </message>
    <message>
        <source>{low} = {low_label}. {high} = {high_label}.</source>
        <translation>{low} = {low_label}. {high} = {high_label}.</translation>
    </message>
    <message>
        <source>{value} op een schaal van {low} tot {high}.</source>
        <translation>{value} on a scale from {low} to {high}.</translation>
    </message>
    <message>
        <source>Kies het niveau dat het best past. Hier staat dan wat het betekent.</source>
        <translation>Choose the level that fits best. What it means will then appear here.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>T&amp;oevoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Meer dan {n} kan niet.</source>
        <translation>More than {n} is not possible.</translation>
    </message>
    <message>
        <source>Toegevoegd: {item}. U kunt nog iets opschrijven. Of klik op Verder.</source>
        <translation>Added: {item}. You can write down something else. Or click Next.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Dossier verwijderen van &amp;deze computer…</source>
        <translation>&amp;Remove case from this computer…</translation>
    </message>
    <message>
        <source>Na overdracht of na de bewaartermijn: wis dit dossier van deze computer.</source>
        <translation>After handover or after the retention period: erase this case from this computer.</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sluit de database af; ontgrendelen vraagt de wachtwoordzin.</source>
        <translation>Closes the database; unlocking asks for the passphrase.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>B&amp;eeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Keukentafelmodus</source>
        <translation>&amp;Kitchen-table mode</translation>
    </message>
    <message>
        <source>Toon alleen dit gezin; de lijst met andere dossiers is dan verborgen.</source>
        <translation>Show only this household; the list of other cases is then hidden.</translation>
    </message>
    <message>
        <source>&amp;Dossierlijst</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over eigenkracht</source>
        <translation>&amp;About eigenkracht</translation>
    </message>
    <message>
        <source>Meer menu&apos;s</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>⚠ 1 vragenlijst kon niet worden geladen. Klik voor uitleg.</source>
        <translation>⚠ 1 questionnaire could not be loaded. Click for details.</translation>
    </message>
    <message>
        <source>⚠ {n} vragenlijsten konden niet worden geladen. Klik voor uitleg.</source>
        <translation>⚠ {n} questionnaires could not be loaded. Click for details.</translation>
    </message>
    <message>
        <source>Vragenlijsten die niet geladen konden worden</source>
        <translation>Questionnaires that could not be loaded</translation>
    </message>
    <message>
        <source>Vragenlijsten</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Deze bestanden met vragenlijsten zijn niet gebruikt. De andere vragenlijsten werken gewoon. Vraag de beheerder van uw organisatie om het bestand te verbeteren.</source>
        <translation>These questionnaire files were not used. The other questionnaires work as usual. Ask your organisation&apos;s administrator to correct the file.</translation>
    </message>
    <message>
        <source>{household} — eigenkracht</source>
        <translation>{household} — eigenkracht</translation>
    </message>
    <message>
        <source>Keukentafel: {title}</source>
        <translation>Kitchen table: {title}</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <source>Opnie&amp;uw: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld.</source>
        <translation>eigenkracht is locked.</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>eigenkracht — vergrendeld</source>
        <translation>eigenkracht — locked</translation>
    </message>
    <message>
        <source>Medewerker: {name}</source>
        <translation>Worker: {name}</translation>
    </message>
    <message>
        <source>Aangemeld op deze computer als: {login}</source>
        <translation>Signed in on this computer as: {login}</translation>
    </message>
    <message>
        <source>Over eigenkracht</source>
        <translation>About eigenkracht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;eigenkracht&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Het keukentafelgesprek en het ondersteuningsplan voor het sociaal domein. Alle gegevens staan versleuteld op deze computer.&lt;/p&gt;&lt;p&gt;Vrije software onder de EUPL-1.2. Lettertype: DejaVu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;eigenkracht&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The kitchen-table conversation and the support plan for the social domain. All data is stored encrypted on this computer.&lt;/p&gt;&lt;p&gt;Free software under the EUPL-1.2. Font: DejaVu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Meldingen</name>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing was saved; free up space and try again.</translation>
    </message>
    <message>
        <source>Geen toegang tot het bestand {name}: het is alleen-lezen of van iemand anders.</source>
        <translation>No access to the file {name}: it is read-only or belongs to someone else.</translation>
    </message>
    <message>
        <source>Geen toegang tot een bestand: het is alleen-lezen of van iemand anders.</source>
        <translation>No access to a file: it is read-only or belongs to someone else.</translation>
    </message>
    <message>
        <source>Het bestand {name} bestaat niet.</source>
        <translation>The file {name} does not exist.</translation>
    </message>
    <message>
        <source>Een bestand bestaat niet.</source>
        <translation>A file does not exist.</translation>
    </message>
    <message>
        <source>De naam of het pad van het bestand is te lang.</source>
        <translation>The file&apos;s name or path is too long.</translation>
    </message>
    <message>
        <source>Lezen of schrijven van het bestand {name} is mislukt (een fout van de schijf of het systeem).</source>
        <translation>Reading or writing the file {name} failed (an error of the disk or the system).</translation>
    </message>
    <message>
        <source>Lezen of schrijven van een bestand is mislukt (een fout van de schijf of het systeem).</source>
        <translation>Reading or writing a file failed (an error of the disk or the system).</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de schijf is vol. Er is niets opgeslagen.</source>
        <translation>Cannot write to {path}: the disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: daar mag niet worden geschreven.</source>
        <translation>Cannot write to {path}: writing there is not allowed.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de schijf is alleen-lezen.</source>
        <translation>Cannot write to {path}: the disk is read-only.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de map bestaat niet.</source>
        <translation>Cannot write to {path}: the folder does not exist.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: dat is een map.</source>
        <translation>Cannot write to {path}: that is a folder.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}: de naam of het pad is te lang.</source>
        <translation>Cannot write to {path}: the name or path is too long.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {path}. Er is niets opgeslagen.</source>
        <translation>Cannot write to {path}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Dit bestand is beveiligd met een code. Vul de code in.</source>
        <translation>This file is protected with a code. Enter the code.</translation>
    </message>
    <message>
        <source>De code klopt niet, of het bestand is beschadigd. Controleer de code en probeer het opnieuw.</source>
        <translation>The code is not right, or the file is damaged. Check the code and try again.</translation>
    </message>
    <message>
        <source>{where}: de tekst is te lang ({value} tekens; hooguit {limit}).</source>
        <translation>{where}: the text is too long ({value} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>{where}: de tekst bevat onzichtbare stuurtekens.</source>
        <translation>{where}: the text contains invisible control characters.</translation>
    </message>
    <message>
        <source>{where}: hoort op één regel te staan.</source>
        <translation>{where}: should be on one line.</translation>
    </message>
    <message>
        <source>{where}: de tekst bevat een ongeldig teken.</source>
        <translation>{where}: the text contains an invalid character.</translation>
    </message>
    <message>
        <source>De datum van invullen ({day}) ligt te ver terug.</source>
        <translation>The date it was filled in ({day}) is too long ago.</translation>
    </message>
    <message>
        <source>De datum van invullen ({day}) ligt in de toekomst. Dat kan niet.</source>
        <translation>The date it was filled in ({day}) is in the future. That is not possible.</translation>
    </message>
    <message>
        <source>doelen</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>afspraken over wie wat doet</source>
        <translation>agreements about who does what</translation>
    </message>
    <message>
        <source>vragen</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>mensen die meeschreven</source>
        <translation>people who wrote along</translation>
    </message>
    <message>
        <source>Het eigen plan noemt te veel {what} (hooguit {limit}).</source>
        <translation>The own plan names too many {what} (at most {limit}).</translation>
    </message>
    <message>
        <source>Eigen plan, doel {number}</source>
        <translation>Own plan, goal {number}</translation>
    </message>
    <message>
        <source>{where}: de tekst ontbreekt.</source>
        <translation>{where}: the text is missing.</translation>
    </message>
    <message>
        <source>{where}: onbekend onderwerp.</source>
        <translation>{where}: unknown topic.</translation>
    </message>
    <message>
        <source>Eigen plan, afspraak {number}</source>
        <translation>Own plan, agreement {number}</translation>
    </message>
    <message>
        <source>{where}: wat er gebeurt ontbreekt.</source>
        <translation>{where}: what will happen is missing.</translation>
    </message>
    <message>
        <source>{where}: hoort bij een doel dat niet in het plan staat.</source>
        <translation>{where}: belongs to a goal that is not in the plan.</translation>
    </message>
    <message>
        <source>Eigen plan, vraag {number}</source>
        <translation>Own plan, question {number}</translation>
    </message>
    <message>
        <source>{where}: de vraag ontbreekt.</source>
        <translation>{where}: the question is missing.</translation>
    </message>
    <message>
        <source>Eigen plan, meegeschreven {number}</source>
        <translation>Own plan, wrote along {number}</translation>
    </message>
    <message>
        <source>{where}: de naam ontbreekt.</source>
        <translation>{where}: the name is missing.</translation>
    </message>
    <message>
        <source>{where}: deze naam komt twee keer voor.</source>
        <translation>{where}: this name appears twice.</translation>
    </message>
    <message>
        <source>Het bestand noemt geen geldige vragenlijst.</source>
        <translation>The file does not name a valid questionnaire.</translation>
    </message>
    <message>
        <source>Het bestand noemt geen geldige versie van de vragenlijst.</source>
        <translation>The file does not name a valid version of the questionnaire.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Wat belangrijk is</source>
        <translation>What matters</translation>
    </message>
    <message>
        <source>Het cijfer voor tevredenheid ligt niet tussen 0 en 10.</source>
        <translation>The satisfaction score is not between 0 and 10.</translation>
    </message>
    <message>
        <source>Het bestand heeft te veel antwoorden (hooguit {MAX_ANSWERS}).</source>
        <translation>The file has too many answers (at most {MAX_ANSWERS}).</translation>
    </message>
    <message>
        <source>Antwoord {number}</source>
        <translation>Answer {number}</translation>
    </message>
    <message>
        <source>{where}: het onderwerp &apos;{domain}&apos; komt twee keer voor.</source>
        <translation>{where}: the topic &apos;{domain}&apos; appears twice.</translation>
    </message>
    <message>
        <source>{where}: het gekozen antwoord bestaat niet.</source>
        <translation>{where}: the chosen answer does not exist.</translation>
    </message>
    <message>
        <source>{where}: een antwoord is gekozen én overgeslagen.</source>
        <translation>{where}: an answer was both chosen and skipped.</translation>
    </message>
    <message>
        <source>Het bestand noemt te veel helpers (hooguit {MAX_HELPERS}).</source>
        <translation>The file names too many helpers (at most {MAX_HELPERS}).</translation>
    </message>
    <message>
        <source>Helper {number}</source>
        <translation>Helper {number}</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (een eigen plan hoort niet in versie 1).</source>
        <translation>The file is damaged (an own plan does not belong in version 1).</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd ({exc}).</source>
        <translation>The file is damaged ({exc}).</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd ({exc}).</source>
        <translation>The own plan is damaged ({exc}).</translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd.</source>
        <translation>The own plan is damaged.</translation>
    </message>
    <message>
        <source>De beveiliging van het bestand is beschadigd.</source>
        <translation>The file&apos;s protection is damaged.</translation>
    </message>
    <message>
        <source>Het bestand is niet gevonden.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>Dit is een map, geen bestand.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen. {reason}</source>
        <translation>The file cannot be read. {reason}</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een zelfbeoordeling.</source>
        <translation>The file is too large for a self-assessment.</translation>
    </message>
    <message>
        <source>Dit is geen zelfbeoordeling van eigenkracht (geen tekstbestand).</source>
        <translation>This is not an eigenkracht self-assessment (not a text file).</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (te diep genest).</source>
        <translation>The file is damaged (nested too deeply).</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of onvolledig, of het is geen zelfbeoordeling.</source>
        <translation>The file is damaged or incomplete, or it is not a self-assessment.</translation>
    </message>
    <message>
        <source>Dit is geen zelfbeoordeling van eigenkracht.</source>
        <translation>This is not an eigenkracht self-assessment.</translation>
    </message>
    <message>
        <source>Het bestand is gemaakt met een nieuwere versie van eigenkracht. Werk eigenkracht bij om het te lezen.</source>
        <translation>The file was made with a newer version of eigenkracht. Update eigenkracht to read it.</translation>
    </message>
    <message>
        <source>De versie van het bestand is ongeldig.</source>
        <translation>The file&apos;s version is invalid.</translation>
    </message>
    <message>
        <source>Het bestand bevat onbekende onderdelen.</source>
        <translation>The file contains unknown parts.</translation>
    </message>
    <message>
        <source>De beveiliging van het bestand is beschadigd of onbekend.</source>
        <translation>The file&apos;s protection is damaged or unknown.</translation>
    </message>
    <message>
        <source>Het bestand is beveiligd op een manier die eigenkracht niet kent.</source>
        <translation>The file is protected in a way eigenkracht does not know.</translation>
    </message>
    <message>
        <source>Het beveiligde deel van het bestand ontbreekt.</source>
        <translation>The protected part of the file is missing.</translation>
    </message>
    <message>
        <source>Het beveiligde deel van het bestand is beschadigd.</source>
        <translation>The protected part of the file is damaged.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd (het moment van opslaan klopt niet).</source>
        <translation>The file is damaged (the moment it was saved is not right).</translation>
    </message>
    <message>
        <source>De antwoorden ontbreken in het bestand.</source>
        <translation>The answers are missing from the file.</translation>
    </message>
    <message>
        <source>Het bestand hoort bij de vragenlijst &apos;{instrument_id}&apos; (versie {instrument_version}), die hier niet is geïnstalleerd en ook niet in de database staat. Vraag de beheerder om het instrumentbestand.</source>
        <translation>The file belongs to the questionnaire &apos;{instrument_id}&apos; (version {instrument_version}), which is not installed here and is not in the database either. Ask the administrator for the instrument file.</translation>
    </message>
    <message>
        <source>Het bestand bevat het onderwerp &apos;{domain}&apos;, dat de vragenlijst &apos;{name}&apos; niet kent.</source>
        <translation>The file contains the topic &apos;{domain}&apos;, which the questionnaire &apos;{name}&apos; does not know.</translation>
    </message>
    <message>
        <source>Het bestand bevat bij &apos;{domain}&apos; een antwoord dat niet bestaat.</source>
        <translation>The file contains an answer for &apos;{domain}&apos; that does not exist.</translation>
    </message>
    <message>
        <source>Het eigen plan heeft een doel bij het onderwerp &apos;{domain}&apos;, dat de vragenlijst &apos;{name}&apos; niet kent.</source>
        <translation>The own plan has a goal for the topic &apos;{domain}&apos;, which the questionnaire &apos;{name}&apos; does not know.</translation>
    </message>
    <message>
        <source>De afspraak &apos;{what}&apos; hoort bij het doel &apos;{goal_text}&apos;. Vink dat doel ook aan, of kies een ander doel.</source>
        <translation>The agreement &apos;{what}&apos; belongs to the goal &apos;{goal_text}&apos;. Tick that goal too, or choose another goal.</translation>
    </message>
    <message>
        <source>In de database mag niet worden geschreven (alleen-lezen). Het bestand is in orde, maar eigenkracht moet erin kunnen schrijven. Er is niets veranderd.</source>
        <translation>The database may not be written to (read-only). The file is fine, but eigenkracht must be able to write to it. Nothing was changed.</translation>
    </message>
    <message>
        <source>In {name} of in de map waarin het staat mag niet worden geschreven (alleen-lezen). Het bestand is in orde, maar eigenkracht moet erin kunnen schrijven. Er is niets veranderd.</source>
        <translation>{name}, or the folder it is in, may not be written to (read-only). The file is fine, but eigenkracht must be able to write to it. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma. Probeer het zo opnieuw. Er is niets veranderd.</source>
        <translation>The database is in use by another program. Try again in a moment. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database {name} is bezet door een ander programma. Probeer het zo opnieuw. Er is niets veranderd.</source>
        <translation>The database {name} is busy in another program. Try again in a moment. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het bestand met de gegevens is beschadigd: een deel ervan kan niet meer worden gelezen. Er is niets aan veranderd. Zet een reservekopie terug.</source>
        <translation>The file with the data is damaged: part of it can no longer be read. Nothing in it was changed. Restore a backup.</translation>
    </message>
    <message>
        <source>Er is te weinig geheugen vrij. Sluit andere programma&apos;s en probeer het opnieuw.</source>
        <translation>There is not enough free memory. Close other programs and try again.</translation>
    </message>
    <message>
        <source>De database bestaat niet (meer).</source>
        <translation>The database does not exist (any more).</translation>
    </message>
    <message>
        <source>De database {name} bestaat niet (meer).</source>
        <translation>The database {name} does not exist (any more).</translation>
    </message>
    <message>
        <source>De database kon niet worden gelezen of geschreven (een fout van de schijf of het systeem). Er is niets veranderd.</source>
        <translation>The database could not be read or written (an error of the disk or the system). Nothing was changed.</translation>
    </message>
    <message>
        <source>De database {name} kon niet worden gelezen of geschreven (een fout van de schijf of het systeem). Er is niets veranderd.</source>
        <translation>The database {name} could not be read or written (an error of the disk or the system). Nothing was changed.</translation>
    </message>
    <message>
        <source>De database gaf een onverwachte fout. Er is niets veranderd.</source>
        <translation>The database gave an unexpected error. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het bestand {name} is beschadigd: een deel ervan kan niet meer worden gelezen. Er is niets aan veranderd. Zet een reservekopie terug.</source>
        <translation>The file {name} is damaged: part of it can no longer be read. Nothing was changed in it. Restore a backup.</translation>
    </message>
    <message>
        <source>{problem} De wachtwoordzin is niet gewijzigd; de oude wachtwoordzin blijft geldig.</source>
        <translation>{problem} The passphrase was not changed; the old passphrase stays valid.</translation>
    </message>
    <message>
        <source>De wachtwoordzin kon niet worden gewijzigd. De wachtwoordzin is niet gewijzigd; de oude wachtwoordzin blijft geldig.</source>
        <translation>The passphrase could not be changed. The old passphrase stays valid.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens.</source>
        <translation>Choose a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {key_file} ontbreekt. Het hoort naast {name} te staan.</source>
        <translation>The key file {key_file} is missing. It belongs next to {name}.</translation>
    </message>
    <message>
        <source>Het bestand {name} kan met dit sleutelbestand niet worden gelezen: het is beschadigd, of het is geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation>The file {name} cannot be read with this key file: it is damaged, or it is not an eigenkracht database. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>Het bestand {name} is geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation>The file {name} is not an eigenkracht database. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>Het bestand {name} is onvolledig: er ontbreken delen van de database (misschien is het maken ervan afgebroken). Er is niets aan veranderd.</source>
        <translation>The file {name} is incomplete: parts of the database are missing (perhaps making it was interrupted). Nothing was changed in it.</translation>
    </message>
    <message>
        <source>De database is bezet door een ander programma.</source>
        <translation>The database is busy in another program.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {name} is beschadigd. Er is niets veranderd.</source>
        <translation>The key file {name} is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet. Er is niets veranderd.</source>
        <translation>The passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet: het wijzigen van de wachtwoordzin is niet afgemaakt, dus de oude wachtwoordzin geldt nog. Er is niets veranderd.</source>
        <translation>The passphrase is not right: changing the passphrase was not finished, so the old passphrase still holds. Nothing was changed.</translation>
    </message>
    <message>
        <source>De wachtwoordzin klopt niet: hij is gewijzigd, gebruik de nieuwe. Er is niets veranderd.</source>
        <translation>The passphrase is not right: it was changed, use the new one. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database {path} bestaat niet.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>Het bestand {name} mag niet worden gelezen. Er is niets aan veranderd.</source>
        <translation>The file {name} may not be read. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>Het bestand {name} is een gewone, onversleutelde database en geen eigenkracht-database. Er is niets aan veranderd.</source>
        <translation>The file {name} is an ordinary, unencrypted database and not an eigenkracht database. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>Het bestand {name} is te klein of leeg. Er is niets aan veranderd.</source>
        <translation>The file {name} is too small or empty. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>De database {name} is al geopend in een ander venster of programma. Sluit hem daar eerst, of wacht tot dat klaar is. Er is niets veranderd.</source>
        <translation>The database {name} is already open in another window or program. Close it there first, or wait until that is done. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database {name} is gemaakt met een nieuwere versie van eigenkracht. Werk het programma bij. Er is niets aan veranderd.</source>
        <translation>The database {name} was made with a newer version of eigenkracht. Update the program. Nothing was changed in it.</translation>
    </message>
    <message>
        <source>De kopie van de database klopt niet met het origineel. Er is geen reservekopie gemaakt; probeer het opnieuw.</source>
        <translation>The copy of the database does not match the original. No backup was made; try again.</translation>
    </message>
    <message>
        <source>Er staat al een bestand {name}. Kies een andere naam.</source>
        <translation>There is already a file {name}. Choose another name.</translation>
    </message>
    <message>
        <source>De map {parent} bestaat niet.</source>
        <translation>The folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>Het sleutelbestand naast {name} kan niet worden gelezen. Er is geen reservekopie gemaakt.</source>
        <translation>The key file next to {name} cannot be read. No backup was made.</translation>
    </message>
    <message>
        <source>De reservekopie in {name} is niet goed weggeschreven (de controle klopt niet). Probeer het opnieuw, eventueel op een andere schijf of stick.</source>
        <translation>The backup in {name} was not written correctly (the check does not match). Try again, perhaps on another disk or stick.</translation>
    </message>
    <message>
        <source>Dit bestand is geen reservekopie van eigenkracht. Er is niets veranderd.</source>
        <translation>This file is not an eigenkracht backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>De reservekopie is beschadigd of niet compleet (bijvoorbeeld afgebroken tijdens het kopiëren). Er is niets veranderd.</source>
        <translation>The backup is damaged or incomplete (for example cut off while copying). Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze reservekopie is gemaakt met een nieuwere versie van eigenkracht. Werk het programma bij en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>This backup was made with a newer version of eigenkracht. Update the program and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>{name} is een map, geen reservekopie.</source>
        <translation>{name} is a folder, not a backup.</translation>
    </message>
    <message>
        <source>Er staat al een database {name}. Zet de reservekopie terug onder een nieuwe naam; er wordt nooit iets overschreven.</source>
        <translation>There is already a database {name}. Restore the backup under a new name; nothing is ever overwritten.</translation>
    </message>
    <message>
        <source>De wachtwoordzin past niet bij deze reservekopie. Gebruik de wachtwoordzin die gold toen de kopie werd gemaakt. Er is niets veranderd.</source>
        <translation>The passphrase does not fit this backup. Use the passphrase that applied when the copy was made. Nothing was changed.</translation>
    </message>
    <message>
        <source>De teruggezette kopie klopt niet met de reservekopie (de controle is niet geslaagd). Er is niets veranderd.</source>
        <translation>The restored copy does not match the backup (the check failed). Nothing was changed.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beschadigd.</source>
        <translation>The hand-over file is damaged.</translation>
    </message>
    <message>
        <source>{what} is te lang of bevat tekens die niet kunnen.</source>
        <translation>{what} is too long or contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Vul de naam in van de collega voor wie de overdracht is.</source>
        <translation>Enter the name of the colleague the hand-over is for.</translation>
    </message>
    <message>
        <source>De naam van de collega</source>
        <translation>The colleague&apos;s name</translation>
    </message>
    <message>
        <source>De naam van de afzender</source>
        <translation>The sender&apos;s name</translation>
    </message>
    <message>
        <source>Kies minstens één dossier om over te dragen.</source>
        <translation>Choose at least one case to hand over.</translation>
    </message>
    <message>
        <source>Draag hooguit {MAX_CASES} dossiers tegelijk over.</source>
        <translation>Hand over at most {MAX_CASES} cases at a time.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is niet gevonden.</source>
        <translation>The hand-over file was not found.</translation>
    </message>
    <message>
        <source>Dit is een map, geen overdrachtsbestand.</source>
        <translation>This is a folder, not a hand-over file.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand kan niet worden gelezen.</source>
        <translation>The hand-over file cannot be read.</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een overdracht.</source>
        <translation>The file is too large for a hand-over.</translation>
    </message>
    <message>
        <source>Dit is geen overdrachtsbestand van eigenkracht.</source>
        <translation>This is not an eigenkracht hand-over file.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beschadigd of onvolledig.</source>
        <translation>The hand-over file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>De versie van het overdrachtsbestand ontbreekt of is ongeldig.</source>
        <translation>The version of the hand-over file is missing or invalid.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is gemaakt met een nieuwere versie van eigenkracht; werk eigenkracht eerst bij.</source>
        <translation>The hand-over file was made with a newer version of eigenkracht; update eigenkracht first.</translation>
    </message>
    <message>
        <source>Deze overdracht is in deze database gemaakt; lees hem in bij de collega.</source>
        <translation>This hand-over was made in this database; read it in at the colleague&apos;s.</translation>
    </message>
    <message>
        <source>Deze overdracht is bedoeld voor een andere database.</source>
        <translation>This hand-over is meant for another database.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand is beveiligd op een manier die eigenkracht niet kent.</source>
        <translation>The hand-over file is protected in a way eigenkracht does not know.</translation>
    </message>
    <message>
        <source>Een ondertekende planversie in het overdrachtsbestand klopt niet meer met haar vingerafdruk.</source>
        <translation>A signed plan version in the hand-over file no longer matches its fingerprint.</translation>
    </message>
    <message>
        <source>Het logboek in het overdrachtsbestand klopt niet; de overdracht is niet ingelezen.</source>
        <translation>The log in the hand-over file is not right; the hand-over was not read in.</translation>
    </message>
    <message>
        <source>Kies een code van minstens {minimum} tekens.</source>
        <translation>Choose a code of at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Kies een code van hooguit {maximum} tekens.</source>
        <translation>Choose a code of at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Het bestand is te groot voor een inzage-export.</source>
        <translation>The file is too large for an access export.</translation>
    </message>
    <message>
        <source>Het bestand is geen geldige JSON.</source>
        <translation>The file is not valid JSON.</translation>
    </message>
    <message>
        <source>Het bestand is geen inzage-export van eigenkracht.</source>
        <translation>The file is not an eigenkracht access export.</translation>
    </message>
    <message>
        <source>De versie van het bestand ontbreekt.</source>
        <translation>The file&apos;s version is missing.</translation>
    </message>
    <message>
        <source>Het bestand is gemaakt met een nieuwere versie van eigenkracht.</source>
        <translation>The file was made with a newer version of eigenkracht.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: {exc}</source>
        <translation>The file is damaged: {exc}</translation>
    </message>
    <message>
        <source>Het logboek in het bestand is beschadigd.</source>
        <translation>The log in the file is damaged.</translation>
    </message>
    <message>
        <source>pseudonymised: verwacht true of false.</source>
        <translation>pseudonymised: expected true or false.</translation>
    </message>
    <message>
        <source>other_tables: verwacht een object met per tabel een lijst.</source>
        <translation>other_tables: expected an object with a list per table.</translation>
    </message>
    <message>
        <source>other_tables.{table}: verwacht een lijst met rijen.</source>
        <translation>other_tables.{table}: expected a list of rows.</translation>
    </message>
    <message>
        <source>other_tables.{table}[{number}].{column}: geen waarde uit een tabel.</source>
        <translation>other_tables.{table}[{number}].{column}: not a value from a table.</translation>
    </message>
    <message>
        <source>{where}: verwacht een lijst.</source>
        <translation>{where}: expected a list.</translation>
    </message>
    <message>
        <source>{here}: verwacht de sleutels {INSTRUMENT_KEYS}.</source>
        <translation>{here}: expected the keys {INSTRUMENT_KEYS}.</translation>
    </message>
    <message>
        <source>{here}: id en version moeten tekst zijn.</source>
        <translation>{here}: id and version must be text.</translation>
    </message>
    <message>
        <source>{here}: verwacht een definition (tekst) of missing (tekst).</source>
        <translation>{here}: expected a definition (text) or missing (text).</translation>
    </message>
    <message>
        <source>{here}: levels en domains moeten lijsten zijn.</source>
        <translation>{here}: levels and domains must be lists.</translation>
    </message>
    <message>
        <source>access_log_head: geen geldige laatste rij van het logboek (id en hash).</source>
        <translation>access_log_head: not a valid last row of the log (id and hash).</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>dit is geen geldig TOML-bestand.</source>
        <translation>this is not a valid TOML file.</translation>
    </message>
    <message>
        <source>zet format = {FORMAT} bovenaan (deze versie leest formaat {FORMAT}).</source>
        <translation>put format = {FORMAT} at the top (this version reads format {FORMAT}).</translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;{unknown}&apos; (bedoeld zijn [ggm], [monitor] en [retention]).</source>
        <translation>unknown key &apos;{unknown}&apos; (meant are [ggm], [monitor] and [retention]).</translation>
    </message>
    <message>
        <source>ggm.client_code is {choices}.</source>
        <translation>ggm.client_code is {choices}.</translation>
    </message>
    <message>
        <source>monitor.team is de naam van het team (tekst).</source>
        <translation>monitor.team is the name of the team (text).</translation>
    </message>
    <message>
        <source>zet de teams onder [monitor.teams], zoals &quot;Team Noord&quot; = [&quot;...&quot;].</source>
        <translation>put the teams under [monitor.teams], like &quot;Team Noord&quot; = [&quot;...&quot;].</translation>
    </message>
    <message>
        <source>een team in [monitor.teams] heeft geen naam.</source>
        <translation>a team in [monitor.teams] has no name.</translation>
    </message>
    <message>
        <source>team &apos;{name}&apos;: geef een lijst met namen van coördinatoren.</source>
        <translation>team &apos;{name}&apos;: give a list of names of coordinators.</translation>
    </message>
    <message>
        <source>&apos;{member}&apos; staat bij twee teams ({seen} en {name}).</source>
        <translation>&apos;{member}&apos; is in two teams ({seen} and {name}).</translation>
    </message>
    <message>
        <source>retention.{problems}</source>
        <translation>retention.{problems}</translation>
    </message>
    <message>
        <source>[{name}] moet een tabel zijn.</source>
        <translation>[{name}] must be a table.</translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;{name}.{unknown}&apos;.</source>
        <translation>unknown key &apos;{name}.{unknown}&apos;.</translation>
    </message>
    <message>
        <source>het bestand kan niet worden gelezen.</source>
        <translation>the file cannot be read.</translation>
    </message>
    <message>
        <source>De tekst bevat een ongeldig teken (een half teken uit kapotte tekst). Typ of plak de tekst opnieuw; er is niets veranderd.</source>
        <translation>The text contains an invalid character (half a character from broken text). Type or paste the text again; nothing was changed.</translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer).</source>
        <translation>This case does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <source>{exc}. Er is niets opgeslagen.</source>
        <translation>{exc}. Nothing was saved.</translation>
    </message>
    <message>
        <source>&apos;{domain}&apos; is geen onderdeel van &apos;{name}&apos;. Er is niets opgeslagen.</source>
        <translation>&apos;{domain}&apos; is not part of &apos;{name}&apos;. Nothing was saved.</translation>
    </message>
    <message>
        <source>{problem} Er is niets opgeslagen.</source>
        <translation>{problem} Nothing was saved.</translation>
    </message>
    <message>
        <source>{problem} Er is niets veranderd.</source>
        <translation>{problem} Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit plan is ondertekend en kan niet meer veranderen. Maak een nieuwe versie.</source>
        <translation>This plan is signed and can no longer change. Make a new version.</translation>
    </message>
    <message>
        <source>Onbekend veld: {bad}</source>
        <translation>Unknown field: {bad}</translation>
    </message>
    <message>
        <source>Er is niets om op te slaan.</source>
        <translation>There is nothing to save.</translation>
    </message>
    <message>
        <source>Een leefgebied met een score is wel besproken.</source>
        <translation>A life domain with a score has been discussed.</translation>
    </message>
    <message>
        <source>Een aandeel ligt tussen 0 en 100 procent.</source>
        <translation>A share lies between 0 and 100 percent.</translation>
    </message>
    <message>
        <source>De aandelen zelf, netwerk en professionals tellen samen op tot 100.</source>
        <translation>The shares self, network and professionals add up to 100.</translation>
    </message>
    <message>
        <source>Een waarde ligt buiten het toegestane bereik. Er is niets veranderd.</source>
        <translation>A value is outside the allowed range. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit bestaat al. Er is niets veranderd.</source>
        <translation>This exists already. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit verwijst naar iets dat niet bestaat. Er is niets veranderd.</source>
        <translation>This refers to something that does not exist. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit plan is ondertekend en kan niet meer veranderen.</source>
        <translation>This plan is signed and can no longer change.</translation>
    </message>
    <message>
        <source>Een dossier heeft een kenmerk en een naam van het huishouden.</source>
        <translation>A case has a reference and a household name.</translation>
    </message>
    <message>
        <source>Het kenmerk {reference} bestaat al.</source>
        <translation>The reference {reference} exists already.</translation>
    </message>
    <message>
        <source>Het cijfer voor tevredenheid ligt tussen 0 en 10.</source>
        <translation>The satisfaction score lies between 0 and 10.</translation>
    </message>
    <message>
        <source>De score hoort bij een ander leefgebied.</source>
        <translation>The score belongs to another life domain.</translation>
    </message>
    <message>
        <source>Deze database heeft nog geen eigen kenmerk.</source>
        <translation>This database does not have its own reference yet.</translation>
    </message>
    <message>
        <source>Een dossier staat twee keer in de overdracht.</source>
        <translation>A case is in the hand-over twice.</translation>
    </message>
    <message>
        <source>Een keuze hoort bij geen dossier van deze overdracht.</source>
        <translation>A choice belongs to no case of this hand-over.</translation>
    </message>
    <message>
        <source>Dossier {reference} bestaat hier al en verschilt; kies per dossier welke versie blijft.</source>
        <translation>Case {reference} exists here already and differs; choose per case which version stays.</translation>
    </message>
    <message>
        <source>Het kenmerk {reference} is hier al van een ander dossier; de overdracht is niet ingelezen.</source>
        <translation>The reference {reference} already belongs to another case here; the hand-over was not read in.</translation>
    </message>
    <message>
        <source>Een afspraak zegt wat er gebeurt. Er is niets overgenomen.</source>
        <translation>An agreement says what will happen. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Een afspraak uit het eigen plan is van de inwoner of van de mensen om de inwoner heen. Er is niets overgenomen.</source>
        <translation>An agreement from the own plan is the resident&apos;s or that of the people around the resident. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Een afspraak noemt een persoon die niet bestaat. Er is niets overgenomen.</source>
        <translation>An agreement names a person who does not exist. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Alleen de vraag, wat belangrijk is en het cijfer kunnen mee.</source>
        <translation>Only the question, what matters and the score can be taken over.</translation>
    </message>
    <message>
        <source>Er is niets gekozen om over te nemen.</source>
        <translation>Nothing was chosen to take over.</translation>
    </message>
    <message>
        <source>Dit soort eigen plan kent het programma niet.</source>
        <translation>The program does not know this kind of own plan.</translation>
    </message>
    <message>
        <source>Het eigen plan komt van thuis of van papier.</source>
        <translation>The own plan comes from home or from paper.</translation>
    </message>
    <message>
        <source>Het eigen plan is beschadigd. Er is niets overgenomen.</source>
        <translation>The own plan is damaged. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Het eigen plan kan niet in de toekomst ontvangen zijn.</source>
        <translation>The own plan cannot have been received in the future.</translation>
    </message>
    <message>
        <source>Het eigen plan is te groot. Er is niets overgenomen.</source>
        <translation>The own plan is too large. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Een doel heeft een omschrijving. Er is niets overgenomen.</source>
        <translation>A goal has a description. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Een doel uit het eigen plan is van de inwoner. Er is niets overgenomen.</source>
        <translation>A goal from the own plan is the resident&apos;s. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Het kenmerk van het bestand klopt niet. Er is niets overgenomen.</source>
        <translation>The file&apos;s reference is not right. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Het moment van opslaan klopt niet. Er is niets overgenomen.</source>
        <translation>The moment of saving is not right. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Het dossier is intussen veranderd. Er is niets overgenomen; lees het bestand opnieuw in.</source>
        <translation>The case has changed in the meantime. Nothing was taken over; read the file in again.</translation>
    </message>
    <message>
        <source>Dit gesprek hoort bij een ander dossier.</source>
        <translation>This conversation belongs to another case.</translation>
    </message>
    <message>
        <source>Deze persoon hoort bij een ander dossier.</source>
        <translation>This person belongs to another case.</translation>
    </message>
    <message>
        <source>Dit doel hoort bij een ander dossier.</source>
        <translation>This goal belongs to another case.</translation>
    </message>
    <message>
        <source>&apos;{domain}&apos; is geen onderwerp van een bekende vragenlijst. Er is niets overgenomen.</source>
        <translation>&apos;{domain}&apos; is not a topic of a known questionnaire. Nothing was taken over.</translation>
    </message>
    <message>
        <source>Een doel heeft een omschrijving.</source>
        <translation>A goal has a description.</translation>
    </message>
    <message>
        <source>Een afspraak zegt wat er gebeurt.</source>
        <translation>An agreement says what will happen.</translation>
    </message>
    <message>
        <source>Er is geen handtekening ingevuld.</source>
        <translation>No signature was filled in.</translation>
    </message>
    <message>
        <source>Dit hoort bij een ander dossier. Er is niets veranderd.</source>
        <translation>This belongs to another case. Nothing was changed.</translation>
    </message>
    <message>
        <source>geen toegang</source>
        <extracomment>Highest value of the top-level `format` key this version reads. Limits against absurd or hostile files. `Instrument.source` of a definition read back from the database (kept with the data). Languages a file may give besides Dutch: a text key `name` has the sibling `name_en`. Appended to a Dutch text shown where the file has no text in the interface language.</extracomment>
        <translation>no access</translation>
    </message>
    <message>
        <source>bestaat niet</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>dat is een map</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <source>de naam is te lang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>een fout van de schijf of het systeem</source>
        <translation>an error of the disk or the system</translation>
    </message>
    <message>
        <source>kan het bestand niet lezen ({reason})</source>
        <translation>cannot read the file ({reason})</translation>
    </message>
    <message>
        <source>{name} (meegeleverd)</source>
        <translation>{name} (bundled)</translation>
    </message>
    <message>
        <source>verwacht een geheel getal, gevonden: {found}</source>
        <translation>expected a whole number, found: {found}</translation>
    </message>
    <message>
        <source>verwacht tekst, gevonden: {found}</source>
        <translation>expected text, found: {found}</translation>
    </message>
    <message>
        <source>niveaus</source>
        <translation>levels</translation>
    </message>
    <message>
        <source>domeinen</source>
        <translation>domains</translation>
    </message>
    <message>
        <source>{place}: regel {line}, kolom {column}</source>
        <translation>{place}: line {line}, column {column}</translation>
    </message>
    <message>
        <source>{place}: regel {line}</source>
        <translation>{place}: line {line}</translation>
    </message>
    <message>
        <source>{place}: sleutel &apos;{key}&apos;</source>
        <translation>{place}: key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>Een doel bij &apos;{name}&apos; ligt tussen {minimum} en {maximum}; {value} past daar niet.</source>
        <translation>A goal for &apos;{name}&apos; lies between {minimum} and {maximum}; {value} does not fit.</translation>
    </message>
    <message>
        <source>Een score bij &apos;{name}&apos; ligt tussen {minimum} en {maximum}; {value} past daar niet.</source>
        <translation>A score for &apos;{name}&apos; lies between {minimum} and {maximum}; {value} does not fit.</translation>
    </message>
    <message>
        <source>waar/onwaar (true/false)</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>geheel getal</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>kommagetal</source>
        <translation>decimal number</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>lijst</source>
        <translation>list</translation>
    </message>
    <message>
        <source>datum of tijd</source>
        <translation>date or time</translation>
    </message>
    <message>
        <source>onbekende sleutel; bedoelt u &apos;{hint}&apos;? (toegestaan: {allowed})</source>
        <translation>unknown key; do you mean &apos;{hint}&apos;? (allowed: {allowed})</translation>
    </message>
    <message>
        <source>onbekende sleutel (toegestaan: {allowed})</source>
        <translation>unknown key (allowed: {allowed})</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>verwacht een tabel, gevonden: {found}</source>
        <translation>expected a table, found: {found}</translation>
    </message>
    <message>
        <source>verwacht een lijst van {what}, gevonden: {found}</source>
        <translation>expected a list of {what}, found: {found}</translation>
    </message>
    <message>
        <source>te weinig {what} ({count}; minimaal {low})</source>
        <translation>too few {what} ({count}; at least {low})</translation>
    </message>
    <message>
        <source>te veel {what} ({count}; maximaal {high})</source>
        <translation>too many {what} ({count}; at most {high})</translation>
    </message>
    <message>
        <source>{value} ligt buiten {low} t/m {high}</source>
        <translation>{value} lies outside {low} to {high}</translation>
    </message>
    <message>
        <source>tekst is te lang ({count} tekens; maximaal {limit})</source>
        <translation>text is too long ({count} characters; at most {limit})</translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken; haal het weg</source>
        <translation>contains an invisible control character; remove it</translation>
    </message>
    <message>
        <source>moet op één regel passen (geen regeleinde)</source>
        <translation>must fit on one line (no line break)</translation>
    </message>
    <message>
        <source>staat er zonder de Nederlandse tekst &apos;{name}&apos;; zet &apos;{name}&apos; erbij of haal &apos;{sibling}&apos; weg</source>
        <translation>is there without the Dutch text &apos;{name}&apos;; add &apos;{name}&apos; or remove &apos;{sibling}&apos;</translation>
    </message>
    <message>
        <source>moet groter zijn dan scale.min ({low})</source>
        <translation>must be greater than scale.min ({low})</translation>
    </message>
    <message>
        <source>schaal is te groot (maximaal {count} stappen)</source>
        <translation>scale is too large (at most {count} steps)</translation>
    </message>
    <message>
        <source>waarden moeten oplopen in stappen van 1; na {previous} hoort {expected}, gevonden: {found}</source>
        <translation>values must go up in steps of 1; after {previous} comes {expected}, found: {found}</translation>
    </message>
    <message>
        <source>verwacht een waarde van de schaal (een geheel getal)</source>
        <translation>expected a value of the scale (a whole number)</translation>
    </message>
    <message>
        <source>waarde {value} hoort niet bij de schaal ({minimum} t/m {maximum})</source>
        <translation>value {value} is not part of the scale ({minimum} to {maximum})</translation>
    </message>
    <message>
        <source>ontbreekt: elke waarde van de schaal ({minimum} t/m {maximum}) heeft een beschrijving nodig</source>
        <translation>missing: every value of the scale ({minimum} to {maximum}) needs a description</translation>
    </message>
    <message>
        <source>niet toegestaan bij kind = &quot;score&quot; (alleen bij &apos;levels&apos; en &apos;ladder&apos;)</source>
        <translation>not allowed with kind = &quot;score&quot; (only with &apos;levels&apos; and &apos;ladder&apos;)</translation>
    </message>
    <message>
        <source>domeinsleutel</source>
        <translation>domain key</translation>
    </message>
    <message>
        <source>ongeldige {what} &apos;{value}&apos;: gebruik alleen kleine letters a-z, cijfers en losse koppeltekens (niet aan begin of eind), maximaal {limit} tekens</source>
        <translation>invalid {what} &apos;{value}&apos;: use only lower-case letters a-z, digits and single hyphens (not at the start or end), at most {limit} characters</translation>
    </message>
    <message>
        <source>ontbreekt (zet bovenaan: format = {version})</source>
        <translation>missing (put at the top: format = {version})</translation>
    </message>
    <message>
        <source>formaatversie {found} is nieuwer dan deze versie van eigenkracht kan lezen (tot en met {version}); werk eigenkracht bij</source>
        <translation>format version {found} is newer than this version of eigenkracht can read (up to {version}); update eigenkracht</translation>
    </message>
    <message>
        <source>ongeldige formaatversie {found} (verwacht {version})</source>
        <translation>invalid format version {found} (expected {version})</translation>
    </message>
    <message>
        <source>ongeldige versie &apos;{value}&apos;: gebruik cijfers, letters, punten, &apos;+&apos; of &apos;-&apos;, maximaal {limit} tekens (bijvoorbeeld &quot;1.0&quot;)</source>
        <translation>invalid version &apos;{value}&apos;: use digits, letters, dots, &apos;+&apos; or &apos;-&apos;, at most {limit} characters (for example &quot;1.0&quot;)</translation>
    </message>
    <message>
        <source>onbekende soort &apos;{value}&apos; (toegestaan: {allowed})</source>
        <translation>unknown kind &apos;{value}&apos; (allowed: {allowed})</translation>
    </message>
    <message>
        <source>verwacht true of false, gevonden: {found}</source>
        <translation>expected true or false, found: {found}</translation>
    </message>
    <message>
        <source>domeinsleutel &apos;{key}&apos; komt vaker voor (ook bij domains[{first}])</source>
        <translation>domain key &apos;{key}&apos; occurs more than once (also at domains[{first}])</translation>
    </message>
    <message>
        <source>verwacht tekst, gevonden: {found} (toegestaan: {allowed})</source>
        <translation>expected text, found: {found} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>onbekende waarde &apos;{value}&apos;; bedoelt u &apos;{hint}&apos;? (toegestaan: huishouden = het hele huishouden, persoon = één lid, kind = per kind)</source>
        <translation>unknown value &apos;{value}&apos;; do you mean &apos;{hint}&apos;? (allowed: huishouden = the whole household, persoon = one member, kind = per child)</translation>
    </message>
    <message>
        <source>onbekende waarde &apos;{value}&apos; (toegestaan: huishouden = het hele huishouden, persoon = één lid, kind = per kind)</source>
        <translation>unknown value &apos;{value}&apos; (allowed: huishouden = the whole household, persoon = one member, kind = per child)</translation>
    </message>
    <message>
        <source>bestand is te groot (meer dan {size} MB)</source>
        <translation>file is too large (more than {size} MB)</translation>
    </message>
    <message>
        <source>geen geldige UTF-8-tekst (ongeldige byte op positie {position}); sla het bestand op als UTF-8</source>
        <translation>not valid UTF-8 text (invalid byte at position {position}); save the file as UTF-8</translation>
    </message>
    <message>
        <source>bevat een ongeldig teken op positie {position}</source>
        <translation>contains an invalid character at position {position}</translation>
    </message>
    <message>
        <source>geen tekst maar {found}</source>
        <translation>not text but {found}</translation>
    </message>
    <message>
        <source>geen geldige TOML (te diep genest)</source>
        <translation>not valid TOML (nested too deeply)</translation>
    </message>
    <message>
        <source>geen geldige TOML ({detail} aan het eind van het bestand)</source>
        <translation>not valid TOML ({detail} at the end of the file)</translation>
    </message>
    <message>
        <source>geen geldige TOML ({detail})</source>
        <translation>not valid TOML ({detail})</translation>
    </message>
    <message>
        <source>geen bestandsnaam</source>
        <translation>not a file name</translation>
    </message>
    <message>
        <source>ongeldige bestandsnaam</source>
        <translation>invalid file name</translation>
    </message>
    <message>
        <source>de map ontbreekt</source>
        <translation>the folder is missing</translation>
    </message>
    <message>
        <source>niet gevonden: {reason}</source>
        <translation>not found: {reason}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>precies één meegeleverd instrument moet de standaard zijn (nu: {names})</source>
        <translation>exactly one bundled instrument must be the default (now: {names})</translation>
    </message>
    <message>
        <source>het standaardinstrument moet van de soort &apos;levels&apos; zijn, niet &apos;{kind}&apos;</source>
        <translation>the default instrument must be of the kind &apos;levels&apos;, not &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>instrument &apos;{id}&apos; versie &apos;{version}&apos; bestaat al ({where}); geef dit bestand een andere id of een hoger versienummer</source>
        <translation>instrument &apos;{id}&apos; version &apos;{version}&apos; already exists ({where}); give this file another id or a higher version number</translation>
    </message>
    <message>
        <source>meegeleverd</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>ongeldige mapnaam</source>
        <translation>invalid folder name</translation>
    </message>
    <message>
        <source>kan de map niet lezen ({reason})</source>
        <translation>cannot read the folder ({reason})</translation>
    </message>
    <message>
        <source>instrument &apos;{id}&apos; versie &apos;{version}&apos;</source>
        <translation>instrument &apos;{id}&apos; version &apos;{version}&apos;</translation>
    </message>
    <message>
        <source>is niet geïnstalleerd en niet bij de gegevens bewaard; geïnstalleerd is versie {installed}; zet het instrumentbestand terug in de map {folder}</source>
        <translation>is not installed and not kept with the data; installed is version {installed}; put the instrument file back in the folder {folder}</translation>
    </message>
    <message>
        <source>is niet geïnstalleerd en niet bij de gegevens bewaard; zet het instrumentbestand terug in de map {folder}</source>
        <translation>is not installed and not kept with the data; put the instrument file back in the folder {folder}</translation>
    </message>
    <message>
        <source>instrumenten</source>
        <translation>instruments</translation>
    </message>
    <message>
        <source>er is geen enkel instrument geïnstalleerd</source>
        <translation>no instrument at all is installed</translation>
    </message>
    <message>
        <source>geen geldige JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>onbekende versie van het netwerk</source>
        <translation>unknown version of the network</translation>
    </message>
    <message>
        <source>de melding</source>
        <extracomment>The Case field that holds the day of each step. The fields a route write may change (Repository.record_route). What each day is, in Dutch, for the sentences below (N_: the window translates them, context Meldingen).</extracomment>
        <translation>the report (melding)</translation>
    </message>
    <message>
        <source>het ontvangen persoonlijk plan</source>
        <translation>the personal plan received</translation>
    </message>
    <message>
        <source>het aanbod van een familiegroepsplan</source>
        <translation>the offer of a family group plan</translation>
    </message>
    <message>
        <source>het ontvangen familiegroepsplan</source>
        <translation>the family group plan received</translation>
    </message>
    <message>
        <source>het wijzen op cliëntondersteuning</source>
        <translation>pointing out client support</translation>
    </message>
    <message>
        <source>het onderzoek</source>
        <translation>the assessment</translation>
    </message>
    <message>
        <source>het verslag</source>
        <translation>the written report</translation>
    </message>
    <message>
        <source>de aanvraag</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>de beschikking</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>de evaluatie</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <source>het afsluiten</source>
        <translation>the closing</translation>
    </message>
    <message>
        <source>deze stap</source>
        <translation>this step</translation>
    </message>
    <message>
        <source>De datum van {what} ligt in de toekomst. Kies vandaag of eerder.</source>
        <translation>The date of {what} is in the future. Choose today or earlier.</translation>
    </message>
    <message>
        <source>De datum van {what} ligt vóór de melding. Dat kan niet.</source>
        <translation>The date of {what} is before the report (melding). That cannot be.</translation>
    </message>
    <message>
        <source>Leg eerst de datum van de melding vast.</source>
        <translation>First record the date of the report (melding).</translation>
    </message>
    <message>
        <source>Leg eerst de datum van de aanvraag vast.</source>
        <translation>First record the date of the application.</translation>
    </message>
    <message>
        <source>De beschikking kan niet vóór de aanvraag liggen.</source>
        <translation>The decision cannot be before the application.</translation>
    </message>
    <message>
        <source>Schrijf op waarom u de status zelf kiest.</source>
        <translation>Write down why you choose the status yourself.</translation>
    </message>
    <message>
        <source>Een dossier sluit u af met de datum van afsluiten.</source>
        <translation>You close a case with the closing date.</translation>
    </message>
    <message>
        <source>(hoofdniveau)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>onbekend type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>hier hoort een lijst</source>
        <translation>a list belongs here</translation>
    </message>
    <message>
        <source>hier hoort een object</source>
        <translation>an object belongs here</translation>
    </message>
    <message>
        <source>hier hoort een datum (JJJJ-MM-DD)</source>
        <translation>a date belongs here (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>hier hoort waar of onwaar</source>
        <translation>true or false belongs here</translation>
    </message>
    <message>
        <source>hier hoort een geheel getal</source>
        <translation>a whole number belongs here</translation>
    </message>
    <message>
        <source>hier hoort tekst</source>
        <translation>text belongs here</translation>
    </message>
    <message>
        <source>onbekende waarde {value}</source>
        <translation>unknown value {value}</translation>
    </message>
    <message>
        <source>geen geldige datum (JJJJ-MM-DD)</source>
        <translation>not a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>onbekende sleutel {key}</source>
        <translation>unknown key {key}</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol in het huishouden</source>
        <translation>Role in the household</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gezinslid &amp;toevoegen</source>
        <translation>Add household &amp;member</translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Naam van gezinslid {n}</source>
        <translation>Name of household member {n}</translation>
    </message>
    <message>
        <source>Rol van gezinslid {n}</source>
        <translation>Role of household member {n}</translation>
    </message>
    <message>
        <source>Geboortedatum van gezinslid {n}</source>
        <translation>Date of birth of household member {n}</translation>
    </message>
    <message>
        <source>Gezinslid {n} verwijderen</source>
        <translation>Remove household member {n}</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Wat is uw naam?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <source>Dit hoeft niet. Vult u uw naam in? Dan staat die in het bestand en op het papier.</source>
        <translation>You do not have to. If you fill in your name, it will be in the file and on the paper.</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Vrienden en buren</source>
        <translation>Friends and neighbours</translation>
    </message>
    <message>
        <source>Werk, school en clubs</source>
        <translation>Work, school and clubs</translation>
    </message>
    <message>
        <source>Professionals en organisaties</source>
        <translation>Professionals and organisations</translation>
    </message>
    <message>
        <source>heel dichtbij</source>
        <translation>very close</translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation>close</translation>
    </message>
    <message>
        <source>kennissen</source>
        <translation>acquaintances</translation>
    </message>
    <message>
        <source>diensten</source>
        <translation>services</translation>
    </message>
    <message>
        <source>1 heel dichtbij</source>
        <translation>1 very close</translation>
    </message>
    <message>
        <source>2 dichtbij</source>
        <translation>2 close</translation>
    </message>
    <message>
        <source>3 kennissen</source>
        <translation>3 acquaintances</translation>
    </message>
    <message>
        <source>4 diensten</source>
        <translation>4 services</translation>
    </message>
    <message>
        <source>sterke band</source>
        <translation>strong bond</translation>
    </message>
    <message>
        <source>zwakke band</source>
        <translation>weak bond</translation>
    </message>
    <message>
        <source>band die zwaar is</source>
        <translation>bond that weighs heavily</translation>
    </message>
    <message>
        <source>helpt het gezin</source>
        <translation>helps the household</translation>
    </message>
    <message>
        <source>krijgt hulp van het gezin</source>
        <translation>gets help from the household</translation>
    </message>
    <message>
        <source>helpen elkaar</source>
        <translation>help each other</translation>
    </message>
    <message>
        <source>geen hulp</source>
        <translation>no help</translation>
    </message>
    <message>
        <source>helpt nu</source>
        <translation>helps now</translation>
    </message>
    <message>
        <source>kan helpen</source>
        <translation>could help</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>dochter</source>
        <translation>daughter</translation>
    </message>
    <message>
        <source>zoon</source>
        <translation>son</translation>
    </message>
    <message>
        <source>moeder</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>vader</source>
        <translation>father</translation>
    </message>
    <message>
        <source>zus</source>
        <translation>sister</translation>
    </message>
    <message>
        <source>broer</source>
        <translation>brother</translation>
    </message>
    <message>
        <source>kleinkind</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <source>vriendin</source>
        <translation>friend (female)</translation>
    </message>
    <message>
        <source>vriend</source>
        <translation>friend (male)</translation>
    </message>
    <message>
        <source>buurvrouw</source>
        <translation>neighbour (female)</translation>
    </message>
    <message>
        <source>buurman</source>
        <translation>neighbour (male)</translation>
    </message>
    <message>
        <source>collega</source>
        <translation>colleague</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>wijkverpleegkundige</source>
        <translation>district nurse</translation>
    </message>
    <message>
        <source>begeleider</source>
        <translation>support worker</translation>
    </message>
    <message>
        <source>leerkracht</source>
        <translation>teacher</translation>
    </message>
</context>
<context>
    <name>NetworkAttention</name>
    <message>
        <source>{who} zorgt veel voor het gezin, heeft het te zwaar en heeft zelf steun nodig. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation>{who} does a lot of caring for the family, is carrying too much and needs support too. Together we will look at what help there can be for {again}.</translation>
    </message>
    <message>
        <source>{who} zorgt veel voor het gezin en heeft het te zwaar. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation>{who} does a lot of caring for the family and is carrying too much. Together we will look at what help there can be for {again}.</translation>
    </message>
    <message>
        <source>{who} zorgt veel voor het gezin en heeft zelf steun nodig. We kijken samen welke hulp er voor {again} kan komen.</source>
        <translation>{who} does a lot of caring for the family and needs support too. Together we will look at what help there can be for {again}.</translation>
    </message>
    <message>
        <source>{who} is mantelzorger, is overbelast en heeft zelf steun nodig. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation>{who} is an informal carer, is overburdened and needs support too. Discuss support for the informal carer (Wmo 2015, art. 2.3.2 lid 4 onder d).</translation>
    </message>
    <message>
        <source>{who} is mantelzorger en is overbelast. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation>{who} is an informal carer and is overburdened. Discuss support for the informal carer (Wmo 2015, art. 2.3.2 lid 4 onder d).</translation>
    </message>
    <message>
        <source>{who} is mantelzorger en heeft zelf steun nodig. Bespreek ondersteuning voor de mantelzorger (Wmo 2015, art. 2.3.2 lid 4 onder d).</source>
        <translation>{who} is an informal carer and needs support too. Discuss support for the informal carer (Wmo 2015, art. 2.3.2 lid 4 onder d).</translation>
    </message>
    <message>
        <source>Alle hulp uit het netwerk komt nu van één persoon: {who}. We kijken samen wie nog meer kan helpen.</source>
        <translation>All help from the network now comes from one person: {who}. Together we will look at who else can help.</translation>
    </message>
    <message>
        <source>Alle hulp uit het netwerk komt nu van één persoon: {who}. Kijk samen wie nog meer kan helpen.</source>
        <translation>All help from the network now comes from one person: {who}. Look together at who else can help.</translation>
    </message>
</context>
<context>
    <name>NetworkBook</name>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Persoon verplaatsen</source>
        <translation>Move person</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Hulp per leefgebied wijzigen</source>
        <translation>Change help per life domain</translation>
    </message>
    <message>
        <source>Namen verbergen</source>
        <translation>Hide names</translation>
    </message>
    <message>
        <source>Namen weer tonen</source>
        <translation>Show names again</translation>
    </message>
</context>
<context>
    <name>NetworkCompareDialog</name>
    <message>
        <source>Netwerk toen en nu: {household}</source>
        <translation>Network then and now: {household}</translation>
    </message>
    <message>
        <source>Kies twee momenten. Links het netwerk toen, rechts het netwerk daarna. Onder de kaarten staat wie erbij kwam en wie wegging.</source>
        <translation>Choose two moments. On the left the network then, on the right the network afterwards. Below the maps you can see who joined and who left.</translation>
    </message>
    <message>
        <source>Moment toen</source>
        <translation>Moment then</translation>
    </message>
    <message>
        <source>Moment nu</source>
        <translation>Moment now</translation>
    </message>
    <message>
        <source>Nu (zoals het netwerk nu is)</source>
        <translation>Now (as the network is now)</translation>
    </message>
    <message>
        <source>(uit de datums op de kaart)</source>
        <translation>(from the dates on the map)</translation>
    </message>
    <message>
        <source>&amp;Toen:</source>
        <translation>&amp;Then:</translation>
    </message>
    <message>
        <source>&amp;Nu:</source>
        <translation>&amp;Now:</translation>
    </message>
    <message>
        <source>Namen &amp;verbergen (rol tonen)</source>
        <translation>&amp;Hide names (show role)</translation>
    </message>
    <message>
        <source>Namen verbergen: toon de rol</source>
        <translation>Hide names: show the role</translation>
    </message>
    <message>
        <source>Netwerkkaart toen</source>
        <translation>Network map then</translation>
    </message>
    <message>
        <source>Netwerkkaart nu</source>
        <translation>Network map now</translation>
    </message>
    <message>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}.</source>
        <translation>Joined: {names}.</translation>
    </message>
    <message>
        <source>Niet meer in het netwerk: {names}.</source>
        <translation>No longer in the network: {names}.</translation>
    </message>
    <message>
        <source>{way}, van kring {before} naar kring {after}</source>
        <translation>{way}, from circle {before} to circle {after}</translation>
    </message>
    <message>
        <source>dichterbij gekomen</source>
        <translation>moved closer</translation>
    </message>
    <message>
        <source>verder weg</source>
        <translation>moved further away</translation>
    </message>
    <message>
        <source>van sector {before} naar sector {after}</source>
        <translation>from sector {before} to sector {after}</translation>
    </message>
    <message>
        <source>{name}: {moves}.</source>
        <translation>{name}: {moves}.</translation>
    </message>
    <message>
        <source>, en </source>
        <translation>, and </translation>
    </message>
    <message>
        <source>{name} ({before} → {after})</source>
        <translation>{name} ({before} → {after})</translation>
    </message>
    <message>
        <source>Band veranderd: {items}.</source>
        <translation>Bond changed: {items}.</translation>
    </message>
    <message>
        <source>Tussen deze twee momenten is het netwerk niet veranderd.</source>
        <translation>The network did not change between these two moments.</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>band die zwaar is (zigzag)</source>
        <translation>bond that weighs heavily (zigzag)</translation>
    </message>
    <message>
        <source>helpt het gezin</source>
        <translation>helps the household</translation>
    </message>
    <message>
        <source>krijgt hulp van het gezin</source>
        <translation>gets help from the household</translation>
    </message>
    <message>
        <source>helpen elkaar</source>
        <translation>help each other</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>mantelzorger: overbelast of steun nodig</source>
        <translation>informal carer: overburdened or needs support</translation>
    </message>
    <message>
        <source>kleur en plaats: de sector</source>
        <translation>colour and place: the sector</translation>
    </message>
    <message>
        <source>kring 1 heel dichtbij, 2 dichtbij, 3 kennissen, 4 diensten</source>
        <translation>circle 1 very close, 2 close, 3 acquaintances, 4 services</translation>
    </message>
    <message>
        <source>helpt bij het gekozen leefgebied</source>
        <translation>helps with the chosen life domain</translation>
    </message>
    <message>
        <source>Nog niemand op de kaart. Voeg mensen toe.</source>
        <translation>No one on the map yet. Add people.</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>{household}: nog niemand op de netwerkkaart.</source>
        <translation>{household}: no one on the network map yet.</translation>
    </message>
    <message>
        <source>Netwerkkaart van {household}, 1 persoon.</source>
        <translation>Network map of {household}, 1 person.</translation>
    </message>
    <message>
        <source>Netwerkkaart van {household}, {count} personen.</source>
        <translation>Network map of {household}, {count} people.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>De netwerkkaart wordt getekend…</source>
        <translation>Drawing the network map…</translation>
    </message>
    <message>
        <source>Nog niemand op de netwerkkaart.</source>
        <translation>No one on the network map yet.</translation>
    </message>
    <message>
        <source>Netwerkkaart met {count} personen. De lijst ernaast toont hen.</source>
        <translation>Network map with {count} people. The list next to it shows them.</translation>
    </message>
    <message>
        <source>{name}: hier kan niemand staan</source>
        <translation>{name}: no one can be placed here</translation>
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
        <translation>The network</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Wie zijn de mensen om u heen? Familie, vrienden, buren en anderen die u helpen of kunnen helpen. Het netwerk komt vóór de doelen: eerst wat u zelf en de mensen om u heen kunnen doen, dan pas andere hulp.</source>
        <translation>Who are the people around you? Family, friends, neighbours and others who help you or could help you. The network comes before the goals: first what you and the people around you can do yourselves, and only then other help.</translation>
    </message>
    <message>
        <source>+ Persoon &amp;toevoegen</source>
        <translation>+ &amp;Add person</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Persoon ver&amp;wijderen</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <source>Gekozen persoon verwijderen</source>
        <translation>Remove the chosen person</translation>
    </message>
    <message>
        <source>Wie helpt b&amp;ij:</source>
        <translation>Who helps w&amp;ith:</translation>
    </message>
    <message>
        <source>Laat zien wie helpt bij dit leefgebied</source>
        <translation>Shows who helps with this life domain</translation>
    </message>
    <message>
        <source>(geen leefgebied gekozen)</source>
        <translation>(no life domain chosen)</translation>
    </message>
    <message>
        <source>Namen verber&amp;gen (rol tonen)</source>
        <translation>Hi&amp;de names (show role)</translation>
    </message>
    <message>
        <source>Namen verbergen: toon de rol in plaats van de naam</source>
        <translation>Hide names: show the role instead of the name</translation>
    </message>
    <message>
        <source>Op het scherm, in het plan en in een export staat dan de rol.</source>
        <translation>The role is then shown on screen, in the plan and in an export.</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>&amp;Mensen in het netwerk</source>
        <translation>People in the networ&amp;k</translation>
    </message>
    <message>
        <source>Mensen in het netwerk</source>
        <translation>People in the network</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
</context>
<context>
    <name>NetworkShareLabel</name>
    <message>
        <source>Uit het netwerk helpt nog niemand hierbij. Dat kunt u invullen bij de stap Netwerk.</source>
        <translation>Nobody from the network helps with this yet. You can fill that in at the Network step.</translation>
    </message>
    <message>
        <source>helpt nu</source>
        <translation>helps now</translation>
    </message>
    <message>
        <source>kan helpen</source>
        <translation>could help</translation>
    </message>
    <message>
        <source>Uit het netwerk: {people}.</source>
        <translation>From the network: {people}.</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kring</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Helpt bij</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <source>(niet meer in het netwerk)</source>
        <translation>(no longer in the network)</translation>
    </message>
    <message>
        <source>nu: {domains}</source>
        <translation>now: {domains}</translation>
    </message>
    <message>
        <source>kan: {domains}</source>
        <translation>could: {domains}</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>overbelast</source>
        <translation>overburdened</translation>
    </message>
    <message>
        <source>heeft steun nodig</source>
        <translation>needs support</translation>
    </message>
    <message>
        <source>niet meer in het netwerk</source>
        <translation>no longer in the network</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Eén huishouden, één plan. Vul in wat u nu weet; de rest kan later. Velden met * zijn verplicht.</source>
        <translation>One household, one plan. Fill in what you know now; the rest can wait. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Naam van het huishouden (verplicht)</source>
        <translation>Name of the household (required)</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Familie Jansen</source>
        <translation>for example: The Jansen family</translation>
    </message>
    <message>
        <source>Naam &amp;huishouden *:</source>
        <translation>&amp;Household name *:</translation>
    </message>
    <message>
        <source>Kenmerk (verplicht)</source>
        <translation>Reference (required)</translation>
    </message>
    <message>
        <source>&amp;Kenmerk *:</source>
        <translation>&amp;Reference *:</translation>
    </message>
    <message>
        <source>Datum van de melding</source>
        <translation>Date of the report (melding)</translation>
    </message>
    <message>
        <source>De wettelijke termijnen tellen vanaf deze datum.</source>
        <translation>The statutory deadlines count from this date.</translation>
    </message>
    <message>
        <source>&amp;Datum melding *:</source>
        <translation>&amp;Date of report *:</translation>
    </message>
    <message>
        <source>Wmo (maatschappelijke ondersteuning)</source>
        <translation>Wmo (Social Support Act)</translation>
    </message>
    <message>
        <source>Jeugdwet (eerst een familiegroepsplan)</source>
        <translation>Jeugdwet (Youth Act: a family group plan first)</translation>
    </message>
    <message>
        <source>Soort dossier</source>
        <translation>Type of case</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>&amp;Regisseur:</source>
        <translation>&amp;Coordinator:</translation>
    </message>
    <message>
        <source>Dit is mijn naam: &amp;onthoud hem voor volgende dossiers</source>
        <translation>This is my name: remember it for &amp;future cases</translation>
    </message>
    <message>
        <source>Onthoud dit als mijn naam</source>
        <translation>Remember this as my name</translation>
    </message>
    <message>
        <source>uw naam</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>Hoe heet u? Vul hier uw eigen naam in. eigenkracht onthoudt hem voor de volgende dossiers; wijzigen kan later bij Instellingen.</source>
        <translation>What is your name? Fill in your own name here. eigenkracht remembers it for future cases; you can change it later in Settings.</translation>
    </message>
    <message>
        <source>Gewezen op het &amp;persoonlijk plan (binnen 7 dagen in te leveren)</source>
        <translation>Informed about the &amp;personal plan (to be handed in within 7 days)</translation>
    </message>
    <message>
        <source>Gewezen op het persoonlijk plan</source>
        <translation>Informed about the personal plan</translation>
    </message>
    <message>
        <source>Gewezen op gratis, onafhankelijke &amp;cliëntondersteuning</source>
        <translation>Informed about free, independent client &amp;support</translation>
    </message>
    <message>
        <source>Gewezen op cliëntondersteuning</source>
        <translation>Informed about client support</translation>
    </message>
    <message>
        <source>Gezinsleden * (minstens één)</source>
        <translation>Household members * (at least one)</translation>
    </message>
    <message>
        <source>Dossier &amp;aanmaken</source>
        <translation>Cre&amp;ate case</translation>
    </message>
    <message>
        <source>Dossier aanmaken</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stoppen?</source>
        <translation>Stop?</translation>
    </message>
    <message>
        <source>Wilt u stoppen? Wat u hebt ingevuld wordt niet bewaard.</source>
        <translation>Do you want to stop? What you have filled in will not be saved.</translation>
    </message>
    <message>
        <source>Ja, stoppen</source>
        <translation>Yes, stop</translation>
    </message>
    <message>
        <source>Nee, verder invullen</source>
        <translation>No, keep filling in</translation>
    </message>
    <message>
        <source>&amp;Familiegroepsplan aangeboden</source>
        <translation>Family &amp;group plan offered</translation>
    </message>
    <message>
        <source>Familiegroepsplan aangeboden</source>
        <translation>Family group plan offered</translation>
    </message>
    <message>
        <source>Vul de naam van het huishouden in.</source>
        <translation>Fill in the name of the household.</translation>
    </message>
    <message>
        <source>Vul een kenmerk in.</source>
        <translation>Fill in a reference.</translation>
    </message>
    <message>
        <source>Vul de naam in van gezinslid {n}.</source>
        <translation>Fill in the name of household member {n}.</translation>
    </message>
    <message>
        <source>Vul minstens één gezinslid in.</source>
        <translation>Fill in at least one household member.</translation>
    </message>
</context>
<context>
    <name>NullableDateEdit</name>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Datum: {name}</source>
        <translation>Date: {name}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Datum leegmaken</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{name} leegmaken</source>
        <translation>Clear {name}</translation>
    </message>
    <message>
        <source>Kalender voor {name}</source>
        <translation>Calendar for {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Wie er meedoen</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <source>U heeft nog niemand opgeschreven.</source>
        <translation>You have not written anyone down yet.</translation>
    </message>
    <message>
        <source>Iemand toevoegen</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <source>Deze persoon toevoegen</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <source>Doet iemand mee die u al bij uw helpers schreef? Klik dan op de naam.</source>
        <translation>Is someone taking part whom you already wrote down as a helper? Then click the name.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Els</source>
        <translation>for example: Els</translation>
    </message>
    <message>
        <source>Wie &amp;is dit voor u?</source>
        <translation>Who &amp;is this to you?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: mijn zus, of de buurman</source>
        <translation>for example: my sister, or the neighbour</translation>
    </message>
    <message>
        <source>Wat gaat deze persoon &amp;doen?</source>
        <translation>&amp;What will this person do?</translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke week met mij boodschappen doen</source>
        <translation>for example: do the shopping with me every week</translation>
    </message>
    <message>
        <source>Wie maken het plan met u?</source>
        <translation>Who makes the plan with you?</translation>
    </message>
    <message>
        <source>Schrijf op wie er meedoen. Bijvoorbeeld familie, vrienden of buren. En wat ieder gaat doen.</source>
        <translation>Write down who takes part. For example family, friends or neighbours. And what each of them will do.</translation>
    </message>
    <message>
        <source>Heeft iemand u geholpen met dit plan?</source>
        <translation>Did someone help you with this plan?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld iemand van uw familie, of een vriend. Schrijf ook op wat deze persoon gaat doen. Dit hoeft niet.</source>
        <translation>For example someone from your family, or a friend. Also write down what this person will do. You may skip this.</translation>
    </message>
    <message>
        <source>{name} toevoegen</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>{name} weghalen</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Vul eerst een naam in.</source>
        <translation>Fill in a name first.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Kies iemand in de lijst of op de kaart. Of voeg iemand toe met de knop Persoon toevoegen, of dubbelklik op een lege plek op de kaart.</source>
        <translation>Choose someone in the list or on the map. Or add someone with the Add person button, or double-click an empty spot on the map.</translation>
    </message>
    <message>
        <source>Naam of bijnaam</source>
        <translation>Name or nickname</translation>
    </message>
    <message>
        <source>Rol, bijvoorbeeld dochter of buurvrouw</source>
        <translation>Role, for example daughter or neighbour</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kring: hoe dichtbij</source>
        <translation>Circle: how close</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bond</translation>
    </message>
    <message>
        <source>Wie helpt wie</source>
        <translation>Who helps whom</translation>
    </message>
    <message>
        <source>Hoe vaak contact</source>
        <translation>How often in touch</translation>
    </message>
    <message>
        <source>bijvoorbeeld: elke week</source>
        <translation>for example: every week</translation>
    </message>
    <message>
        <source>&amp;Naam of bijnaam</source>
        <translation>Na&amp;me or nickname</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Kring</source>
        <translation>&amp;Circle</translation>
    </message>
    <message>
        <source>&amp;Band</source>
        <translation>&amp;Bond</translation>
    </message>
    <message>
        <source>Mag benaderd worden</source>
        <translation>May be approached</translation>
    </message>
    <message>
        <source>Hoort niet meer bij het netwerk</source>
        <translation>No longer part of the network</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Informal carer</translation>
    </message>
    <message>
        <source>Mantelzorger is overbelast</source>
        <translation>Informal carer is overburdened</translation>
    </message>
    <message>
        <source>Mantelzorger heeft steun nodig</source>
        <translation>Informal carer needs support</translation>
    </message>
    <message>
        <source>Wie hel&amp;pt wie</source>
        <translation>&amp;Who helps whom</translation>
    </message>
    <message>
        <source>Hoe vaak &amp;contact</source>
        <translation>How often in to&amp;uch</translation>
    </message>
    <message>
        <source>M&amp;ag benaderd worden</source>
        <translation>Ma&amp;y be approached</translation>
    </message>
    <message>
        <source>Hoort niet meer bi&amp;j het netwerk</source>
        <translation>No lon&amp;ger part of the network</translation>
    </message>
    <message>
        <source>Mantel&amp;zorger</source>
        <translation>&amp;Informal carer</translation>
    </message>
    <message>
        <source>Mantelzorger is overbe&amp;last</source>
        <translation>Informal carer is overbur&amp;dened</translation>
    </message>
    <message>
        <source>Mantelzorger heeft steun no&amp;dig</source>
        <translation>Informal carer needs su&amp;pport</translation>
    </message>
    <message>
        <source>Notiti&amp;es</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notities over deze persoon</source>
        <translation>Notes about this person</translation>
    </message>
    <message>
        <source>&amp;Helpt bij (per leefgebied)</source>
        <translation>He&amp;lps with (per life domain)</translation>
    </message>
    <message>
        <source>Hulp per leefgebied: spatie vinkt aan, typ om te beschrijven</source>
        <translation>Help per life domain: space ticks, type to describe</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Sector wijzigen</source>
        <translation>Change sector</translation>
    </message>
    <message>
        <source>Kring wijzigen</source>
        <translation>Change circle</translation>
    </message>
    <message>
        <source>Band wijzigen</source>
        <translation>Change bond</translation>
    </message>
    <message>
        <source>Wie helpt wie wijzigen</source>
        <translation>Change who helps whom</translation>
    </message>
    <message>
        <source>Contact wijzigen</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Mag benaderd worden wijzigen</source>
        <translation>Change may be approached</translation>
    </message>
    <message>
        <source>Mantelzorger wijzigen</source>
        <translation>Change informal carer</translation>
    </message>
    <message>
        <source>Overbelast wijzigen</source>
        <translation>Change overburdened</translation>
    </message>
    <message>
        <source>Steun nodig wijzigen</source>
        <translation>Change needs support</translation>
    </message>
    <message>
        <source>Niet meer in het netwerk</source>
        <translation>No longer in the network</translation>
    </message>
    <message>
        <source>Notities wijzigen</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Persoon: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <source>Helpt nu bij: {domains}.</source>
        <translation>Helps now with: {domains}.</translation>
    </message>
    <message>
        <source>Kan helpen bij: {domains}.</source>
        <translation>Could help with: {domains}.</translation>
    </message>
    <message>
        <source>Helpt nog niet bij een leefgebied.</source>
        <translation>Does not help with any life domain yet.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Zelf (de inwoner)</source>
        <translation>Self (the resident)</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk</source>
        <translation>Someone from the network</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Voorziening in de buurt</source>
        <translation>Service in the neighbourhood</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Maatwerkvoorziening (hulp die de gemeente regelt)</source>
        <translation>Tailored provision (help arranged by the municipality)</translation>
    </message>
    <message>
        <source>Wat de inwoner zelf doet, of iemand uit het eigen huishouden.</source>
        <translation>What the resident does themselves, or someone from their own household.</translation>
    </message>
    <message>
        <source>Familie, vrienden, buren: iemand van de netwerkkaart.</source>
        <translation>Family, friends, neighbours: someone from the network map.</translation>
    </message>
    <message>
        <source>Een vrijwilliger, bijvoorbeeld van een buurtorganisatie.</source>
        <translation>A volunteer, for example from a neighbourhood organisation.</translation>
    </message>
    <message>
        <source>Een algemene voorziening: vrij toegankelijk, zoals het buurthuis of de formulierenhulp.</source>
        <translation>A general provision: open to everyone, such as the community centre or help with forms.</translation>
    </message>
    <message>
        <source>Een professional, zoals de huisarts of de wijkverpleging.</source>
        <translation>A professional, such as the GP or the district nurse.</translation>
    </message>
    <message>
        <source>Een maatwerkvoorziening: hulp die de gemeente speciaal voor deze inwoner regelt. Pas als zelf, netwerk en voorzieningen in de buurt niet genoeg zijn.</source>
        <translation>A tailored provision: help the municipality arranges specially for this resident. Only when self, network and services in the neighbourhood are not enough.</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Naam of organisatie</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>Welke voorziening</source>
        <translation>Which service</translation>
    </message>
    <message>
        <source>Wie levert het</source>
        <translation>Who provides it</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Netwerk (de mensen om de inwoner heen)</source>
        <translation>Network (the people around the citizen)</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Deels gelukt</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Gaat niet door</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Eens met het plan</source>
        <translation>Agrees with the plan</translation>
    </message>
    <message>
        <source>Eens, met opmerkingen</source>
        <translation>Agrees, with comments</translation>
    </message>
    <message>
        <source>Niet eens met het plan</source>
        <translation>Does not agree with the plan</translation>
    </message>
    <message>
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>wat de inwoner zelf kan</source>
        <translation>what the resident can do themselves</translation>
    </message>
    <message>
        <source>het netwerk</source>
        <translation>the network</translation>
    </message>
    <message>
        <source>voorzieningen in de buurt</source>
        <translation>services in the neighbourhood</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
</context>
<context>
    <name>PlanAsVerslag</name>
    <message>
        <source>Het plan als verslag</source>
        <translation>The plan as the written report</translation>
    </message>
    <message>
        <source>Het ondertekende plan geldt als verslag. Vastleggen dat het verslag op {date} is gegeven (versie {n})? De termijn van het verslag stopt dan.</source>
        <translation>The signed plan counts as the written report. Record that the written report was given on {date} (version {n})? The deadline for the written report then stops.</translation>
    </message>
    <message>
        <source>Ja, het plan is het verslag</source>
        <translation>Yes, the plan is the written report</translation>
    </message>
    <message>
        <source>Nee, niet nu</source>
        <translation>No, not now</translation>
    </message>
</context>
<context>
    <name>PlanAutosave</name>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Remove agreement</translation>
    </message>
</context>
<context>
    <name>PlanChoicePage</name>
    <message>
        <source>Wilt u zelf een plan maken?</source>
        <translation>Do you want to make a plan yourself?</translation>
    </message>
    <message>
        <source>In een plan schrijft u op wat u wilt bereiken. En wat u en de mensen om u heen gaan doen. Uw hulpverlener gaat daarmee verder.</source>
        <translation>In a plan you write down what you want to achieve. And what you and the people around you will do. Your support worker goes on from there.</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>Ja, ik maak zelf een plan</source>
        <translation>Yes, I will make a plan myself</translation>
    </message>
    <message>
        <source>Alleen, of met hulp van iemand die u kent. Dit heet een persoonlijk plan.</source>
        <translation>On your own, or with help from someone you know. This is called a personal plan.</translation>
    </message>
    <message>
        <source>Ja, samen met familie en vrienden</source>
        <translation>Yes, together with family and friends</translation>
    </message>
    <message>
        <source>U maakt het plan samen met de mensen om u heen. Dit heet een familiegroepsplan.</source>
        <translation>You make the plan together with the people around you. This is called a family group plan.</translation>
    </message>
    <message>
        <source>Nee, nu niet</source>
        <translation>No, not now</translation>
    </message>
    <message>
        <source>Klik dan op Verder. U gaat dan naar het einde.</source>
        <translation>Then click Next. You then go to the end.</translation>
    </message>
    <message>
        <source>Keuze {n} voorlezen</source>
        <translation>Read choice {n} aloud</translation>
    </message>
    <message>
        <source>Weet u het zeker? Wat u in uw plan hebt geschreven, gaat dan weg.</source>
        <translation>Are you sure? What you wrote in your plan will then be removed.</translation>
    </message>
    <message>
        <source>Ja, geen plan</source>
        <translation>Yes, no plan</translation>
    </message>
    <message>
        <source>U heeft nog niets gekozen.</source>
        <translation>You have not chosen anything yet.</translation>
    </message>
    <message>
        <source>U heeft gekozen: {choice}</source>
        <translation>You chose: {choice}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan van {household}</source>
        <translation>Plan of {household}</translation>
    </message>
    <message>
        <source>Plan en toen en nu</source>
        <translation>Plan and then and now</translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <source>Versie {n}: ondertekend op {date} · vingerafdruk {short}…</source>
        <translation>Version {n}: signed on {date} · fingerprint {short}…</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: wat ondertekend zou worden als u nu tekent. Is er iets veranderd sinds het tekenen, dan is dat de volgende versie, als concept. Een ondertekende versie wordt precies zo geprint als bij het tekenen.</source>
        <translation>The plan as it is now: what would be signed if you signed now. If anything has changed since the signing, that is the next version, as a draft. A signed version is printed exactly as it was when signed.</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: versie {n}, ondertekend (niets veranderd)</source>
        <translation>The plan as it is now: version {n}, signed (nothing changed)</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is: versie {n}, concept</source>
        <translation>The plan as it is now: version {n}, draft</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Opslaan als P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rinten…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Voorbeeld van de gekozen versie</source>
        <translation>Preview of the chosen version</translation>
    </message>
    <message>
        <source>Gekozen versie opslaan als PDF</source>
        <translation>Save the chosen version as PDF</translation>
    </message>
    <message>
        <source>Gekozen versie opslaan en openen om te printen</source>
        <translation>Save the chosen version and open it for printing</translation>
    </message>
    <message>
        <source>Voortgang van het maken van het plan</source>
        <translation>Progress of making the plan</translation>
    </message>
    <message>
        <source>&amp;Versies van het plan</source>
        <translation>&amp;Versions of the plan</translation>
    </message>
    <message>
        <source>&amp;Toen en nu</source>
        <translation>&amp;Then and now</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Geopend om te printen: {path}</source>
        <translation>Opened for printing: {path}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Versie 1 · concept: nog niet ondertekend.</source>
        <translation>Version 1 · draft: not yet signed.</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend op {date}. Sindsdien is er niets veranderd. Wat u nu verandert, komt in versie {next}.</source>
        <translation>Version {n} was signed on {date}. Nothing has changed since then. What you change now goes into version {next}.</translation>
    </message>
    <message>
        <source>Versie {n} · concept: er is iets veranderd sinds versie {last} is ondertekend op {date}. Voorbeeld, PDF en printen tonen versie {n}. Versie {last} blijft zoals die is ondertekend; die kiest u bij Welke versie.</source>
        <translation>Version {n} · draft: something has changed since version {last} was signed on {date}. Preview, PDF and printing show version {n}. Version {last} stays as it was signed; you choose it under Which version.</translation>
    </message>
    <message>
        <source>Versie {n} · concept: nog niet ondertekend.</source>
        <translation>Version {n} · draft: not yet signed.</translation>
    </message>
    <message>
        <source>Het plan: afspraken, verklaringen en ondertekenen</source>
        <translation>The plan: agreements, declarations and signing</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Wat we verder afspreken</source>
        <translation>What else we agree</translation>
    </message>
    <message>
        <source>Afspraken wijzigen</source>
        <translation>Change agreements</translation>
    </message>
    <message>
        <source>Wat we verder &amp;afspreken</source>
        <translation>Other &amp;agreements</translation>
    </message>
    <message>
        <source>Datum van de volgende evaluatie</source>
        <translation>Date of the next evaluation</translation>
    </message>
    <message>
        <source>Evaluatiedatum wijzigen</source>
        <translation>Change evaluation date</translation>
    </message>
    <message>
        <source>Volgende &amp;evaluatie</source>
        <translation>Next eval&amp;uation</translation>
    </message>
    <message>
        <source>Of de inwoner het eens is met het plan, en de opmerkingen van ieder die tekent, legt u vast bij het ondertekenen.</source>
        <translation>Whether the resident agrees with the plan, and the comments of everyone who signs, you record when you record the signing.</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is (versie {n}, ondertekend)</source>
        <translation>The plan as it is now (version {n}, signed)</translation>
    </message>
    <message>
        <source>Het plan zoals het nu is (versie {n}, concept)</source>
        <translation>The plan as it is now (version {n}, draft)</translation>
    </message>
    <message>
        <source>Versie {n} (ondertekend op {date})</source>
        <translation>Version {n} (signed on {date})</translation>
    </message>
    <message>
        <source>Vingerafdruk {fingerprint}</source>
        <translation>Fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds versie {n} is ondertekend.</source>
        <translation>Nothing has changed since version {n} was signed.</translation>
    </message>
    <message>
        <source>Vastgelegd bij de start van het gesprek (gewezen op). Dat wijzigt u daar.</source>
        <translation>Recorded at the start of the conversation (informed about). You change it there.</translation>
    </message>
    <message>
        <source>Verklaringen</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>De inwoner weet van gratis, onafhankelijke &amp;cliëntondersteuning</source>
        <translation>The resident knows about free, independent client &amp;support</translation>
    </message>
    <message>
        <source>De inwoner weet dat hij of zij zelf een &amp;persoonlijk plan mag maken</source>
        <translation>The resident knows they may write their own &amp;personal plan</translation>
    </message>
    <message>
        <source>De inwoner heeft een &amp;kopie van het plan gekregen</source>
        <translation>The resident has received a cop&amp;y of the plan</translation>
    </message>
    <message>
        <source>Verklaring wijzigen</source>
        <translation>Change declaration</translation>
    </message>
    <message>
        <source>Printen en ondertekenen</source>
        <translation>Print and sign</translation>
    </message>
    <message>
        <source>Welke versie van het plan</source>
        <translation>Which version of the plan</translation>
    </message>
    <message>
        <source>&amp;Welke versie</source>
        <translation>Which &amp;version</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld bekijken</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <source>Opslaan als P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rinten…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Ondertekening vastleggen…</source>
        <translation>Record si&amp;gning…</translation>
    </message>
    <message>
        <source>Slaat de PDF op en opent die om te printen</source>
        <translation>Saves the PDF and opens it for printing</translation>
    </message>
    <message>
        <source>Voortgang van het maken van het plan</source>
        <translation>Progress of making the plan</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Geopend om te printen: {path}</source>
        <translation>Opened for printing: {path}</translation>
    </message>
    <message>
        <source>Bij 1 actie staat nog niet wanneer die klaar is. Kies bij Doelen een datum of &apos;doorlopend&apos;. Daarna kunt u ondertekenen.</source>
        <translation>1 action does not yet say when it will be done. Choose a date or &apos;ongoing&apos; at Goals. Then you can sign.</translation>
    </message>
    <message>
        <source>Bij {n} acties staat nog niet wanneer ze klaar zijn. Kies bij Doelen een datum of &apos;doorlopend&apos;. Daarna kunt u ondertekenen.</source>
        <translation>{n} actions do not yet say when they will be done. Choose a date or &apos;ongoing&apos; at Goals. Then you can sign.</translation>
    </message>
    <message>
        <source>Versie {n} is ondertekend en vastgezet. Vingerafdruk: {fingerprint}</source>
        <translation>Version {n} has been signed and locked. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Uw familiegroepsplan</source>
        <translation>Your family group plan</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>U zelf</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Iemand uit uw netwerk</source>
        <translation>Someone from your network</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Voorziening in de buurt</source>
        <translation>Service in the neighbourhood</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Care worker</translation>
    </message>
    <message>
        <source>Hulp van de gemeente</source>
        <translation>Help from the municipality</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Gaat niet door</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Wmo 2015, art. 2.3.2: het onderzoek na de melding; lid 4: eerst eigen kracht en het netwerk, dan algemene voorzieningen, dan een maatwerkvoorziening</source>
        <translation>Wmo 2015, art. 2.3.2: the assessment after the request; paragraph 4: own strength and the network first, then general services, then a tailored provision</translation>
    </message>
    <message>
        <source>Jeugdwet: het familiegroepsplan eerst, dan de hulp van de gemeente</source>
        <translation>Youth Act (Jeugdwet): the family group plan first, then the municipality&apos;s help</translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Deels gelukt</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Mensen om u heen</source>
        <translation>People around you</translation>
    </message>
    <message>
        <source>Uw contactpersoon</source>
        <translation>Your contact person</translation>
    </message>
    <message>
        <source>U en uw contactpersoon samen</source>
        <translation>You and your contact person together</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Wettelijk vertegenwoordiger (ouder of voogd)</source>
        <translation>Legal representative (parent or guardian)</translation>
    </message>
    <message>
        <source>Contactpersoon van het wijkteam</source>
        <translation>Contact person of the neighbourhood team</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk die meehelpt</source>
        <translation>Someone from the network who helps</translation>
    </message>
    <message>
        <source>Ik ben het eens met dit plan.</source>
        <translation>I agree with this plan.</translation>
    </message>
    <message>
        <source>Ik ben het eens met dit plan, maar ik heb opmerkingen.</source>
        <translation>I agree with this plan, but I have remarks.</translation>
    </message>
    <message>
        <source>Ik ben het niet eens met dit plan.</source>
        <translation>I do not agree with this plan.</translation>
    </message>
    <message>
        <source>eens</source>
        <translation>agree</translation>
    </message>
    <message>
        <source>eens, met opmerkingen</source>
        <translation>agree, with remarks</translation>
    </message>
    <message>
        <source>niet eens</source>
        <translation>do not agree</translation>
    </message>
    <message>
        <source>wat u zelf kunt doen</source>
        <translation>what you can do yourself</translation>
    </message>
    <message>
        <source>wat mensen om u heen kunnen doen</source>
        <translation>what people around you can do</translation>
    </message>
    <message>
        <source>hulp in de buurt</source>
        <translation>help in the neighbourhood</translation>
    </message>
    <message>
        <source>{items} en {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Bij {domain} staat hulp van de gemeente in het plan. We hebben daar nog niet gekeken naar {listed}.</source>
        <translation>For {domain} the plan has help from the municipality. We have not yet looked at {listed} there.</translation>
    </message>
    <message>
        <source>Plan samenstellen</source>
        <translation>Putting the plan together</translation>
    </message>
    <message>
        <source>Leefgebieden en radar tekenen</source>
        <translation>Drawing the life domains and the radar</translation>
    </message>
    <message>
        <source>Netwerkkaart tekenen</source>
        <translation>Drawing the network map</translation>
    </message>
    <message>
        <source>Doelen en afspraken</source>
        <translation>Goals and agreements</translation>
    </message>
    <message>
        <source>PDF opmaken</source>
        <translation>Laying out the PDF</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference}</source>
        <translation>Support plan {reference}</translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Versie {number} · ondertekend op {date}</source>
        <translation>Version {number} · signed on {date}</translation>
    </message>
    <message>
        <source>Controlecode: {code}</source>
        <translation>Check code: {code}</translation>
    </message>
    <message>
        <source>Versie {number} · concept, nog niet ondertekend</source>
        <translation>Version {number} · draft, not signed yet</translation>
    </message>
    <message>
        <source>Namen van anderen zijn vervangen door hun rol.</source>
        <translation>Names of others are replaced by their role.</translation>
    </message>
    <message>
        <source>{number}, ondertekend op {date}</source>
        <translation>{number}, signed on {date}</translation>
    </message>
    <message>
        <source>{number}, concept (nog niet ondertekend)</source>
        <translation>{number}, draft (not signed yet)</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Laatste gesprek</source>
        <translation>Last conversation</translation>
    </message>
    <message>
        <source>Versie van het plan</source>
        <translation>Version of the plan</translation>
    </message>
    <message>
        <source>op {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>Uw melding</source>
        <translation>Your request</translation>
    </message>
    <message>
        <source>familiegroepsplan ontvangen op {date}</source>
        <translation>family group plan received on {date}</translation>
    </message>
    <message>
        <source>persoonlijk plan ontvangen op {date}</source>
        <translation>personal plan received on {date}</translation>
    </message>
    <message>
        <source>Uw eigen plan</source>
        <translation>Your own plan</translation>
    </message>
    <message>
        <source>In dit plan staat wat u wilt bereiken en wie u daarbij helpt. We kijken eerst naar wat u zelf kunt. Dan naar wat mensen om u heen kunnen doen. Dan naar hulp in de buurt. Pas daarna kijken we naar hulp die de gemeente voor u regelt.</source>
        <translation>This plan says what you want to achieve and who helps you with it. First we look at what you can do yourself. Then at what people around you can do. Then at help in the neighbourhood. Only after that do we look at help the municipality arranges for you.</translation>
    </message>
    <message>
        <source>Eerst staat hier uw eigen plan, in uw eigen woorden. Daarna staat wat we samen aan tafel hebben afgesproken.</source>
        <translation>First comes your own plan, in your own words. After that comes what we agreed together at the table.</translation>
    </message>
    <message>
        <source>In deze versie staan de namen van andere mensen niet. Er staat wie ze zijn, bijvoorbeeld &apos;buurvrouw&apos; of &apos;dochter&apos;.</source>
        <translation>This version does not show the names of other people. It says who they are, for example &apos;neighbour&apos; or &apos;daughter&apos;.</translation>
    </message>
    <message>
        <source>Het plan van {household}</source>
        <translation>The plan of {household}</translation>
    </message>
    <message>
        <source>Dit plan heeft u gemaakt met uw familie en vrienden (een familiegroepsplan).</source>
        <translation>You made this plan with your family and friends (a family group plan).</translation>
    </message>
    <message>
        <source>Dit plan heeft u zelf gemaakt (een persoonlijk plan).</source>
        <translation>You made this plan yourself (a personal plan).</translation>
    </message>
    <message>
        <source>Het staat hier in uw eigen woorden.</source>
        <translation>It is here in your own words.</translation>
    </message>
    <message>
        <source>We hebben het gekregen op {date}.</source>
        <translation>We received it on {date}.</translation>
    </message>
    <message>
        <source>Het plan dat we daarna samen maakten, bouwt hierop voort.</source>
        <translation>The plan we then made together builds on it.</translation>
    </message>
    <message>
        <source>In dit plan staat nog niets.</source>
        <translation>There is nothing in this plan yet.</translation>
    </message>
    <message>
        <source>Wat we samen aan tafel hebben afgesproken</source>
        <translation>What we agreed together at the table</translation>
    </message>
    <message>
        <source>Hierna staat het plan dat we samen hebben gemaakt. Het bouwt voort op uw eigen plan. Bij elk doel staat wie het bedacht heeft.</source>
        <translation>Next comes the plan we made together. It builds on your own plan. Each goal says who thought of it.</translation>
    </message>
    <message>
        <source>Onderwerp: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>Wat u wilt bereiken</source>
        <translation>What you want to achieve</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Bij doel {number}</source>
        <translation>For goal {number}</translation>
    </message>
    <message>
        <source>steeds (doorlopend)</source>
        <translation>all the time (ongoing)</translation>
    </message>
    <message>
        <source>Wat u en de mensen om u heen gaan doen</source>
        <translation>What you and the people around you will do</translation>
    </message>
    <message>
        <source>Wat u vraagt</source>
        <translation>What you ask</translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation>Of whom</translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>Wat u vraagt aan de gemeente of aan anderen</source>
        <translation>What you ask of the municipality or of others</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wie is dit voor u</source>
        <translation>Who this is to you</translation>
    </message>
    <message>
        <source>Wat doet hij of zij</source>
        <translation>What he or she does</translation>
    </message>
    <message>
        <source>Wie hebben meegedaan</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Wie heeft meegeschreven</source>
        <translation>Who helped write it</translation>
    </message>
    <message>
        <source>Uw vraag en wat belangrijk is voor u</source>
        <translation>Your question and what matters to you</translation>
    </message>
    <message>
        <source>Uw vraag, in uw eigen woorden:</source>
        <translation>Your question, in your own words:</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor u:</source>
        <translation>What matters to you:</translation>
    </message>
    <message>
        <source>Bij het gesprek waren: {names}.</source>
        <translation>Present at the conversation: {names}.</translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation>How satisfied are you with your life?</translation>
    </message>
    <message>
        <source>Dit hebben we nog niet gevraagd.</source>
        <translation>We have not asked this yet.</translation>
    </message>
    <message>
        <source>U gaf uw leven een {value} van de 10 (op {date}). 0 is heel ontevreden, 10 is heel tevreden.</source>
        <translation>You gave your life a {value} out of 10 (on {date}). 0 is very dissatisfied, 10 is very satisfied.</translation>
    </message>
    <message>
        <source>Eerder gaf u: {earlier}.</source>
        <translation>Earlier you gave: {earlier}.</translation>
    </message>
    <message>
        <source>Hoe gaat het met u, per onderwerp?</source>
        <translation>How are you doing, per topic?</translation>
    </message>
    <message>
        <source>Sommige cijfers staan niet in dit plan. Het instrument waarmee ze zijn gegeven, staat niet op deze computer: {instruments}.</source>
        <translation>Some scores are not in this plan. The instrument they were given with is not on this computer: {instruments}.</translation>
    </message>
    <message>
        <source> versie </source>
        <translation> version </translation>
    </message>
    <message>
        <source>De ladder heeft treden van {low} tot {high}.</source>
        <translation>The ladder has steps from {low} to {high}.</translation>
    </message>
    <message>
        <source>U kiest een trede en uw contactpersoon kiest een trede.</source>
        <translation>You choose a step and your contact person chooses a step.</translation>
    </message>
    <message>
        <source>Per onderwerp is er een cijfer van {low} tot {high}.</source>
        <translation>Each topic has a score from {low} to {high}.</translation>
    </message>
    <message>
        <source>U kiest een cijfer en uw contactpersoon kiest een cijfer.</source>
        <translation>You choose a score and your contact person chooses a score.</translation>
    </message>
    <message>
        <source>{low} betekent: {low_label}. {high} betekent: {high_label}.</source>
        <translation>{low} means: {low_label}. {high} means: {high_label}.</translation>
    </message>
    <message>
        <source>Zijn ze verschillend? Dan praten we daarover.</source>
        <translation>Are they different? Then we talk about it.</translation>
    </message>
    <message>
        <source>voor {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <source>Dit is nog niet besproken.</source>
        <translation>This has not been discussed yet.</translation>
    </message>
    <message>
        <source>Er zijn nog geen onderwerpen besproken.</source>
        <translation>No topics have been discussed yet.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Uw trede</source>
        <translation>Your step</translation>
    </message>
    <message>
        <source>Uw cijfer</source>
        <translation>Your score</translation>
    </message>
    <message>
        <source>Trede wijkteam</source>
        <translation>Step of the team</translation>
    </message>
    <message>
        <source>Cijfer wijkteam</source>
        <translation>Score of the team</translation>
    </message>
    <message>
        <source>Hoe het nu gaat</source>
        <translation>How it is going now</translation>
    </message>
    <message>
        <source>Een onderwerp dat deze keer niet opnieuw besproken is, staat er met de cijfers van de vorige keer. De datum staat erbij.</source>
        <translation>A topic that was not discussed again this time shows the scores of the last time. The date is given with it.</translation>
    </message>
    <message>
        <source>U zegt</source>
        <translation>You say</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Wat goed gaat</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <source>Zorgen</source>
        <translation>Worries</translation>
    </message>
    <message>
        <source>Vorige keer besproken ({date})</source>
        <translation>Discussed last time ({date})</translation>
    </message>
    <message>
        <source>Nu niet besproken: {reason}</source>
        <translation>Not discussed now: {reason}</translation>
    </message>
    <message>
        <source>Uw cijfers en die van uw contactpersoon in één plaatje. Hoe verder naar buiten, hoe beter het gaat.</source>
        <translation>Your scores and those of your contact person in one picture. The further out, the better it is going.</translation>
    </message>
    <message>
        <source>De cijfers van vorige keer staan er ook in.</source>
        <translation>The scores of last time are in it too.</translation>
    </message>
    <message>
        <source>Niet besproken of niet nodig:</source>
        <translation>Not discussed or not needed:</translation>
    </message>
    <message>
        <source>geen reden genoemd</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>van {date}</source>
        <translation>of {date}</translation>
    </message>
    <message>
        <source>{domain}: u {citizen}, uw contactpersoon {professional}</source>
        <translation>{domain}: you {citizen}, your contact person {professional}</translation>
    </message>
    <message>
        <source>Het plaatje in woorden: {scores}.</source>
        <translation>The picture in words: {scores}.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Mensen om u heen: wie helpt met wat</source>
        <translation>People around you: who helps with what</translation>
    </message>
    <message>
        <source>Er staan nog geen mensen op uw netwerkkaart.</source>
        <translation>There are no people on your network map yet.</translation>
    </message>
    <message>
        <source>Op de kaart staat u in het midden. Hoe dichter iemand bij het midden staat, hoe dichter die persoon bij u staat.</source>
        <translation>You are in the middle of the map. The closer someone is to the middle, the closer that person is to you.</translation>
    </message>
    <message>
        <source>Het plaatje in woorden: op de kaart staat 1 persoon. De lijst hieronder noemt die persoon, met de plaats op de kaart.</source>
        <translation>The picture in words: there is 1 person on the map. The list below names that person, with their place on the map.</translation>
    </message>
    <message>
        <source>Het plaatje in woorden: op de kaart staan {count} mensen. De lijst hieronder noemt ze allemaal, met hun plaats op de kaart.</source>
        <translation>The picture in words: there are {count} people on the map. The list below names them all, with their place on the map.</translation>
    </message>
    <message>
        <source>Helpt nu met</source>
        <translation>Helps now with</translation>
    </message>
    <message>
        <source>Kan helpen met</source>
        <translation>Could help with</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>In de lijst staat iedereen die op de kaart staat. Een streepje (–) betekent: helpt nu niet met iets uit dit plan.</source>
        <translation>The list has everyone who is on the map. A dash (–) means: does not help with anything in this plan now.</translation>
    </message>
    <message>
        <source>Uw doelen en wie wat doet</source>
        <translation>Your goals and who does what</translation>
    </message>
    <message>
        <source>Bij elk doel staat wie wat doet. Eerst staat wat u zelf doet. Dan wat mensen om u heen doen. Dan hulp in de buurt. Als laatste hulp van de gemeente die speciaal voor u wordt geregeld (een maatwerkvoorziening).</source>
        <translation>Each goal says who does what. First what you do yourself. Then what people around you do. Then help in the neighbourhood. Last, help from the municipality that is arranged especially for you (a tailored provision).</translation>
    </message>
    <message>
        <source>Bij een afspraak staat wie die bedacht heeft: u zelf, mensen om u heen of uw contactpersoon. Staat er niets bij? Dan hebben we de afspraak samen bedacht.</source>
        <translation>An agreement says who thought of it: you, people around you or your contact person. Does it say nothing? Then we thought of it together.</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen afgesproken.</source>
        <translation>No goals have been agreed yet.</translation>
    </message>
    <message>
        <source>Doel {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>vóór {date}</source>
        <translation>before {date}</translation>
    </message>
    <message>
        <source>cijfer {target}</source>
        <translation>score {target}</translation>
    </message>
    <message>
        <source>bedacht door: {author}</source>
        <translation>thought of by: {author}</translation>
    </message>
    <message>
        <source>stand: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>Wat wilt u bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Hoe weten we dat het gelukt is?</source>
        <translation>How do we know it has worked?</translation>
    </message>
    <message>
        <source>Wanneer en hoe ver?</source>
        <translation>When and how far?</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nog niet afgesproken wie wat doet.</source>
        <translation>Not yet agreed who does what.</translation>
    </message>
    <message>
        <source>Waar we op letten</source>
        <translation>What we keep an eye on</translation>
    </message>
    <message>
        <source>Er zijn nu geen bijzondere aandachtspunten.</source>
        <translation>There are no special points of attention now.</translation>
    </message>
    <message>
        <source>Afspraken en de volgende keer</source>
        <translation>Agreements and next time</translation>
    </message>
    <message>
        <source>Wat we verder hebben afgesproken:</source>
        <translation>What else we agreed:</translation>
    </message>
    <message>
        <source>Op {date} kijken we samen hoe het gaat (evaluatie).</source>
        <translation>On {date} we look together at how it is going (review).</translation>
    </message>
    <message>
        <source>We kijken samen hoe het gaat op (datum): {line}</source>
        <translation>We look together at how it is going on (date): {line}</translation>
    </message>
    <message>
        <source>Wat u verklaart</source>
        <translation>What you declare</translation>
    </message>
    <message>
        <source>Ik weet dat ik gratis hulp kan krijgen van een cliëntondersteuner: iemand die niet voor de gemeente werkt en mij helpt bij de gesprekken met de gemeente.</source>
        <translation>I know that I can get free help from a client supporter: someone who does not work for the municipality and helps me in the conversations with the municipality.</translation>
    </message>
    <message>
        <source>Ik weet dat ik zelf eerst een plan mag schrijven (een persoonlijk plan).</source>
        <translation>I know that I may first write a plan myself (a personal plan).</translation>
    </message>
    <message>
        <source>Ik heb een kopie van dit plan gekregen.</source>
        <translation>I have received a copy of this plan.</translation>
    </message>
    <message>
        <source>Kies één:</source>
        <translation>Choose one:</translation>
    </message>
    <message>
        <source>netwerklid</source>
        <translation>network member</translation>
    </message>
    <message>
        <source>Uw opmerkingen</source>
        <translation>Your remarks</translation>
    </message>
    <message>
        <source>Niemand heeft opmerkingen gegeven.</source>
        <translation>No one gave remarks.</translation>
    </message>
    <message>
        <source>Hier kunt u zelf iets opschrijven.</source>
        <translation>Here you can write something yourself.</translation>
    </message>
    <message>
        <source>Voor het dossier</source>
        <translation>For the file</translation>
    </message>
    <message>
        <source>Deze bladzijde is voor het dossier van het wijkteam. Hierop staan de gegevens waarmee iemand kan nagaan dat dit het echte plan is. U hoeft er niets mee te doen.</source>
        <translation>This page is for the neighbourhood team&apos;s file. It holds the details with which someone can check that this is the real plan. You need not do anything with it.</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Wettelijk kader</source>
        <translation>Legal framework</translation>
    </message>
    <message>
        <source>{name}, versie {version}</source>
        <translation>{name}, version {version}</translation>
    </message>
    <message>
        <source>Vragenlijsten</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Ondertekend op</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Vingerafdruk (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Controlecode</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>{code} (begin van de vingerafdruk)</source>
        <translation>{code} (start of the fingerprint)</translation>
    </message>
    <message>
        <source>concept, nog niet ondertekend</source>
        <translation>draft, not signed yet</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>t/m rij {row} · {hash}</source>
        <translation>up to row {row} · {hash}</translation>
    </message>
    <message>
        <source>Het logboek: de laatste rij van het toegangslogboek toen dit werd afgedrukt (verkort ook onderaan elke bladzijde).</source>
        <translation>The log: the last row of the access log when this was printed (shortened at the bottom of every page as well).</translation>
    </message>
    <message>
        <source>De vingerafdruk is de SHA-256 van de ondertekende inhoud; de inzage-export van het dossier noemt dezelfde waarde.</source>
        <translation>The fingerprint is the SHA-256 of the signed content; the file&apos;s access export names the same value.</translation>
    </message>
    <message>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Deze mensen hebben het plan ondertekend. Daarna is het plan niet meer veranderd. Dat ziet u aan de controlecode onderaan elke bladzijde: die code hoort alleen bij dit plan.</source>
        <translation>These people have signed the plan. After that the plan has not changed. You can see that from the check code at the bottom of every page: that code belongs to this plan only.</translation>
    </message>
    <message>
        <source>Met uw handtekening zegt u dat u dit plan heeft gelezen. Wie meehelpt, tekent ook.</source>
        <translation>With your signature you say that you have read this plan. Whoever helps signs too.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Eens met het plan</source>
        <translation>Agrees with the plan</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>{box} ja   {box} ja, met opmerkingen   {box} nee</source>
        <translation>{box} yes   {box} yes, with remarks   {box} no</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>{reference} · versie {number} (ondertekend) · {date}</source>
        <translation>{reference} · version {number} (signed) · {date}</translation>
    </message>
    <message>
        <source>{reference} · versie {number} (concept) · {date}</source>
        <translation>{reference} · version {number} (draft) · {date}</translation>
    </message>
    <message>
        <source>{value} van de 10 ({date})</source>
        <translation>{value} out of 10 ({date})</translation>
    </message>
    <message>
        <source>Evaluatie: {date}</source>
        <translation>Review: {date}</translation>
    </message>
    <message>
        <source>nog niet afgesproken</source>
        <translation>not agreed yet</translation>
    </message>
    <message>
        <source>In uw eigen woorden (familiegroepsplan, gekregen op {date}).</source>
        <translation>In your own words (family group plan, received on {date}).</translation>
    </message>
    <message>
        <source>In uw eigen woorden (familiegroepsplan).</source>
        <translation>In your own words (family group plan).</translation>
    </message>
    <message>
        <source>In uw eigen woorden (persoonlijk plan, gekregen op {date}).</source>
        <translation>In your own words (personal plan, received on {date}).</translation>
    </message>
    <message>
        <source>In uw eigen woorden (persoonlijk plan).</source>
        <translation>In your own words (personal plan).</translation>
    </message>
    <message>
        <source>aan {whom}</source>
        <translation>of {whom}</translation>
    </message>
    <message>
        <source>Eens met het plan?</source>
        <translation>Agrees with the plan?</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Het plan kon niet worden gemaakt. Er is niets opgeslagen.</source>
        <translation>The plan could not be made. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Het plan wordt gemaakt…</source>
        <translation>Making the plan…</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference} versie {n} ondertekend</source>
        <translation>Support plan {reference} version {n} signed</translation>
    </message>
    <message>
        <source>Ondersteuningsplan {reference} versie {n} concept</source>
        <translation>Support plan {reference} version {n} draft</translation>
    </message>
    <message>
        <source> (zonder namen)</source>
        <translation> (without names)</translation>
    </message>
    <message>
        <source>Plan opslaan als PDF</source>
        <translation>Save plan as PDF</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>&amp;Namen van anderen vervangen door hun rol</source>
        <translation>Replace na&amp;mes of others with their role</translation>
    </message>
    <message>
        <source>Namen van het netwerk vervangen door hun rol</source>
        <translation>Replace names from the network with their role</translation>
    </message>
    <message>
        <source>Dit dossier toont namen van anderen altijd als hun rol. Dat zet u uit bij het netwerk (Namen verbergen).</source>
        <translation>This case always shows others by their role. Switch that off on the network step (Hide names).</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Voorbeeld van het plan</source>
        <translation>Preview of the plan</translation>
    </message>
    <message>
        <source>Ondertekende versie: op papier precies zo als bij het tekenen.</source>
        <translation>Signed version: on paper exactly as it was when signed.</translation>
    </message>
    <message>
        <source>Concept: nog niet ondertekend.</source>
        <translation>Draft: not yet signed.</translation>
    </message>
    <message>
        <source>{status} De PDF heeft {pages} bladzijden.</source>
        <translation>{status} The PDF has {pages} pages.</translation>
    </message>
    <message>
        <source>Namen van anderen zijn vervangen door hun rol.</source>
        <translation>The names of others have been replaced by their role.</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Plan opslaan als PDF</source>
        <translation>Save plan as PDF</translation>
    </message>
    <message>
        <source>&amp;Printen…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Plan opslaan en openen om te printen</source>
        <translation>Save the plan and open it for printing</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Voorbeeld sluiten</source>
        <translation>Close preview</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>er is geen toegang (alleen-lezen of van iemand anders)</source>
        <translation>there is no access (read-only or someone else&apos;s)</translation>
    </message>
    <message>
        <source>de schijf of stick is alleen-lezen</source>
        <translation>the disk or stick is read-only</translation>
    </message>
    <message>
        <source>de map of het bestand bestaat niet (meer)</source>
        <translation>the folder or the file does not exist (any more)</translation>
    </message>
    <message>
        <source>dat is een map</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <source>de naam of het pad is te lang</source>
        <translation>the name or path is too long</translation>
    </message>
    <message>
        <source>een fout van de schijf of het systeem</source>
        <translation>an error of the disk or the system</translation>
    </message>
    <message>
        <source>Het bestand {name} kon niet worden gelezen of geschreven: {reason}.</source>
        <translation>The file {name} could not be read or written: {reason}.</translation>
    </message>
    <message>
        <source>Lezen of schrijven is mislukt: {reason}.</source>
        <translation>Reading or writing failed: {reason}.</translation>
    </message>
    <message>
        <source>Opslaan in {path} is niet gelukt: {reason}. Er is niets opgeslagen.</source>
        <translation>Saving in {path} did not work: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
</context>
<context>
    <name>QtParts</name>
    <message>
        <source>Vorige maand</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Volgende maand</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Maand kiezen</source>
        <translation>Choose month</translation>
    </message>
    <message>
        <source>Jaar kiezen</source>
        <translation>Choose year</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Kolomkoppen</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <source>Rijkoppen</source>
        <translation>Row headers</translation>
    </message>
    <message>
        <source>Tekst wissen</source>
        <translation>Clear text</translation>
    </message>
    <message>
        <source>Keuzelijst</source>
        <translation>Drop-down list</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>De vraag van de inwoner</source>
        <translation>The resident&apos;s question</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Schrijf de vraag op zoals de inwoner die zelf zegt, in eigen woorden.</source>
        <translation>Write down the question as the resident puts it, in their own words.</translation>
    </message>
    <message>
        <source>Wat is uw vraag? In uw &amp;eigen woorden:</source>
        <translation>What is your question? In your own &amp;words:</translation>
    </message>
    <message>
        <source>De vraag in eigen woorden</source>
        <translation>The question in their own words</translation>
    </message>
    <message>
        <source>Vraag wijzigen</source>
        <translation>Change question</translation>
    </message>
    <message>
        <source>&amp;Wat is belangrijk voor u?</source>
        <translation>What is &amp;important to you?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor de inwoner</source>
        <translation>What is important to the resident</translation>
    </message>
    <message>
        <source>Wat belangrijk is wijzigen</source>
        <translation>Change what is important</translation>
    </message>
    <message>
        <source>&amp;Hoe tevreden bent u met uw leven?</source>
        <translation>How &amp;satisfied are you with your life?</translation>
    </message>
    <message>
        <source>Kies een cijfer van 0 tot 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <source>Tevredenheid wijzigen</source>
        <translation>Change satisfaction</translation>
    </message>
    <message>
        <source>Nog geen cijfer gekozen</source>
        <translation>No number chosen yet</translation>
    </message>
    <message>
        <source>Cijfer: {value} van 10</source>
        <translation>Score: {value} out of 10</translation>
    </message>
    <message>
        <source>Schrijf de vraag van de inwoner op, in zijn of haar eigen woorden.</source>
        <translation>Write down the resident&apos;s question, in their own words.</translation>
    </message>
</context>
<context>
    <name>RadarCanvas</name>
    <message>
        <source>De radar wordt getekend…</source>
        <translation>Drawing the radar…</translation>
    </message>
    <message>
        <source>Nog geen leefgebieden gekozen.</source>
        <translation>No life domains chosen yet.</translation>
    </message>
    <message>
        <source>Kies leefgebieden om te bespreken. Dan verschijnt hier de radar.</source>
        <translation>Choose life domains to discuss. The radar will then appear here.</translation>
    </message>
</context>
<context>
    <name>RemoveCaseDialog</name>
    <message>
        <source>Dossier verwijderen</source>
        <translation>Remove case</translation>
    </message>
    <message>
        <source>Alles van {household} wordt van deze computer gewist: gesprekken, scores, netwerk, doelen en plannen. Dit kan niet ongedaan worden gemaakt.

Doe dit pas als het dossier is overgedragen, of als de bewaartermijn voorbij is. In het logboek blijft alleen staan dat kenmerk {reference} is verwijderd.</source>
        <translation>Everything of {household} is erased from this computer: conversations, scores, network, goals and plans. This cannot be undone.

Only do this once the case has been handed over, or when the retention period has ended. The log only keeps that reference {reference} was removed.</translation>
    </message>
    <message>
        <source>Typ het kenmerk &amp;{reference} om te bevestigen:</source>
        <translation>Type the reference &amp;{reference} to confirm:</translation>
    </message>
    <message>
        <source>Kenmerk ter bevestiging</source>
        <translation>Reference to confirm</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <source>Dossier definitief verwijderen</source>
        <translation>Remove case for good</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>De reservekopie wordt een nieuwe database naast de huidige. Er wordt niets overschreven. Pas als de kopie helemaal klopt, krijgt hij zijn naam; daarna kunt u ermee verder werken.</source>
        <translation>The backup becomes a new database beside the current one. Nothing is overwritten. Only when the copy is entirely correct does it get its name; then you can go on working with it.</translation>
    </message>
    <message>
        <source>De reservekopie</source>
        <translation>The backup</translation>
    </message>
    <message>
        <source>&amp;Kies bestand…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Kies de reservekopie</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <source>De nieuwe database</source>
        <translation>The new database</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de reservekopie</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>De wachtwoordzin die gold toen de reservekopie werd gemaakt.</source>
        <translation>The passphrase that held when the backup was made.</translation>
    </message>
    <message>
        <source>&amp;Reservekopie:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe database:</source>
        <translation>&amp;New database:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Gebruik de wachtwoordzin die gold toen de reservekopie werd gemaakt.</source>
        <translation>Use the passphrase that held when the backup was made.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Nu met deze database &amp;werken</source>
        <translation>&amp;Work with this database now</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reservekopieën van eigenkracht ({pattern})</source>
        <translation>eigenkracht backups ({pattern})</translation>
    </message>
    <message>
        <source>Gemaakt op {when}, met {cases}.</source>
        <translation>Made on {when}, with {cases}.</translation>
    </message>
    <message>
        <source>Teruggezet en gecontroleerd: {name}, met {cases}. De huidige database is niet veranderd.</source>
        <translation>Restored and checked: {name}, with {cases}. The current database has not changed.</translation>
    </message>
    <message>
        <source>Kies eerst de reservekopie.</source>
        <translation>First choose the backup.</translation>
    </message>
    <message>
        <source>Geef de plek voor de nieuwe database.</source>
        <translation>Give the place for the new database.</translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin van de reservekopie in.</source>
        <translation>Fill in the passphrase of the backup.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Jeugdwet</source>
        <translation>Youth Act (Jeugdwet)</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Social Support Act (Wmo)</translation>
    </message>
    <message>
        <source>de bewaartermijn begint als het dossier wordt afgesloten</source>
        <translation>the retention period starts when the case is closed</translation>
    </message>
    <message>
        <source>deze datum staat op het dossier zelf</source>
        <translation>this date is set on the case itself</translation>
    </message>
    <message>
        <source>Jeugdwet: {years} jaar na de laatste wijziging op {since}</source>
        <translation>Youth Act: {years} years after the last change on {since}</translation>
    </message>
    <message>
        <source>Wmo met ondersteuning: {years} jaar na het afsluiten op {since}</source>
        <translation>Wmo with support: {years} years after closing on {since}</translation>
    </message>
    <message>
        <source>Wmo zonder ondersteuning: {years} jaar na het afsluiten op {since}</source>
        <translation>Wmo without support: {years} years after closing on {since}</translation>
    </message>
    <message>
        <source>Dossier loopt nog: {why}.</source>
        <translation>Case still open: {why}.</translation>
    </message>
    <message>
        <source>⚠ Bewaren tot: {date}, de bewaartermijn is voorbij ({why}).</source>
        <translation>⚠ Keep until: {date}, the retention period has ended ({why}).</translation>
    </message>
    <message>
        <source>Bewaren tot: {date} ({why}).</source>
        <translation>Keep until: {date} ({why}).</translation>
    </message>
    <message>
        <source>Overgedragen op {date} aan {name}</source>
        <translation>Handed over on {date} to {name}</translation>
    </message>
    <message>
        <source>Overgedragen op {date}</source>
        <translation>Handed over on {date}</translation>
    </message>
    <message>
        <source>het dossier loopt nog</source>
        <translation>the case is still open</translation>
    </message>
    <message>
        <source>Bewaren tot {date}: de bewaartermijn is voorbij ({why})</source>
        <translation>Keep until {date}: the retention period has ended ({why})</translation>
    </message>
    <message>
        <source>bewaren tot {date} ({why})</source>
        <translation>keep until {date} ({why})</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijnen…</source>
        <translation>Re&amp;tention periods…</translation>
    </message>
    <message>
        <source>Dossiers waarvan de bewaartermijn voorbij is of die zijn overgedragen: verwijder ze van deze computer.</source>
        <translation>Cases whose retention period has ended or that were handed over: remove them from this computer.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Deze dossiers hoeven niet langer op deze computer te staan: de bewaartermijn is voorbij, of het dossier is overgedragen aan een collega. Vink aan wat weg mag en kies Verwijderen. Er wordt niets verwijderd voordat u dat nog een keer bevestigt.</source>
        <translation>These cases need not stay on this computer any longer: the retention period has ended, or the case was handed over to a colleague. Tick what may go and choose Remove. Nothing is removed before you confirm it once more.</translation>
    </message>
    <message>
        <source>Het bestand van de organisatie klopt niet, dus gelden de gewone termijnen: </source>
        <translation>The organisation&apos;s file is not right, so the usual periods apply: </translation>
    </message>
    <message>
        <source>Dossiers die weg mogen</source>
        <translation>Cases that may go</translation>
    </message>
    <message>
        <source>Er zijn geen dossiers voorbij de bewaartermijn en geen overgedragen dossiers.</source>
        <translation>There are no cases past their retention period and no cases handed over.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Aangevinkte dossiers definitief verwijderen</source>
        <translation>Remove the ticked cases for good</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bewaartermijnen sluiten</source>
        <translation>Close retention periods</translation>
    </message>
    <message>
        <source>{reference} · {household} · {kind}</source>
        <translation>{reference} · {household} · {kind}</translation>
    </message>
    <message>
        <source>Verwijderen: {reference}, {household}</source>
        <translation>Remove: {reference}, {household}</translation>
    </message>
    <message>
        <source>Deze dossiers worden definitief van deze computer gewist, met alle gesprekken, scores, netwerk, doelen en plannen:

{names}

Dit kan niet ongedaan worden gemaakt. In het logboek blijft alleen het kenmerk staan. Doorgaan?</source>
        <translation>These cases are erased from this computer for good, with all conversations, scores, network, goals and plans:

{names}

This cannot be undone. Only the reference stays in the access log. Go on?</translation>
    </message>
    <message>
        <source>Dossiers verwijderen</source>
        <translation>Remove cases</translation>
    </message>
</context>
<context>
    <name>RouteBox</name>
    <message>
        <source>Verloop</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Soort dossier</source>
        <translation>Type of case</translation>
    </message>
    <message>
        <source>S&amp;tatus kiezen…</source>
        <translation>Choose &amp;status…</translation>
    </message>
    <message>
        <source>Status van het dossier zelf kiezen</source>
        <translation>Choose the status of the case yourself</translation>
    </message>
    <message>
        <source>Ja, vastleggen</source>
        <translation>Yes, record it</translation>
    </message>
    <message>
        <source>Het ondertekende plan als verslag vastleggen</source>
        <translation>Record the signed plan as the written report</translation>
    </message>
    <message>
        <source>&amp;Reden van afsluiten:</source>
        <translation>Reason for c&amp;losing:</translation>
    </message>
    <message>
        <source>Reden van afsluiten</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Status: {status} (zelf gekozen: {reason})</source>
        <translation>Status: {status} (your choice: {reason})</translation>
    </message>
    <message>
        <source>Status: {status} (volgt uit de datums)</source>
        <translation>Status: {status} (follows from the dates)</translation>
    </message>
    <message>
        <source>Datum: {step}</source>
        <translation>Date: {step}</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{step}: vandaag</source>
        <translation>{step}: today</translation>
    </message>
    <message>
        <source>{step}: {text}</source>
        <translation>{step}: {text}</translation>
    </message>
    <message>
        <source>eerste gesprek op {date}</source>
        <translation>first conversation on {date}</translation>
    </message>
    <message>
        <source>aangeboden op {date}, ontvangen op {received}</source>
        <translation>offered on {date}, received on {received}</translation>
    </message>
    <message>
        <source>aangeboden op {date}</source>
        <translation>offered on {date}</translation>
    </message>
    <message>
        <source>klaar op {date}</source>
        <translation>done on {date}</translation>
    </message>
    <message>
        <source>gestopt: het dossier is afgesloten</source>
        <translation>stopped: the case is closed</translation>
    </message>
    <message>
        <source>termijn voorbij op {date}, geen plan ontvangen</source>
        <translation>deadline passed on {date}, no plan received</translation>
    </message>
    <message>
        <source>⚠ te laat sinds {late} (uiterlijk {date})</source>
        <translation>⚠ overdue by {late} (due by {date})</translation>
    </message>
    <message>
        <source>uiterlijk {date} · {left}</source>
        <translation>due by {date} · {left}</translation>
    </message>
    <message>
        <source>binnenkort: {text}</source>
        <translation>soon: {text}</translation>
    </message>
    <message>
        <source>telt vanaf de melding</source>
        <translation>counts from the report</translation>
    </message>
    <message>
        <source>binnen {weeks} weken na de aanvraag</source>
        <translation>within {weeks} weeks of the application</translation>
    </message>
    <message>
        <source>gewezen (datum niet vastgelegd)</source>
        <translation>informed (date not recorded)</translation>
    </message>
    <message>
        <source>nog niet afgesproken</source>
        <translation>not yet arranged</translation>
    </message>
    <message>
        <source>⚠ afgesproken op {date}, {late} geleden</source>
        <translation>⚠ arranged for {date}, {late} ago</translation>
    </message>
    <message>
        <source>afgesproken op {date} · {left}</source>
        <translation>arranged for {date} · {left}</translation>
    </message>
    <message>
        <source>het dossier loopt</source>
        <translation>the case is still open</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>nog {days}</source>
        <translation>{days} left</translation>
    </message>
    <message>
        <source>Het ondertekende plan geldt als verslag (versie {n}, ondertekend op {date}). Vastleggen dat het verslag op {date} is gegeven?</source>
        <translation>The signed plan counts as the written report (version {n}, signed on {date}). Record that the written report was given on {date}?</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Bestand opslaan</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>Wilt u een code op het bestand?</source>
        <translation>Do you want a code on the file?</translation>
    </message>
    <message>
        <source>Kiest u een code? Dan kan alleen iemand met die code het bestand openen. Vertel de code aan uw hulpverlener.</source>
        <translation>If you choose a code, only someone with that code can open the file. Tell the code to your care worker.</translation>
    </message>
    <message>
        <source>Zonder code</source>
        <translation>Without a code</translation>
    </message>
    <message>
        <source>Iedereen die het bestand heeft, kan het lezen.</source>
        <translation>Anyone who has the file can read it.</translation>
    </message>
    <message>
        <source>Met een code</source>
        <translation>With a code</translation>
    </message>
    <message>
        <source>U kiest zelf een code van minstens {n} tekens.</source>
        <translation>You choose a code of at least {n} characters.</translation>
    </message>
    <message>
        <source>Uw code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>&amp;Uw code:</source>
        <translation>&amp;Your code:</translation>
    </message>
    <message>
        <source>Schrijf de code op. Zonder de code kan niemand het bestand openen. Ook u niet.</source>
        <translation>Write the code down. Without the code nobody can open the file. Not even you.</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Verder: plek kiezen</source>
        <translation>Next: choose where to save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies een code van minstens {n} tekens.</source>
        <translation>Choose a code of at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentImportDialog</name>
    <message>
        <source>Zelfbeoordeling inlezen</source>
        <translation>Import self-assessment</translation>
    </message>
    <message>
        <source>&amp;Overnemen</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Aangevinkte antwoorden overnemen</source>
        <translation>Apply the ticked answers</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren, niets overnemen</source>
        <translation>Cancel, apply nothing</translation>
    </message>
    <message>
        <source>&amp;Code van het bestand:</source>
        <translation>File &amp;code:</translation>
    </message>
    <message>
        <source>Code van het bestand</source>
        <translation>File code</translation>
    </message>
    <message>
        <source>Bestand &amp;openen</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Bestand openen met deze code</source>
        <translation>Open the file with this code</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Thuis ingevuld (inwoner)</source>
        <translation>Filled in at home (resident)</translation>
    </message>
    <message>
        <source>Nu vastgelegd</source>
        <translation>Recorded now</translation>
    </message>
    <message>
        <source>Bij overnemen</source>
        <translation>When applied</translation>
    </message>
    <message>
        <source>Antwoorden van de inwoner naast wat vastligt</source>
        <translation>The resident&apos;s answers next to what is recorded</translation>
    </message>
    <message>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Alle antwoorden aanvinken</source>
        <translation>Tick all answers</translation>
    </message>
    <message>
        <source>&amp;Niets aanvinken</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>Geen enkel antwoord aanvinken</source>
        <translation>Untick all answers</translation>
    </message>
    <message>
        <source>Komt bij &amp;doel:</source>
        <translation>Goes with &amp;goal:</translation>
    </message>
    <message>
        <source>Bij welk doel deze afspraak komt</source>
        <translation>Which goal this agreement goes with</translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner kiezen</source>
        <translation>Choose the resident&apos;s self-assessment</translation>
    </message>
    <message>
        <source>Zelfbeoordeling (*.json);;Alle bestanden (*)</source>
        <translation>Self-assessment (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Dit bestand is beveiligd met een code. Vraag de inwoner om de code.</source>
        <translation>This file is protected with a code. Ask the resident for the code.</translation>
    </message>
    <message>
        <source>Vul de code in.</source>
        <translation>Enter the code.</translation>
    </message>
    <message>
        <source>Er is niets ingelezen; het dossier is niet veranderd.</source>
        <translation>Nothing has been imported; the case has not changed.</translation>
    </message>
    <message>
        <source>(geen naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>onbekende datum</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>De antwoorden komen bij het gesprek van {date}.</source>
        <translation>The answers go into the conversation of {date}.</translation>
    </message>
    <message>
        <source>De antwoorden komen in een nieuw gesprek van {date}.</source>
        <translation>The answers go into a new conversation of {date}.</translation>
    </message>
    <message>
        <source>Thuis ingevuld door {who} op {date}. Vink aan wat u wilt overnemen. {where} Scores komen naast de oude: er wordt niets overschreven zonder vinkje.</source>
        <translation>Filled in at home by {who} on {date}. Tick what you want to apply. {where} Scores are added next to the old ones: nothing is overwritten without a tick.</translation>
    </message>
    <message>
        <source>De inwoner heeft ook een eigen plan gemaakt. Het komt in het plan in de woorden van de inwoner; doelen en afspraken houden de inwoner als schrijver.</source>
        <translation>The citizen also made a plan of their own. It goes into the plan in the citizen&apos;s words; goals and agreements keep the citizen as author.</translation>
    </message>
    <message>
        <source>Dit bestand is al eerder ingelezen op {moments}. Alleen wat veranderd is, staat aangevinkt.</source>
        <translation>This file was read in before on {moments}. Only what changed is ticked.</translation>
    </message>
    <message>
        <source>Er is eerder een zelfbeoordeling ingelezen (op {moment}). Wat sindsdien niet veranderd is, staat niet aangevinkt.</source>
        <translation>A self-assessment was read in before (on {moment}). What has not changed since is not ticked.</translation>
    </message>
    <message>
        <source>Eigen plan van de inwoner</source>
        <translation>The citizen&apos;s own plan</translation>
    </message>
    <message>
        <source>Zelfbeoordeling van de inwoner</source>
        <translation>The citizen&apos;s self-assessment</translation>
    </message>
    <message>
        <source>(niets)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Het bestand bevat geen antwoorden.</source>
        <translation>The file contains no answers.</translation>
    </message>
    <message>
        <source>Er is niets nieuws in dit bestand: alles is al zo vastgelegd.</source>
        <translation>There is nothing new in this file: everything is already recorded like this.</translation>
    </message>
    <message>
        <source>Vraag van de inwoner</source>
        <translation>The resident&apos;s question</translation>
    </message>
    <message>
        <source>Wat de inwoner belangrijk vindt</source>
        <translation>What the resident finds important</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven (0-10)</source>
        <translation>Satisfaction with life (0–10)</translation>
    </message>
    <message>
        <source>Het plan als geheel (familiegroepsplan)</source>
        <translation>The plan as a whole (family group plan)</translation>
    </message>
    <message>
        <source>Het plan als geheel (persoonlijk plan)</source>
        <translation>The plan as a whole (personal plan)</translation>
    </message>
    <message>
        <source>Doel {n} van de inwoner</source>
        <translation>The citizen&apos;s goal {n}</translation>
    </message>
    <message>
        <source>Wie doet wat ({n})</source>
        <translation>Who does what ({n})</translation>
    </message>
    <message>
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>Vraag aan {whom}</source>
        <translation>Request to {whom}</translation>
    </message>
    <message>
        <source>Schreef mee: {name}</source>
        <translation>Helped write it: {name}</translation>
    </message>
    <message>
        <source>Helpt de inwoner: {name}</source>
        <translation>Helps the resident: {name}</translation>
    </message>
    <message>
        <source>(al eerder ingelezen, niet veranderd)</source>
        <translation>(read in before, not changed)</translation>
    </message>
    <message>
        <source>alleen in het eigen plan (er is geen doel om het bij te zetten)</source>
        <translation>only in the own plan (there is no goal to put it with)</translation>
    </message>
    <message>
        <source>nieuwe score (thuis), naast de oude</source>
        <translation>new score (at home), next to the old one</translation>
    </message>
    <message>
        <source>nieuwe persoon in het netwerk</source>
        <translation>new person in the network</translation>
    </message>
    <message>
        <source>komt bij de notities van deze persoon</source>
        <translation>is added to this person&apos;s notes</translation>
    </message>
    <message>
        <source>wordt bewaard in de woorden van de inwoner</source>
        <translation>is kept in the citizen&apos;s words</translation>
    </message>
    <message>
        <source>nieuw doel, geschreven door de inwoner</source>
        <translation>new goal, written by the citizen</translation>
    </message>
    <message>
        <source>nieuwe afspraak bij: {goal}</source>
        <translation>new agreement with: {goal}</translation>
    </message>
    <message>
        <source>komt bij de vraag van het gesprek</source>
        <translation>goes with the conversation&apos;s question</translation>
    </message>
    <message>
        <source>wordt ingevuld</source>
        <translation>is filled in</translation>
    </message>
    <message>
        <source>komt onder de vastgelegde tekst</source>
        <translation>is added below the recorded text</translation>
    </message>
    <message>
        <source>vervangt het vastgelegde cijfer</source>
        <translation>replaces the recorded score</translation>
    </message>
    <message>
        <source>is al zo vastgelegd</source>
        <translation>is already recorded like this</translation>
    </message>
    <message>
        <source>Thuis ingevuld: {citizen}
Nu vastgelegd: {recorded}</source>
        <translation>Filled in at home: {citizen}
Recorded now: {recorded}</translation>
    </message>
    <message>
        <source>doel {n} van de inwoner ({text})</source>
        <translation>the citizen&apos;s goal {n} ({text})</translation>
    </message>
    <message>
        <source>doel in het plan ({text})</source>
        <translation>goal in the plan ({text})</translation>
    </message>
    <message>
        <source>(geen doel)</source>
        <translation>(no goal)</translation>
    </message>
    <message>
        <source>{n} van {total} aangevinkt</source>
        <translation>{n} of {total} ticked</translation>
    </message>
    <message>
        <source>Er is niets aangevinkt.</source>
        <translation>Nothing is ticked.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentReview</name>
    <message>
        <source>{level} (van {minimum} tot {maximum})</source>
        <extracomment>The kinds that belong to the own plan (the import dialog groups them).</extracomment>
        <translation>{level} (from {minimum} to {maximum})</translation>
    </message>
    <message>
        <source>past niet / zegt het liever niet</source>
        <translation>does not apply / would rather not say</translation>
    </message>
    <message>
        <source>geen antwoord gekozen</source>
        <translation>no answer chosen</translation>
    </message>
    <message>
        <source>wil hierover praten</source>
        <translation>wants to talk about this</translation>
    </message>
    <message>
        <source>opmerking: {remark}</source>
        <translation>remark: {remark}</translation>
    </message>
    <message>
        <source>niet besproken</source>
        <translation>not discussed</translation>
    </message>
    <message>
        <source>persoonlijk plan</source>
        <translation>personal plan</translation>
    </message>
    <message>
        <source>familiegroepsplan</source>
        <translation>family group plan</translation>
    </message>
    <message>
        <source>inwoner {score}</source>
        <translation>resident {score}</translation>
    </message>
    <message>
        <source>professional {score}</source>
        <translation>professional {score}</translation>
    </message>
    <message>
        <source>staat al in het netwerk: {who}</source>
        <translation>already in the network: {who}</translation>
    </message>
    <message>
        <source>{n} doel</source>
        <translation>{n} goal</translation>
    </message>
    <message>
        <source>{n} doelen</source>
        <translation>{n} goals</translation>
    </message>
    <message>
        <source>{n} afspraak</source>
        <translation>{n} agreement</translation>
    </message>
    <message>
        <source>{n} afspraken</source>
        <translation>{n} agreements</translation>
    </message>
    <message>
        <source>{n} vraag</source>
        <translation>{n} question</translation>
    </message>
    <message>
        <source>{n} vragen</source>
        <translation>{n} questions</translation>
    </message>
    <message>
        <source>{n} persoon schreef mee</source>
        <translation>{n} person wrote along</translation>
    </message>
    <message>
        <source>{n} mensen schreven mee</source>
        <translation>{n} people wrote along</translation>
    </message>
    <message>
        <source>{kind}: {counts}</source>
        <translation>{kind}: {counts}</translation>
    </message>
    <message>
        <source>eigen plan ontvangen op {date}</source>
        <translation>own plan received on {date}</translation>
    </message>
    <message>
        <source>neemt op zich: {what}</source>
        <translation>takes on: {what}</translation>
    </message>
    <message>
        <source> · onderwerp: {topic}</source>
        <translation> · topic: {topic}</translation>
    </message>
    <message>
        <source> · geen onderwerp gekozen (komt bij: {topic}; te wijzigen)</source>
        <translation> · no topic chosen (goes with: {topic}; can be changed)</translation>
    </message>
    <message>
        <source>staat al in het plan</source>
        <translation>already in the plan</translation>
    </message>
    <message>
        <source>de inwoner zelf</source>
        <translation>the resident themselves</translation>
    </message>
    <message>
        <source>steeds</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>wie: {who}</source>
        <translation>who: {who}</translation>
    </message>
    <message>
        <source>wanneer: {when}</source>
        <translation>when: {when}</translation>
    </message>
    <message>
        <source>bij doel {n}</source>
        <translation>with goal {n}</translation>
    </message>
    <message>
        <source>staat al bij de vraag</source>
        <translation>already with the question</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Uw naam staat onderin het venster en als regisseur bij elk nieuw dossier. Het logboek bewaart daarnaast altijd het account waarmee u op deze computer bent aangemeld.</source>
        <translation>Your name appears at the bottom of the window and as coordinator on every new case. The log also always keeps the account you are signed in with on this computer.</translation>
    </message>
    <message>
        <source>Zonder naam gebruikt eigenkracht dat account: {login}.</source>
        <translation>Without a name, eigenkracht uses that account: {login}.</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Sanne Visser</source>
        <translation>for example: Sanne Visser</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>eigenkracht vergrendelt zichzelf als niemand het programma een tijdje gebruikt. Zo kan aan de keukentafel niemand zomaar gegevens van cliënten zien als u even wegloopt. Wij raden 5 tot 15 minuten aan. Kiest u 0, dan vergrendelt het programma nooit vanzelf.</source>
        <translation>eigenkracht locks itself when nobody has used the program for a while. That way nobody at the kitchen table can simply see client data when you step away. We recommend 5 to 15 minutes. If you choose 0, the program never locks by itself.</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Vergrendelen na aantal minuten</source>
        <translation>Lock after number of minutes</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>Reservekopie</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Onderin het venster staat een herinnering als de laatste reservekopie ouder is dan dit. Kiest u 0, dan herinnert het programma u nooit.</source>
        <translation>A reminder appears at the bottom of the window when the last backup is older than this. Choose 0 and the program never reminds you.</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Herinneren aan een reservekopie na dagen</source>
        <translation>Remind of a backup after days</translation>
    </message>
    <message>
        <source>&amp;Herinneren na:</source>
        <translation>&amp;Remind after:</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
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
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Een andere taal werkt pas nadat u eigenkracht opnieuw hebt gestart.</source>
        <translation>A different language only takes effect after you restart eigenkracht.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> minuut</source>
        <translation> minute</translation>
    </message>
</context>
<context>
    <name>SharesEditor</name>
    <message>
        <source>Aandeel zelf, in procenten</source>
        <translation>Share carried by self, in per cent</translation>
    </message>
    <message>
        <source>Aandeel netwerk, in procenten</source>
        <translation>Share carried by the network, in per cent</translation>
    </message>
    <message>
        <source>Zel&amp;f</source>
        <translation>Se&amp;lf</translation>
    </message>
    <message>
        <source>&amp;Netwerk</source>
        <translation>Ne&amp;twork</translation>
    </message>
    <message>
        <source>Leeg&amp;maken</source>
        <translation>Cle&amp;ar</translation>
    </message>
    <message>
        <source>Verdeling leegmaken</source>
        <translation>Clear the shares</translation>
    </message>
    <message>
        <source>Professionals: –</source>
        <translation>Professionals: –</translation>
    </message>
    <message>
        <source>nog niet verdeeld</source>
        <translation>not yet divided</translation>
    </message>
    <message>
        <source>Professionals: {value} %</source>
        <translation>Professionals: {value} %</translation>
    </message>
    <message>
        <source>= samen {total} %</source>
        <translation>= {total} % in total</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Ondertekening vastleggen</source>
        <translation>Record signing</translation>
    </message>
    <message>
        <source>Leg vast wie versie {n} van het plan heeft ondertekend. Ieder die tekent, kiest zelf of hij of zij het eens is. Daarna kan deze versie niet meer veranderen: wat u later wijzigt, komt in een nieuwe versie.</source>
        <translation>Record who signed version {n} of the plan. Everyone who signs chooses for themselves whether they agree. After that, this version can no longer change: whatever you change later goes into a new version.</translation>
    </message>
    <message>
        <source>Datum van ondertekenen</source>
        <translation>Date of signing</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Plaats van ondertekenen</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Wie tekent</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <source>Tekent</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Eens?</source>
        <translation>Agrees?</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Ondertekening &amp;vastleggen</source>
        <translation>&amp;Record signing</translation>
    </message>
    <message>
        <source>Ondertekening vastleggen en plan vastzetten</source>
        <translation>Record signing and lock the plan</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{role} ({relation})</source>
        <translation>{role} ({relation})</translation>
    </message>
    <message>
        <source>{role} tekent</source>
        <translation>{role} signs</translation>
    </message>
    <message>
        <source>Naam van {role}</source>
        <translation>Name of {role}</translation>
    </message>
    <message>
        <source>Is {role} het eens met het plan</source>
        <translation>Does {role} agree with the plan</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Opmerkingen van {role}</source>
        <translation>Comments of {role}</translation>
    </message>
    <message>
        <source>De inwoner (of de wettelijk vertegenwoordiger) moet tekenen.</source>
        <translation>The resident (or the legal representative) must sign.</translation>
    </message>
    <message>
        <source>Vul de naam in van iedereen die tekent.</source>
        <translation>Fill in the name of everyone who signs.</translation>
    </message>
    <message>
        <source>Nog niet gekozen: is {who} het eens met het plan?</source>
        <translation>Not yet chosen: does {who} agree with the plan?</translation>
    </message>
    <message>
        <source>Schrijf de opmerkingen op bij &apos;eens, met opmerkingen&apos;.</source>
        <translation>Write down the comments for &apos;agrees, with comments&apos;.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>mantelzorger</source>
        <translation>informal carer</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>cliëntondersteuner</source>
        <translation>client support worker</translation>
    </message>
    <message>
        <source>familielid</source>
        <translation>family member</translation>
    </message>
    <message>
        <source>buurvrouw of buurman</source>
        <translation>neighbour</translation>
    </message>
    <message>
        <source>Start van het gesprek</source>
        <translation>Start of the conversation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Wie zijn er, waar en wanneer? Alles wordt meteen bewaard.</source>
        <translation>Who is there, where and when? Everything is saved straight away.</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>Soort gesprek: {kind}</source>
        <translation>Type of conversation: {kind}</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of conversation</translation>
    </message>
    <message>
        <source>Soort gesprek wijzigen</source>
        <translation>Change type of conversation</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Datum van het gesprek wijzigen</source>
        <translation>Change date of the conversation</translation>
    </message>
    <message>
        <source>Plaats van het gesprek</source>
        <translation>Place of the conversation</translation>
    </message>
    <message>
        <source>bijvoorbeeld: bij de inwoner thuis</source>
        <translation>for example: at the resident&apos;s home</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <source>Wie zijn er bij het gesprek</source>
        <translation>Who is at the conversation</translation>
    </message>
    <message>
        <source>&amp;Wie zijn erbij?</source>
        <translation>&amp;Who is present?</translation>
    </message>
    <message>
        <source>Aanwezigen wijzigen</source>
        <translation>Change who is present</translation>
    </message>
    <message>
        <source>Ook aanwezig (bijvoorbeeld een tolk)</source>
        <translation>Also present (for example an interpreter)</translation>
    </message>
    <message>
        <source>mantelzorger, tolk, …</source>
        <translation>informal carer, interpreter, …</translation>
    </message>
    <message>
        <source>Ook aa&amp;nwezig</source>
        <translation>Al&amp;so present</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Aanwezige toevoegen</source>
        <translation>Add person present</translation>
    </message>
    <message>
        <source>Melding (Wmo)</source>
        <translation>Report (melding, Wmo)</translation>
    </message>
    <message>
        <source>Datum van de &amp;melding:</source>
        <translation>Date of the report (&amp;melding):</translation>
    </message>
    <message>
        <source>Datum van de melding</source>
        <translation>Date of the report (melding)</translation>
    </message>
    <message>
        <source>Datum van de melding wijzigen</source>
        <translation>Change date of the report</translation>
    </message>
    <message>
        <source>Persoonlijk plan aange&amp;boden (de inwoner mag zelf een plan schrijven)</source>
        <translation>Personal plan offe&amp;red (the resident may write a plan of their own)</translation>
    </message>
    <message>
        <source>Persoonlijk plan aangeboden</source>
        <translation>Personal plan offered</translation>
    </message>
    <message>
        <source>Persoonlijk plan aangeboden wijzigen</source>
        <translation>Change personal plan offered</translation>
    </message>
    <message>
        <source>Pe&amp;rsoonlijk plan ontvangen op:</source>
        <translation>Personal p&amp;lan received on:</translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen</source>
        <translation>Personal plan received</translation>
    </message>
    <message>
        <source>Persoonlijk plan ontvangen wijzigen</source>
        <translation>Change personal plan received</translation>
    </message>
    <message>
        <source>&amp;Cliëntondersteuning aangeboden (gratis en onafhankelijk)</source>
        <translation>Client s&amp;upport offered (free and independent)</translation>
    </message>
    <message>
        <source>Cliëntondersteuning aangeboden</source>
        <translation>Client support offered</translation>
    </message>
    <message>
        <source>Cliëntondersteuning aangeboden wijzigen</source>
        <translation>Change client support offered</translation>
    </message>
    <message>
        <source>Identiteit gecontro&amp;leerd met:</source>
        <translation>Identity chec&amp;ked with:</translation>
    </message>
    <message>
        <source>Identiteit gecontroleerd</source>
        <translation>Identity checked</translation>
    </message>
    <message>
        <source>Soort identiteitsbewijs</source>
        <translation>Type of identity document</translation>
    </message>
    <message>
        <source>kies het document</source>
        <translation>choose the document</translation>
    </message>
    <message>
        <source>Identiteitscontrole wijzigen</source>
        <translation>Change identity check</translation>
    </message>
    <message>
        <source>Identiteitsbewijs wijzigen</source>
        <translation>Change identity document</translation>
    </message>
    <message>
        <source>Maak geen kopie van het identiteitsbewijs. Noteer alleen dat het is gecontroleerd en met welk soort document.</source>
        <translation>Do not make a copy of the identity document. Only note that it has been checked and with which type of document.</translation>
    </message>
    <message>
        <source>De gegevens van de melding horen bij het intakegesprek.</source>
        <translation>The details of the report (melding) belong to the intake conversation.</translation>
    </message>
    <message>
        <source>Instrumenten in dit gesprek</source>
        <translation>Instruments in this conversation</translation>
    </message>
    <message>
        <source>Instrumenten van het gesprek wijzigen</source>
        <translation>Change the instruments of the conversation</translation>
    </message>
    <message>
        <source>1 vraag, {low} tot {high}</source>
        <translation>1 question, {low} to {high}</translation>
    </message>
    <message>
        <source>{n} onderwerpen, {low} tot {high}</source>
        <translation>{n} topics, {low} to {high}</translation>
    </message>
    <message>
        <source>per kind</source>
        <translation>per child</translation>
    </message>
    <message>
        <source>per persoon</source>
        <translation>per person</translation>
    </message>
    <message>
        <source>Kies minstens één instrument.</source>
        <translation>Choose at least one instrument.</translation>
    </message>
    <message>
        <source>{name} heeft al scores in dit gesprek. Wis die eerst bij Leefgebieden (of maak het ongedaan).</source>
        <translation>{name} already has scores in this conversation. Clear them first at Life domains (or undo).</translation>
    </message>
    <message>
        <source>Voor wie is de {instrument}</source>
        <translation>Who is the {instrument} for</translation>
    </message>
    <message>
        <source>kies voor wie</source>
        <translation>choose for whom</translation>
    </message>
    <message>
        <source>{instrument} voor:</source>
        <translation>{instrument} for:</translation>
    </message>
    <message>
        <source>Voor wie wijzigen</source>
        <translation>Change for whom</translation>
    </message>
    <message>
        <source>De wettelijke termijnen tellen vanaf de datum van de melding.</source>
        <translation>The statutory deadlines count from the date of the report.</translation>
    </message>
    <message>
        <source>Persoonlijk plan inleveren kan tot en met {plan}. Het verslag moet uiterlijk {verslag} bij de inwoner zijn.</source>
        <translation>The personal plan can be handed in up to and including {plan}. The written report must reach the resident by {verslag} at the latest.</translation>
    </message>
    <message>
        <source>Kies voor wie de {instrument} is.</source>
        <translation>Choose who the {instrument} is for.</translation>
    </message>
    <message>
        <source>Kruis aan wie er bij het gesprek zijn.</source>
        <translation>Tick who is present at the conversation.</translation>
    </message>
    <message>
        <source>Vul de datum van de melding in. De wettelijke termijnen tellen vanaf die dag.</source>
        <translation>Fill in the date of the report. The statutory deadlines count from that day.</translation>
    </message>
    <message>
        <source>Kies met welk soort document de identiteit is gecontroleerd.</source>
        <translation>Choose the type of document used to check the identity.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status kiezen</source>
        <translation>Choose status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgt uit de datums ({status})</source>
        <translation>Follows from the dates ({status})</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Waarom u deze status kiest</source>
        <translation>Why you are choosing this status</translation>
    </message>
    <message>
        <source>&amp;Waarom:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>De status volgt uit de datums van het verloop. Kiest u zelf, schrijf dan op waarom. Afsluiten doet u met de datum bij Afgesloten.</source>
        <translation>The status follows from the dates in the timeline. If you choose it yourself, write down why. To close the case, fill in the date at Closed.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Dit is wat we hebben besproken. Klopt het zo? Kijk het samen na. Daarna komt het plan, en dan tekent u.</source>
        <translation>This is what we have discussed. Is it right? Check it together. Then comes the plan, and then you sign.</translation>
    </message>
    <message>
        <source>Samenvatting van het gesprek</source>
        <translation>Summary of the conversation</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not yet filled in</translation>
    </message>
    <message>
        <source>De vraag</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Vraag in eigen woorden</source>
        <translation>Question in their own words</translation>
    </message>
    <message>
        <source>Wat is belangrijk</source>
        <translation>What is important</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven</source>
        <translation>Satisfaction with life</translation>
    </message>
    <message>
        <source>{value} van 10</source>
        <translation>{value} out of 10</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not yet chosen</translation>
    </message>
    <message>
        <source>Besproken leefgebieden</source>
        <translation>Life domains discussed</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation>What is going well</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Wie draagt de situatie</source>
        <translation>Who carries the load</translation>
    </message>
    <message>
        <source>zelf {s} %, netwerk {n} %, professionals {p} %</source>
        <translation>self {s} %, network {n} %, professionals {p} %</translation>
    </message>
    <message>
        <source>Bespreekpunten</source>
        <translation>Points to discuss</translation>
    </message>
    <message>
        <source>Hier zien de inwoner en de professional het anders:</source>
        <translation>Here the resident and the professional see it differently:</translation>
    </message>
    <message>
        <source>Niet besproken of niet nodig</source>
        <translation>Not discussed or not needed</translation>
    </message>
    <message>
        <source>Nog niet gekozen</source>
        <translation>Not yet chosen</translation>
    </message>
    <message>
        <source>Doelen en wie wat doet</source>
        <translation>Goals and who does what</translation>
    </message>
    <message>
        <source>Bespreekpunt: u ziet dit anders.</source>
        <translation>Point to discuss: you see this differently.</translation>
    </message>
    <message>
        <source>Geen verschillen tussen inwoner en professional.</source>
        <translation>No differences between resident and professional.</translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Nog geen doelen afgesproken.</source>
        <translation>No goals agreed yet.</translation>
    </message>
    <message>
        <source>Nog geen leefgebied gekozen.</source>
        <translation>No life domain chosen yet.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>geen reden opgegeven</source>
        <translation>no reason given</translation>
    </message>
</context>
<context>
    <name>ThenNowPdf</name>
    <message>
        <source>Uw eigen cijfers</source>
        <translation>Your own scores</translation>
    </message>
    <message>
        <source>Cijfers van uw contactpersoon</source>
        <translation>Scores of your contact person</translation>
    </message>
    <message>
        <source>Toen en nu · gemaakt op {date}</source>
        <translation>Then and now · made on {date}</translation>
    </message>
    <message>
        <source>Toen en nu</source>
        <translation>Then and now</translation>
    </message>
    <message>
        <source>Toen en nu {reference}</source>
        <translation>Then and now {reference}</translation>
    </message>
    <message>
        <source>Uw cijfers: toen en nu</source>
        <translation>Your scores: then and now</translation>
    </message>
    <message>
        <source>Er zijn nog geen cijfers gegeven.</source>
        <translation>No scores have been given yet.</translation>
    </message>
    <message>
        <source>voor {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <source>Toen ({date})</source>
        <translation>Then ({date})</translation>
    </message>
    <message>
        <source>Nu ({date})</source>
        <translation>Now ({date})</translation>
    </message>
    <message>
        <source>In woorden, {title} (toen → nu): {scores}.</source>
        <translation>In words, {title} (then → now): {scores}.</translation>
    </message>
    <message>
        <source>trede {level}</source>
        <translation>step {level}</translation>
    </message>
    <message>
        <source>{title}: {what}toen {then} ({then_date}), nu {now} ({now_date}).</source>
        <translation>{title}: {what}then {then} ({then_date}), now {now} ({now_date}).</translation>
    </message>
    <message>
        <source>Hoe tevreden bent u met uw leven? (0 tot 10)</source>
        <translation>How satisfied are you with your life? (0 to 10)</translation>
    </message>
    <message>
        <source>{value} op {date}</source>
        <translation>{value} on {date}</translation>
    </message>
    <message>
        <source>In woorden: {points}.</source>
        <translation>In words: {points}.</translation>
    </message>
    <message>
        <source>In woorden: er zijn nog geen cijfers gegeven.</source>
        <translation>In words: no scores have been given yet.</translation>
    </message>
    <message>
        <source>Mensen om u heen: toen en nu</source>
        <translation>People around you: then and now</translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}) stond er 1 persoon op uw netwerkkaart.</source>
        <translation>At the first conversation ({date}) there was 1 person on your network map.</translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}) stonden er {count} mensen op uw netwerkkaart.</source>
        <translation>At the first conversation ({date}) there were {count} people on your network map.</translation>
    </message>
    <message>
        <source>Nu is het er 1.</source>
        <translation>Now there is 1.</translation>
    </message>
    <message>
        <source>Nu zijn het er {count}.</source>
        <translation>Now there are {count}.</translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}.</source>
        <translation>New: {names}.</translation>
    </message>
    <message>
        <source>Niet meer op de kaart: {names}.</source>
        <translation>No longer on the map: {names}.</translation>
    </message>
    <message>
        <source>kring {number} ({name})</source>
        <translation>circle {number} ({name})</translation>
    </message>
    <message>
        <source>dichterbij gekomen, van {before} naar {after}</source>
        <translation>came closer, from {before} to {after}</translation>
    </message>
    <message>
        <source>verder weg, van {before} naar {after}</source>
        <translation>further away, from {before} to {after}</translation>
    </message>
    <message>
        <source>van sector {before} naar sector {after}</source>
        <translation>from sector {before} to sector {after}</translation>
    </message>
    <message>
        <source>{first}, en {second}</source>
        <translation>{first}, and {second}</translation>
    </message>
    <message>
        <source>Doelen waar we nog aan werken</source>
        <translation>Goals we are still working on</translation>
    </message>
    <message>
        <source>Er zijn geen open doelen.</source>
        <translation>There are no open goals.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>(zie het plan)</source>
        <translation>(see the plan)</translation>
    </message>
    <message>
        <source>En nog 1 ander doel (zie het plan).</source>
        <translation>And 1 more goal (see the plan).</translation>
    </message>
    <message>
        <source>En nog {count} andere doelen (zie het plan).</source>
        <translation>And {count} more goals (see the plan).</translation>
    </message>
</context>
<context>
    <name>ThenNowView</name>
    <message>
        <source>Cijfers: toen en nu</source>
        <translation>Scores: then and now</translation>
    </message>
    <message>
        <source>Tevredenheid met het leven (0 tot 10)</source>
        <translation>Satisfaction with life (0 to 10)</translation>
    </message>
    <message>
        <source>Mensen om u heen: toen en nu</source>
        <translation>People around you: then and now</translation>
    </message>
    <message>
        <source>Bij het eerste gesprek ({date}): {then} mensen. Nu: {now} mensen.</source>
        <translation>At the first conversation ({date}): {then} people. Now: {now} people.</translation>
    </message>
    <message>
        <source>Erbij gekomen: {names}</source>
        <translation>Joined: {names}</translation>
    </message>
    <message>
        <source>Niet meer op de kaart: {names}</source>
        <translation>No longer on the map: {names}</translation>
    </message>
    <message>
        <source>Doelen waar we nog aan werken</source>
        <translation>Goals we are still working on</translation>
    </message>
    <message>
        <source>Er zijn geen open doelen.</source>
        <translation>There are no open goals.</translation>
    </message>
    <message>
        <source>(vóór {date})</source>
        <translation>(before {date})</translation>
    </message>
    <message>
        <source>Toen en nu opslaan als &amp;PDF…</source>
        <translation>Save then and now as &amp;PDF…</translation>
    </message>
    <message>
        <source>Toen en nu opslaan als PDF</source>
        <translation>Save then and now as PDF</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Er zijn nog geen cijfers gegeven.</source>
        <translation>No scores have been given yet.</translation>
    </message>
    <message>
        <source>Toen ({date})</source>
        <translation>Then ({date})</translation>
    </message>
    <message>
        <source>Nu ({date})</source>
        <translation>Now ({date})</translation>
    </message>
    <message>
        <source>Tevredenheid over de tijd</source>
        <translation>Satisfaction over time</translation>
    </message>
    <message>
        <source>{instrument} · voor {name}</source>
        <translation>{instrument} · for {name}</translation>
    </message>
    <message>
        <source>{who}, {name}: toen {then} ({first}), nu {now} ({latest})</source>
        <translation>{who}, {name}: then {then} ({first}), now {now} ({latest})</translation>
    </message>
    <message>
        <source>Toen en nu {reference}.pdf</source>
        <translation>Then and now {reference}.pdf</translation>
    </message>
    <message>
        <source>Toen en nu opslaan</source>
        <translation>Save then and now</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Nog geen cijfers</source>
        <translation>No scores yet</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>eigenkracht is vergrendeld</source>
        <translation>eigenkracht is locked</translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld. Vul de wachtwoordzin in om verder te werken.</source>
        <translation>eigenkracht is locked. Enter the passphrase to continue working.</translation>
    </message>
    <message>
        <source>De gegevens staan versleuteld op deze computer. Open uw database met de wachtwoordzin, of maak een nieuwe database.</source>
        <translation>The data is stored encrypted on this computer. Open your database with its passphrase, or create a new database.</translation>
    </message>
    <message>
        <source>Database openen of nieuwe database maken</source>
        <translation>Open a database or create a new one</translation>
    </message>
    <message>
        <source>&amp;Bestaande database</source>
        <translation>&amp;Existing database</translation>
    </message>
    <message>
        <source>N&amp;ieuwe database</source>
        <translation>&amp;New database</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Nieuwe database &amp;maken</source>
        <translation>&amp;Create new database</translation>
    </message>
    <message>
        <source>Nieuwe database maken</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bent u een inwoner? Dan kunt u hier zelf vragen invullen, zonder wachtwoord.</source>
        <translation>Are you a resident? Then you can answer some questions yourself here, without a password.</translation>
    </message>
    <message>
        <source>&amp;Zelf invullen (voor inwoners)</source>
        <translation>Fill it in your&amp;self (for residents)</translation>
    </message>
    <message>
        <source>Zelf invullen, voor inwoners</source>
        <translation>Fill it in yourself, for residents</translation>
    </message>
    <message>
        <source>De laatst gebruikte database {path} is niet gevonden. Kies een ander bestand of maak een nieuwe database.</source>
        <translation>The database used last, {path}, was not found. Choose another file or create a new database.</translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Bl&amp;aderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Databasebestand kiezen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Bestand voor de nieuwe database</source>
        <translation>File for the new database</translation>
    </message>
    <message>
        <source>Plaats voor de nieuwe database kiezen</source>
        <translation>Choose where to put the new database</translation>
    </message>
    <message>
        <source>Bes&amp;tand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoordzin:</source>
        <translation>Repe&amp;at passphrase:</translation>
    </message>
    <message>
        <source>Onthoud de wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</source>
        <translation>Remember the passphrase well. Without it nobody can open the data any more, not even the administrator.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>Choose a passphrase of at least 8 characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>Te kort: {count} tekens, minstens 8 nodig.</source>
        <translation>Too short: {count} characters, at least 8 needed.</translation>
    </message>
    <message>
        <source>Lang genoeg. Een langere zin is nog sterker.</source>
        <translation>Long enough. A longer sentence is even stronger.</translation>
    </message>
    <message>
        <source>Sterk: een lange wachtwoordzin.</source>
        <translation>Strong: a long passphrase.</translation>
    </message>
    <message>
        <source>De herhaling is (nog) niet gelijk.</source>
        <translation>The repetition does not match (yet).</translation>
    </message>
    <message>
        <source>Of begin met een &amp;reservekopie…</source>
        <translation>Or start from a &amp;backup…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Begin met de gegevens uit een reservekopie in plaats van een lege database.</source>
        <translation>Start with the data from a backup instead of an empty database.</translation>
    </message>
    <message>
        <source>eigenkracht-databases (*.db);;Alle bestanden (*)</source>
        <translation>eigenkracht databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Kies eerst een databasebestand.</source>
        <translation>Choose a database file first.</translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geopend: {reason}</source>
        <translation>The file cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>Kies eerst waar de database moet komen.</source>
        <translation>Choose where the database should go first.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens.</source>
        <translation>Choose a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>De database kan niet worden gemaakt: {reason}</source>
        <translation>The database cannot be created: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Zelf invullen: hoe gaat het met u?</source>
        <translation>Fill it in yourself: how are you doing?</translation>
    </message>
    <message>
        <source>Hier vult u zelf vragen in over uw leven.</source>
        <translation>Here you answer questions about your life yourself.</translation>
    </message>
    <message>
        <source>Neem uw antwoorden mee naar het gesprek. Dan weten we wat u belangrijk vindt.</source>
        <translation>Take your answers with you to the conversation. Then we know what matters to you.</translation>
    </message>
    <message>
        <source>Het duurt ongeveer een kwartier.</source>
        <translation>It takes about a quarter of an hour.</translation>
    </message>
    <message>
        <source>U kunt altijd terug. U kunt ook stoppen en later verder gaan.</source>
        <translation>You can always go back. You can also stop and carry on later.</translation>
    </message>
    <message>
        <source>Wilt u een vraag niet beantwoorden? Dat mag. Klik dan op Verder.</source>
        <translation>Do you not want to answer a question? That is fine. Just click Next.</translation>
    </message>
    <message>
        <source>Wat u invult, blijft op deze computer. Er gaat niets via internet.</source>
        <translation>What you fill in stays on this computer. Nothing is sent over the internet.</translation>
    </message>
    <message>
        <source>Wilt u de tekst horen? Klik dan op Lees voor.</source>
        <translation>Do you want to hear the text? Then click Read aloud.</translation>
    </message>
    <message>
        <source>Deze computer kan de tekst niet voorlezen. Er is geen programma voor.</source>
        <translation>This computer cannot read the text aloud. There is no program for it.</translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verder gaan waar ik was</source>
        <translation>Carry on where I was</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Opnieuw beginnen, alles wissen</source>
        <translation>Start again, delete everything</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <source>Hoe tevreden bent u met uw leven?</source>
        <translation>How happy are you with your life?</translation>
    </message>
    <message>
        <source>Geef een cijfer van 0 tot 10. Een 0 is heel ontevreden. Een 10 is heel tevreden.</source>
        <translation>Give a number from 0 to 10. 0 is very unhappy. 10 is very happy.</translation>
    </message>
    <message>
        <source>Cijfer {n}</source>
        <translation>Number {n}</translation>
    </message>
    <message>
        <source>0 = heel ontevreden</source>
        <translation>0 = very unhappy</translation>
    </message>
    <message>
        <source>10 = heel tevreden</source>
        <translation>10 = very happy</translation>
    </message>
    <message>
        <source>U heeft nog geen cijfer gekozen.</source>
        <translation>You have not chosen a number yet.</translation>
    </message>
    <message>
        <source>U heeft gekozen: {n}</source>
        <translation>You chose: {n}</translation>
    </message>
</context>
<context>
    <name>WellbeingScale</name>
    <message>
        <source>Cijfer {value} van 10</source>
        <translation>Score {value} out of 10</translation>
    </message>
    <message>
        <source>0 = heel ontevreden</source>
        <translation>0 = very dissatisfied</translation>
    </message>
    <message>
        <source>10 = heel tevreden</source>
        <translation>10 = very satisfied</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Keukentafel verlaten</source>
        <translation>E&amp;xit kitchen table</translation>
    </message>
    <message>
        <source>Keukentafelmodus verlaten</source>
        <translation>Leave kitchen-table mode</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Keukentafelmodus: alleen het gezin {household} staat op het scherm. Andere dossiers zijn verborgen.</source>
        <translation>Kitchen-table mode: only the household {household} is on screen. Other cases are hidden.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}.</source>
        <translation>Demo database with made-up households. The passphrase is {passphrase}.</translation>
    </message>
</context>
</TS>
