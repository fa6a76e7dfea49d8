<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>kilotse::AnswersFile</name>
    <message>
        <source>expected an object {"use_case": ..., "answers": {...}}</source>
        <translation>erwartet wird ein Objekt {"use_case": ..., "answers": {...}}</translation>
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
        <source>expected a string (an option id such as "yes", "no" or "unsure")</source>
        <translation>erwartet wird ein Text (eine Options-ID wie "yes", "no" oder "unsure")</translation>
    </message>
    <message>
        <source>unknown field "%1" (allowed: use_case, answers, comment)</source>
        <translation>unbekanntes Feld "%1" (zulässig: use_case, answers, comment)</translation>
    </message>
    <message>
        <source>required field "answers" is missing</source>
        <translation>das Pflichtfeld "answers" fehlt</translation>
    </message>
</context>
<context>
    <name>kilotse::Classifier</name>
    <message>
        <source>the use case is missing (one of: %1)</source>
        <translation>der Anwendungsfall fehlt (möglich: %1)</translation>
    </message>
    <message>
        <source>unknown use case "%1" (one of: %2)</source>
        <translation>unbekannter Anwendungsfall "%1" (möglich: %2)</translation>
    </message>
    <message>
        <source>missing answer to question "%1"</source>
        <translation>die Antwort auf Frage "%1" fehlt</translation>
    </message>
    <message>
        <source>"%1" is not an option of question "%2" (options: %3)</source>
        <translation>"%1" ist keine Option der Frage "%2" (Optionen: %3)</translation>
    </message>
    <message>
        <source>unknown question "%1" in this policy pack</source>
        <translation>unbekannte Frage "%1" in diesem Regelwerk</translation>
    </message>
