<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvisorSession</name>
    <message>
        <source>Member {number}</source>
        <translation>Mitglied {number}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>a household never saved needs a file name</source>
        <translation>ein noch nie gespeicherter Haushalt braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>{exc}

Save overwrites their change with yours. Cancel keeps their file as it is; your changes stay here, unsaved.</source>
        <translation>{exc}

Speichern überschreibt die andere Änderung mit Ihrer. Abbrechen lässt die Datei, wie sie ist; Ihre Änderungen bleiben hier, ungespeichert.</translation>
    </message>
    <message>
        <source>not saved: the file keeps the other change; yours are still here</source>
        <translation>nicht gespeichert: die Datei behält die andere Änderung; Ihre sind noch hier</translation>
    </message>
    <message>
        <source>not saved, the file is unchanged: {exc}</source>
        <translation>nicht gespeichert, die Datei ist unverändert: {exc}</translation>
    </message>
    <message>
        <source>{member} keeps the phone</source>
        <translation>{member} behält das Handy</translation>
    </message>
    <message>
        <source>Set phone {phone} for {member}</source>
        <translation>Handy {phone} für {member} wählen</translation>
    </message>
    <message>
        <source>{member} switches in month {month}</source>
        <translation>{member} wechselt in Monat {month}</translation>
    </message>
    <message>
        <source>Set {name} for {member}</source>
        <translation>{name} für {member} wählen</translation>
    </message>
    <message>
        <source>Add {join} for {member}</source>
        <translation>{join} für {member} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {join} for {member}</source>
        <translation>{join} für {member} entfernen</translation>
    </message>
    <message>
        <source>Set options for {member}</source>
        <translation>Optionen für {member} festlegen</translation>
    </message>
    <message>
        <source>the members changed</source>
        <translation>die Mitglieder haben sich geändert</translation>
    </message>
    <message>
        <source>usage changed</source>
        <translation>der Verbrauch hat sich geändert</translation>
    </message>
    <message>
        <source>the household changed</source>
        <translation>der Haushalt hat sich geändert</translation>
    </message>
    <message>
        <source>plans were changed by hand</source>
        <translation>Tarife wurden von Hand geändert</translation>
    </message>
    <message>
        <source>constraints or locks changed</source>
        <translation>Vorgaben oder Sperren haben sich geändert</translation>
    </message>
