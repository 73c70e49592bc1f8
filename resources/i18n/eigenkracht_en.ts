<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>CrashDialog</name>
    <message>
        <source>eigenkracht — onverwachte fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis in eigenkracht. Wat u hebt ingevoerd, is tot het laatste moment bewaard. U kunt doorgaan of het programma afsluiten en opnieuw starten.

Wilt u de fout melden? Kopieer dan de technische gegevens hieronder en stuur ze naar uw beheerder. Er staan geen gegevens van cliënten in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technische gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technische gegevens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technische gegevens kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma &amp;afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>eigenkracht — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluit de database af; ontgrendelen vraagt de wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over eigenkracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer menu&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De lijst met casussen komt hier in een volgende stap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over eigenkracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;eigenkracht&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Het keukentafelgesprek en het ondersteuningsplan voor het sociaal domein. Alle gegevens staan versleuteld op deze computer.&lt;/p&gt;&lt;p&gt;Vrije software onder de EUPL-1.2. Lettertype: DejaVu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>eigenkracht is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenkracht is vergrendeld. Vul de wachtwoordzin in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens staan versleuteld op deze computer. Open uw database met de wachtwoordzin, of maak een nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen of nieuwe database maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestaande database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database &amp;maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatst gebruikte database {path} is niet gevonden. Kies een ander bestand of maak een nieuwe database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bl&amp;aderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasebestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand voor de nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats voor de nieuwe database kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bes&amp;tand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthoud de wachtwoordzin goed. Zonder de wachtwoordzin kan niemand de gegevens nog openen, ook de beheerder niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te kort: {count} tekens, minstens 8 nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang genoeg. Een langere zin is nog sterker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk: een lange wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De herhaling is (nog) niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenkracht-databases (*.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een databasebestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geopend: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst waar de database moet komen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens 8 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden gemaakt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demodatabase met verzonnen gezinnen. De wachtwoordzin is {passphrase}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
