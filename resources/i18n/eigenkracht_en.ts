<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
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
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sluit de database af; ontgrendelen vraagt de wachtwoordzin.</source>
        <translation>Closes the database; unlocking asks for the passphrase.</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
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
        <source>De lijst met casussen komt hier in een volgende stap.</source>
        <translation>The list of cases will appear here in a later step.</translation>
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
        <source>Medewerker: {name}</source>
        <translation>Worker: {name}</translation>
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
    <name>app</name>
    <message>
        <source>Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}.</source>
        <translation>Demo database with made-up households. The passphrase is {passphrase}.</translation>
    </message>
</context>
</TS>