</context>
<context>
    <name>BillLinesDialog</name>
    <message>
        <source>Show the lines of one member, or of the whole household</source>
        <translation>Die Posten eines Mitglieds oder des ganzen Haushalts zeigen</translation>
    </message>
    <message>
        <source>Lines alike but for their month folded into one (as `price` prints them), or each month</source>
        <translation>Posten, die sich nur im Monat unterscheiden, zusammengefasst (wie `price` sie ausgibt), oder jeder Monat einzeln</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these lines and their total to the clipboard (Ctrl+C)</source>
        <translation>Diese Posten und ihre Summe in die Zwischenablage kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;These choices cannot be priced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für diese Auswahl lässt sich kein Preis berechnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bill lines: {what}</source>
        <translation>Rechnungsposten: {what}</translation>
    </message>
    <message>
        <source>shared (family plan)</source>
        <translation>gemeinsam (Familientarif)</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>Monat {month}</translation>
    </message>
    <message>
        <source>{horizon_months} months</source>
        <translation>{horizon_months} Monate</translation>
    </message>
    <message>
        <source>{what}: the bill lines of {who}, {scope}, with the rule each comes from.</source>
        <translation>{what}: die Rechnungsposten von {who}, {scope}, mit der Regel, aus der jeder stammt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: {money}&lt;/b&gt; ({count} lines)</source>
        <translation>&lt;b&gt;Summe: {money}&lt;/b&gt; ({count} Posten)</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Change many entries</source>
        <translation>Mehrere Einträge ändern</translation>
    </message>
    <message>
        <source> (added)</source>
        <translation> (addiert)</translation>
    </message>
    <message>
        <source>The {count} selected rows</source>
        <translation>Die {count} ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Every entry in {file}</source>
        <translation>Alle Einträge in {file}</translation>
    </message>
    <message>
        <source>Every entry of every provider</source>
        <translation>Alle Einträge aller Anbieter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change by amount</source>
        <translation>Ändern um Betrag</translation>
    </message>
    <message>
        <source>and by percent</source>
        <translation>und um Prozent</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>one entry</source>
        <translation>einen Eintrag</translation>
    </message>
    <message>
        <source>Change {field} of {what} by {amount} and {percent}</source>
        <translation>{field} von {what} um {amount} und {percent} ändern</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <source>Import tariffs from a table</source>
        <translation>Tarife aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>optional: a profile (units, &apos;unlimited&apos; caps, eligibility, prices)</source>
        <translation>optional: ein Profil (Einheiten, Obergrenzen für &apos;unbegrenzt&apos;, Berechtigung, Preise)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Tariff table</source>
        <translation>Tariftabelle</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation>Tabellen (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importprofil</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: which column of the table holds each field (* required)</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt;: welche Spalte der Tabelle welches Feld enthält (* Pflicht)</translation>
    </message>
    <message>
        <source>A catalogue export: every column is read as exported, no mapping needed.</source>
        <translation>Ein Katalogexport: jede Spalte wird so gelesen, wie sie exportiert wurde; keine Zuordnung nötig.</translation>
    </message>
    <message>
        <source>choose the column for {join}</source>
        <translation>wählen Sie die Spalte für {join}</translation>
    </message>
    <message>
        <source>Import {count} entries from {name}</source>
        <translation>{count} Einträge aus {name} importieren</translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>someone else marked it {status} meanwhile</source>
        <translation>jemand anderes hat sie inzwischen als {status} markiert</translation>
    </message>
    <message>
        <source>not marked applied: {exc}</source>
        <translation>nicht als übernommen markiert: {exc}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>by call minutes instead of data</source>
        <translation>nach Gesprächsminuten statt Daten</translation>
    </message>
    <message>
        <source>Draw the member&apos;s cost against call minutes a month instead of data a month</source>
        <translation>Die Kosten des Mitglieds über den Gesprächsminuten im Monat statt über dem Datenvolumen im Monat zeichnen</translation>
    </message>
    <message>
        <source>{member}: the chosen tariff against the best of each other provider</source>
        <translation>{member}: der gewählte Tarif gegen den besten jedes anderen Anbieters</translation>
    </message>
    <message>
        <source>shared family-plan charges on today&apos;s plans</source>
        <translation>gemeinsame Familientarif-Kosten der heutigen Tarife</translation>
    </message>
    <message>
        <source>shared family-plan charges on the chosen plans</source>
        <translation>gemeinsame Familientarif-Kosten der gewählten Tarife</translation>
    </message>
    <message>
        <source>{member}&apos;s cost on today&apos;s plans</source>
        <translation>Kosten von {member} mit den heutigen Tarifen</translation>
    </message>
    <message>
        <source>{member}&apos;s cost on the chosen plans</source>
        <translation>Kosten von {member} mit den gewählten Tarifen</translation>
    </message>
    <message>
        <source>the household&apos;s cost</source>
        <translation>die Kosten des Haushalts</translation>
    </message>
    <message>
        <source>Out of date: {reason}. Optimise again (Ctrl+R) to see why.</source>
        <translation>Veraltet: {reason}. Erneut optimieren (Strg+R), um die Begründung zu sehen.</translation>
    </message>
</context>
<context>
    <name>ConfiguratorWidget</name>
    <message>
        <source>Show bill lines</source>
        <translation>Rechnungsposten zeigen</translation>
    </message>
    <message>
        <source>{name}&apos;s provider: choosing one takes the tariff there that makes the household cheapest</source>
        <translation>Anbieter von {name}: bei einem Wechsel wird dort der Tarif gewählt, der den Haushalt am günstigsten macht</translation>
    </message>
    <message>
        <source>{name}&apos;s phone</source>
        <translation>Handy von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s switch month</source>
        <translation>Wechselmonat von {name}</translation>
    </message>
    <message>
        <source>Keep {name}&apos;s {field} when optimising (Optimise re-plans the rest)</source>
        <translation>{field} von {name} beim Optimieren behalten (Optimieren plant den Rest neu)</translation>
    </message>
    <message>
        <source>Lock {name}&apos;s {field}</source>
        <translation>{field} von {name} sperren</translation>
    </message>
    <message>
        <source>{summary}. {name} over {months} months: {cost}</source>
        <translation>{summary}. {name} über {months} Monate: {cost}</translation>
    </message>
    <message>
        <source>{tip}. Click (or Enter) for the bill lines that make it up</source>
        <translation>{tip}. Klick (oder Eingabetaste) zeigt die Rechnungsposten, aus denen sich das zusammensetzt</translation>
    </message>
    <message>
        <source>{name}: adds {allowances}; +{monthly_fee} a month</source>
        <translation>{name}: bringt zusätzlich {allowances}; +{monthly_fee} im Monat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>keine Optionen</translation>
    </message>
    <message>
        <source>Options for {name}&apos;s tariff (extra data, minutes, roaming), each with its monthly fee</source>
        <translation>Optionen für den Tarif von {name} (zusätzliche Daten, Minuten, Roaming), jeweils mit ihrer Monatsgebühr</translation>
    </message>
    <message>
        <source>This tariff has no options</source>
        <translation>Dieser Tarif hat keine Optionen</translation>
    </message>
    <message>
        <source>keeps own phone</source>
        <translation>behält eigenes Handy</translation>
    </message>
    <message>
        <source>{name} keeps the current phone</source>
        <translation>{name} behält das bisherige Handy</translation>
    </message>
    <message>
        <source>{phone}, bought: {price}</source>
        <translation>{phone}, gekauft: {price}</translation>
    </message>
    <message>
        <source>{phone} bought outright at its retail price, {price}</source>
        <translation>{phone} ohne Vertrag gekauft zum Ladenpreis, {price}</translation>
    </message>
    <message>
        <source>{phone}, contract: {cost}</source>
        <translation>{phone}, Handy-Angebot: {cost}</translation>
    </message>
    <message>
        <source>{phone} with the tariff: {upfront} upfront + {months} x {monthly} = {cost}, which is {difference} {than} the retail price {retail}</source>
        <translation>{phone} mit dem Tarif: {upfront} Anzahlung + {months} x {monthly} = {cost}, das sind {difference} {than} der Ladenpreis {retail}</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <source>{name} wants no new phone (Contract, phone, travel: tick the phones that would do)</source>
        <translation>{name} wünscht kein neues Handy (Vertrag, Handy, Reisen: passende Handys ankreuzen)</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>{name} keeps today&apos;s tariff: nothing to cancel, no switch</source>
        <translation>{name} behält den heutigen Tarif: nichts zu kündigen, kein Wechsel</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>{name} has no plan of today: the new plan starts now</source>
        <translation>{name} hat keinen heutigen Tarif: der neue Tarif beginnt sofort</translation>
    </message>
    <message>
        <source>month {month}, {start}</source>
        <translation>Monat {month}, {start}</translation>
    </message>
    <message>
        <source>{text} (contract ends)</source>
        <translation>{text} (Vertragsende)</translation>
    </message>
    <message>
        <source>cancel now and pay to leave early (free from month {free})</source>
        <translation>sofort kündigen und für den vorzeitigen Ausstieg zahlen (kostenlos ab Monat {free})</translation>
    </message>
    <message>
        <source>cancel by {day}</source>
        <translation>kündigen bis {day}</translation>
    </message>
    <message>
        <source>{name}&apos;s new plan starts {when}; {cancel}</source>
        <translation>Der neue Tarif von {name} beginnt: {when}; {cancel}</translation>
    </message>
    <message>
        <source>&lt;b&gt;These choices cannot be priced&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für diese Auswahl lässt sich kein Preis berechnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Household: {total}&lt;/b&gt; over {months} months ({monthly} a month)</source>
        <translation>&lt;b&gt;Haushalt: {total}&lt;/b&gt; über {months} Monate ({monthly} im Monat)</translation>
    </message>
    <message>
        <source>; shared family-plan charges {shared}</source>
        <translation>; gemeinsame Familientarif-Kosten {shared}</translation>
    </message>
    <message>
        <source>Click (or Ctrl+B) for the bill lines that make up the household&apos;s cost</source>
        <translation>Klick (oder Strg+B) zeigt die Rechnungsposten, aus denen sich die Kosten des Haushalts zusammensetzen</translation>
    </message>
    <message>
        <source>{member}&apos;s cost</source>
        <translation>Kosten von {member}</translation>
    </message>
    <message>
        <source>the household&apos;s cost</source>
        <translation>die Kosten des Haushalts</translation>
    </message>
    <message>
        <source>Report a wrong price...</source>
        <translation>Falschen Preis melden...</translation>
    </message>
</context>
<context>
    <name>ConstraintsPanel</name>
    <message>
        <source>The tariffs this shop sells. Kept for the next customers: New customer (Ctrl+N) resets every other constraint</source>
        <translation>Die Tarife, die dieser Laden verkauft. Bleibt für die nächsten Kunden erhalten: Neuer Kunde (Strg+N) setzt alle anderen Vorgaben zurück</translation>
    </message>
    <message>
        <source>Only tariffs on sale on this day are offered; promotions must still be valid then.</source>
        <translation>Nur Tarife, die an diesem Tag erhältlich sind, werden angeboten; Aktionen müssen dann noch gelten.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> {currency}/month</source>
        <translation> {currency}/Monat</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>S&amp;witch everyone at once</source>
        <translation>Alle zu&amp;gleich wechseln</translation>
    </message>
    <message>
        <source>Every member who switches starts the new plan in the same month (each may still stay on today&apos;s tariff); Optimise picks the month</source>
        <translation>Jedes Mitglied, das wechselt, beginnt den neuen Tarif im selben Monat (jedes kann auch im heutigen Tarif bleiben); Optimieren wählt den Monat</translation>
    </message>
    <message>
        <source>Household constraints</source>
        <translation>Vorgaben des Haushalts</translation>
    </message>
    <message>
        <source>Providers to consider</source>
        <translation>Zu berücksichtigende Anbieter</translation>
    </message>
    <message>
        <source>At most providers</source>
        <translation>Höchstens Anbieter</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Everyone needs</source>
        <translation>Alle brauchen</translation>
    </message>
    <message>
        <source>Switching</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Shop range</source>
        <translation>Ladensortiment</translation>
    </message>
    <message>
        <source>Contracts start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>{count} of {total} tariffs...</source>
        <translation>{count} von {total} Tarifen...</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Report a wrong price</source>
        <translation>Falschen Preis melden</translation>
    </message>
    <message>
        <source>{tariff} ({provider}): say what is wrong, and the catalogue&apos;s editors will check it and correct the catalogue.</source>
        <translation>{tariff} ({provider}): Sagen Sie, was falsch ist; die Redaktion des Katalogs prüft es und korrigiert den Katalog.</translation>
    </message>
    <message>
        <source>The value you believe is right, e.g. 17.99, 40 or unlimited</source>
        <translation>Der Wert, den Sie für richtig halten, z. B. 17,99, 40 oder unbegrenzt</translation>
    </message>
    <message>
        <source>Where you saw it (price list, website, shop window) and when</source>
        <translation>Wo Sie es gesehen haben (Preisliste, Website, Schaufenster) und wann</translation>
    </message>
    <message>
        <source>optional: a photo or PDF of the price list</source>
        <translation>optional: ein Foto oder PDF der Preisliste</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Where the request is saved: a folder the catalogue&apos;s editors read (a shared folder)</source>
        <translation>Wo die Meldung gespeichert wird: ein Ordner, den die Redaktion des Katalogs liest (ein freigegebener Ordner)</translation>
    </message>
    <message>
        <source>Wrong &amp;field:</source>
        <translation>Falsches &amp;Feld:</translation>
    </message>
    <message>
        <source>The catalogue says:</source>
        <translation>Im Katalog steht:</translation>
    </message>
    <message>
        <source>What is &amp;right:</source>
        <translation>&amp;Richtig ist:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Laden:</translation>
    </message>
    <message>
        <source>Save &amp;to folder:</source>
        <translation>Speichern &amp;in Ordner:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Meldung speichern</translation>
    </message>
    <message>
        <source>Evidence of the right price</source>
        <translation>Beleg für den richtigen Preis</translation>
    </message>
    <message>
        <source>Save correction requests in</source>
        <translation>Korrekturmeldungen speichern in</translation>
    </message>
    <message>
        <source>choose the folder to save the request in (one the catalogue&apos;s editors read)</source>
        <translation>wählen Sie den Ordner, in dem die Meldung gespeichert wird (einen, den die Redaktion des Katalogs liest)</translation>
    </message>
    <message>
        <source>the description is longer than {MAX_TEXT} characters; shorten it</source>
        <translation>die Beschreibung ist länger als {MAX_TEXT} Zeichen; bitte kürzen</translation>
    </message>
    <message>
        <source>that is what the catalogue says; type the value you believe is right</source>
        <translation>das steht bereits im Katalog; geben Sie den Wert ein, den Sie für richtig halten</translation>
    </message>
    <message>
        <source>Correction request saved</source>
        <translation>Korrekturmeldung gespeichert</translation>
    </message>
    <message>
        <source>Saved as {file} in {folder}.
The catalogue&apos;s editors open it with File → Open correction requests... in the catalogue editor.</source>
        <translation>Gespeichert als {file} in {folder}.
Die Redaktion des Katalogs öffnet sie im Katalogeditor mit Datei → Korrekturmeldungen öffnen...</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>No folder of correction requests open (File → Open correction requests...)</source>
        <translation>Kein Ordner mit Korrekturmeldungen geöffnet (Datei → Korrekturmeldungen öffnen...)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Make the proposed change as one edit (Undo takes it back)</source>
        <translation>Die vorgeschlagene Änderung als einen Bearbeitungsschritt ausführen (Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation>&amp;Ablehnen...</translation>
    </message>
    <message>
        <source>Record why the request is not applied, in its file, at once</source>
        <translation>Sofort in ihrer Datei festhalten, warum die Meldung nicht übernommen wird</translation>
    </message>
    <message>
        <source>See &amp;impact</source>
        <translation>&amp;Auswirkung ansehen</translation>
    </message>
    <message>
        <source>What the applied changes do to the example households, before saving</source>
        <translation>Was die übernommenen Änderungen für die Beispielhaushalte bedeuten, vor dem Speichern</translation>
    </message>
    <message>
        <source>Open correction requests</source>
        <translation>Korrekturmeldungen öffnen</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {value}</source>
        <translation>{folder} kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <source>applied; marked so in its file when the catalogue is saved</source>
        <translation>übernommen; wird beim Speichern des Katalogs in ihrer Datei so markiert</translation>
    </message>
    <message>
        <source>{count} requests in {name}; {open_count} can be applied</source>
        <translation>{count} Meldungen in {name}; {open_count} können übernommen werden</translation>
    </message>
    <message>
        <source>Correction requests ({open_count} to apply)</source>
        <translation>Korrekturmeldungen ({open_count} zu übernehmen)</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({proposal})</source>
        <translation>{name}: kann nicht gelesen werden ({proposal})</translation>
    </message>
    <message>
        <source>{headline} ({entry_id} in {provider})</source>
        <translation>{headline} ({entry_id} bei {provider})</translation>
    </message>
    <message>
        <source>The catalogue said: {shown}; the sender says: {correct_text}</source>
        <translation>Im Katalog stand: {shown}; laut Absender richtig: {correct_text}</translation>
    </message>
    <message>
        <source>Why: {value}</source>
        <translation>Warum: {value}</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Sent {created}</source>
        <translation>Gesendet am {created}</translation>
    </message>
    <message>
        <source>Sent {created} by {shop}</source>
        <translation>Gesendet am {created} von {shop}</translation>
    </message>
    <message>
        <source>From the catalogue {version}</source>
        <translation>Zum Katalog {version}</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Beleg: {evidence}</translation>
    </message>
    <message>
        <source>choose a request first</source>
        <translation>wählen Sie zuerst eine Meldung</translation>
    </message>
    <message>
        <source>Not applied: {proposal}</source>
        <translation>Nicht übernommen: {proposal}</translation>
    </message>
    <message>
        <source>Applied ({undoText}); see its impact before saving</source>
        <translation>Übernommen ({undoText}); prüfen Sie die Auswirkung vor dem Speichern</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Meldung ablehnen</translation>
    </message>
    <message>
        <source>Why is it not applied?</source>
        <translation>Warum wird sie nicht übernommen?</translation>
    </message>
    <message>
        <source>Not rejected: {exc}</source>
        <translation>Nicht abgelehnt: {exc}</translation>
    </message>
    <message>
        <source>Rejected; the reason is in {name}</source>
        <translation>Abgelehnt; die Begründung steht in {name}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Against the saved files</source>
        <translation>Gegen die gespeicherten Dateien</translation>
    </message>
    <message>
        <source>Against another folder...</source>
        <translation>Gegen einen anderen Ordner...</translation>
    </message>
    <message>
        <source>Compare with the catalogue in</source>
        <translation>Vergleichen mit dem Katalog in</translation>
    </message>
    <message>
        <source>the saved files</source>
        <translation>die gespeicherten Dateien</translation>
    </message>
    <message>
        <source>Against {against}: {summary}</source>
        <translation>Gegen {against}: {summary}</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Impact on example households</source>
        <translation>Auswirkung auf Beispielhaushalte</translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation>Korrekturmeldungen</translation>
    </message>
    <message>
        <source>Catalogue as of</source>
        <translation>Katalog zum Stichtag</translation>
    </message>
    <message>
        <source>Show the catalogue as of</source>
        <translation>Katalog zeigen zum</translation>
    </message>
    <message>
        <source>Find (Ctrl+F): id, name, phone...</source>
        <translation>Suchen (Strg+F): ID, Name, Handy...</translation>
    </message>
    <message>
        <source>Find an entry</source>
        <translation>Einen Eintrag suchen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open catalogue folder...</source>
        <translation>Katalogordner ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;New provider file...</source>
        <translation>&amp;Neue Anbieterdatei...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>Von der Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Import tariffs from a table...</source>
        <translation>Tarife aus einer Tabelle &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Export catalogue as CSV...</source>
        <translation>Katalog als CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Open &amp;correction requests...</source>
        <translation>&amp;Korrekturmeldungen öffnen...</translation>
    </message>
    <message>
        <source>&amp;Release...</source>
        <translation>&amp;Veröffentlichen...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate entry</source>
        <translation>Eintrag &amp;duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;tire tariff...</source>
        <translation>Tarif aus&amp;laufen lassen...</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Change many...</source>
        <translation>&amp;Mehrere ändern...</translation>
    </message>
    <message>
        <source>&amp;Find entry</source>
        <translation>Eintrag &amp;suchen</translation>
    </message>
    <message>
        <source>File settings</source>
        <translation>Einstellungen der Datei</translation>
    </message>
    <message>
        <source>Found in {file}; type the new value and press Enter (Ctrl+F, Enter: the next match)</source>
        <translation>Gefunden in {file}; tippen Sie den neuen Wert und drücken Sie Enter (Strg+F, Enter: der nächste Treffer)</translation>
    </message>
    <message>
        <source>Nothing in this table matches {text!r}</source>
        <translation>Nichts in dieser Tabelle passt zu {text!r}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <source>Problems (none)</source>
        <translation>Probleme (keine)</translation>
    </message>
    <message>
        <source>  {count} of {total} tariffs on sale (others greyed)</source>
        <translation>  {count} von {total} Tarifen erhältlich (die anderen ausgegraut)</translation>
    </message>
    <message>
        <source>These rules have one row per tariff (and the defaults): edit the cells instead</source>
        <translation>Diese Regeln haben eine Zeile je Tarif (und die Vorgaben): ändern Sie stattdessen die Zellen</translation>
    </message>
    <message>
        <source>Add {entry}</source>
        <translation>{entry} hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate {original} as {copy}</source>
        <translation>{original} als {copy} duplizieren</translation>
    </message>
    <message>
        <source>choose the tariffs to retire first</source>
        <translation>wählen Sie zuerst die Tarife, die auslaufen sollen</translation>
    </message>
    <message>
        <source>Retire tariffs</source>
        <translation>Tarife auslaufen lassen</translation>
    </message>
    <message>
        <source>Last day on sale (YYYY-MM-DD):</source>
        <translation>Letzter Verkaufstag (JJJJ-MM-TT):</translation>
    </message>
    <message>
        <source>{text!r} is not a date like 2027-01-31</source>
        <translation>{text!r} ist kein Datum wie 2027-01-31</translation>
    </message>
    <message>
        <source>Retire {which} on {day}</source>
        <translation>{which} zum {day} auslaufen lassen</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Provider id (lower case, e.g. &apos;acme&apos;):</source>
        <translation>Anbieter-ID (Kleinbuchstaben, z. B. &apos;acme&apos;):</translation>
    </message>
    <message>
        <source>Provider name:</source>
        <translation>Name des Anbieters:</translation>
    </message>
    <message>
        <source>New provider {new_id}</source>
        <translation>Neuer Anbieter {new_id}</translation>
    </message>
    <message>
        <source>Catalogue editor: {directory}{modified}</source>
        <translation>Katalogeditor: {directory}{modified}</translation>
    </message>
    <message>
        <source>Not saved: {unfinished} (correct it, or press Esc to cancel the edit)</source>
        <translation>Nicht gespeichert: {unfinished} (korrigieren Sie es oder brechen Sie die Bearbeitung mit Esc ab)</translation>
    </message>
    <message>
        <source>Not saved: the catalogue has problems (see the Problems tab)</source>
        <translation>Nicht gespeichert: der Katalog hat Probleme (siehe Reiter Probleme)</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>{exc}

Overwrite the other change?</source>
        <translation>{exc}

Die andere Änderung überschreiben?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save: {exc}
The files on disk are unchanged.</source>
        <translation>Speichern nicht möglich: {exc}
Die Dateien auf der Festplatte sind unverändert.</translation>
    </message>
    <message>
        <source>Saved {value}; backups as *.bak</source>
        <translation>Gespeichert: {value}; Sicherungen als *.bak</translation>
    </message>
    <message>
        <source>nothing (no changes)</source>
        <translation>nichts (keine Änderungen)</translation>
    </message>
    <message>
        <source>Saved, but {join}</source>
        <translation>Gespeichert, aber {join}</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Mit Problemen speichern?</translation>
    </message>
    <message>
        <source>Save the catalogue changes first?</source>
        <translation>Die Änderungen am Katalog zuerst speichern?</translation>
    </message>
    <message>
        <source>Open catalogue folder</source>
        <translation>Katalogordner öffnen</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Export the catalogue (providers, tariffs, options, family plans)</source>
        <translation>Den Katalog exportieren (Anbieter, Tarife, Optionen, Familientarife)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>could not export: {exc}</source>
        <translation>Export nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>{count} tariffs written to {path}</source>
        <translation>{count} Tarife nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Release signed and written: {written}</source>
        <translation>Veröffentlichung signiert und geschrieben: {written}</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Defaults</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The provider&apos;s default roaming rules; editing a cell gives this tariff rules of its own (a copy of the defaults with that change)</source>
        <translation>Die Roaming-Vorgaben des Anbieters; wenn Sie eine Zelle ändern, erhält dieser Tarif eigene Regeln (eine Kopie der Vorgaben mit dieser Änderung)</translation>
    </message>
    <message>
        <source>{header}: {exact} (shown rounded)</source>
        <translation>{header}: {exact} (gerundet angezeigt)</translation>
    </message>
    <message>
        <source>{maker} {phone}, {price} bought outright</source>
        <translation>{maker} {phone}, {price} ohne Vertrag gekauft</translation>
    </message>
    <message>
        <source>not a mapping</source>
        <translation>keine Zuordnung (Schlüssel: Wert)</translation>
    </message>
</context>
<context>
    <name>EntryYamlEditor</name>
    <message>
        <source>Select an entry</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: provider settings</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: Anbietereinstellungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {kind} {entry}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: {kind} {entry}</translation>
    </message>
    <message>
        <source> (line {value})</source>
        <translation> (Zeile {value})</translation>
    </message>
    <message>
        <source>YAML syntax error{where}: {value}</source>
        <translation>YAML-Syntaxfehler{where}: {value}</translation>
    </message>
    <message>
        <source>write the fields as &apos;key: value&apos; lines</source>
        <translation>schreiben Sie die Felder als Zeilen &apos;Schlüssel: Wert&apos;</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Noch nicht übernommen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Edit settings of {file}</source>
        <translation>Einstellungen von {file} bearbeiten</translation>
    </message>
    <message>
        <source>Edit {entry_name}</source>
        <translation>{entry_name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tariff Advisor</source>
        <translation>Willkommen bei Tariff Advisor</translation>
    </message>
    <message>
        <source>Tariff Advisor finds the mobile tariffs that make your whole household&apos;s cost as low as it can be, and proves that no other choice is cheaper. Everything stays on this computer. How would you like to start?</source>
        <translation>Tariff Advisor findet die Mobilfunktarife, mit denen Ihr ganzer Haushalt so wenig wie möglich bezahlt, und weist nach, dass keine andere Wahl günstiger ist. Alles bleibt auf diesem Computer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>I know my usage</source>
        <translation>Ich kenne meinen Verbrauch</translation>
    </message>
    <message>
        <source>Type in a typical month: call minutes, messages and mobile data (your bill shows them).</source>
        <translation>Geben Sie einen typischen Monat ein: Gesprächsminuten, SMS und mobile Daten (Ihre Rechnung zeigt sie).</translation>
    </message>
    <message>
        <source>Help me estimate</source>
        <translation>Hilf mir beim Schätzen</translation>
    </message>
    <message>
        <source>Answer a few questions (calls a day, hours of video, travel) and get a typical month.</source>
        <translation>Beantworten Sie ein paar Fragen (Anrufe am Tag, Stunden Video, Reisen) und erhalten Sie einen typischen Monat.</translation>
    </message>
    <message>
        <source>Import my bills or phone log</source>
        <translation>Meine Rechnungen oder Verbindungsliste importieren</translation>
    </message>
    <message>
        <source>Read your usage from your provider&apos;s bills or a call log (CSV or spreadsheet files).</source>
        <translation>Lesen Sie Ihren Verbrauch aus den Rechnungen Ihres Anbieters oder einer Verbindungsliste (CSV- oder Tabellendateien).</translation>
    </message>
    <message>
        <source>Open the example family</source>
        <translation>Die Beispielfamilie öffnen</translation>
    </message>
    <message>
        <source>A family of four with a year of usage: look around and press Optimise.</source>
        <translation>Eine vierköpfige Familie mit einem Jahr Verbrauch: Schauen Sie sich um und drücken Sie Optimieren.</translation>
    </message>
    <message>
        <source>Help → Show the first-run guide brings this page back.</source>
        <translation>Hilfe → Erste Schritte zeigen bringt diese Seite zurück.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>Mein Haushalt</translation>
    </message>
    <message>
        <source>Show the &amp;first-run guide</source>
        <translation>&amp;Erste Schritte zeigen</translation>
    </message>
    <message>
        <source>The four ways to start: your usage, an estimate, your bills, or the example family</source>
        <translation>Die vier Wege zum Start: Ihr Verbrauch, eine Schätzung, Ihre Rechnungen oder die Beispielfamilie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>HistoryEditor</name>
    <message>
        <source>Type or paste (Ctrl+V) months from a spreadsheet: month, minutes, calls, SMS, GB, intl.</source>
        <translation>Monate eintippen oder aus einer Tabellenkalkulation einfügen (Strg+V): Monat, Minuten, Anrufe, SMS, GB, Ausland.</translation>
    </message>
    <message>
        <source>Add month</source>
        <translation>Monat hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Apply to member</source>
        <translation>Für Mitglied übernehmen</translation>
    </message>
    <message>
        <source>Nothing in the clipboard fits.</source>
        <translation>Nichts in der Zwischenablage passt.</translation>
    </message>
    <message>
        <source>Pasted {cells} cells; Apply to use them.</source>
        <translation>{cells} Zellen eingefügt; Übernehmen verwendet sie.</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>The customer or household: it titles the advice, the PDF and its file name</source>
        <translation>Der Kunde oder Haushalt: steht im Titel der Beratung, des PDFs und im Dateinamen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>How long to count costs for: usually the contract term (24 months)</source>
        <translation>Für wie lange die Kosten gerechnet werden: meist die Vertragslaufzeit (24 Monate)</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % pro Jahr</translation>
    </message>
    <message>
        <source>How much more the household will use each year (data use grows by 20-30% a year)</source>
        <translation>Wie viel mehr der Haushalt jedes Jahr verbraucht (die Datennutzung wächst um 20–30 % pro Jahr)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The home-broadband provider: some providers give their broadband customers a discount</source>
        <translation>Der Anbieter des Festnetz-Internets: manche Anbieter geben ihren Internetkunden einen Rabatt</translation>
    </message>
    <message>
        <source>&lt;b&gt;C&amp;ustomer&lt;/b&gt;</source>
        <translation>&lt;b&gt;K&amp;unde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ho&amp;rizon</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Usage &amp;growth</source>
        <translation>Verbrauchs&amp;wachstum</translation>
    </message>
    <message>
        <source>Home &amp;broadband</source>
        <translation>&amp;Internet zu Hause</translation>
    </message>
</context>
<context>
    <name>HowWeRank</name>
    <message>
        <source>Tariff Advisor: how we rank</source>
        <translation>Tariff Advisor: wie wir vergleichen</translation>
    </message>
</context>
<context>
    <name>ImpactView</name>
    <message>
        <source>How the example households&apos; recommendations change under the edited catalogue.</source>
        <translation>Wie sich die Empfehlungen für die Beispielhaushalte mit dem bearbeiteten Katalog ändern.</translation>
    </message>
    <message>
        <source>Compute impact</source>
        <translation>Auswirkung berechnen</translation>
    </message>
    <message>
        <source>fix the catalogue first: {exc}</source>
        <translation>korrigieren Sie zuerst den Katalog: {exc}</translation>
    </message>
    <message>
        <source>Optimising every example household twice...</source>
        <translation>Jeder Beispielhaushalt wird zweimal optimiert...</translation>
    </message>
    <message>
        <source>computing the impact</source>
        <translation>Berechnen der Auswirkung</translation>
    </message>
    <message>
        <source>{changed} of {count} example households get different advice or totals under the edited catalogue.</source>
        <translation>{changed} von {count} Beispielhaushalten erhalten mit dem bearbeiteten Katalog eine andere Empfehlung oder andere Summen.</translation>
    </message>
</context>
<context>
    <name>ImportUsageDialog</name>
    <message>
        <source>Import usage from records</source>
        <translation>Verbrauch aus Einzelverbindungen importieren</translation>
    </message>
    <message>
        <source>one or more CSV/Excel files, separated by ;</source>
        <translation>eine oder mehrere CSV-/Excel-Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <source>optional: a saved mapping (YAML) to start from</source>
        <translation>optional: eine gespeicherte Zuordnung (YAML) als Ausgangspunkt</translation>
    </message>
    <message>
        <source>optional: keep rows whose group column has this value</source>
        <translation>optional: nur Zeilen behalten, deren Gruppenspalte diesen Wert hat</translation>
    </message>
    <message>
        <source>Add to the member&apos;s history (e.g. SMS after calls); unticked: replace it</source>
        <translation>Zum Verlauf des Mitglieds hinzufügen (z. B. SMS nach Anrufen); ohne Haken: ihn ersetzen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Monthly totals to import</source>
        <translation>Zu importierende Monatssummen</translation>
    </message>
    <message>
        <source>Use these months</source>
        <translation>Diese Monate verwenden</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einzelverbindungen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation>Tabellen (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Mappings (*.yaml *.yml)</source>
        <translation>Zuordnungen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Column: {field}</source>
        <translation>Spalte: {field}</translation>
    </message>
    <message>
        <source>Whole file is (no kind column)</source>
        <translation>Ganze Datei ist (keine Spalte für die Art)</translation>
    </message>
    <message>
        <source>Call durations in</source>
        <translation>Gesprächsdauer in</translation>
    </message>
    <message>
        <source>Data volumes in</source>
        <translation>Datenvolumen in</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>Save mapping...</source>
        <translation>Zuordnung speichern...</translation>
    </message>
    <message>
        <source>Only the monthly totals are kept; the records are not stored.</source>
        <translation>Nur die Monatssummen werden behalten; die Einzelverbindungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>choose the column that holds the date</source>
        <translation>wählen Sie die Spalte mit dem Datum</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.yaml)</source>
        <translation>Zuordnungen (*.yaml)</translation>
    </message>
    <message>
        <source>mapping saved to {path}</source>
        <translation>Zuordnung gespeichert in {path}</translation>
    </message>
    <message>
        <source>choose the records first</source>
        <translation>wählen Sie zuerst die Einzelverbindungen</translation>
    </message>
    <message>
        <source> where the group column is {only!r}</source>
        <translation>, bei denen die Gruppenspalte {only!r} ist,</translation>
    </message>
    <message>
        <source>no usage rows{whose} in {join}</source>
        <translation>keine Verbrauchszeilen{whose} in {join}</translation>
    </message>
    <message>
        <source>{rows_read} records, {count} months</source>
        <translation>{rows_read} Verbindungen, {count} Monate</translation>
    </message>
    <message>
        <source>; {count} rows are not usage</source>
        <translation>; {count} Zeilen sind kein Verbrauch</translation>
    </message>
    <message>
        <source>; no rows in {join} (counted as none of that usage)</source>
        <translation>; keine Zeilen für {join} (als kein solcher Verbrauch gezählt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Typical month</source>
        <translation>Typischer Monat</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Contract, phone, travel</source>
        <translation>Vertrag, Handy, Reisen</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Optimise  (Ctrl+R)</source>
        <translation>Optimieren  (Strg+R)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <source>Print the advice (Ctrl+P)</source>
        <translation>Die Beratung drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Export the advice as PDF, CSV or JSON (Ctrl+Shift+E)</source>
        <translation>Die Beratung als PDF, CSV oder JSON exportieren (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (type in a cell, or double-click: name, age and today&apos;s plan, a tariff or a monthly fee; Space ticks student)</source>
        <translation>&lt;b&gt;Mitglieder&lt;/b&gt; (in eine Zelle tippen oder doppelklicken: Name, Alter und heutiger Tarif, ein Tarif oder eine Monatsgebühr; Leertaste hakt Student an)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;: choose freely, lock what must stay, then optimise the rest</source>
        <translation>&lt;b&gt;Tarife&lt;/b&gt;: frei wählen, sperren, was bleiben muss, dann den Rest optimieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbrauch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{tariffs} tariffs from {providers} providers</source>
        <translation>{tariffs} Tarife von {providers} Anbietern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open household...</source>
        <translation>Haushalt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import usage from records...</source>
        <translation>Verbrauch aus Einzelverbindungen &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Print advice...</source>
        <translation>Beratung &amp;drucken...</translation>
    </message>
    <message>
        <source>&amp;Export advice (PDF, CSV, JSON)...</source>
        <translation>Beratung e&amp;xportieren (PDF, CSV, JSON)...</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)...</source>
        <translation>&amp;Kalender exportieren (.ics)...</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Optimieren</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Edit catalogue...</source>
        <translation>Katalog &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Install release...</source>
        <translation>Veröffentlichung &amp;installieren...</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>Ha&amp;ushalt</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>An empty household: budget, required features, locks and choices reset; the shop range is kept</source>
        <translation>Ein leerer Haushalt: Budget, geforderte Merkmale, Sperren und Auswahl werden zurückgesetzt; das Ladensortiment bleibt</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A member with no usage yet, ready to type</source>
        <translation>Ein Mitglied noch ohne Verbrauch, bereit zur Eingabe</translation>
    </message>
    <message>
        <source>Contract, phone and &amp;travel</source>
        <translation>Vertrag, Handy und &amp;Reisen</translation>
    </message>
    <message>
        <source>The selected member&apos;s contract end, notice, exit fee, the phone wanted and travel</source>
        <translation>Vertragsende, Kündigungsfrist, Ausstiegsgebühr, gewünschtes Handy und Reisen des ausgewählten Mitglieds</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>The selected member goes</source>
        <translation>Das ausgewählte Mitglied wird entfernt</translation>
    </message>
    <message>
        <source>&amp;About Tariff Advisor</source>
        <translation>&amp;Über Tariff Advisor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Selected member: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Ausgewähltes Mitglied: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a household keeps at least one member</source>
        <translation>ein Haushalt behält mindestens ein Mitglied</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Tariff Advisor: {household} ({file})</source>
        <translation>Tariff Advisor: {household} ({file})</translation>
    </message>
    <message>
        <source>Save the changes to this household first?</source>
        <translation>Die Änderungen an diesem Haushalt zuerst speichern?</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>Haushalt öffnen</translation>
    </message>
    <message>
        <source>Households (*.yaml *.yml)</source>
        <translation>Haushalte (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>Haushalt speichern</translation>
    </message>
    <message>
        <source>Households (*.yaml)</source>
        <translation>Haushalte (*.yaml)</translation>
    </message>
    <message>
        <source>could not save {name}: {reason}</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>could not save {path}: {exc}</source>
        <translation>{path} konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>About Tariff Advisor</source>
        <translation>Über Tariff Advisor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tariff Advisor&lt;/b&gt; {version}&lt;br&gt;The cheapest mobile tariffs for a whole household.&lt;br&gt;&lt;br&gt;Log file: {log}</source>
        <translation>&lt;b&gt;Tariff Advisor&lt;/b&gt; {version}&lt;br&gt;Die günstigsten Mobilfunktarife für den ganzen Haushalt.&lt;br&gt;&lt;br&gt;Protokolldatei: {log}</translation>
    </message>
    <message>
        <source>none (logging is not set up)</source>
        <translation>keine (Protokollierung ist nicht eingerichtet)</translation>
    </message>
    <message>
        <source>Export advice</source>
        <translation>Beratung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Bill lines (*.csv);;Everything (*.json)</source>
        <translation>PDF (*.pdf);;Rechnungsposten (*.csv);;Alles (*.json)</translation>
    </message>
    <message>
        <source>Tariff advice for {name}</source>
        <translation>Tarifberatung für {name}</translation>
    </message>
    <message>
        <source>Print advice</source>
        <translation>Beratung drucken</translation>
    </message>
    <message>
        <source>Advice for {name} printed</source>
        <translation>Beratung für {name} gedruckt</translation>
    </message>
    <message>
        <source>the result is out of date ({stale}): optimise again (Ctrl+R), then print or export</source>
        <translation>das Ergebnis ist veraltet ({stale}): erneut optimieren (Strg+R), dann drucken oder exportieren</translation>
    </message>
    <message>
        <source>the advice is still being worked out: a moment, please</source>
        <translation>die Beratung wird noch berechnet: einen Moment bitte</translation>
    </message>
    <message>
        <source>optimise first: the advice is the recommendation and why</source>
        <translation>zuerst optimieren: die Beratung ist die Empfehlung und ihre Begründung</translation>
    </message>
    <message>
        <source>could not export {name}: {exc}</source>
        <translation>{name} konnte nicht exportiert werden: {exc}</translation>
    </message>
    <message>
        <source>Advice written to {path}</source>
        <translation>Beratung gespeichert in {path}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>the result is out of date ({stale}): optimise again (Ctrl+R), then export the calendar</source>
        <translation>das Ergebnis ist veraltet ({stale}): erneut optimieren (Strg+R), dann den Kalender exportieren</translation>
    </message>
    <message>
        <source>optimise first: the calendar holds the recommendation&apos;s dates</source>
        <translation>zuerst optimieren: der Kalender enthält die Termine der Empfehlung</translation>
    </message>
    <message>
        <source>Calendar written to {path}</source>
        <translation>Kalender gespeichert in {path}</translation>
    </message>
    <message>
        <source>the saved catalogue does not load: {exc}</source>
        <translation>der gespeicherte Katalog lässt sich nicht laden: {exc}</translation>
    </message>
    <message>
        <source>Catalogue reloaded after editing</source>
        <translation>Katalog nach dem Bearbeiten neu geladen</translation>
    </message>
    <message>
        <source>Optimising...</source>
        <translation>Wird optimiert...</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}. {changed} member&apos;s plan changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}. Der Tarif von {changed} Mitglied hat sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}. {changed} members&apos; plans changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}. Die Tarife von {changed} Mitgliedern haben sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; costs &lt;b&gt;{extra}&lt;/b&gt; more than today&apos;s plans. {changed} member&apos;s plan changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}; kostet &lt;b&gt;{extra}&lt;/b&gt; mehr als die heutigen Tarife. Der Tarif von {changed} Mitglied hat sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; costs &lt;b&gt;{extra}&lt;/b&gt; more than today&apos;s plans. {changed} members&apos; plans changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}; kostet &lt;b&gt;{extra}&lt;/b&gt; mehr als die heutigen Tarife. Die Tarife von {changed} Mitgliedern haben sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; saves &lt;b&gt;{savings}&lt;/b&gt; against today&apos;s plans. {changed} member&apos;s plan changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}; spart &lt;b&gt;{savings}&lt;/b&gt; gegenüber den heutigen Tarifen. Der Tarif von {changed} Mitglied hat sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; saves &lt;b&gt;{savings}&lt;/b&gt; against today&apos;s plans. {changed} members&apos; plans changed (highlighted).</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; über {months} Monate, {reason}; spart &lt;b&gt;{savings}&lt;/b&gt; gegenüber den heutigen Tarifen. Die Tarife von {changed} Mitgliedern haben sich geändert (hervorgehoben).</translation>
    </message>
    <message>
        <source> Planning together saves {joint_saving} against choosing per person.</source>
        <translation> Gemeinsam planen spart {joint_saving} gegenüber der Wahl pro Mitglied.</translation>
    </message>