</context>
<context>
    <name>kilotse::Config</name>
    <message>
        <source>expected true or false, found "%1"</source>
        <translation>erwartet wird true oder false, gefunden wurde "%1"</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>"%1" ist keiner der zulässigen Werte: %2</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>"%1" is a relative path; give the full path</source>
        <translation>"%1" ist ein relativer Pfad; bitte geben Sie den vollständigen Pfad an</translation>
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
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB and is ignored</source>
        <translation>die Datei ist größer als 1 MB und wird ignoriert</translation>
    </message>
    <message>
        <source>the file is not a valid settings file (INI format) and is ignored</source>
        <translation>die Datei ist keine gültige Einstellungsdatei (INI-Format) und wird ignoriert</translation>
    </message>
    <message>
        <source>only the system file can lock settings; ignored</source>
        <translation>nur die Systemdatei darf Einstellungen sperren; wird ignoriert</translation>
    </message>
    <message>
        <source>unknown setting "%1" cannot be locked</source>
        <translation>die unbekannte Einstellung "%1" kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>unknown setting; ignored</source>
        <translation>unbekannte Einstellung; wird ignoriert</translation>
    </message>
    <message>
        <source>unknown setting "%1"</source>
        <translation>unbekannte Einstellung "%1"</translation>
    </message>
    <message>
        <source>"%1" is set by your IT department and cannot be changed</source>
        <translation>"%1" wird von Ihrer IT-Abteilung festgelegt und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
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
        <source>duplicate scenario id "%1"</source>
        <translation>doppelte Szenario-ID "%1"</translation>
    </message>
    <message>
        <source>unknown source document "%1" (not listed in the sources file)</source>
        <translation>unbekanntes Quelldokument "%1" (nicht in der Quellendatei aufgeführt)</translation>
    </message>
    <message>
        <source>level %1 is not defined in the classification file</source>
        <translation>die Stufe %1 ist in der Einstufungsdatei nicht definiert</translation>
    </message>
    <message>
        <source>unknown use case "%1"</source>
        <translation>unbekannter Anwendungsfall "%1"</translation>
    </message>
    <message>
        <source>unknown question "%1"</source>
        <translation>unbekannte Frage "%1"</translation>
    </message>
    <message>
        <source>question "%1" has no option "%2" (options: %3)</source>
        <translation>die Frage "%1" hat keine Option "%2" (Optionen: %3)</translation>
    </message>
    <message>
        <source>the answer to "%1" is missing (a scenario answers every question)</source>
        <translation>die Antwort auf "%1" fehlt (ein Szenario beantwortet jede Frage)</translation>
    </message>
    <message>
        <source>with the files this pack replaces, %1</source>
        <translation>mit den Dateien, die dieses Regelwerk ersetzt: %1</translation>
    </message>
    <message>
        <source>%1 refers to the unknown question "%2"</source>
        <translation>%1 verweist auf die unbekannte Frage "%2"</translation>
    </message>
    <message>
        <source>%1 refers to the unknown option "%2" of "%3"</source>
        <translation>%1 verweist auf die unbekannte Option "%2" von "%3"</translation>
    </message>
    <message>
        <source>%1 refers to the unknown use case "%2"</source>
        <translation>%1 verweist auf den unbekannten Anwendungsfall "%2"</translation>
    </message>
    <message>
        <source>classification rule "%1"</source>
        <translation>die Einstufungsregel "%1"</translation>
    </message>
    <message>
        <source>guidance rule "%1"</source>
        <translation>die Hinweisregel "%1"</translation>
    </message>
    <message>
        <source>guidance rule "%1" refers to the unknown level %2</source>
        <translation>die Hinweisregel "%1" verweist auf die unbekannte Stufe %2</translation>
    </message>
    <message>
        <source>template "%1" refers to the unknown use case "%2"</source>
        <translation>die Vorlage "%1" verweist auf den unbekannten Anwendungsfall "%2"</translation>
    </message>
    <message>
        <source>"counts_as" must name another option of this question; "%1" is not one (options: %2)</source>
        <translation>"counts_as" muss eine andere Option dieser Frage nennen; "%1" ist keine (Optionen: %2)</translation>
    </message>
    <message>
        <source>"counts_as" must not point to an option that itself counts as another</source>
        <translation>"counts_as" darf nicht auf eine Option verweisen, die selbst als eine andere gilt</translation>
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
        <source>level %1 is not defined in "levels"</source>
        <translation>die Stufe %1 ist nicht in "levels" definiert</translation>
    </message>
    <message>
        <source>the rule has no effect: give a level, "escalate": true or "blocked": true</source>
        <translation>die Regel bewirkt nichts: geben Sie eine Stufe, "escalate": true oder "blocked": true an</translation>
    </message>
    <message>
        <source>unknown area "%1" (not listed in "areas")</source>
        <translation>unbekannter Bereich "%1" (nicht in "areas" aufgeführt)</translation>
    </message>
    <message>
        <source>malformed placeholder "%1" (write {{name}} with a lowercase name)</source>
        <translation>fehlerhafter Platzhalter "%1" (schreiben Sie {{name}} mit einem kleingeschriebenen Namen)</translation>
    </message>
    <message>
        <source>the prompt uses {{%1}}, which is not declared in "placeholders"</source>
        <translation>der Prompt verwendet {{%1}}, das nicht in "placeholders" deklariert ist</translation>
    </message>
    <message>
        <source>placeholder "%1" is declared but the prompt never uses {{%1}}</source>
        <translation>der Platzhalter "%1" ist deklariert, aber der Prompt verwendet {{%1}} nirgends</translation>
    </message>
    <message>
        <source>unknown question "%1" (questions: %2)</source>
        <translation>unbekannte Frage "%1" (Fragen: %2)</translation>
    </message>
    <message>
        <source>category "%1" is missing</source>
        <translation>die Kategorie "%1" fehlt</translation>
    </message>
    <message>
        <source>the wording must contain %1 where the cue or name is inserted</source>
        <translation>die Formulierung muss %1 an der Stelle enthalten, an der das Signalwort oder der Name eingesetzt wird</translation>
    </message>
    <message>
        <source>a choice placeholder needs "choices"</source>
        <translation>ein Auswahl-Platzhalter braucht "choices"</translation>
    </message>
    <message>
        <source>"choices" is only allowed for type "choice"</source>
        <translation>"choices" ist nur beim Typ "choice" zulässig</translation>
    </message>
    <message>
        <source>"min"/"max" are only allowed for type "number"</source>
        <translation>"min"/"max" sind nur beim Typ "number" zulässig</translation>
    </message>
    <message>
        <source>"min" is greater than "max"</source>
        <translation>"min" ist größer als "max"</translation>
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
        <source>malformed placeholder "%1"</source>
        <translation>fehlerhafter Platzhalter "%1"</translation>
    </message>
    <message>
        <source>a condition is exactly one of: {"question", "is"}, {"use_case"}, {"all"}, {"any"} or {"not"}</source>
        <translation>eine Bedingung hat genau eine dieser Formen: {"question", "is"}, {"use_case"}, {"all"}, {"any"} oder {"not"}</translation>
    </message>
    <message>
        <source>duplicate %1 id "%2"</source>
        <translation>doppelte ID "%2" (%1)</translation>
    </message>
    <message>
        <source>the policy folder does not exist or is not a folder</source>
        <translation>der Ordner des Regelwerks existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>unknown base pack "%1" (a pack can only extend the bundled pack "%2")</source>
        <translation>unbekanntes Basis-Regelwerk "%1" (ein Regelwerk kann nur das mitgelieferte Regelwerk "%2" erweitern)</translation>
    </message>
    <message>
        <source>required field "%1" is missing (only a pack with "extends" may leave it out)</source>
        <translation>das Pflichtfeld "%1" fehlt (nur ein Regelwerk mit "extends" darf es weglassen)</translation>
    </message>
    <message>
        <source>the file is listed for "%1" in the manifest but says "%2"</source>
        <translation>die Datei ist im Manifest für "%1" eingetragen, gibt aber "%2" an</translation>
    </message>
    <message>
        <source>expected the translated text (a non-empty string)</source>
        <translation>erwartet wird der übersetzte Text (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>the translation must keep the placeholders of the text (%1)</source>
        <translation>die Übersetzung muss die Platzhalter des Textes beibehalten (%1)</translation>
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
        <source>required field "%1" is missing</source>
        <translation>das Pflichtfeld "%1" fehlt</translation>
    </message>
    <message>
        <source>unknown field "%1" (allowed: %2)</source>
        <translation>unbekanntes Feld "%1" (zulässig: %2)</translation>
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
        <source>list entries must be non-empty single lines of at most 200 characters without "|"</source>
        <translation>Listeneinträge müssen nicht leer und einzeilig sein, höchstens 200 Zeichen lang und ohne "|"</translation>
    </message>
    <message>
        <source>the highest level is 0, 1 or 2</source>
        <translation>die höchste Stufe ist 0, 1 oder 2</translation>
    </message>
    <message>
        <source>the address must be an http(s) URL such as https://ki.example.org</source>
        <translation>die Adresse muss eine http(s)-URL sein, zum Beispiel https://ki.example.org</translation>
    </message>
    <message>
        <source>unknown use case "%1"</source>
        <translation>unbekannter Anwendungsfall "%1"</translation>
    </message>
    <message>
        <source>an approved service needs the date of its next review</source>
        <translation>ein freigegebener Dienst braucht das Datum seiner nächsten Überprüfung</translation>
    </message>
    <message>
        <source>the next review cannot be before the approval date</source>
        <translation>die nächste Überprüfung kann nicht vor dem Freigabedatum liegen</translation>
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
        <source>expected {"format": "ki-lotse-registry", "version": 1, "services": [...]}</source>
        <translation>erwartet wird {"format": "ki-lotse-registry", "version": 1, "services": [...]}</translation>
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
        <source>wrong kind of value for "%1"</source>
        <translation>der Wert für "%1" hat den falschen Typ</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>unbekanntes Feld "%1"</translation>
    </message>
    <message>
        <source>required field "%1" is missing</source>
        <translation>das Pflichtfeld "%1" fehlt</translation>
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
        <source>column "%1" appears twice</source>
        <translation>die Spalte "%1" kommt doppelt vor</translation>
    </message>
    <message>
        <source>unknown column "%1" (expected the field names of an export)</source>
        <translation>unbekannte Spalte "%1" (erwartet werden die Feldnamen eines Exports)</translation>
    </message>
    <message>
        <source>column "%1" is missing</source>
        <translation>die Spalte "%1" fehlt</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile %2</translation>
    </message>
</context>
<context>
    <name>kilotse::TemplateFill</name>
    <message>
        <source>required value "%1" is missing</source>
        <translation>der erforderliche Wert "%1" fehlt</translation>
    </message>
    <message>
        <source>"%1" takes a single line; use a multiline field for longer text</source>
        <translation>"%1" erlaubt nur eine Zeile; verwenden Sie für längeren Text ein mehrzeiliges Feld</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters</source>
        <translation>"%1" ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>"%1" expects a number</source>
        <translation>"%1" erwartet eine Zahl</translation>
    </message>
    <message>
        <source>"%1" must be between %2 and %3</source>
        <translation>"%1" muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>"%1" expects a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>"%1" erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>"%1" must be one of: %2</source>
        <translation>"%1" muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>template "%1" has no placeholder "%2"</source>
        <translation>die Vorlage "%1" hat keinen Platzhalter "%2"</translation>
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
