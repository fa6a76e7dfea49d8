<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CheckRecord</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice at the top level</source>
        <translation>der Schlüssel „%1“ steht zweimal auf der obersten Ebene</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>der Schlüssel „%1“ steht zweimal in %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>(unbekannt)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Schutzstufe %1</translation>
    </message>
    <message>
        <source>Der Vermerk wurde nach dem Erstellen verändert: Seine Prüfsumme passt nicht zum Inhalt. Angezeigt wird der veränderte Inhalt.</source>
        <translation>Der Vermerk wurde nach dem Erstellen verändert: Seine Prüfsumme passt nicht zum Inhalt. Angezeigt wird der veränderte Inhalt.</translation>
    </message>
    <message>
        <source>Erstellt von einer neueren Version von KI-Lotse (Formatversion %1); angezeigt, soweit verstanden.</source>
        <translation>Erstellt von einer neueren Version von KI-Lotse (Formatversion %1); angezeigt, soweit verstanden.</translation>
    </message>
    <message>
        <source>Nicht verstandene Angaben: %1</source>
        <translation>Nicht verstandene Angaben: %1</translation>
    </message>
    <message numerus="yes">
        <source> und %n weitere</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Der Vermerk stammt aus einer älteren Version von KI-Lotse und hat keine Prüfsumme; ob er nachträglich verändert wurde, lässt sich nicht erkennen.</source>
        <translation>Der Vermerk stammt aus einer älteren Version von KI-Lotse und hat keine Prüfsumme; ob er nachträglich verändert wurde, lässt sich nicht erkennen.</translation>
    </message>
    <message>
        <source>the record is larger than %1 bytes (1 MiB); reading stopped at byte %1</source>
        <translation>der Vermerk ist größer als %1 Bytes (1 MiB); das Lesen endete bei Byte %1</translation>
    </message>
    <message>
        <source>the record has format version %1.%2; this version of KI-Lotse reads format version %3.x only – please open it with a newer version of KI-Lotse</source>
        <translation>der Vermerk hat die Formatversion %1.%2; diese Version von KI-Lotse liest nur Formatversion %3.x – bitte öffnen Sie ihn mit einer neueren Version von KI-Lotse</translation>
    </message>
    <message>
        <source>internal error while checking the file: %1</source>
        <translation>interner Fehler beim Prüfen der Datei: %1</translation>
    </message>
    <message>
        <source>not a date and time in ISO 8601 form (e.g. 2026-11-22T10:15:00+01:00)</source>
        <translation>kein Zeitpunkt nach ISO 8601 (z. B. 2026-11-22T10:15:00+01:00)</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is answered twice (also in /answers/%2)</source>
        <translation>die Frage „%1“ ist zweimal beantwortet (auch in /answers/%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category id (e.g. EMAIL, IBAN)</source>
        <translation>„%1“ ist keine Kennung einer Fundart (z. B. EMAIL, IBAN)</translation>
    </message>
    <message>
        <source>expected a count (a whole number from 0)</source>
        <translation>erwartet wird eine Anzahl (ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>Den Anwendungsfall „%1“ gibt es im aktuellen Regelwerk nicht mehr.</source>
        <translation>Den Anwendungsfall „%1“ gibt es im aktuellen Regelwerk nicht mehr.</translation>
    </message>
    <message>
        <source>Die Frage „%1“ gibt es im aktuellen Regelwerk nicht mehr.</source>
        <translation>Die Frage „%1“ gibt es im aktuellen Regelwerk nicht mehr.</translation>
    </message>
    <message>
        <source>Die Antwort „%1“ auf „%2“ ist im aktuellen Regelwerk nicht mehr vorgesehen.</source>
        <translation>Die Antwort „%1“ auf „%2“ ist im aktuellen Regelwerk nicht mehr vorgesehen.</translation>
    </message>
    <message>
        <source>Die Frage „%1“ ist inzwischen anders formuliert; bitte prüfen Sie, ob Ihre Antwort noch passt.</source>
        <translation>Die Frage „%1“ ist inzwischen anders formuliert; bitte prüfen Sie, ob Ihre Antwort noch passt.</translation>
    </message>
    <message>
        <source>Neue Frage ohne Antwort: „%1“.</source>
        <translation>Neue Frage ohne Antwort: „%1“.</translation>
    </message>
    <message>
        <source>Das Regelwerk %1 %2 wurde seit dem Vermerk verändert (Prüfsumme damals %3, heute %4).</source>
        <translation>Das Regelwerk %1 %2 wurde seit dem Vermerk verändert (Prüfsumme damals %3, heute %4).</translation>
    </message>
    <message>
        <source>Das Regelwerk hat sich geändert: damals %1 %2, heute %3 %4.</source>
        <translation>Das Regelwerk hat sich geändert: damals %1 %2, heute %3 %4.</translation>
    </message>
    <message>
        <source>Nicht zulässig</source>
        <translation>Nicht zulässig</translation>
    </message>
    <message>
        <source>%1 – Rücksprache erforderlich</source>
        <translation>%1 – Rücksprache erforderlich</translation>
    </message>
</context>
<context>
    <name>kilotse::AnswersFile</name>
    <message>
        <source>expected an object {&quot;use_case&quot;: ..., &quot;answers&quot;: {...}}</source>
        <translation>erwartet wird ein Objekt {&quot;use_case&quot;: ..., &quot;answers&quot;: {...}}</translation>
    </message>
    <message>
        <source>expected a string (a use-case id)</source>
        <translation>erwartet wird ein Text (eine Anwendungsfall-ID)</translation>
    </message>
    <message>
        <source>expected an object mapping question ids to option ids</source>
        <translation>erwartet wird ein Objekt, das Frage-IDs den Options-IDs zuordnet</translation>
    </message>
    <message>
        <source>expected a string (an option id such as &quot;yes&quot;, &quot;no&quot; or &quot;unsure&quot;)</source>
        <translation>erwartet wird ein Text (eine Options-ID wie &quot;yes&quot;, &quot;no&quot; oder &quot;unsure&quot;)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (allowed: use_case, answers, comment)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (zulässig: use_case, answers, comment)</translation>
    </message>
    <message>
        <source>required field &quot;answers&quot; is missing</source>
        <translation>das Pflichtfeld &quot;answers&quot; fehlt</translation>
    </message>
</context>
<context>
    <name>kilotse::Classifier</name>
    <message>
        <source>the use case is missing (one of: %1)</source>
        <translation>der Anwendungsfall fehlt (möglich: %1)</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot; (one of: %2)</source>
        <translation>unbekannter Anwendungsfall &quot;%1&quot; (möglich: %2)</translation>
    </message>
    <message>
        <source>missing answer to question &quot;%1&quot;</source>
        <translation>die Antwort auf Frage &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of question &quot;%2&quot; (options: %3)</source>
        <translation>&quot;%1&quot; ist keine Option der Frage &quot;%2&quot; (Optionen: %3)</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; in this policy pack</source>
        <translation>unbekannte Frage &quot;%1&quot; in diesem Regelwerk</translation>
    </message>
</context>
<context>
    <name>kilotse::Config</name>
    <message>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation>erwartet wird true oder false, gefunden wurde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; ist keiner der zulässigen Werte: %2</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; give the full path</source>
        <translation>&quot;%1&quot; ist ein relativer Pfad; bitte geben Sie den vollständigen Pfad an</translation>
    </message>
    <message>
        <source>the value is longer than 1000 characters</source>
        <translation>der Wert ist länger als 1000 Zeichen</translation>
    </message>
    <message>
        <source>the value contains a control character</source>
        <translation>der Wert enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>only the system file can lock settings; ignored</source>
        <translation>nur die Systemdatei darf Einstellungen sperren; wird ignoriert</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; cannot be locked</source>
        <translation>die unbekannte Einstellung &quot;%1&quot; kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>unknown setting; ignored</source>
        <translation>unbekannte Einstellung; wird ignoriert</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by your IT department and cannot be changed</source>
        <translation>&quot;%1&quot; wird von Ihrer IT-Abteilung festgelegt und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>longer than 200 characters</source>
        <translation>länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>contains &quot;;&quot; (separate entries with commas; in INI files &quot;;&quot; starts a comment)</source>
        <translation>enthält „;“ (Einträge mit Kommas trennen; in INI-Dateien beginnt „;“ einen Kommentar)</translation>
    </message>
    <message>
        <source>not a domain name like &quot;zittau.de&quot;</source>
        <translation>kein Domainname wie „zittau.de“</translation>
    </message>
    <message>
        <source>not an IBAN</source>
        <translation>keine IBAN</translation>
    </message>
    <message>
        <source>the IBAN&apos;s check digits are wrong</source>
        <translation>die Prüfziffern der IBAN stimmen nicht</translation>
    </message>
    <message>
        <source>give street and house number first, each address in quotes: &quot;Markt 1, 02763 Zittau&quot;</source>
        <translation>zuerst Straße und Hausnummer, jede Anschrift in Anführungszeichen: &quot;Markt 1, 02763 Zittau&quot;</translation>
    </message>
    <message>
        <source>the value is longer than 4000 characters</source>
        <translation>der Wert ist länger als 4000 Zeichen</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>Eintrag „%1“: %2</translation>
    </message>
    <message>
        <source>only the system file (IT) can set this setting; ignored</source>
        <translation>nur die systemweite Datei (IT) kann diese Einstellung setzen; ignoriert</translation>
    </message>
    <message>
        <source>write the domain without &quot;@&quot;</source>
        <translation>die Domain ohne „@“ angeben</translation>
    </message>
    <message>
        <source>not the start of an office&apos;s numbers like &quot;03583 752&quot; (at least six digits: an area code alone would cover every private number there)</source>
        <translation>kein Anfang der Rufnummern einer Dienststelle wie „03583 752“ (mindestens sechs Ziffern: eine Vorwahl allein würde jede private Nummer dort einschließen)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2, gefunden wurde „%3“</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a full file path nor a postgresql:// address</source>
        <translation>„%1“ ist weder ein vollständiger Dateipfad noch eine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden: ein Ordner auf dem Weg zu ihr darf von diesem Benutzerkonto nicht geöffnet werden (keine Berechtigung)</source>
        <translation>die Datei kann nicht gelesen werden: ein Ordner auf dem Weg zu ihr darf von diesem Benutzerkonto nicht geöffnet werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>die Datei ist eine symbolische Verknüpfung, deren Ziel es nicht gibt</source>
        <translation>die Datei ist eine symbolische Verknüpfung, deren Ziel es nicht gibt</translation>
    </message>
    <message>
        <source>an der Stelle der Datei steht ein Ordner oder eine Sonderdatei, keine normale Datei</source>
        <translation>an der Stelle der Datei steht ein Ordner oder eine Sonderdatei, keine normale Datei</translation>
    </message>
    <message>
        <source>die Datei ist größer als 1 MB</source>
        <translation>die Datei ist größer als 1 MB</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden (keine Leseberechtigung)</source>
        <translation>die Datei kann nicht gelesen werden (keine Leseberechtigung)</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>die Datei ist kein UTF-8-Text (in einem anderen Zeichensatz gespeichert oder beschädigt)</source>
        <translation>die Datei ist kein UTF-8-Text (in einem anderen Zeichensatz gespeichert oder beschädigt)</translation>
    </message>
    <message>
        <source>die Datei ist keine gültige Einstellungsdatei (INI-Format): die Zeile ist weder „[Abschnitt]“ noch „Schlüssel=Wert“</source>
        <translation>die Datei ist keine gültige Einstellungsdatei (INI-Format): die Zeile ist weder „[Abschnitt]“ noch „Schlüssel=Wert“</translation>
    </message>
    <message>
        <source>die Datei ist keine gültige Einstellungsdatei (INI-Format)</source>
        <translation>die Datei ist keine gültige Einstellungsdatei (INI-Format)</translation>
    </message>
    <message>
        <source>gesperrt (locked), aber die Datei setzt keinen Wert dafür; ohne Wert liefe KI-Lotse mit einem Ersatz (Demo-Verzeichnis oder anderes Regelwerk)</source>
        <translation>gesperrt (locked), aber die Datei setzt keinen Wert dafür; ohne Wert liefe KI-Lotse mit einem Ersatz (Demo-Verzeichnis oder anderes Regelwerk)</translation>
    </message>
    <message>
        <source>gesperrt (locked), aber die Datei setzt keinen Wert dafür; die Einstellung bleibt leer</source>
        <translation>gesperrt (locked), aber die Datei setzt keinen Wert dafür; die Einstellung bleibt leer</translation>
    </message>
    <message>
        <source>%1, Zeile %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Die Einstellungen der IT (%1) können nicht verwendet werden: %2.</source>
        <translation>Die Einstellungen der IT (%1) können nicht verwendet werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Weitere Fehler dieser Art: %n.</source>
        <translation>
            <numerusform>Weitere Fehler dieser Art: %n.</numerusform>
            <numerusform>Weitere Fehler dieser Art: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>KI-Lotse startet nicht mit Ersatzwerten. Bitte wenden Sie sich an Ihre IT-Abteilung (alle Fehler zeigt „ki-lotse-cli config check“).</source>
        <translation>KI-Lotse startet nicht mit Ersatzwerten. Bitte wenden Sie sich an Ihre IT-Abteilung (alle Fehler zeigt „ki-lotse-cli config check“).</translation>
    </message>
</context>
<context>
    <name>kilotse::ImportSource</name>
    <message>
        <source>this is not a regular file but %1: give the path of a .csv or .json file</source>
        <translation>das ist keine gewöhnliche Datei, sondern %1: Geben Sie den Pfad einer .csv- oder .json-Datei an</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it into several files</source>
        <translation>die Datei ist größer als %1 MiB: Teilen Sie sie in mehrere Dateien auf</translation>
    </message>
    <message>
        <source>save it as UTF-8 and import it again (Excel: Datei → Speichern unter → Dateityp &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;; LibreOffice: Datei → Speichern unter, &quot;Filtereinstellungen bearbeiten&quot;, Zeichensatz &quot;Unicode (UTF-8)&quot;), or confirm the conversion (ki-lotse-cli registry import --encoding %1)</source>
        <translation>Speichern Sie sie als UTF-8 und importieren Sie sie erneut (Excel: Datei → Speichern unter → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“; LibreOffice: Datei → Speichern unter, „Filtereinstellungen bearbeiten“, Zeichensatz „Unicode (UTF-8)“), oder bestätigen Sie die Umwandlung (ki-lotse-cli registry import --encoding %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe, device or socket</source>
        <translation>eine Pipe, ein Gerät oder ein Socket</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>unknown (not a text file)</source>
        <translation>unbekannt (keine Textdatei)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (known: utf-8, windows-1252, utf-16)</source>
        <translation>unbekannte Kodierung „%1“ (bekannt: utf-8, windows-1252, utf-16)</translation>
    </message>
    <message>
        <source>the file is not a text file in a known encoding (control bytes or bytes that are neither UTF-8 nor Windows-1252)</source>
        <translation>die Datei ist keine Textdatei in einer bekannten Kodierung (Steuerbytes oder Bytes, die weder UTF-8 noch Windows-1252 sind)</translation>
    </message>
    <message>
        <source>the file is UTF-8, not %1: import it without --encoding</source>
        <translation>die Datei ist UTF-8, nicht %1: Importieren Sie sie ohne --encoding</translation>
    </message>
    <message>
        <source>the file is not UTF-8 but apparently %1: %2</source>
        <translation>die Datei ist nicht UTF-8, sondern vermutlich %1: %2</translation>
    </message>
    <message>
        <source>the file is apparently %1, not %2: check the file or the --encoding given</source>
        <translation>die Datei ist vermutlich %1, nicht %2: Prüfen Sie die Datei oder die Angabe --encoding</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>die Datei ist kein gültiges %1</translation>
    </message>
</context>
<context>
    <name>kilotse::PolicyLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 bytes are accepted</source>
        <translation>die Datei ist %1 Byte groß; zulässig sind höchstens %2 Byte</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>internal error while checking the file: %1</source>
        <translation>interner Fehler beim Prüfen der Datei: %1</translation>
    </message>
    <message>
        <source>duplicate scenario id &quot;%1&quot;</source>
        <translation>doppelte Szenario-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown source document &quot;%1&quot; (not listed in the sources file)</source>
        <translation>unbekanntes Quelldokument &quot;%1&quot; (nicht in der Quellendatei aufgeführt)</translation>
    </message>
    <message>
        <source>level %1 is not defined in the classification file</source>
        <translation>die Stufe %1 ist in der Einstufungsdatei nicht definiert</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unbekannter Anwendungsfall &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>unbekannte Frage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot; (options: %3)</source>
        <translation>die Frage &quot;%1&quot; hat keine Option &quot;%2&quot; (Optionen: %3)</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; is missing (a scenario answers every question)</source>
        <translation>die Antwort auf &quot;%1&quot; fehlt (ein Szenario beantwortet jede Frage)</translation>
    </message>
    <message>
        <source>with the files this pack replaces, %1</source>
        <translation>mit den Dateien, die dieses Regelwerk ersetzt: %1</translation>
    </message>
    <message>
        <source>%1 refers to the unknown question &quot;%2&quot;</source>
        <translation>%1 verweist auf die unbekannte Frage &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 refers to the unknown option &quot;%2&quot; of &quot;%3&quot;</source>
        <translation>%1 verweist auf die unbekannte Option &quot;%2&quot; von &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 refers to the unknown use case &quot;%2&quot;</source>
        <translation>%1 verweist auf den unbekannten Anwendungsfall &quot;%2&quot;</translation>
    </message>
    <message>
        <source>classification rule &quot;%1&quot;</source>
        <translation>die Einstufungsregel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance rule &quot;%1&quot;</source>
        <translation>die Hinweisregel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance rule &quot;%1&quot; refers to the unknown level %2</source>
        <translation>die Hinweisregel &quot;%1&quot; verweist auf die unbekannte Stufe %2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; refers to the unknown use case &quot;%2&quot;</source>
        <translation>die Vorlage &quot;%1&quot; verweist auf den unbekannten Anwendungsfall &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;counts_as&quot; must name another option of this question; &quot;%1&quot; is not one (options: %2)</source>
        <translation>&quot;counts_as&quot; muss eine andere Option dieser Frage nennen; &quot;%1&quot; ist keine (Optionen: %2)</translation>
    </message>
    <message>
        <source>&quot;counts_as&quot; must not point to an option that itself counts as another</source>
        <translation>&quot;counts_as&quot; darf nicht auf eine Option verweisen, die selbst als eine andere gilt</translation>
    </message>
    <message>
        <source>level %1 is defined twice</source>
        <translation>die Stufe %1 ist doppelt definiert</translation>
    </message>
    <message>
        <source>default level %1 is not among the defined levels</source>
        <translation>die Standardstufe %1 gehört nicht zu den definierten Stufen</translation>
    </message>
    <message>
        <source>level %1 is not defined in &quot;levels&quot;</source>
        <translation>die Stufe %1 ist nicht in &quot;levels&quot; definiert</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot; (not listed in &quot;areas&quot;)</source>
        <translation>unbekannter Bereich &quot;%1&quot; (nicht in &quot;areas&quot; aufgeführt)</translation>
    </message>
    <message>
        <source>malformed placeholder &quot;%1&quot; (write {{name}} with a lowercase name)</source>
        <translation>fehlerhafter Platzhalter &quot;%1&quot; (schreiben Sie {{name}} mit einem kleingeschriebenen Namen)</translation>
    </message>
    <message>
        <source>the prompt uses {{%1}}, which is not declared in &quot;placeholders&quot;</source>
        <translation>der Prompt verwendet {{%1}}, das nicht in &quot;placeholders&quot; deklariert ist</translation>
    </message>
    <message>
        <source>placeholder &quot;%1&quot; is declared but the prompt never uses {{%1}}</source>
        <translation>der Platzhalter &quot;%1&quot; ist deklariert, aber der Prompt verwendet {{%1}} nirgends</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; (questions: %2)</source>
        <translation>unbekannte Frage &quot;%1&quot; (Fragen: %2)</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>die Kategorie &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the wording must contain %1 where the cue or name is inserted</source>
        <translation>die Formulierung muss %1 an der Stelle enthalten, an der das Signalwort oder der Name eingesetzt wird</translation>
    </message>
    <message>
        <source>a choice placeholder needs &quot;choices&quot;</source>
        <translation>ein Auswahl-Platzhalter braucht &quot;choices&quot;</translation>
    </message>
    <message>
        <source>&quot;choices&quot; is only allowed for type &quot;choice&quot;</source>
        <translation>&quot;choices&quot; ist nur beim Typ &quot;choice&quot; zulässig</translation>
    </message>
    <message>
        <source>&quot;min&quot;/&quot;max&quot; are only allowed for type &quot;number&quot;</source>
        <translation>&quot;min&quot;/&quot;max&quot; sind nur beim Typ &quot;number&quot; zulässig</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; ist größer als &quot;max&quot;</translation>
    </message>
    <message>
        <source>the example is not a valid value of this placeholder (%1)</source>
        <translation>das Beispiel ist kein gültiger Wert für diesen Platzhalter (%1)</translation>
    </message>
    <message>
        <source>{{%1}} is not available here (available: %2)</source>
        <translation>{{%1}} ist hier nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>malformed placeholder &quot;%1&quot;</source>
        <translation>fehlerhafter Platzhalter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>doppelte ID &quot;%2&quot; (%1)</translation>
    </message>
    <message>
        <source>the policy folder does not exist or is not a folder</source>
        <translation>der Ordner des Regelwerks existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>unknown base pack &quot;%1&quot; (a pack can only extend the bundled pack &quot;%2&quot;)</source>
        <translation>unbekanntes Basis-Regelwerk &quot;%1&quot; (ein Regelwerk kann nur das mitgelieferte Regelwerk &quot;%2&quot; erweitern)</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing (only a pack with &quot;extends&quot; may leave it out)</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt (nur ein Regelwerk mit &quot;extends&quot; darf es weglassen)</translation>
    </message>
    <message>
        <source>the file is listed for &quot;%1&quot; in the manifest but says &quot;%2&quot;</source>
        <translation>die Datei ist im Manifest für &quot;%1&quot; eingetragen, gibt aber &quot;%2&quot; an</translation>
    </message>
    <message>
        <source>expected the translated text (a non-empty string)</source>
        <translation>erwartet wird der übersetzte Text (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>the translation must keep the placeholders of the text (%1)</source>
        <translation>die Übersetzung muss die Platzhalter des Textes beibehalten (%1)</translation>
    </message>
    <message>
        <source>the rule has no effect: give a level, &quot;escalate&quot;: true, &quot;blocked&quot;: true or &quot;special_secrecy&quot;: true</source>
        <translation>die Regel hat keine Wirkung: geben Sie eine Stufe, &quot;escalate&quot;: true, &quot;blocked&quot;: true oder &quot;special_secrecy&quot;: true an</translation>
    </message>
    <message>
        <source>a condition is exactly one of: {&quot;question&quot;, &quot;is&quot;}, {&quot;question&quot;, &quot;chosen&quot;}, {&quot;use_case&quot;}, {&quot;all&quot;}, {&quot;any&quot;} or {&quot;not&quot;}</source>
        <translation>eine Bedingung ist genau eine von: {&quot;question&quot;, &quot;is&quot;}, {&quot;question&quot;, &quot;chosen&quot;}, {&quot;use_case&quot;}, {&quot;all&quot;}, {&quot;any&quot;} oder {&quot;not&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 precedes the source &quot;%2&quot; of %3 that the pack cites</source>
        <translation>%1 liegt vor der Quelle „%2“ vom %3, die das Regelwerk zitiert</translation>
    </message>
    <message>
        <source>the file could not be read completely (%1); nothing of the pack is loaded</source>
        <translation>die Datei ließ sich nicht vollständig lesen (%1); vom Regelwerk wird nichts geladen</translation>
    </message>
    <message>
        <source>the file could not be read completely (%1)</source>
        <translation>die Datei ließ sich nicht vollständig lesen (%1)</translation>
    </message>
</context>
<context>
    <name>kilotse::RegistryImport</name>
    <message>
        <source>the name &quot;%1&quot; appears twice in the file (first in line %2; names are compared ignoring case and Unicode normalisation)</source>
        <translation>der Name „%1“ steht zweimal in der Datei (zuerst in Zeile %2; Namen werden ohne Rücksicht auf Groß- und Kleinschreibung und Unicode-Normalisierung verglichen)</translation>
    </message>
    <message>
        <source>approved for level %1, but the MUST items of the approval checklist are not all answered &quot;yes&quot; or &quot;n/a&quot;: %2. Answer them in the checklist field, or import the service with status &quot;pilot&quot; and approve it in the form</source>
        <translation>für Schutzstufe %1 freigegeben, aber nicht alle MUSS-Kriterien der Freigabe-Checkliste sind mit „yes“ oder „n/a“ beantwortet: %2. Beantworten Sie sie in der Spalte checklist, oder importieren Sie den Dienst mit dem Status „pilot“ und geben Sie ihn im Formular frei</translation>
    </message>
    <message>
        <source>Nothing was imported. The registry was changed meanwhile: run the import again (a service that exists by then is updated instead of added).</source>
        <translation>Es wurde nichts importiert. Das Verzeichnis wurde inzwischen geändert: Starten Sie den Import erneut (ein dann schon vorhandener Dienst wird aktualisiert statt neu angelegt).</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it into several files</source>
        <translation>die Datei ist größer als %1 MiB: Teilen Sie sie in mehrere Dateien auf</translation>
    </message>
    <message>
        <source>the registry is the demo of the fictional Musterstadt: say what becomes of its services (--leave-demo retire: they are set to retired, recommended; --leave-demo keep: they stay approved); nothing was changed</source>
        <translation>das Verzeichnis ist das Demo-Verzeichnis der fiktiven Musterstadt: Geben Sie an, was aus seinen Diensten wird (--leave-demo retire: sie werden außer Betrieb genommen, empfohlen; --leave-demo keep: sie bleiben freigegeben); es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>kilotse::SchemaValidator</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>value %1 is not allowed (allowed: %2)</source>
        <translation>der Wert %1 ist nicht zulässig (zulässig: %2)</translation>
    </message>
    <message>
        <source>value %1 is not allowed (expected %2)</source>
        <translation>der Wert %1 ist nicht zulässig (erwartet: %2)</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>der Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>the text needs at least %1 characters</source>
        <translation>der Text braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>der Text hat %1 Zeichen; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>value %1 does not have the required form (pattern %2)</source>
        <translation>der Wert %1 hat nicht die vorgeschriebene Form (Muster %2)</translation>
    </message>
    <message>
        <source>value %1 is out of range (%2 to %3)</source>
        <translation>der Wert %1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>the list needs at least %1 entries, it has %2</source>
        <translation>die Liste braucht mindestens %1 Einträge, sie hat %2</translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed</source>
        <translation>die Liste hat %1 Einträge; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>the object needs at least %1 member(s)</source>
        <translation>das Objekt braucht mindestens %1 Feld(er)</translation>
    </message>
    <message>
        <source>the object has %1 members; at most %2 are allowed</source>
        <translation>das Objekt hat %1 Felder; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (allowed: %2)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (zulässig: %2)</translation>
    </message>
    <message>
        <source>member name: %1</source>
        <translation>Name des Eintrags: %1</translation>
    </message>
</context>
<context>
    <name>kilotse::Service</name>
    <message>
        <source>the field is required</source>
        <translation>das Feld muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>list entries must be non-empty single lines of at most 200 characters without &quot;|&quot;</source>
        <translation>Listeneinträge müssen nicht leer und einzeilig sein, höchstens 200 Zeichen lang und ohne &quot;|&quot;</translation>
    </message>
    <message>
        <source>the highest level is 0, 1 or 2</source>
        <translation>die höchste Stufe ist 0, 1 oder 2</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unbekannter Anwendungsfall &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an approved service needs the date of its next review</source>
        <translation>ein freigegebener Dienst braucht das Datum seiner nächsten Überprüfung</translation>
    </message>
    <message>
        <source>the next review cannot be before the approval date</source>
        <translation>die nächste Überprüfung kann nicht vor dem Freigabedatum liegen</translation>
    </message>
    <message>
        <source>a service cleared for data under a special secrecy law must also be cleared for personal data and for level 2</source>
        <translation>ein für Daten unter besonderem Geheimnisschutz freigegebener Dienst muss auch für personenbezogene Daten und für Schutzstufe 2 freigegeben sein</translation>
    </message>
    <message>
        <source>the address is longer than 500 characters</source>
        <translation>die Adresse ist länger als 500 Zeichen</translation>
    </message>
    <message>
        <source>the address must be a complete URL such as https://ki.example.org</source>
        <translation>die Adresse muss eine vollständige URL sein, etwa https://ki.example.org</translation>
    </message>
    <message>
        <source>the address contains a user name before &quot;@&quot;, which hides the real server %1: give the address without it</source>
        <translation>die Adresse enthält einen Benutzernamen vor „@“, der den tatsächlichen Server %1 verschleiert: Geben Sie die Adresse ohne ihn an</translation>
    </message>
    <message>
        <source>the address must use https:// (an encrypted connection), also in the intranet; http:// is accepted only for this computer (localhost)</source>
        <translation>die Adresse muss https:// verwenden (verschlüsselte Verbindung), auch im Intranet; http:// ist nur für diesen Computer (localhost) erlaubt</translation>
    </message>
    <message>
        <source>the address must be an https:// URL such as https://ki.example.org</source>
        <translation>die Adresse muss eine https://-URL sein, etwa https://ki.example.org</translation>
    </message>
    <message>
        <source>control character %1 at character %2: not allowed in registry text</source>
        <translation>Steuerzeichen %1 an Zeichen %2: im Verzeichnis nicht erlaubt</translation>
    </message>
    <message>
        <source>the name contains the invisible or look-alike character %1 at character %2: use ordinary letters, spaces and the hyphen &quot;-&quot;</source>
        <translation>der Name enthält das unsichtbare oder verwechselbare Zeichen %1 an Zeichen %2: Verwenden Sie gewöhnliche Buchstaben, Leerzeichen und den Bindestrich „-“</translation>
    </message>
</context>
<context>
    <name>kilotse::ServiceIo</name>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet wird ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>value not allowed</source>
        <translation>der Wert ist nicht zulässig</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2</source>
        <translation>erwartet wird 0, 1 oder 2</translation>
    </message>
    <message>
        <source>expected entries id=yes|no|n/a</source>
        <translation>erwartet werden Einträge der Form id=yes|no|n/a</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>expected {&quot;format&quot;: &quot;ki-lotse-registry&quot;, &quot;version&quot;: 1, &quot;services&quot;: [...]}</source>
        <translation>erwartet wird {&quot;format&quot;: &quot;ki-lotse-registry&quot;, &quot;version&quot;: 1, &quot;services&quot;: [...]}</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>es wird nur Version 1 unterstützt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: not a CSV text file</source>
        <translation>die Datei enthält NUL-Bytes: keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation>eine Zelle in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>die Spalte &quot;%1&quot; kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected the field names of an export)</source>
        <translation>unbekannte Spalte &quot;%1&quot; (erwartet werden die Feldnamen eines Exports)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>die Spalte &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>eine Liste (Array) von Zeichenketten</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true oder false (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; (or &quot;&quot; for none)</source>
        <translation>ein Datum „JJJJ-MM-TT“ (oder „“ für keines)</translation>
    </message>
    <message>
        <source>the number 0, 1 or 2 (without quotes)</source>
        <translation>die Zahl 0, 1 oder 2 (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>an object of item ids with &quot;yes&quot;, &quot;no&quot; or &quot;n/a&quot;</source>
        <translation>ein Objekt aus Kriterien-IDs mit „yes“, „no“ oder „n/a“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>list entries must be non-empty and without &quot;|&quot;</source>
        <translation>Listeneinträge dürfen nicht leer sein und kein „|“ enthalten</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected format, version and services)</source>
        <translation>unbekanntes Feld „%1“ (erwartet: format, version und services)</translation>
    </message>
</context>
<context>
    <name>kilotse::TemplateFill</name>
    <message>
        <source>required value &quot;%1&quot; is missing</source>
        <translation>der erforderliche Wert &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a single line; use a multiline field for longer text</source>
        <translation>&quot;%1&quot; erlaubt nur eine Zeile; verwenden Sie für längeren Text ein mehrzeiliges Feld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a number</source>
        <translation>&quot;%1&quot; erwartet eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>&quot;%1&quot; erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>&quot;%1&quot; muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; has no placeholder &quot;%2&quot;</source>
        <translation>die Vorlage &quot;%1&quot; hat keinen Platzhalter &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>kilotse::documents</name>
    <message>
        <source>author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>last modified by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager/in</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>printed by</source>
        <translation>Gedruckt von</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2</source>
        <translation>Tabelle „%1“, Zelle %2</translation>
    </message>
    <message>
        <source>name of sheet “%1”</source>
        <translation>Name der Tabelle „%1“</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>Fußnote</translation>
    </message>
    <message>
        <source>comment on sheet “%1”, cell %2</source>
        <translation>Kommentar in Tabelle „%1“, Zelle %2</translation>
    </message>
    <message>
        <source>comment on page %1</source>
        <translation>Kommentar auf Seite %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>tracked change</source>
        <translation>nachverfolgte Änderung</translation>
    </message>
    <message>
        <source>document property “%1”</source>
        <translation>Dokumenteigenschaft „%1“</translation>
    </message>
    <message>
        <source>mail header “%1”</source>
        <translation>Kopfzeile der E-Mail „%1“</translation>
    </message>
    <message>
        <source>mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>mail text (part %1)</source>
        <translation>E-Mail-Text (Teil %1)</translation>
    </message>
    <message>
        <source>name of attachment “%1”</source>
        <translation>Name des Anhangs „%1“</translation>
    </message>
    <message>
        <source>attachment “%1”</source>
        <translation>Anhang „%1“</translation>
    </message>
    <message>
        <source>page %1 has no text layer (a scan or picture) – not checked</source>
        <translation>Seite %1 hat keine Textebene (Scan oder Bild) – nicht geprüft</translation>
    </message>
    <message>
        <source>the document has no text layer (a scan or pictures only) – not checked</source>
        <translation>das Dokument hat keine Textebene (Scan oder nur Bilder) – nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) – text in pictures is not checked</source>
        <translation>
            <numerusform>%n Bild – Text in Bildern wird nicht geprüft</numerusform>
            <numerusform>%n Bilder – Text in Bildern wird nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>attachment “%1” not checked</source>
        <translation>Anhang „%1“ nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n embedded object(s) – not checked</source>
        <translation>
            <numerusform>%n eingebettetes Objekt – nicht geprüft</numerusform>
            <numerusform>%n eingebettete Objekte – nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” skipped</source>
        <translation>„%1“ übersprungen</translation>
    </message>
    <message>
        <source>the file holds more than %L1 characters of text; at most %L1 can be checked at once – split the file</source>
        <translation>die Datei enthält mehr als %L1 Zeichen Text; höchstens %L1 können auf einmal geprüft werden – teilen Sie die Datei auf</translation>
    </message>
    <message>
        <source>the file has more than %L1 separate pieces of text (cells, paragraphs); split the file</source>
        <translation>die Datei hat mehr als %L1 einzelne Textstücke (Zellen, Absätze); teilen Sie die Datei auf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>attachments nested more than %n level(s) deep are not read</source>
        <translation>
            <numerusform>Anhänge, die mehr als %n Ebene tief verschachtelt sind, werden nicht gelesen</numerusform>
            <numerusform>Anhänge, die mehr als %n Ebenen tief verschachtelt sind, werden nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>not a readable document type</source>
        <translation>kein lesbarer Dokumenttyp</translation>
    </message>
    <message>
        <source>attachment “%1”: %2</source>
        <translation>Anhang „%1“: %2</translation>
    </message>
    <message>
        <source>not a text file in a known encoding (UTF-8, UTF-16, Windows-1252)</source>
        <translation>keine Textdatei in einer bekannten Kodierung (UTF-8, UTF-16, Windows-1252)</translation>
    </message>
    <message>
        <source>character %L1: control character 0x%2 – this is not a text file</source>
        <translation>Zeichen %L1: Steuerzeichen 0x%2 – das ist keine Textdatei</translation>
    </message>
    <message>
        <source>the file is %L1 MB; at most %L2 MB can be checked</source>
        <translation>die Datei ist %L1 MB groß; höchstens %L2 MB können geprüft werden</translation>
    </message>
    <message>
        <source>the Office file is password-protected; remove the protection to check it</source>
        <translation>die Office-Datei ist passwortgeschützt; heben Sie den Schutz auf, um sie zu prüfen</translation>
    </message>
    <message>
        <source>an old Word or Excel file (.doc, .xls) – save it as DOCX or XLSX (or ODT, ODS) to check it</source>
        <translation>eine alte Word- oder Excel-Datei (.doc, .xls) – speichern Sie sie als DOCX oder XLSX (oder ODT, ODS), um sie zu prüfen</translation>
    </message>
    <message>
        <source>a picture – text in pictures cannot be checked</source>
        <translation>ein Bild – Text in Bildern kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>a ZIP archive that is no DOCX, XLSX, ODT or ODS – unpack it and check the files</source>
        <translation>ein ZIP-Archiv, das keine DOCX-, XLSX-, ODT- oder ODS-Datei ist – entpacken Sie es und prüfen Sie die Dateien</translation>
    </message>
    <message>
        <source>not a readable document type (readable: PDF, DOCX, XLSX, ODT, ODS, EML and text)</source>
        <translation>kein lesbarer Dokumenttyp (lesbar: PDF, DOCX, XLSX, ODT, ODS, EML und Text)</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file but a pipe, device or socket</source>
        <translation>keine gewöhnliche Datei, sondern eine Pipe, ein Gerät oder ein Socket</translation>
    </message>
    <message>
        <source>the PDF is too large to be read</source>
        <translation>die PDF-Datei ist zu groß, um gelesen zu werden</translation>
    </message>
    <message>
        <source>the PDF is incomplete (its end is missing) – it was probably cut off while saving or downloading; save it again</source>
        <translation>die PDF-Datei ist unvollständig (ihr Ende fehlt) – sie wurde wohl beim Speichern oder Herunterladen abgeschnitten; speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or not a PDF) – open and save it again</source>
        <translation>die PDF-Datei kann nicht gelesen werden (beschädigt oder keine PDF-Datei) – öffnen und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the protection or check it unencrypted</source>
        <translation>die PDF-Datei ist passwortgeschützt; heben Sie den Schutz auf oder prüfen Sie sie unverschlüsselt</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>die PDF-Datei hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF has %L1 pages; at most %L2 can be checked at once – split the file</source>
        <translation>die PDF-Datei hat %L1 Seiten; höchstens %L2 können auf einmal geprüft werden – teilen Sie die Datei auf</translation>
    </message>
    <message>
        <source>the e-mail has more than %L1 MIME parts</source>
        <translation>die E-Mail hat mehr als %L1 MIME-Teile</translation>
    </message>
    <message>
        <source>MIME part %1: multipart parts nested more than %L2 levels deep</source>
        <translation>MIME-Teil %1: Multipart-Teile mehr als %L2 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the content is encrypted (OpenPGP or S/MIME)</source>
        <translation>der Inhalt ist verschlüsselt (OpenPGP oder S/MIME)</translation>
    </message>
    <message>
        <source>MIME part %1</source>
        <translation>MIME-Teil %1</translation>
    </message>
    <message>
        <source>the attached e-mail cannot be decoded</source>
        <translation>die angehängte E-Mail kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>MIME part %1 cannot be decoded</source>
        <translation>MIME-Teil %1 kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the e-mail cannot be read into memory</source>
        <translation>die E-Mail kann nicht in den Speicher gelesen werden</translation>
    </message>
    <message>
        <source>not an e-mail: it does not start with header lines (From:, To:, Subject: …)</source>
        <translation>keine E-Mail: sie beginnt nicht mit Kopfzeilen (From:, To:, Subject: …)</translation>
    </message>
    <message>
        <source>the ZIP container is damaged or truncated (its table of contents cannot be read)</source>
        <translation>der ZIP-Container ist beschädigt oder abgeschnitten (sein Inhaltsverzeichnis kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>the ZIP container has %L1 entries; at most %L2 can be read</source>
        <translation>der ZIP-Container hat %L1 Einträge; höchstens %L2 können gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP container has more than %L1 entries; at most %L1 can be read</source>
        <translation>der ZIP-Container hat mehr als %L1 Einträge; höchstens %L1 können gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP container is damaged: entry %L1 of its table of contents cannot be read</source>
        <translation>der ZIP-Container ist beschädigt: Eintrag %L1 seines Inhaltsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP container is damaged: its table of contents ends after %L1 entries</source>
        <translation>der ZIP-Container ist beschädigt: sein Inhaltsverzeichnis endet nach %L1 Einträgen</translation>
    </message>
    <message>
        <source>the entry %1 is missing from the ZIP container</source>
        <translation>der Eintrag %1 fehlt im ZIP-Container</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted (password-protected); remove the protection to check the file</source>
        <translation>der Eintrag %1 ist verschlüsselt (passwortgeschützt); heben Sie den Schutz auf, um die Datei zu prüfen</translation>
    </message>
    <message>
        <source>the entry %1 uses compression method %2, which cannot be read</source>
        <translation>der Eintrag %1 verwendet die Kompressionsmethode %2, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>the entry %1 unpacks to more than %L2 bytes from %L3 compressed bytes – a ZIP bomb is not read</source>
        <translation>der Eintrag %1 wird aus %L3 gepackten Bytes zu mehr als %L2 Bytes entpackt – eine ZIP-Bombe wird nicht gelesen</translation>
    </message>
    <message>
        <source>the entries of the ZIP container unpack to more than %L1 MB (at entry %2) – a ZIP bomb is not read</source>
        <translation>die Einträge des ZIP-Containers werden zu mehr als %L1 MB entpackt (bei Eintrag %2) – eine ZIP-Bombe wird nicht gelesen</translation>
    </message>
    <message>
        <source>the entry %1 of the ZIP container is damaged</source>
        <translation>der Eintrag %1 des ZIP-Containers ist beschädigt</translation>
    </message>
    <message>
        <source>checksum error in entry %1 – the file is damaged</source>
        <translation>Prüfsummenfehler in Eintrag %1 – die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the entry %1 is damaged or truncated (ZIP error %2)</source>
        <translation>der Eintrag %1 ist beschädigt oder abgeschnitten (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the entry %1 is damaged or truncated</source>
        <translation>der Eintrag %1 ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>XML with a document type declaration (DTD) in entry %1 – not read (entity expansion)</source>
        <translation>XML mit einer Dokumenttyp-Deklaration (DTD) in Eintrag %1 – nicht gelesen (Entity-Expansion)</translation>
    </message>
    <message>
        <source>the XML in entry %1 is nested more than %L2 levels deep (line %L3)</source>
        <translation>das XML in Eintrag %1 ist mehr als %L2 Ebenen tief verschachtelt (Zeile %L3)</translation>
    </message>
    <message>
        <source>XML with an entity reference in entry %1, line %L2 – not read</source>
        <translation>XML mit einer Entity-Referenz in Eintrag %1, Zeile %L2 – nicht gelesen</translation>
    </message>
    <message>
        <source>malformed XML in entry %1, line %L2: %3</source>
        <translation>fehlerhaftes XML in Eintrag %1, Zeile %L2: %3</translation>
    </message>
    <message>
        <source>the Word document has no main part (entry word/document.xml is missing)</source>
        <translation>das Word-Dokument hat keinen Hauptteil (der Eintrag word/document.xml fehlt)</translation>
    </message>
    <message>
        <source>the Excel workbook has no main part (entry xl/workbook.xml is missing)</source>
        <translation>die Excel-Arbeitsmappe hat keinen Hauptteil (der Eintrag xl/workbook.xml fehlt)</translation>
    </message>
    <message>
        <source>the part of sheet “%1” is missing (entry %2)</source>
        <translation>der Teil der Tabelle „%1“ fehlt (Eintrag %2)</translation>
    </message>
    <message>
        <source>the OpenDocument file is password-protected; remove the protection to check it</source>
        <translation>die OpenDocument-Datei ist passwortgeschützt; heben Sie den Schutz auf, um sie zu prüfen</translation>
    </message>
    <message>
        <source>the OpenDocument file has no content (entry content.xml is missing)</source>
        <translation>die OpenDocument-Datei hat keinen Inhalt (der Eintrag content.xml fehlt)</translation>
    </message>
    <message>
        <source>cells repeated more than %L1 times in all are not read again (they repeat the same text)</source>
        <translation>Zellen, die insgesamt mehr als %L1-mal wiederholt werden, werden nicht erneut gelesen (sie wiederholen denselben Text)</translation>
    </message>
    <message>
        <source>repeated cells</source>
        <translation>wiederholte Zellen</translation>
    </message>
    <message>
        <source>an Outlook message (.msg) – save it as an .eml file or print it to PDF to check it</source>
        <translation>eine Outlook-Nachricht (.msg) – speichern Sie sie als .eml-Datei oder drucken Sie sie als PDF, um sie zu prüfen</translation>
    </message>
</context>
<context>
    <name>kilotse::json</name>
    <message>
        <source>the file contains a NUL byte (binary data, not a JSON text file)</source>
        <translation>die Datei enthält ein NUL-Byte (Binärdaten, keine JSON-Textdatei)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is not allowed</source>
        <translation>eine Verschachtelung tiefer als %1 Ebenen ist nicht zulässig</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 bytes are accepted</source>
        <translation>die Datei ist %1 Byte groß; zulässig sind höchstens %2 Byte</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a value cannot be represented (for example a number that is too large)</source>
        <translation>ein Wert lässt sich nicht darstellen (zum Beispiel eine zu große Zahl)</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>the member name appears twice in the same object</source>
        <translation>der Feldname kommt im selben Objekt doppelt vor</translation>
    </message>
</context>
</TS>