</context>
<context>
    <name>MemberDetails</name>
    <message>
        <source>EU/EEA</source>
        <translation>EU/EWR</translation>
    </message>
    <message>
        <source>Rest of Europe</source>
        <translation>Übriges Europa</translation>
    </message>
    <message>
        <source>USA/Canada</source>
        <translation>USA/Kanada</translation>
    </message>
    <message>
        <source>Rest of the world</source>
        <translation>Übrige Welt</translation>
    </message>
    <message>
        <source>the EU and the EEA (Norway, Iceland, Liechtenstein)</source>
        <translation>der EU und dem EWR (Norwegen, Island, Liechtenstein)</translation>
    </message>
    <message>
        <source>the rest of Europe: the UK, Switzerland, the Balkans, Turkey...</source>
        <translation>dem übrigen Europa: Großbritannien, Schweiz, Balkan, Türkei...</translation>
    </message>
    <message>
        <source>the USA and Canada</source>
        <translation>den USA und Kanada</translation>
    </message>
    <message>
        <source>the rest of the world</source>
        <translation>der übrigen Welt</translation>
    </message>
    <message>
        <source>date or months left</source>
        <translation>Datum oder Restmonate</translation>
    </message>
    <message>
        <source>When today&apos;s contract (its minimum term) ends: a date such as 31.03.2027, or the months left such as 5; empty: no minimum term</source>
        <translation>Wann der heutige Vertrag (seine Mindestlaufzeit) endet: ein Datum wie 31.03.2027 oder die Restlaufzeit in Monaten wie 5; leer: keine Mindestlaufzeit</translation>
    </message>
    <message>
        <source>the provider&apos;s rule</source>
        <translation>Regel des Anbieters</translation>
    </message>
    <message>
        <source>Months of notice: cancel that long before the contract ends (0 to 24); empty: the provider&apos;s</source>
        <translation>Kündigungsfrist in Monaten: so lange vor Vertragsende kündigen (0 bis 24); leer: die des Anbieters</translation>
    </message>
    <message>
        <source>A flat amount you were told leaving early costs; empty: the provider&apos;s rule (usually the fees of the months left)</source>
        <translation>Ein fester Betrag, den ein vorzeitiger Ausstieg laut Anbieter kostet; leer: die Regel des Anbieters (meist die Gebühren der Restmonate)</translation>
    </message>
    <message>
        <source>Today&apos;s contract</source>
        <translation>Heutiger Vertrag</translation>
    </message>
    <message>
        <source>Contract en&amp;ds</source>
        <translation>Vertrags&amp;ende</translation>
    </message>
    <message>
        <source>At &amp;most upfront</source>
        <translation>Höchs&amp;tens Anzahlung</translation>
    </message>
    <message>
        <source>&amp;Notice (months)</source>
        <translation>Kündigungs&amp;frist (Monate)</translation>
    </message>
    <message>
        <source>E&amp;xit fee</source>
        <translation>Aus&amp;stiegsgebühr</translation>
    </message>
    <message>
        <source>Tick the phones that would do (any of them); none ticked: the member keeps the current phone</source>
        <translation>Kreuzen Sie die Handys an, die passen würden (jedes davon); keines angekreuzt: das Mitglied behält das bisherige Handy</translation>
    </message>
    <message>
        <source>{phone}, {price}</source>
        <translation>{phone}, {price}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>The most the member pays at once for the phone; empty: no limit</source>
        <translation>Höchstens so viel zahlt das Mitglied auf einmal für das Handy; leer: keine Grenze</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>&amp;Wanted (tick any that would do)</source>
        <translation>&amp;Gewünscht (alle passenden ankreuzen)</translation>
    </message>
    <message>
        <source>Travel (days abroad a year)</source>
        <translation>Reisen (Tage im Ausland pro Jahr)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days abroad a year in {zone}</source>
        <translation>Tage im Ausland pro Jahr in {zone}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Call minutes on a day abroad</source>
        <translation>Gesprächsminuten an einem Tag im Ausland</translation>
    </message>
    <message>
        <source>Mobile data on a day abroad, in MB (1 GB = 1,024 MB)</source>
        <translation>Mobile Daten an einem Tag im Ausland, in MB (1 GB = 1.024 MB)</translation>
    </message>
    <message>
        <source>Calls a day abroad</source>
        <translation>Telefonate pro Tag im Ausland</translation>
    </message>
    <message>
        <source>Data a day abroad</source>
        <translation>Daten pro Tag im Ausland</translation>
    </message>
    <message>
        <source>Select a member</source>
        <translation>Wählen Sie ein Mitglied</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: today&apos;s contract, the phone wanted, travel</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: heutiger Vertrag, gewünschtes Handy, Reisen</translation>
    </message>
    <message>
        <source>Keeps the current phone.</source>
        <translation>Behält das bisherige Handy.</translation>
    </message>
    <message>
        <source>Wants: {phones}.</source>
        <translation>Wünscht: {phones}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>at most upfront</source>
        <translation>höchstens Anzahlung</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>&lt;b&gt;Away from Wi-Fi, how much...&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unterwegs ohne WLAN, wie viel...&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;assumed&lt;/b&gt;</source>
        <translation>&lt;b&gt;angenommen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{assumption} (from needs.yaml; correct it if you know better)</source>
        <translation>{assumption} (aus needs.yaml; korrigieren Sie es, wenn Sie es besser wissen)</translation>
    </message>
    <message>
        <source>Use for member</source>
        <translation>Für Mitglied verwenden</translation>
    </message>
    <message>
        <source>Replace the member&apos;s usage and travel with this estimate (one typical month, days abroad) and keep these answers with them</source>
        <translation>Verbrauch und Reisen des Mitglieds durch diese Schätzung ersetzen (ein typischer Monat, Tage im Ausland) und diese Antworten beim Mitglied speichern</translation>
    </message>
    <message>
        <source>Use for {name}</source>
        <translation>Für {name} verwenden</translation>
    </message>
    <message>
        <source>; needs &lt;b&gt;{join}&lt;/b&gt;</source>
        <translation>; braucht &lt;b&gt;{join}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimate:&lt;/b&gt; {value} GB data, {minutes} call minutes ({calls} calls), {sms} SMS, {intl_minutes} international minutes a month{needs}.&lt;br&gt;&lt;small&gt;{join}&lt;/small&gt;</source>
        <translation>&lt;b&gt;Schätzung:&lt;/b&gt; {value} GB Daten, {minutes} Gesprächsminuten ({calls} Anrufe), {sms} SMS, {intl_minutes} Auslandsminuten im Monat{needs}.&lt;br&gt;&lt;small&gt;{join}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Apply needs for {member}</source>
        <translation>Bedarf für {member} übernehmen</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>Whole numbers only: what follows the mark is left out.</source>
        <translation>Nur ganze Zahlen: Was nach dem Komma folgt, wird weggelassen.</translation>
    </message>
    <message>
        <source>One decimal mark only, no thousands separators: write 1234{point}5.</source>
        <translation>Nur ein Dezimalzeichen, keine Tausenderpunkte: Schreiben Sie 1234{point}5.</translation>
    </message>
    <message>
        <source>At most {count} digits after the decimal mark here.</source>
        <translation>Hier höchstens {count} Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>OptimiseCommand</name>
    <message>
        <source>Optimise</source>
        <translation>Optimieren</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <source>Paste months</source>
        <translation>Monate einfügen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Not taken:
</source>
        <translation>Nicht übernommen:
</translation>
    </message>
    <message>
        <source>Every cell can be taken.</source>
        <translation>Jede Zelle kann übernommen werden.</translation>
    </message>
    <message>
        <source>Take {count} month(s)</source>
        <translation>{count} Monat(e) übernehmen</translation>
    </message>
    <message>
        <source>{count} month(s) to add or change:</source>
        <translation>{count} Monat(e) zum Hinzufügen oder Ändern:</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release the catalogue</source>
        <translation>Katalog veröffentlichen</translation>
    </message>
    <message>
        <source>e.g. 4 of the 6 national networks; no resellers</source>
        <translation>z. B. 4 der 6 landesweiten Netze; keine Wiederverkäufer</translation>
    </message>
    <message>
        <source>who publishes it (default: the key&apos;s fingerprint)</source>
        <translation>wer ihn veröffentlicht (Standard: der Fingerabdruck des Schlüssels)</translation>
    </message>
    <message>
        <source>optional: the previous release file, to list the changes</source>
        <translation>optional: die Datei der vorigen Veröffentlichung, um die Änderungen aufzulisten</translation>
    </message>
    <message>
        <source>the release file to write (.zip)</source>
        <translation>die zu schreibende Veröffentlichungsdatei (.zip)</translation>
    </message>
    <message>
        <source>Show changes and impact</source>
        <translation>Änderungen und Auswirkung zeigen</translation>
    </message>
    <message>
        <source>Computing the changes and the impact</source>
        <translation>Änderungen und Auswirkungen werden berechnet</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Coverage statement</source>
        <translation>Abdeckungshinweis</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>The private key (catalogue keygen)</source>
        <translation>Der private Schlüssel (catalogue keygen)</translation>
    </message>
    <message>
        <source>Previous release</source>
        <translation>Vorige Veröffentlichung</translation>
    </message>
    <message>
        <source>The previous release file</source>
        <translation>Die Datei der vorigen Veröffentlichung</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>Veröffentlichungsdatei</translation>
    </message>
    <message>
        <source>Write the release to</source>
        <translation>Veröffentlichung schreiben nach</translation>
    </message>
    <message>
        <source>Release the saved catalogue in {folder}, signed with your key.</source>
        <translation>Den gespeicherten Katalog in {folder} veröffentlichen, signiert mit Ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>previewing the release</source>
        <translation>Vorschau der Veröffentlichung</translation>
    </message>
    <message>
        <source>Comparing with the previous release and optimising the example households...</source>
        <translation>Vergleich mit der vorigen Veröffentlichung und Optimierung der Beispielhaushalte...</translation>
    </message>
    <message>
        <source>Check the changes and the impact above, then Release signs and writes the file.</source>
        <translation>Prüfen Sie oben die Änderungen und die Auswirkung; dann signiert Veröffentlichen die Datei und schreibt sie.</translation>
    </message>
    <message>
        <source>A field changed: show the changes and impact again.</source>
        <translation>Ein Feld wurde geändert: zeigen Sie Änderungen und Auswirkungen erneut an.</translation>
    </message>
    <message>
        <source>Not released: choose the release file to write</source>
        <translation>Nicht veröffentlicht: wählen Sie die zu schreibende Veröffentlichungsdatei</translation>
    </message>
</context>
<context>
    <name>RemoveEntryCommand</name>
    <message>
        <source>Delete {entry_name}</source>
        <translation>{entry_name} löschen</translation>
    </message>
</context>
<context>
    <name>SetLockCommand</name>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>switch month</source>
        <translation>Wechselmonat</translation>
    </message>
    <message>
        <source>Lock {field} of {member}</source>
        <translation>{field} von {member} sperren</translation>
    </message>
    <message>
        <source>Unlock {field} of {member}</source>
        <translation>{field} von {member} entsperren</translation>
    </message>
</context>
<context>
    <name>ShopRangeDialog</name>
    <message>
        <source>Shop range: the tariffs this shop sells</source>
        <translation>Ladensortiment: die Tarife, die dieser Laden verkauft</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Data GB</source>
        <translation>Daten GB</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Only checked tariffs are recommended. The range is kept for the next customers.</source>
        <translation>Nur angehakte Tarife werden empfohlen. Das Sortiment bleibt für die nächsten Kunden erhalten.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>{description} failed: {exc!r} ({where_logged})</source>
        <translation>{description} fehlgeschlagen: {exc!r} ({where_logged})</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Phone&apos;s real cost</source>
        <translation>Was das Handy wirklich kostet</translation>
    </message>
    <message>
        <source>Timeline: each member&apos;s dates</source>
        <translation>Zeitplan: die Termine jedes Mitglieds</translation>
    </message>
    <message>
        <source>The recommended plans: what to cancel by when, and when.</source>
        <translation>Die empfohlenen Tarife: was bis wann zu kündigen ist und wann gewechselt wird.</translation>
    </message>
    <message>
        <source>Out of date: {reason}. These are the dates of the plans as chosen now, not the optimum; optimise again (Ctrl+R).</source>
        <translation>Veraltet: {reason}. Dies sind die Termine der jetzt gewählten Tarife, nicht des Optimums; erneut optimieren (Strg+R).</translation>
    </message>
    <message>
        <source>The plans as chosen (not optimised yet): what to cancel by when, and when.</source>
        <translation>Die gewählten Tarife (noch nicht optimiert): was bis wann zu kündigen ist und wann gewechselt wird.</translation>
    </message>
    <message>
        <source>nothing to cancel</source>
        <translation>nichts zu kündigen</translation>
    </message>
    <message>
        <source>{day} (now; leaving early costs {amount})</source>
        <translation>{day} (sofort; der vorzeitige Ausstieg kostet {amount})</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>{plan}; next notice by {day}</source>
        <translation>{plan}; nächste Kündigung bis {day}</translation>
    </message>
    <message>
        <source>binds to {end}; notice by {day}</source>
        <translation>Mindestlaufzeit bis {end}; kündigen bis {day}</translation>
    </message>
    <message>
        <source>monthly, no minimum term</source>
        <translation>monatlich, ohne Mindestlaufzeit</translation>
    </message>
    <message>
        <source>keeps the current phone</source>
        <translation>behält das jetzige Handy</translation>
    </message>
    <message>
        <source>with the contract: {upfront} upfront + {monthly} x {months}</source>
        <translation>mit dem Vertrag: {upfront} Anzahlung + {monthly} x {months}</translation>
    </message>
    <message>
        <source>bought outright</source>
        <translation>ohne Vertrag gekauft</translation>
    </message>
    <message>
        <source>{cost}, retail {retail} ({difference})</source>
        <translation>{cost}, im Handel {retail} ({difference})</translation>
    </message>
</context>
<context>
    <name>UsageEditor</name>
    <message>
        <source>A typical month</source>
        <translation>Ein typischer Monat</translation>
    </message>
    <message>
        <source>Apply to member  (Enter)</source>
        <translation>Für Mitglied übernehmen  (Eingabe)</translation>
    </message>
    <message>
        <source>Enter in any box applies too</source>
        <translation>Die Eingabetaste in jedem Feld übernimmt ebenfalls</translation>
    </message>
    <message>
        <source>{name}: average of {n} recorded months; applying replaces them with this one typical month.</source>
        <translation>{name}: Durchschnitt aus {n} erfassten Monaten; Übernehmen ersetzt sie durch diesen einen typischen Monat.</translation>
    </message>
    <message>
        <source>{name}: one typical month.</source>
        <translation>{name}: ein typischer Monat.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Tariff Advisor: user guide</source>
        <translation>Tariff Advisor: Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ValidatingDelegate</name>
    <message>
        <source>{header}: not changed, {problem}</source>
        <translation>{header}: nicht geändert, {problem}</translation>
    </message>
    <message>
        <source>{problem}
Correct it, or press Esc to keep {value}.</source>
        <translation>{problem}
Korrigieren Sie es oder behalten Sie mit Esc {value}.</translation>
    </message>
    <message>
        <source>the field empty</source>
        <translation>das leere Feld</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>{}&apos;s provider</source>
        <translation>Anbieter von {}</translation>
    </message>
    <message>
        <source>{}&apos;s tariff</source>
        <translation>Tarif von {}</translation>
    </message>
    <message>
        <source>{}&apos;s options</source>
        <translation>Optionen von {}</translation>
    </message>
    <message>
        <source>Lock {}&apos;s provider</source>
        <translation>Anbieter von {} sperren</translation>
    </message>
    <message>
        <source>Lock {}&apos;s tariff</source>
        <translation>Tarif von {} sperren</translation>
    </message>
    <message>
        <source>Lock {}&apos;s options</source>
        <translation>Optionen von {} sperren</translation>
    </message>
    <message>
        <source>Selected entry as YAML</source>
        <translation>Ausgewählter Eintrag als YAML</translation>
    </message>
    <message>
        <source>Provider files</source>
        <translation>Anbieterdateien</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The catalogue in use does not load ({folder}).</source>
        <translation>Der verwendete Katalog lässt sich nicht laden ({folder}).</translation>
    </message>
    <message>
        <source>The catalogue in {directory} does not load.</source>
        <translation>Der Katalog in {directory} lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>Use the shipped catalogue</source>
        <translation>Mitgelieferten Katalog verwenden</translation>
    </message>
    <message>
        <source>The example household does not load.</source>
        <translation>Der Beispielhaushalt lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>The household file {path} does not load.</source>
        <translation>Die Haushaltsdatei {path} lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>Open the example family</source>
        <translation>Beispielfamilie öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The catalogue in {directory} cannot be opened for editing.</source>
        <translation>Der Katalog in {directory} kann nicht zum Bearbeiten geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>bill_lines_dialog</name>
    <message>
        <source>all members</source>
        <translation>alle Mitglieder</translation>
    </message>
    <message>
        <source>folded over months</source>
        <translation>über die Monate zusammengefasst</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeder Monat einzeln</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>how it was computed</source>
        <translation>wie er berechnet wurde</translation>
    </message>
</context>
<context>
    <name>charts_panel</name>
    <message>
        <source>Cost per member</source>
        <translation>Kosten pro Mitglied</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>If usage changes</source>
        <translation>Wenn sich der Verbrauch ändert</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Kostenschwelle</translation>
    </message>
    <message>
        <source>Press Optimise to see why the recommendation is what it is.</source>
        <translation>Auf Optimieren klicken, um zu sehen, warum die Empfehlung so ausfällt.</translation>
    </message>
    <message>
        <source>chosen plans</source>
        <translation>gewählte Tarife</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Apply needs for {name}</source>
        <translation>Bedarf für {name} übernehmen</translation>
    </message>
    <message>
        <source>Apply usage for {name}</source>
        <translation>Verbrauch für {name} übernehmen</translation>
    </message>
    <message>
        <source>Set age of {name}</source>
        <translation>Alter von {name} festlegen</translation>
    </message>
    <message>
        <source>Set student of {name}</source>
        <translation>Student-Status von {name} festlegen</translation>
    </message>
    <message>
        <source>Set phone wish of {name}</source>
        <translation>Handywunsch von {name} festlegen</translation>
    </message>
    <message>
        <source>Set travel of {name}</source>
        <translation>Reisen von {name} festlegen</translation>
    </message>
    <message>
        <source>Set contract end of {name}</source>
        <translation>Vertragsende von {name} festlegen</translation>
    </message>
    <message>
        <source>Set notice period of {name}</source>
        <translation>Kündigungsfrist von {name} festlegen</translation>
    </message>
    <message>
        <source>Set exit fee of {name}</source>
        <translation>Ausstiegsgebühr von {name} festlegen</translation>
    </message>
    <message>
        <source>Set today&apos;s plan of {name}</source>
        <translation>Heutigen Tarif von {name} festlegen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Add {join}</source>
        <translation>{join} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {join}</source>
        <translation>{join} entfernen</translation>
    </message>
    <message>
        <source>Set contract start</source>
        <translation>Vertragsbeginn festlegen</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>Haushalt bearbeiten</translation>
    </message>
    <message>
        <source>Set {field} of {where}</source>
        <translation>{field} von {where} festlegen</translation>
    </message>
    <message>
        <source>Apply correction: {field} of {where}</source>
        <translation>Korrektur übernehmen: {field} von {where}</translation>
    </message>
</context>
<context>
    <name>configurator</name>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>cost over horizon</source>
        <translation>Kosten im Zeitraum</translation>
    </message>
    <message>
        <source>switch month</source>
        <translation>Wechselmonat</translation>
    </message>
    <message>
        <source> shared in {name}</source>
        <translation> gemeinsam in {name}</translation>
    </message>
    <message>
        <source>no data included</source>
        <translation>keine Daten enthalten</translation>
    </message>
    <message>
        <source>{tariff}: {fee} a month, {data}, {term}</source>
        <translation>{tariff}: {fee} im Monat, {data}, {term}</translation>
    </message>
    <message>
        <source>{tariff}: {fee} per 28 days, {data}, {term}</source>
        <translation>{tariff}: {fee} je 28 Tage, {data}, {term}</translation>
    </message>
    <message>
        <source>{model} {storage} GB</source>
        <translation>{model} {storage} GB</translation>
    </message>
</context>
<context>
    <name>correction_dialog</name>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Data (GB)</source>
        <translation>Daten (GB)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Activation fee</source>
        <translation>Anschlussgebühr</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
</context>
<context>
    <name>corrections_panel</name>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>editor_window</name>
    <message>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Familientarife</translation>
    </message>
    <message>
        <source>Device offers</source>
        <translation>Handy-Angebote</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>Contract rules</source>
        <translation>Vertragsregeln</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Handys</translation>
    </message>
    <message>
        <source>  ... and {more} more (see the Problems tab)</source>
        <translation>  ... und {more} weitere (siehe Reiter Probleme)</translation>
    </message>
    <message>
        <source>The catalogue has 1 problem:</source>
        <translation>Der Katalog hat 1 Problem:</translation>
    </message>
    <message>
        <source>The catalogue has {count} problems:</source>
        <translation>Der Katalog hat {count} Probleme:</translation>
    </message>
    <message>
        <source>The advisor cannot load the catalogue until they are fixed. Save anyway?</source>
        <translation>Die Beratung kann den Katalog erst laden, wenn sie behoben sind. Trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Activation fee</source>
        <translation>Anschlussgebühr</translation>
    </message>
    <message>
        <source>Data GB</source>
        <translation>Daten GB</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Intl minutes</source>
        <translation>Auslandsminuten</translation>
    </message>
    <message>
        <source>Fair use GB</source>
        <translation>Fair Use GB</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Min age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <source>Students only</source>
        <translation>Nur Studierende</translation>
    </message>
    <message>
        <source>Broadband customers only</source>
        <translation>Nur Internetkunden</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familientarif</translation>
    </message>
    <message>
        <source>On-net minute</source>
        <translation>Minute im eigenen Netz</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Voice billing</source>
        <translation>Taktung</translation>
    </message>
    <message>
        <source>Minute beyond</source>
        <translation>Minute darüber hinaus</translation>
    </message>
    <message>
        <source>SMS beyond</source>
        <translation>SMS darüber hinaus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Adds data GB</source>
        <translation>Zusätzliche Daten GB</translation>
    </message>
    <message>
        <source>Adds minutes</source>
        <translation>Zusätzliche Minuten</translation>
    </message>
    <message>
        <source>Adds SMS</source>
        <translation>Zusätzliche SMS</translation>
    </message>
    <message>
        <source>Adds intl minutes</source>
        <translation>Zusätzliche Auslandsminuten</translation>
    </message>
    <message>
        <source>Makes unlimited</source>
        <translation>Macht unbegrenzt</translation>
    </message>
    <message>
        <source>For tariffs</source>
        <translation>Für Tarife</translation>
    </message>
    <message>
        <source>Max count</source>
        <translation>Höchstanzahl</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Grundgebühr</translation>
    </message>
    <message>
        <source>Max SIMs</source>
        <translation>Höchstens SIMs</translation>
    </message>
    <message>
        <source>Pool data GB</source>
        <translation>Gemeinsame Daten GB</translation>
    </message>
    <message>
        <source>Pool minutes</source>
        <translation>Gemeinsame Minuten</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Storage GB</source>
        <translation>Speicher GB</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Monthly device fee</source>
        <translation>Handy-Rate im Monat</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Notice months</source>
        <translation>Kündigungsfrist (Monate)</translation>
    </message>
    <message>
        <source>Renewal months</source>
        <translation>Verlängerung (Monate)</translation>
    </message>
    <message>
        <source>Early exit rule</source>
        <translation>Regel für vorzeitigen Ausstieg</translation>
    </message>
    <message>
        <source>Early exit percent</source>
        <translation>Prozent bei vorzeitigem Ausstieg</translation>
    </message>
    <message>
        <source>Early exit amount</source>
        <translation>Betrag bei vorzeitigem Ausstieg</translation>
    </message>
    <message>
        <source>Included zones</source>
        <translation>Inklusive Zonen</translation>
    </message>
    <message>
        <source>Price per GB beyond</source>
        <translation>Preis je GB darüber hinaus</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>family plan</source>
        <translation>Familientarif</translation>
    </message>
    <message>
        <source>device offer</source>
        <translation>Handy-Angebot</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Handy</translation>
    </message>
</context>
<context>
    <name>form_helpers</name>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>Find the cheapest plans for the whole household, keeping what is locked, and prove that no other choice is cheaper (Ctrl+R)</source>
        <translation>Die günstigsten Tarife für den ganzen Haushalt finden, Gesperrtes beibehalten, und belegen, dass keine andere Wahl günstiger ist (Strg+R)</translation>
    </message>
    <message>
        <source>Give the selected member this typical month (it replaces their recorded months)</source>
        <translation>Dem ausgewählten Mitglied diesen typischen Monat geben (er ersetzt die erfassten Monate)</translation>
    </message>
    <message>
        <source>Minutes of calls a typical month (national calls)</source>
        <translation>Gesprächsminuten in einem typischen Monat (Inlandsgespräche)</translation>
    </message>
    <message>
        <source>Number of calls a month: counts where a tariff charges per call or rounds calls up</source>
        <translation>Anzahl der Anrufe im Monat: zählt, wo ein Tarif pro Anruf abrechnet oder Anrufe aufrundet</translation>
    </message>
    <message>
        <source>Text messages (SMS) sent a month; chat apps use data, not SMS</source>
        <translation>Gesendete Kurznachrichten (SMS) im Monat; Chat-Apps verbrauchen Daten, keine SMS</translation>
    </message>
    <message>
        <source>Mobile data used away from Wi-Fi in a typical month, in GB</source>
        <translation>Mobile Daten, die unterwegs ohne WLAN in einem typischen Monat verbraucht werden, in GB</translation>
    </message>
    <message>
        <source>Minutes of calls to other countries a month</source>
        <translation>Gesprächsminuten ins Ausland im Monat</translation>
    </message>
    <message>
        <source>Give the selected member exactly these months; the optimiser uses every month</source>
        <translation>Dem ausgewählten Mitglied genau diese Monate geben; die Optimierung verwendet jeden Monat</translation>
    </message>
    <message>
        <source>Add the month after the last one</source>
        <translation>Den Monat nach dem letzten hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected months</source>
        <translation>Die ausgewählten Monate entfernen</translation>
    </message>
    <message>
        <source>Untick a provider to leave it out when optimising</source>
        <translation>Haken bei einem Anbieter entfernen, um ihn beim Optimieren auszulassen</translation>
    </message>
    <message>
        <source>At most this many different providers in the household (no limit: any number)</source>
        <translation>Höchstens so viele verschiedene Anbieter im Haushalt (keine Grenze: beliebig viele)</translation>
    </message>
    <message>
        <source>The most the household will pay a month, on average over the contract period</source>
        <translation>Das meiste, was der Haushalt im Monat zahlen will, im Durchschnitt über die Vertragslaufzeit</translation>
    </message>
    <message>
        <source>Features every member&apos;s tariff must have, e.g. EU roaming</source>
        <translation>Merkmale, die der Tarif jedes Mitglieds haben muss, z. B. EU-Roaming</translation>
    </message>
    <message>
        <source>The tariffs your shop sells: only these are recommended (kept for the next customers)</source>
        <translation>Die Tarife, die Ihr Laden verkauft: nur diese werden empfohlen (bleibt für die nächsten Kunden erhalten)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No catalogue is loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es ist kein Katalog geladen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>prices checked {day}</source>
        <translation>Preise geprüft am {day}</translation>
    </message>
    <message>
        <source>no date of checking given</source>
        <translation>kein Prüfdatum angegeben</translation>
    </message>
    <message>
        <source>not stated in the catalogue</source>
        <translation>im Katalog nicht angegeben</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a fictional sample market for demonstration, not real offers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist ein erfundener Beispielmarkt zur Vorführung, keine echten Angebote.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue compares {count} providers. Their prices come from (the source named in each provider&apos;s file):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Katalog vergleicht {count} Anbieter. Ihre Preise stammen aus (der in der Datei jedes Anbieters genannten Quelle):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue in use is release {version} of {released}, published by &lt;b&gt;{publisher}&lt;/b&gt; and signed with their key {key}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der verwendete Katalog ist die Veröffentlichung {version} vom {released}, herausgegeben von &lt;b&gt;{publisher}&lt;/b&gt; und signiert mit dessen Schlüssel {key}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;How we rank</source>
        <translation>&amp;Wie wir vergleichen</translation>
    </message>
    <message>
        <source>The method in plain language: what counts, how the optimum is proven, who publishes the prices</source>
        <translation>Die Methode in einfachen Worten: was zählt, wie das Optimum belegt wird, wer die Preise veröffentlicht</translation>
    </message>
</context>
<context>
    <name>history_editor</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Calls min</source>
        <translation>Gespräche Min.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Data GB</source>
        <translation>Daten GB</translation>
    </message>
    <message>
        <source>Intl min</source>
        <translation>Ausland Min.</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Warum / was sich ändert</translation>
    </message>
</context>
<context>
    <name>import_usage_dialog</name>
    <message>
        <source>date (required)</source>
        <translation>Datum (Pflicht)</translation>
    </message>
    <message>
        <source>call / sms / data</source>
        <translation>Anruf / SMS / Daten</translation>
    </message>
    <message>
        <source>duration or volume</source>
        <translation>Dauer oder Volumen</translation>
    </message>
    <message>
        <source>number called</source>
        <translation>angerufene Nummer</translation>
    </message>
    <message>
        <source>destination network</source>
        <translation>Zielnetz</translation>
    </message>
    <message>
        <source>billing month</source>
        <translation>Abrechnungsmonat</translation>
    </message>
    <message>
        <source>subscriber column</source>
        <translation>Spalte des Teilnehmers</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>member_fields</name>
    <message>
        <source>{field}: {name} has no plan of today; enter today&apos;s plan first (a tariff or a monthly fee)</source>
        <translation>{field}: {name} hat keinen heutigen Tarif; geben Sie zuerst den heutigen Tarif ein (einen Tarif oder eine Monatsgebühr)</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>{field}: {count} months left is more than {most}; give the date the contract ends</source>
        <translation>{field}: {count} Monate Restlaufzeit sind mehr als {most}; geben Sie das Datum des Vertragsendes ein</translation>
    </message>
    <message>
        <source>{field}: {text!r} is neither a date (like {example}) nor a number of months left; leave it empty for no minimum term</source>
        <translation>{field}: {text!r} ist weder ein Datum (wie {example}) noch eine Zahl von Monaten Restlaufzeit; lassen Sie das Feld leer, wenn keine Mindestlaufzeit besteht</translation>
    </message>
    <message>
        <source>notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>{field}: {text!r} is not a whole number of months from 0 to {most}; leave it empty for the provider&apos;s rule</source>
        <translation>{field}: {text!r} ist keine ganze Zahl von Monaten zwischen 0 und {most}; lassen Sie das Feld leer für die Regel des Anbieters</translation>
    </message>
    <message>
        <source>{field}: {text!r} is not an amount from 0 to {most}; leave it empty for none</source>
        <translation>{field}: {text!r} ist kein Betrag zwischen 0 und {most}; lassen Sie das Feld leer, wenn es keinen gibt</translation>
    </message>
    <message>
        <source>exit fee</source>
        <translation>Ausstiegsgebühr</translation>
    </message>
    <message>
        <source>{count} months left</source>
        <translation>noch {count} Monate</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} Monate</translation>
    </message>
    <message>
        <source>No plan of today: a new plan can start now.</source>
        <translation>Kein heutiger Tarif: ein neuer Tarif kann sofort beginnen.</translation>
    </message>
    <message>
        <source>Free to switch now; cancel by {day}.</source>
        <translation>Wechsel ab sofort möglich; kündigen bis {day}.</translation>
    </message>
    <message>
        <source>Free to switch in month {month} ({start}); cancel by {day}. Switching earlier costs the exit fee.</source>
        <translation>Wechsel ohne Kosten ab Monat {month} ({start}); kündigen bis {day}. Ein früherer Wechsel kostet die Ausstiegsgebühr.</translation>
    </message>
</context>
<context>
    <name>members_model</name>
    <message>
        <source>a member needs a name</source>
        <translation>ein Mitglied braucht einen Namen</translation>
    </message>
    <message>
        <source>{name} is already a member of this household</source>
        <translation>{name} ist bereits Mitglied dieses Haushalts</translation>
    </message>
    <message>
        <source>age: {value!r} is not a whole number of years</source>
        <translation>Alter: {value!r} ist keine ganze Zahl von Jahren</translation>
    </message>
    <message>
        <source>age: {age} is not between 0 and 130</source>
        <translation>Alter: {age} liegt nicht zwischen 0 und 130</translation>
    </message>
    <message>
        <source>{monthly_fee} a month</source>
        <translation>{monthly_fee} im Monat</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>typisch</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>current plan</source>
        <translation>heutiger Tarif</translation>
    </message>
    <message>
        <source>Today&apos;s plan: type a tariff id or name, a monthly fee (e.g. 29.99), or none</source>
        <translation>Heutiger Tarif: eine Tarif-ID oder einen Tarifnamen, eine Monatsgebühr (z. B. 29,99) oder none eingeben</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>When today&apos;s contract (its minimum term) ends: a date such as 31.03.2027, or the months left such as 5; empty: no minimum term. Right arrow from today&apos;s plan gets here</source>
        <translation>Wann der heutige Vertrag (seine Mindestlaufzeit) endet: ein Datum wie 31.03.2027 oder die Restlaufzeit in Monaten wie 5; leer: keine Mindestlaufzeit. Mit der Pfeiltaste rechts vom heutigen Tarif hierher</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>The notice period in months (cancel that long before the contract ends); empty: the provider&apos;s rule, shown in brackets</source>
        <translation>Die Kündigungsfrist in Monaten (so lange vor Vertragsende kündigen); leer: die Regel des Anbieters, in Klammern angezeigt</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>data GB/month</source>
        <translation>Daten GB/Monat</translation>
    </message>
    <message>
        <source>minutes/month</source>
        <translation>Minuten/Monat</translation>
    </message>
</context>
<context>
    <name>printout</name>
    <message>
        <source>no recommendation to print: {reason}</source>
        <translation>keine Empfehlung zum Drucken: {reason}</translation>
    </message>
    <message>
        <source>The recommended plans cost &lt;b&gt;{total}&lt;/b&gt; over {months} months (&lt;b&gt;{monthly}&lt;/b&gt; a month on average); this is {reason}.</source>
        <translation>Die empfohlenen Tarife kosten &lt;b&gt;{total}&lt;/b&gt; über {months} Monate (&lt;b&gt;{monthly}&lt;/b&gt; im Monat im Durchschnitt); das ist {reason}.</translation>
    </message>
    <message>
        <source>Staying on today&apos;s plans would cost {today}: you save &lt;b&gt;{saving}&lt;/b&gt;.</source>
        <translation>Bei den heutigen Tarifen zu bleiben würde {today} kosten: Sie sparen &lt;b&gt;{saving}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Planning the household together saves {saving} more.</source>
        <translation>Den Haushalt gemeinsam zu planen spart weitere {saving}.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>im Monat</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>family plan</source>
        <translation>Familientarif</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>call minutes</source>
        <translation>Gesprächsminuten</translation>
    </message>
    <message>
        <source>data (GB)</source>
        <translation>Daten (GB)</translation>
    </message>
    <message>
        <source>intl. minutes</source>
        <translation>Auslandsminuten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Warning: {warning}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Warnung: {warning}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recommended plans ({currency})</source>
        <translation>Empfohlene Tarife ({currency})</translation>
    </message>
    <message>
        <source>What each plan includes</source>
        <translation>Was jeder Tarif enthält</translation>
    </message>
    <message>
        <source>Usage it rests on (average a month)</source>
        <translation>Zugrunde gelegter Verbrauch (Durchschnitt im Monat)</translation>
    </message>
    <message>
        <source>Mobile tariff advice for {household}</source>
        <translation>Mobilfunk-Tarifberatung für {household}</translation>
    </message>
    <message>
        <source>Prepared {day} by Tariff Advisor.</source>
        <translation>Erstellt am {day} mit Tariff Advisor.</translation>
    </message>
</context>
<context>
    <name>release_dialog</name>
    <message>
        <source>Not released: the catalogue has unsaved changes; save them first (a release holds the saved files)</source>
        <translation>Nicht veröffentlicht: der Katalog hat ungespeicherte Änderungen; speichern Sie sie zuerst (eine Veröffentlichung enthält die gespeicherten Dateien)</translation>
    </message>
    <message>
        <source>Not released: the catalogue has 1 problem (see the Problems tab)</source>
        <translation>Nicht veröffentlicht: der Katalog hat 1 Problem (siehe Reiter Probleme)</translation>
    </message>
    <message>
        <source>Not released: the catalogue has {count} problems (see the Problems tab)</source>
        <translation>Nicht veröffentlicht: der Katalog hat {count} Probleme (siehe Reiter Probleme)</translation>
    </message>
    <message>
        <source>This release holds {tariffs} tariffs, {options} options, {family_plans} family plans, {devices} devices and {device_offers} device offers.</source>
        <translation>Diese Veröffentlichung enthält {tariffs} Tarife, {options} Optionen, {family_plans} Familientarife, {devices} Handys und {device_offers} Handy-Angebote.</translation>
    </message>
    <message>
        <source>No previous release given: no list of changes.</source>
        <translation>Keine vorige Veröffentlichung angegeben: keine Liste der Änderungen.</translation>
    </message>
    <message>
        <source>Changes: {summary}</source>
        <translation>Änderungen: {summary}</translation>
    </message>
    <message>
        <source>Impact on the example households (previous release, or the catalogue in use, -&gt; this one):</source>
        <translation>Auswirkung auf die Beispielhaushalte (vorige Veröffentlichung oder verwendeter Katalog -&gt; diese):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>releases</name>
    <message>
        <source>Install a catalogue release</source>
        <translation>Katalog-Veröffentlichung installieren</translation>
    </message>
    <message>
        <source>Catalogue releases (*.zip)</source>
        <translation>Katalog-Veröffentlichungen (*.zip)</translation>
    </message>
    <message>
        <source>The catalogue release was not installed.</source>
        <translation>Die Katalog-Veröffentlichung wurde nicht installiert.</translation>
    </message>
    <message>
        <source>Catalogue release {version} installed and in use</source>
        <translation>Katalog-Veröffentlichung {version} installiert und in Verwendung</translation>
    </message>
    <message>
        <source>A catalogue release in the shop folder {folder} was refused.</source>
        <translation>Eine Katalog-Veröffentlichung im Ladenordner {folder} wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Some files in the shop folder {folder} were refused.</source>
        <translation>Einige Dateien im Ladenordner {folder} wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Installed catalogue release {version} from the shop folder {folder}</source>
        <translation>Katalog-Veröffentlichung {version} aus dem Ladenordner {folder} installiert</translation>
    </message>
</context>
<context>
    <name>result_status</name>
    <message>
        <source>Result out of date</source>
        <translation>Ergebnis veraltet</translation>
    </message>
    <message>
        <source>(Last result before this change: {total}.)</source>
        <translation>(Letztes Ergebnis vor dieser Änderung: {total}.)</translation>
    </message>
    <message>
        <source>{result_out_of_date}: {reason}. Optimise again (Ctrl+R).</source>
        <translation>{result_out_of_date}: {reason}. Erneut optimieren (Strg+R).</translation>
    </message>
    <message>
        <source>No comparison with today: {name} has no plan of today. Enter it in the members table (current plan) to see the saving.</source>
        <translation>Kein Vergleich mit heute: {name} hat keinen heutigen Tarif. Tragen Sie ihn in der Mitgliedertabelle ein (heutiger Tarif), um die Ersparnis zu sehen.</translation>
    </message>
    <message>
        <source>No comparison with today: {names} have no plan of today. Enter them in the members table (current plan) to see the saving.</source>
        <translation>Kein Vergleich mit heute: {names} haben keinen heutigen Tarif. Tragen Sie sie in der Mitgliedertabelle ein (heutiger Tarif), um die Ersparnis zu sehen.</translation>
    </message>
    <message>
        <source>today&apos;s plans cannot be priced</source>
        <translation>die heutigen Tarife lassen sich nicht berechnen</translation>
    </message>
    <message>
        <source>No comparison with today: {problem}. Check the current plans in the members table.</source>
        <translation>Kein Vergleich mit heute: {problem}. Prüfen Sie die heutigen Tarife in der Mitgliedertabelle.</translation>
    </message>
</context>
<context>
    <name>review_panel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>Summe vorher</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Summe nachher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Plans that change</source>
        <translation>Tarife, die sich ändern</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>the details are in {path}</source>
        <translation>die Einzelheiten stehen in {path}</translation>
    </message>
    <message>
        <source>the details were not logged</source>
        <translation>die Einzelheiten wurden nicht protokolliert</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>usage_editor</name>
    <message>
        <source>Calls</source>
        <translation>Gesprächsminuten</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation>Mobile Daten</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Anzahl Anrufe</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>International calls</source>
        <translation>Auslandsgespräche</translation>
    </message>
</context>
</TS>
