<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckHistory</name>
    <message>
        <source>Der Ordner %1 kann nicht angelegt werden.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Der Verlauf kann nicht gespeichert werden: %1</source>
        <translation>The history cannot be saved: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diesen Eintrag gibt es nicht (mehr).</source>
        <translation>This entry does not exist (any more).</translation>
    </message>
    <message>
        <source>Der Eintrag kann nicht gelöscht werden: %1</source>
        <translation>The entry cannot be deleted: %1</translation>
    </message>
    <message>
        <source>Der Eintrag %1 kann nicht gelöscht werden: %2</source>
        <translation>The entry %1 cannot be deleted: %2</translation>
    </message>
</context>
<context>
    <name>CheckRecord</name>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Protection level %1</translation>
    </message>
    <message>
        <source>internal error while checking the file: %1</source>
        <translation>internal error while checking the file: %1</translation>
    </message>
    <message>
        <source>not a date and time in ISO 8601 form (e.g. 2026-11-22T10:15:00+01:00)</source>
        <translation>not a date and time in ISO 8601 form (e.g. 2026-11-22T10:15:00+01:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category id (e.g. EMAIL, IBAN)</source>
        <translation>&quot;%1&quot; is not a category id (e.g. EMAIL, IBAN)</translation>
    </message>
    <message>
        <source>expected a count (a whole number from 0)</source>
        <translation>expected a count (a whole number from 0)</translation>
    </message>
    <message>
        <source>Den Anwendungsfall „%1“ gibt es im aktuellen Regelwerk nicht mehr.</source>
        <translation>The use case “%1” no longer exists in the current policy pack.</translation>
    </message>
    <message>
        <source>Die Frage „%1“ gibt es im aktuellen Regelwerk nicht mehr.</source>
        <translation>The question “%1” no longer exists in the current policy pack.</translation>
    </message>
    <message>
        <source>Die Antwort „%1“ auf „%2“ ist im aktuellen Regelwerk nicht mehr vorgesehen.</source>
        <translation>The answer “%1” to “%2” is no longer an option in the current policy pack.</translation>
    </message>
    <message>
        <source>Die Frage „%1“ ist inzwischen anders formuliert; bitte prüfen Sie, ob Ihre Antwort noch passt.</source>
        <translation>The question “%1” has since been reworded; please check whether your answer still fits.</translation>
    </message>
    <message>
        <source>Neue Frage ohne Antwort: „%1“.</source>
        <translation>New question without an answer: “%1”.</translation>
    </message>
    <message>
        <source>Nicht zulässig</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>%1 – Rücksprache erforderlich</source>
        <translation>%1 – consultation required</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>invalid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice at the top level</source>
        <translation>the key &quot;%1&quot; appears twice at the top level</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in %2</source>
        <translation>the key &quot;%1&quot; appears twice in %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>(unbekannt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Der Vermerk wurde nach dem Erstellen verändert: Seine Prüfsumme passt nicht zum Inhalt. Angezeigt wird der veränderte Inhalt.</source>
        <translation>The record was changed after it was created: its checksum does not match its content. The changed content is shown.</translation>
    </message>
    <message>
        <source>Erstellt von einer neueren Version von KI-Lotse (Formatversion %1); angezeigt, soweit verstanden.</source>
        <translation>Created by a newer version of KI-Lotse (format version %1); shown as far as understood.</translation>
    </message>
    <message>
        <source>Nicht verstandene Angaben: %1</source>
        <translation>Entries not understood: %1</translation>
    </message>
    <message numerus="yes">
        <source> und %n weitere</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Der Vermerk stammt aus einer älteren Version von KI-Lotse und hat keine Prüfsumme; ob er nachträglich verändert wurde, lässt sich nicht erkennen.</source>
        <translation>The record comes from an older version of KI-Lotse and has no checksum; whether it was changed afterwards cannot be determined.</translation>
    </message>
    <message>
        <source>the record is larger than %1 bytes (1 MiB); reading stopped at byte %1</source>
        <translation>the record is larger than %1 bytes (1 MiB); reading stopped at byte %1</translation>
    </message>
    <message>
        <source>the record has format version %1.%2; this version of KI-Lotse reads format version %3.x only – please open it with a newer version of KI-Lotse</source>
        <translation>the record has format version %1.%2; this version of KI-Lotse reads format version %3.x only – please open it with a newer version of KI-Lotse</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is answered twice (also in /answers/%2)</source>
        <translation>the question &quot;%1&quot; is answered twice (also in /answers/%2)</translation>
    </message>
    <message>
        <source>Das Regelwerk %1 %2 wurde seit dem Vermerk verändert (Prüfsumme damals %3, heute %4).</source>
        <translation>The policy pack %1 %2 has been changed since the record was made (checksum then %3, now %4).</translation>
    </message>
    <message>
        <source>Das Regelwerk hat sich geändert: damals %1 %2, heute %3 %4.</source>
        <translation>The policy pack has changed: then %1 %2, now %3 %4.</translation>
    </message>
</context>
<context>
    <name>CheckWizard</name>
    <message>
        <source>Prüfung einer geplanten KI-Nutzung</source>
        <translation>Checking a planned use of AI</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Fortschritt der Prüfung</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Zur vorigen Frage (Alt+Pfeil links)</source>
        <translation>Go to the previous question (Alt+Left Arrow)</translation>
    </message>
    <message>
        <source>Antworten &amp;ändern</source>
        <translation>&amp;Change answers</translation>
    </message>
    <message>
        <source>Zurück zur ersten Frage, Antworten bleiben erhalten</source>
        <translation>Back to the first question; your answers are kept</translation>
    </message>
    <message>
        <source>&amp;Neue Prüfung</source>
        <translation>Ne&amp;w check</translation>
    </message>
    <message>
        <source>Alle Antworten verwerfen und von vorn beginnen</source>
        <translation>Discard all answers and start again</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>Zur nächsten Frage (Eingabetaste oder Alt+Pfeil rechts)</source>
        <translation>Go to the next question (Enter or Alt+Right Arrow)</translation>
    </message>
</context>
<context>
    <name>Demos</name>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Protection level %1</translation>
    </message>
    <message>
        <source>, Rücksprache</source>
        <translation>, consultation</translation>
    </message>
    <message>
        <source>, nicht zulässig</source>
        <translation>, not permitted</translation>
    </message>
    <message>
        <source>Die Antworten passen nicht zum Fragebogen: %1</source>
        <translation>The answers do not match the questionnaire: %1</translation>
    </message>
    <message>
        <source>erwartet: %1; nach dem Regelwerk: %2</source>
        <translation>expected: %1; according to the policy pack: %2</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <source>Angaben zum Ergebnis</source>
        <translation>Details of the result</translation>
    </message>
    <message>
        <source>&amp;Werkzeug:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <source>z. B. interner KI-Assistent</source>
        <translation>e.g. internal AI assistant</translation>
    </message>
    <message>
        <source>Werkzeug</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>&amp;Modell (falls bekannt):</source>
        <translation>&amp;Model (if known):</translation>
    </message>
    <message>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Anteil der KI:</source>
        <translation>&amp;AI contribution:</translation>
    </message>
    <message>
        <source>Anteil der KI</source>
        <translation>AI contribution</translation>
    </message>
    <message>
        <source>&amp;Geprüft von:</source>
        <translation>Checked &amp;by:</translation>
    </message>
    <message>
        <source>Geprüft von</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Empfänger:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Der Text informiert die Öffentlichkeit über Angelegenheiten von öffentlichem Interesse</source>
        <translation>The text informs the public about matters of public interest</translation>
    </message>
    <message>
        <source>Der Text informiert die Öffentlichkeit über Angelegenheiten von öffentlichem Interesse, z. B. Pressemitteilung, Bekanntmachung, Bericht auf der Website.</source>
        <translation>The text informs the public about matters of public interest, e.g. a press release, public notice or report on the website.</translation>
    </message>
    <message>
        <source>S&amp;prache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Sprache des Hinweises</source>
        <translation>Language of the label</translation>
    </message>
    <message>
        <source>Formate des Transparenzhinweises</source>
        <translation>Transparency label formats</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopiert das angezeigte Format in die Zwischenablage</source>
        <translation>Copies the displayed format to the clipboard</translation>
    </message>
    <message>
        <source>Name oder Version des KI-Modells; das Feld darf leer bleiben.</source>
        <translation>Name or version of the AI model; this field may be left empty.</translation>
    </message>
    <message>
        <source>Wie stark die KI am Ergebnis beteiligt war; davon hängt der Wortlaut des Hinweises ab.</source>
        <translation>How much the AI contributed to the result; the wording of the label depends on this.</translation>
    </message>
    <message>
        <source>Datum, das im Hinweis genannt wird; mit den Pfeiltasten ändern Sie Tag, Monat und Jahr.</source>
        <translation>Date given in the label; use the arrow keys to change the day, month and year.</translation>
    </message>
    <message>
        <source>Sprache, in der der Hinweis formuliert wird.</source>
        <translation>Language in which the label is written.</translation>
    </message>
    <message>
        <source>Art des &amp;Inhalts:</source>
        <translation>Type of &amp;content:</translation>
    </message>
    <message>
        <source>Art des Inhalts</source>
        <translation>Type of content</translation>
    </message>
    <message>
        <source>Text, Bild, Tonaufnahme oder Video; für Bilder, Ton und Video gelten die Regeln zu Deepfakes.</source>
        <translation>Text, image, audio recording or video; images, audio and video are subject to the rules on deep fakes.</translation>
    </message>
    <message>
        <source>Deep&amp;fake (wirkt echt)</source>
        <translation>Deep &amp;fake (looks real)</translation>
    </message>
    <message>
        <source>Der Inhalt ähnelt echten Personen, Orten, Gegenständen oder Ereignissen und könnte fälschlich für echt gehalten werden (Art. 3 Nr. 60 KI-VO).</source>
        <translation>The content resembles real persons, places, objects or events and could falsely be taken for real (Art. 3(60) AI Act).</translation>
    </message>
    <message>
        <source>Der Inhalt ähnelt echten Personen, Orten, Gegenständen oder Ereignissen und könnte fälschlich für echt gehalten werden.</source>
        <translation>The content resembles real persons, places, objects or events and could falsely be taken for real.</translation>
    </message>
    <message>
        <source>Künstlerisch oder sati&amp;risch</source>
        <translation>Artistic or sati&amp;rical</translation>
    </message>
    <message>
        <source>Der Deepfake gehört offensichtlich zu einem künstlerischen, kreativen, satirischen oder fiktionalen Werk.</source>
        <translation>The deep fake is evidently part of an artistic, creative, satirical or fictional work.</translation>
    </message>
    <message>
        <source>Deepfake: Bild, Ton oder Video ähnelt echten Personen, Orten, Gegenständen oder Ereignissen und könnte für echt gehalten werden. Dann ist die Kennzeichnung immer Pflicht.</source>
        <translation>Deep fake: the image, audio or video resembles real persons, places, objects or events and could be taken for real. Then labelling is always required.</translation>
    </message>
    <message>
        <source>Funktion, z. B. Pressestelle (leer = nicht geprüft)</source>
        <translation>Function, e.g. press office (empty = not reviewed)</translation>
    </message>
    <message>
        <source>Ob der Inhalt intern bleibt, an einzelne Empfänger geht oder veröffentlicht wird; davon hängt die Kennzeichnungspflicht ab.</source>
        <translation>Whether the content stays internal, goes to individual recipients or is published; the labelling duty depends on it.</translation>
    </message>
    <message>
        <source>Öffentliches Interes&amp;se</source>
        <translation>Public intere&amp;st</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KI-Lotse</source>
        <translation>KI-Lotse</translation>
    </message>
    <message>
        <source>Warnhinweis zum Regelwerk</source>
        <translation>Policy pack warning</translation>
    </message>
    <message>
        <source>&amp;Details …</source>
        <translation>D&amp;etails …</translation>
    </message>
    <message>
        <source>Zeigt alle Fehler des abgelehnten Regelwerks</source>
        <translation>Shows all errors in the rejected policy pack</translation>
    </message>
    <message>
        <source>Bereiche von KI-Lotse</source>
        <translation>Areas of KI-Lotse</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Neue Prüfung</source>
        <translation>&amp;New check</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Regelwerk …</source>
        <translation>&amp;Policy pack …</translation>
    </message>
    <message>
        <source>Über &amp;KI-Lotse …</source>
        <translation>&amp;About KI-Lotse …</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Das PDF kann nicht erstellt werden: %1 (Paket fonts-dejavu-core)</source>
        <translation>The PDF cannot be created: %1 (package fonts-dejavu-core)</translation>
    </message>
    <message>
        <source>Das PDF kann nicht erstellt werden: die Schrift hat weder „�“ noch „?“.</source>
        <translation>The PDF cannot be created: the font has neither “�” nor “?”.</translation>
    </message>
    <message>
        <source>Die Schrift %1 kann nicht gelesen werden: %2</source>
        <translation>The font %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Die Schrift %1 ist zu groß (über 64 MiB).</source>
        <translation>The font %1 is too large (over 64 MiB).</translation>
    </message>
    <message>
        <source>Die Schrift %1 ist beschädigt oder keine TrueType-Schrift (%2).</source>
        <translation>The font %1 is damaged or not a TrueType font (%2).</translation>
    </message>
    <message>
        <source>Die Schrift %1 erlaubt das Einbetten nicht.</source>
        <translation>The font %1 does not permit embedding.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Ihre Antwort</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Hilfe zur Frage</source>
        <translation>Help on this question</translation>
    </message>
</context>
<context>
    <name>RecordRender</name>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Überprüfung überfällig</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>Prüfvermerk zur Nutzung generativer KI</source>
        <translation>Check record for the use of generative AI</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geprüft von</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>(nicht angegeben)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Anwendungsfall</source>
        <translation>Use case</translation>
    </message>
    <message>
        <source>%1, Version %2 (%3)</source>
        <translation>%1, version %2 (%3)</translation>
    </message>
    <message>
        <source>Regelwerk</source>
        <translation>Policy pack</translation>
    </message>
    <message>
        <source>(unbekannt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>SHA-256 des Regelwerks</source>
        <translation>SHA-256 of the policy pack</translation>
    </message>
    <message>
        <source>KI-Lotse %1</source>
        <translation>KI-Lotse %1</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Keine Regel hat eine höhere Stufe verlangt; es gilt die Grundstufe des Regelwerks.</source>
        <translation>No rule required a higher level; the base level of the policy pack applies.</translation>
    </message>
    <message>
        <source> · Regel %1</source>
        <translation> · Rule %1</translation>
    </message>
    <message>
        <source>Fragen und Antworten</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Freigegebene KI-Dienste</source>
        <translation>Approved AI services</translation>
    </message>
    <message>
        <source>Keine – die Nutzung ist nicht zulässig.</source>
        <translation>None – the use is not permitted.</translation>
    </message>
    <message>
        <source>Das Verzeichnis der KI-Dienste war nicht verfügbar%1. Welche Dienste freigegeben sind, erfahren Sie bei der oder dem KI-Beauftragten.</source>
        <translation>The AI service registry was not available%1. Your AI officer can tell you which services are approved.</translation>
    </message>
    <message>
        <source>Hinweis: Angaben aus dem Beispielverzeichnis „Musterstadt“, nicht aus dem Verzeichnis Ihrer Verwaltung.</source>
        <translation>Note: details from the “Musterstadt” sample registry, not from your administration’s registry.</translation>
    </message>
    <message>
        <source>Für diese Prüfung ist kein Dienst freigegeben.</source>
        <translation>No service is approved for this check.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> – freigegeben bis Schutzstufe %1; Datensatz Nr. %2, Version %3</source>
        <translation> – approved up to protection level %1; entry no. %2, version %3</translation>
    </message>
    <message>
        <source> (Hinweis: %1)</source>
        <translation> (Note: %1)</translation>
    </message>
    <message>
        <source>Zu beachtende Regeln</source>
        <translation>Rules to follow</translation>
    </message>
    <message>
        <source>Keine.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transparenzhinweis</source>
        <translation>Transparency label</translation>
    </message>
    <message>
        <source>Für diesen Vermerk wurde kein Transparenzhinweis ausgewählt.</source>
        <translation>No transparency label was selected for this record.</translation>
    </message>
    <message>
        <source>Prüfung des Entwurfs</source>
        <translation>Draft check</translation>
    </message>
    <message>
        <source>Der Entwurf wurde nicht mit KI-Lotse geprüft.</source>
        <translation>The draft was not checked with KI-Lotse.</translation>
    </message>
    <message>
        <source>Der Entwurf wurde geprüft; es wurden keine personenbezogenen Daten oder Geheimhaltungsvermerke gefunden.</source>
        <translation>The draft was checked; no personal data or confidentiality markings were found.</translation>
    </message>
    <message numerus="yes">
        <source>%n Fund(e)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Der Text des Entwurfs ist nicht Teil dieses Vermerks; festgehalten ist nur, wie viele Funde welcher Art die Prüfung ergab.</source>
        <translation>The text of the draft is not part of this record; it only records how many findings of each kind the check produced.</translation>
    </message>
    <message>
        <source>Abgleich mit dem aktuellen Regelwerk</source>
        <translation>Comparison with the current policy pack</translation>
    </message>
    <message>
        <source>Das Regelwerk ist unverändert (gleiche Version und Prüfsumme).</source>
        <translation>The policy pack is unchanged (same version and checksum).</translation>
    </message>
    <message>
        <source>Die Antworten passen nicht mehr zum aktuellen Fragebogen. Bitte führen Sie die Prüfung neu durch.</source>
        <translation>The answers no longer match the current questionnaire. Please carry out the check again.</translation>
    </message>
    <message>
        <source>Heute ergäbe sich: %1 (damals: %2).</source>
        <translation>Today the result would be: %1 (then: %2).</translation>
    </message>
    <message>
        <source>Neu greifende Regeln: %1</source>
        <translation>Rules that now apply: %1</translation>
    </message>
    <message>
        <source>Nicht mehr greifende Regeln: %1</source>
        <translation>Rules that no longer apply: %1</translation>
    </message>
    <message>
        <source>Mit dem aktuellen Regelwerk ergibt sich dasselbe Ergebnis: %1.</source>
        <translation>The current policy pack gives the same result: %1.</translation>
    </message>
    <message>
        <source>Erstellt mit KI-Lotse %1. Dieser Vermerk enthält keine Inhalte des Entwurfs.</source>
        <translation>Created with KI-Lotse %1. This record contains no content from the draft.</translation>
    </message>
    <message>
        <source>Prüfvermerk vom %1 · KI-Lotse %2</source>
        <translation>Check record dated %1 · KI-Lotse %2</translation>
    </message>
    <message>
        <source>Seite %1 von %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 kann nicht geschrieben werden: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Rechtsstand des Regelwerks</source>
        <translation>Legal status of the policy pack</translation>
    </message>
    <message>
        <source>Der Prüfvermerk kann nicht erstellt werden: %1</source>
        <translation>The check record cannot be created: %1</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Verzeichnis der freigegebenen KI-Dienste</source>
        <translation>Registry of approved AI services</translation>
    </message>
    <message>
        <source>Dienste durchsuchen …</source>
        <translation>Search services …</translation>
    </message>
    <message>
        <source>Dienste durchsuchen</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>KI-Dienste</source>
        <translation>AI services</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Aussetzen</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <source>Außer &amp;Betrieb</source>
        <translation>&amp;Decommission</translation>
    </message>
    <message>
        <source>Änderungs&amp;protokoll …</source>
        <translation>Change &amp;log …</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <source>Zeigt nur Dienste mit dem gewählten Status an.</source>
        <translation>Shows only services with the selected status.</translation>
    </message>
    <message>
        <source>Die eingetragenen Dienste mit Anbieter, Schutzstufe, Status und nächster Prüfung; die Eingabetaste öffnet den markierten Dienst.</source>
        <translation>The registered services with provider, protection level, status and next review; Enter opens the selected service.</translation>
    </message>
    <message>
        <source>Erfasst einen weiteren Dienst; er beginnt im Status „Pilot“.</source>
        <translation>Adds another service; it starts with the status “Pilot”.</translation>
    </message>
    <message>
        <source>Öffnet die Angaben des markierten Dienstes zum Ändern.</source>
        <translation>Opens the details of the selected service for editing.</translation>
    </message>
    <message>
        <source>Setzt die Freigabe des markierten Dienstes vorübergehend aus.</source>
        <translation>Temporarily suspends the approval of the selected service.</translation>
    </message>
    <message>
        <source>Kennzeichnet den markierten Dienst als nicht mehr im Einsatz.</source>
        <translation>Marks the selected service as no longer in use.</translation>
    </message>
    <message>
        <source>Zeigt, wer wann welche Angaben im Verzeichnis geändert hat.</source>
        <translation>Shows who changed which details in the registry, and when.</translation>
    </message>
    <message>
        <source>Übernimmt Dienste aus einer JSON- oder CSV-Datei; ein Probelauf zeigt vorher, was sich ändert.</source>
        <translation>Imports services from a JSON or CSV file; a dry run shows beforehand what will change.</translation>
    </message>
    <message>
        <source>Speichert das Verzeichnis als CSV-Datei für die Tabellenkalkulation oder als JSON-Datei.</source>
        <translation>Saves the registry as a CSV file for spreadsheets or as a JSON file.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Was Sie jetzt tun</source>
        <translation>What you do now</translation>
    </message>
    <message>
        <source>Gründe und Quellen</source>
        <translation>Reasons and sources</translation>
    </message>
    <message>
        <source>Freigegebene KI-Dienste für diese Prüfung</source>
        <translation>Approved AI services for this check</translation>
    </message>
    <message>
        <source>Warum werden andere Dienste &amp;nicht angeboten?</source>
        <translation>Why are other services &amp;not offered?</translation>
    </message>
    <message>
        <source>Regeln für diese Prüfung – zum Abhaken während der Arbeit</source>
        <translation>Rules for this check – to tick off as you work</translation>
    </message>
    <message>
        <source>Passende Vorlagen</source>
        <translation>Matching templates</translation>
    </message>
    <message>
        <source>&amp;Transparenzhinweis erstellen …</source>
        <translation>&amp;Create transparency label …</translation>
    </message>
    <message>
        <source>Öffnet die Kennzeichnung, vorausgefüllt aus dieser Prüfung</source>
        <translation>Opens labelling, pre-filled from this check</translation>
    </message>
    <message>
        <source>Prüfvermerk e&amp;xportieren …</source>
        <translation>E&amp;xport check record …</translation>
    </message>
    <message>
        <source>Speichert einen Vermerk über diese Prüfung als PDF, HTML oder JSON – ohne den Text Ihres Entwurfs</source>
        <translation>Saves a record of this check as PDF, HTML or JSON – without the text of your draft</translation>
    </message>
    <message>
        <source>Ihre Angaben</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Ergebnis und Empfehlungen</source>
        <translation>Result and recommendations</translation>
    </message>
    <message>
        <source>Ergebnis, nächste Schritte, freigegebene Dienste, Regeln und passende Vorlagen zu Ihrer Prüfung.</source>
        <translation>Result, next steps, approved services, rules and matching templates for your check.</translation>
    </message>
    <message>
        <source>Blendet die Gründe ein oder aus, aus denen weitere Dienste für diese Prüfung nicht in Frage kommen.</source>
        <translation>Shows or hides the reasons why other services are not an option for this check.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Was gilt für mich? – Verhaltensregeln</source>
        <translation>What applies to me? – Rules of conduct</translation>
    </message>
    <message>
        <source>Regeln durchsuchen …</source>
        <translation>Search rules …</translation>
    </message>
    <message>
        <source>Regeln durchsuchen</source>
        <translation>Search rules</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Schutzstufe</source>
        <translation>Protection level</translation>
    </message>
    <message>
        <source>Liste der Regeln</source>
        <translation>List of rules</translation>
    </message>
    <message>
        <source>Erläuterung der gewählten Regel</source>
        <translation>Explanation of the selected rule</translation>
    </message>
    <message>
        <source>Zeigt nur Regeln aus dem gewählten Bereich an.</source>
        <translation>Shows only rules from the selected area.</translation>
    </message>
    <message>
        <source>Zeigt nur Regeln für die gewählte Zielgruppe an.</source>
        <translation>Shows only rules for the selected audience.</translation>
    </message>
    <message>
        <source>Zeigt nur Regeln an, die für die gewählte Schutzstufe gelten.</source>
        <translation>Shows only rules that apply to the selected protection level.</translation>
    </message>
    <message>
        <source>Wählen Sie eine Regel; die Erläuterung erscheint rechts daneben.</source>
        <translation>Choose a rule; its explanation appears on the right.</translation>
    </message>
    <message>
        <source>Was die markierte Regel verlangt, warum sie gilt und woher sie stammt.</source>
        <translation>What the selected rule requires, why it applies and where it comes from.</translation>
    </message>
    <message>
        <source>&amp;Bereich:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Zielgruppe:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <source>&amp;Stufe:</source>
        <translation>&amp;Level:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>KI-Dienst bearbeiten</source>
        <translation>Edit AI service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name des Dienstes</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <source>&amp;Anbieter/Betreiber:</source>
        <translation>&amp;Provider/operator:</translation>
    </message>
    <message>
        <source>Anbieter oder Betreiber</source>
        <translation>Provider or operator</translation>
    </message>
    <message>
        <source>&amp;Produkt:</source>
        <translation>Produc&amp;t:</translation>
    </message>
    <message>
        <source>Produkt</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Modelle (je Zeile eines):</source>
        <translation>&amp;Models (one per line):</translation>
    </message>
    <message>
        <source>Modelle</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>&amp;Bereitstellung:</source>
        <translation>&amp;Deployment:</translation>
    </message>
    <message>
        <source>Bereitstellung</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>&amp;Verarbeitungsort:</source>
        <translation>Processing &amp;location:</translation>
    </message>
    <message>
        <source>Verarbeitungsort</source>
        <translation>Processing location</translation>
    </message>
    <message>
        <source>Eingaben werden nicht zum Training genutzt (kein &amp;Datenrückfluss)</source>
        <translation>Inputs are not used for training (no data flowing &amp;back)</translation>
    </message>
    <message>
        <source>&amp;Speicherung der Eingaben:</source>
        <translation>Input stora&amp;ge:</translation>
    </message>
    <message>
        <source>Speicherung der Eingaben</source>
        <translation>Input storage</translation>
    </message>
    <message>
        <source>Auftragsverarbeitungsvertrag (A&amp;VV) liegt vor</source>
        <translation>Data processing agreement (DPA) &amp;in place</translation>
    </message>
    <message>
        <source>AVV-&amp;Aktenzeichen:</source>
        <translation>DPA re&amp;ference:</translation>
    </message>
    <message>
        <source>AVV-Aktenzeichen</source>
        <translation>DPA reference</translation>
    </message>
    <message>
        <source>AVV-&amp;Datum:</source>
        <translation>DPA dat&amp;e:</translation>
    </message>
    <message>
        <source>AVV-Datum</source>
        <translation>DPA date</translation>
    </message>
    <message>
        <source>JJJJ-MM-TT oder TT.MM.JJJJ</source>
        <translation>YYYY-MM-DD or DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Datenschutz-Folgenabschätzung (DSF&amp;A) durchgeführt</source>
        <translation>Data protection impact assessment (DPIA) carried &amp;out</translation>
    </message>
    <message>
        <source>DSFA-&amp;Aktenzeichen:</source>
        <translation>DPIA refe&amp;rence:</translation>
    </message>
    <message>
        <source>DSFA-Aktenzeichen</source>
        <translation>DPIA reference</translation>
    </message>
    <message>
        <source>&amp;Personalrat beteiligt</source>
        <translation>Staff council in&amp;volved</translation>
    </message>
    <message>
        <source>&amp;Höchste Schutzstufe:</source>
        <translation>&amp;Highest protection level:</translation>
    </message>
    <message>
        <source>Höchste freigegebene Schutzstufe</source>
        <translation>Highest approved protection level</translation>
    </message>
    <message>
        <source>Für personenbezogene &amp;Daten freigegeben</source>
        <translation>Approved for personal &amp;data</translation>
    </message>
    <message>
        <source>A&amp;nwendungsfälle:</source>
        <translation>&amp;Use cases:</translation>
    </message>
    <message>
        <source>Freigegebene Anwendungsfälle</source>
        <translation>Approved use cases</translation>
    </message>
    <message>
        <source>&amp;Einschränkungen (je Zeile eine):</source>
        <translation>R&amp;estrictions (one per line):</translation>
    </message>
    <message>
        <source>Einschränkungen</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>&amp;Adresse (URL):</source>
        <translation>&amp;Address (URL):</translation>
    </message>
    <message>
        <source>Adresse des Dienstes</source>
        <translation>Address of the service</translation>
    </message>
    <message>
        <source>&amp;Zugangsvoraussetzungen (je Zeile eine):</source>
        <translation>Access re&amp;quirements (one per line):</translation>
    </message>
    <message>
        <source>Zugangsvoraussetzungen</source>
        <translation>Access requirements</translation>
    </message>
    <message>
        <source>&amp;Zuständige Stelle:</source>
        <translation>Responsible bod&amp;y:</translation>
    </message>
    <message>
        <source>Zuständige Stelle</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Freigegeben am:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>&amp;Nächste Prüfung:</source>
        <translation>Ne&amp;xt review:</translation>
    </message>
    <message>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>&amp;Rolle nach KI-VO:</source>
        <translation>&amp;Role under the AI Act:</translation>
    </message>
    <message>
        <source>Rolle der Verwaltung nach KI-Verordnung</source>
        <translation>Role of the administration under the AI Act</translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Angaben zum KI-Dienst</source>
        <translation>AI service details</translation>
    </message>
    <message>
        <source>Formular mit allen Angaben zum Dienst; mit Tab gelangen Sie von Feld zu Feld.</source>
        <translation>Form with all the details of the service; press Tab to move from field to field.</translation>
    </message>
    <message>
        <source>Bezeichnung, unter der der Dienst im Verzeichnis und im Prüfergebnis erscheint.</source>
        <translation>Name under which the service appears in the registry and in the check result.</translation>
    </message>
    <message>
        <source>Unternehmen oder Stelle, die den Dienst anbietet oder betreibt.</source>
        <translation>Company or body that provides or operates the service.</translation>
    </message>
    <message>
        <source>Produktbezeichnung des Anbieters, unter der der Dienst vertrieben wird.</source>
        <translation>The provider’s product name under which the service is marketed.</translation>
    </message>
    <message>
        <source>Die verwendeten KI-Modelle, je Zeile eines; Tab wechselt zum nächsten Feld.</source>
        <translation>The AI models used, one per line; Tab moves to the next field.</translation>
    </message>
    <message>
        <source>Wie der Dienst bereitgestellt wird, vom öffentlichen Webdienst bis zum eigenen Betrieb.</source>
        <translation>How the service is provided, from a public web service to running it in-house.</translation>
    </message>
    <message>
        <source>Wo die Eingaben verarbeitet werden: in Deutschland, in der EU oder außerhalb der EU.</source>
        <translation>Where inputs are processed: in Germany, in the EU or outside the EU.</translation>
    </message>
    <message>
        <source>Setzen Sie das Häkchen, wenn der Anbieter Ihre Eingaben nicht zum Training seiner Modelle verwendet.</source>
        <translation>Tick this box if the provider does not use your inputs to train its models.</translation>
    </message>
    <message>
        <source>Ob und wie lange der Dienst Eingaben speichert, z. B. „30 Tage“ oder „keine Speicherung“.</source>
        <translation>Whether and for how long the service stores inputs, e.g. “30 days” or “no storage”.</translation>
    </message>
    <message>
        <source>Setzen Sie das Häkchen, wenn mit dem Anbieter ein Vertrag nach Art. 28 DSGVO geschlossen ist.</source>
        <translation>Tick this box if a contract under Art. 28 GDPR has been concluded with the provider.</translation>
    </message>
    <message>
        <source>Aktenzeichen oder Ablageort des Auftragsverarbeitungsvertrags.</source>
        <translation>File reference or storage location of the data processing agreement.</translation>
    </message>
    <message>
        <source>Setzen Sie das Häkchen, wenn für den Dienst eine Folgenabschätzung nach Art. 35 DSGVO vorliegt.</source>
        <translation>Tick this box if a data protection impact assessment under Art. 35 GDPR exists for the service.</translation>
    </message>
    <message>
        <source>Aktenzeichen oder Ablageort der Datenschutz-Folgenabschätzung.</source>
        <translation>File reference or storage location of the data protection impact assessment.</translation>
    </message>
    <message>
        <source>Setzen Sie das Häkchen, wenn die Personalvertretung bei der Einführung beteiligt wurde.</source>
        <translation>Tick this box if the staff council was involved when the service was introduced.</translation>
    </message>
    <message>
        <source>Bis zu welcher Schutzstufe Daten eingegeben werden dürfen; eine Freigabe ab Stufe 2 fragt eine Checkliste ab.</source>
        <translation>Up to which protection level data may be entered; approval for level 2 or higher asks you to complete a checklist.</translation>
    </message>
    <message>
        <source>Setzen Sie das Häkchen, wenn personenbezogene Daten in diesen Dienst eingegeben werden dürfen.</source>
        <translation>Tick this box if personal data may be entered into this service.</translation>
    </message>
    <message>
        <source>Haken Sie die Anwendungsfälle an, für die der Dienst freigegeben ist; die Leertaste setzt oder entfernt das Häkchen.</source>
        <translation>Tick the use cases for which the service is approved; Space sets or removes the tick.</translation>
    </message>
    <message>
        <source>Auflagen für die Nutzung des Dienstes, je Zeile eine; Tab wechselt zum nächsten Feld.</source>
        <translation>Conditions for using the service, one per line; Tab moves to the next field.</translation>
    </message>
    <message>
        <source>Internetadresse, unter der Beschäftigte den Dienst öffnen; sie beginnt mit https:// oder http://.</source>
        <translation>Web address at which staff open the service; it starts with https:// or http://.</translation>
    </message>
    <message>
        <source>Was Beschäftigte für den Zugang brauchen, z. B. Schulung oder Antrag; je Zeile eine Voraussetzung.</source>
        <translation>What staff need for access, e.g. training or an application; one requirement per line.</translation>
    </message>
    <message>
        <source>Organisationseinheit, die für den Dienst verantwortlich ist.</source>
        <translation>Organisational unit responsible for the service.</translation>
    </message>
    <message>
        <source>Ansprechperson, Funktionspostfach oder Telefonnummer für Fragen zum Dienst.</source>
        <translation>Contact person, shared mailbox or phone number for questions about the service.</translation>
    </message>
    <message>
        <source>Stand der Freigabe: Pilot, freigegeben, ausgesetzt oder außer Betrieb.</source>
        <translation>Approval status: pilot, approved, suspended or decommissioned.</translation>
    </message>
    <message>
        <source>Ob die Verwaltung den Dienst nur nutzt (Betreiber) oder ihn unter eigenem Namen anbietet oder anpasst (Anbieter).</source>
        <translation>Whether the administration only uses the service (operator) or offers or modifies it under its own name (provider).</translation>
    </message>
    <message>
        <source>Freie interne Hinweise zu diesem Eintrag; Tab wechselt zum nächsten Feld.</source>
        <translation>Free-text internal notes on this entry; Tab moves to the next field.</translation>
    </message>
    <message>
        <source>Für Daten unter besonderem Geheimnisschutz freige&amp;geben
(Sozial-, Steuer-, Meldegeheimnis, § 203 StGB)</source>
        <translation>Cleared for data under special secrecy &amp;law
(social, tax, registration secrecy, § 203 StGB)</translation>
    </message>
    <message>
        <source>Nur setzen, wenn die Voraussetzungen von § 80 SGB X, § 30 Abs. 9 AO bzw. § 203 StGB für diesen Dienst geprüft und dokumentiert sind; sonst werden Prüfungen mit solchen Daten diesen Dienst nicht anbieten.</source>
        <translation>Only tick this when the conditions of § 80 SGB X, § 30(9) AO or § 203 StGB have been checked and documented for this service; otherwise checks involving such data will not offer this service.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Vorlagen durchsuchen …</source>
        <translation>Search templates …</translation>
    </message>
    <message>
        <source>Vorlagen durchsuchen</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Anwendungsfall</source>
        <translation>Use case</translation>
    </message>
    <message>
        <source>Schutzstufe</source>
        <translation>Protection level</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Angaben für die Vorlage</source>
        <translation>Details for the template</translation>
    </message>
    <message>
        <source>Vorschau des Prompts</source>
        <translation>Prompt preview</translation>
    </message>
    <message>
        <source>Vorschau des ausgefüllten Prompts</source>
        <translation>Preview of the completed prompt</translation>
    </message>
    <message>
        <source>&amp;Beispiel einsetzen</source>
        <translation>Insert &amp;example</translation>
    </message>
    <message>
        <source>Füllt alle Felder mit den Beispielwerten der Vorlage</source>
        <translation>Fills all fields with the template’s example values</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopiert den ausgefüllten Prompt in die Zwischenablage</source>
        <translation>Copies the completed prompt to the clipboard</translation>
    </message>
    <message>
        <source>Freigegebener Dienst für diesen Prompt</source>
        <translation>Approved service for this prompt</translation>
    </message>
    <message>
        <source>Im &amp;Tool öffnen</source>
        <translation>Open in &amp;tool</translation>
    </message>
    <message>
        <source>Kopiert den Prompt und öffnet den gewählten freigegebenen Dienst</source>
        <translation>Copies the prompt and opens the selected approved service</translation>
    </message>
    <message>
        <source>Zeigt nur Vorlagen für den gewählten Anwendungsfall an.</source>
        <translation>Shows only templates for the selected use case.</translation>
    </message>
    <message>
        <source>Schränkt die Liste auf Vorlagen ohne personenbezogene Angaben ein.</source>
        <translation>Limits the list to templates without personal details.</translation>
    </message>
    <message>
        <source>Wählen Sie eine Vorlage; ihre Felder erscheinen rechts daneben.</source>
        <translation>Choose a template; its fields appear on the right.</translation>
    </message>
    <message>
        <source>Vorlage ausfüllen</source>
        <translation>Fill in template</translation>
    </message>
    <message>
        <source>Felder, Vorschau und Hinweise zur gewählten Vorlage; mit Tab gelangen Sie von Feld zu Feld.</source>
        <translation>Fields, preview and notes for the selected template; press Tab to move from field to field.</translation>
    </message>
    <message>
        <source>Der Prompt mit Ihren Angaben, nur zum Lesen; mit „Kopieren“ übernehmen Sie ihn in die Zwischenablage.</source>
        <translation>The prompt with your details, read-only; “Copy” puts it on the clipboard.</translation>
    </message>
    <message>
        <source>Wählen Sie, in welchem freigegebenen KI-Dienst der Prompt geöffnet wird.</source>
        <translation>Choose the approved AI service in which the prompt is opened.</translation>
    </message>
    <message>
        <source>&amp;Anwendungsfall:</source>
        <translation>&amp;Use case:</translation>
    </message>
    <message>
        <source>&amp;Stufe:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Dienst:</source>
        <translation>&amp;Service:</translation>
    </message>
</context>
<context>
    <name>UseCasePage</name>
    <message>
        <source>Wofür möchten Sie die KI einsetzen?</source>
        <translation>What would you like to use AI for?</translation>
    </message>
    <message>
        <source>Frage nach dem Anwendungsfall</source>
        <translation>Question about the use case</translation>
    </message>
    <message>
        <source>Anwendungsfälle</source>
        <translation>Use cases</translation>
    </message>
    <message>
        <source>Mit den Pfeiltasten wählen, mit der Eingabetaste weiter</source>
        <translation>Choose with the arrow keys, press Enter to continue</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wählen Sie die Art der Aufgabe. Danach folgen %1 kurze Fragen; „Unsicher“ ist immer eine zulässige Antwort und wird wie die strengere Antwort gewertet.</source>
        <translation>Choose the type of task. %1 short questions follow; “Not sure” is always a valid answer and is treated like the stricter answer.</translation>
    </message>
</context>
<context>
    <name>kilotse::AnswersFile</name>
    <message>
        <source>expected an object {&quot;use_case&quot;: ..., &quot;answers&quot;: {...}}</source>
        <translation>expected an object {&quot;use_case&quot;: ..., &quot;answers&quot;: {...}}</translation>
    </message>
    <message>
        <source>expected a string (a use-case id)</source>
        <translation>expected a string (a use-case id)</translation>
    </message>
    <message>
        <source>expected an object mapping question ids to option ids</source>
        <translation>expected an object mapping question ids to option ids</translation>
    </message>
    <message>
        <source>expected a string (an option id such as &quot;yes&quot;, &quot;no&quot; or &quot;unsure&quot;)</source>
        <translation>expected a string (an option id such as &quot;yes&quot;, &quot;no&quot; or &quot;unsure&quot;)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (allowed: use_case, answers, comment)</source>
        <translation>unknown field &quot;%1&quot; (allowed: use_case, answers, comment)</translation>
    </message>
    <message>
        <source>required field &quot;answers&quot; is missing</source>
        <translation>required field &quot;answers&quot; is missing</translation>
    </message>
</context>
<context>
    <name>kilotse::AuditText</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anbieter/Betreiber</source>
        <translation>Provider/operator</translation>
    </message>
    <message>
        <source>Produkt</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Modelle</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Bereitstellung</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Verarbeitungsort</source>
        <translation>Processing location</translation>
    </message>
    <message>
        <source>Kein Datenrückfluss (kein Training mit Eingaben)</source>
        <translation>No data flowing back (inputs not used for training)</translation>
    </message>
    <message>
        <source>Speicherung der Eingaben</source>
        <translation>Input storage</translation>
    </message>
    <message>
        <source>Auftragsverarbeitungsvertrag liegt vor</source>
        <translation>Data processing agreement in place</translation>
    </message>
    <message>
        <source>AVV-Aktenzeichen</source>
        <translation>DPA reference</translation>
    </message>
    <message>
        <source>AVV-Datum</source>
        <translation>DPA date</translation>
    </message>
    <message>
        <source>Datenschutz-Folgenabschätzung durchgeführt</source>
        <translation>Data protection impact assessment carried out</translation>
    </message>
    <message>
        <source>DSFA-Aktenzeichen</source>
        <translation>DPIA reference</translation>
    </message>
    <message>
        <source>Personalrat beteiligt</source>
        <translation>Staff council involved</translation>
    </message>
    <message>
        <source>Höchste Schutzstufe</source>
        <translation>Highest protection level</translation>
    </message>
    <message>
        <source>Für personenbezogene Daten freigegeben</source>
        <translation>Approved for personal data</translation>
    </message>
    <message>
        <source>Für Daten unter besonderem Geheimnisschutz freigegeben</source>
        <translation>Approved for data under special secrecy law</translation>
    </message>
    <message>
        <source>Anwendungsfälle</source>
        <translation>Use cases</translation>
    </message>
    <message>
        <source>Einschränkungen</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>Adresse (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Zugangsvoraussetzungen</source>
        <translation>Access requirements</translation>
    </message>
    <message>
        <source>Zuständige Stelle</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Rolle nach KI-VO</source>
        <translation>Role under the AI Act</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Freigabe-Checkliste</source>
        <translation>Approval checklist</translation>
    </message>
    <message>
        <source>Demo-Eintrag</source>
        <translation>Demo entry</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>ausgesetzt</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>außer Betrieb</source>
        <translation>decommissioned</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Protection level %1</translation>
    </message>
    <message>
        <source>öffentlicher Webdienst</source>
        <translation>public web service</translation>
    </message>
    <message>
        <source>Software-Dienst (SaaS)</source>
        <translation>software service (SaaS)</translation>
    </message>
    <message>
        <source>eigener Cloud-Mandant</source>
        <translation>own cloud tenant</translation>
    </message>
    <message>
        <source>eigener Betrieb</source>
        <translation>self-hosted</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>außerhalb der EU</source>
        <translation>outside the EU</translation>
    </message>
    <message>
        <source>Betreiber</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Status geändert</source>
        <translation>status changed</translation>
    </message>
    <message>
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Demo angelegt</source>
        <translation>demo created</translation>
    </message>
    <message>
        <source>Demo-Dienst außer Betrieb genommen</source>
        <translation>demo service decommissioned</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dienst-Nr.</source>
        <translation>Service no.</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Vorher</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Nachher</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>kilotse::Check</name>
    <message>
        <source>Die Prüfung ist noch nicht vollständig beantwortet.</source>
        <translation>The check has not been answered completely yet.</translation>
    </message>
    <message>
        <source>Der geprüfte Entwurf enthält Hinweise, denen Ihre Antworten widersprechen (%1). Übernehmen Sie die Antworten aus dem Entwurf oder prüfen Sie den Entwurf erneut, bevor Sie einen Prüfvermerk erstellen.</source>
        <translation>The checked draft contains indications that your answers contradict (%1). Take over the answers from the draft or check the draft again before you create a check record.</translation>
    </message>
</context>
<context>
    <name>kilotse::Checklist</name>
    <message>
        <source>Im Formular: zuständige Stelle, Kontakt, Modelle und Anwendungsfälle sind eingetragen.</source>
        <translation>In the form: responsible body, contact, models and use cases are filled in.</translation>
    </message>
    <message>
        <source>Im Formular: nächste Prüfung am %1.</source>
        <translation>In the form: next review on %1.</translation>
    </message>
    <message>
        <source>Im Formular: Datenschutz-Folgenabschätzung durchgeführt.</source>
        <translation>In the form: data protection impact assessment carried out.</translation>
    </message>
    <message>
        <source>Im Formular: Personalrat beteiligt.</source>
        <translation>In the form: staff council involved.</translation>
    </message>
    <message>
        <source>Im Formular: Auftragsverarbeitungsvertrag liegt vor.</source>
        <translation>In the form: data processing agreement in place.</translation>
    </message>
    <message>
        <source>Im Formular: Eingaben werden nicht zum Training genutzt.</source>
        <translation>In the form: inputs are not used for training.</translation>
    </message>
    <message>
        <source>Im Formular: Verarbeitungsort Deutschland.</source>
        <translation>In the form: processing location Germany.</translation>
    </message>
    <message>
        <source>Im Formular: Verarbeitungsort EU.</source>
        <translation>In the form: processing location EU.</translation>
    </message>
    <message>
        <source>Im Formular: Verarbeitungsort außerhalb der EU.</source>
        <translation>In the form: processing location outside the EU.</translation>
    </message>
    <message>
        <source>Im Formular: eigener Betrieb, keine Cloud.</source>
        <translation>In the form: self-hosted, no cloud.</translation>
    </message>
    <message>
        <source>Im Formular: nicht für Daten unter besonderem Geheimnisschutz freigegeben.</source>
        <translation>In the form: not approved for data under special secrecy law.</translation>
    </message>
    <message>
        <source>Steuerung und Organisation</source>
        <translation>Governance and organisation</translation>
    </message>
    <message>
        <source>Planung</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Beschaffung</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Anpassung</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Einbindung</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Betrieb</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Beendigung</source>
        <translation>End of use</translation>
    </message>
</context>
<context>
    <name>kilotse::Classifier</name>
    <message>
        <source>the use case is missing (one of: %1)</source>
        <translation>the use case is missing (one of: %1)</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot; (one of: %2)</source>
        <translation>unknown use case &quot;%1&quot; (one of: %2)</translation>
    </message>
    <message>
        <source>missing answer to question &quot;%1&quot;</source>
        <translation>missing answer to question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of question &quot;%2&quot; (options: %3)</source>
        <translation>&quot;%1&quot; is not an option of question &quot;%2&quot; (options: %3)</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; in this policy pack</source>
        <translation>unknown question &quot;%1&quot; in this policy pack</translation>
    </message>
</context>
<context>
    <name>kilotse::Config</name>
    <message>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation>expected true or false, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is not one of: %2</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path; give the full path</source>
        <translation>&quot;%1&quot; is a relative path; give the full path</translation>
    </message>
    <message>
        <source>the value is longer than 1000 characters</source>
        <translation>the value is longer than 1000 characters</translation>
    </message>
    <message>
        <source>the value contains a control character</source>
        <translation>the value contains a control character</translation>
    </message>
    <message>
        <source>only the system file can lock settings; ignored</source>
        <translation>only the system file can lock settings; ignored</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; cannot be locked</source>
        <translation>unknown setting &quot;%1&quot; cannot be locked</translation>
    </message>
    <message>
        <source>unknown setting; ignored</source>
        <translation>unknown setting; ignored</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unknown setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by your IT department and cannot be changed</source>
        <translation>&quot;%1&quot; is set by your IT department and cannot be changed</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>the settings file %1 cannot be written</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contains a control character</translation>
    </message>
    <message>
        <source>longer than 200 characters</source>
        <translation>longer than 200 characters</translation>
    </message>
    <message>
        <source>contains &quot;;&quot; (separate entries with commas; in INI files &quot;;&quot; starts a comment)</source>
        <translation>contains &quot;;&quot; (separate entries with commas; in INI files &quot;;&quot; starts a comment)</translation>
    </message>
    <message>
        <source>not a domain name like &quot;zittau.de&quot;</source>
        <translation>not a domain name like &quot;zittau.de&quot;</translation>
    </message>
    <message>
        <source>not an IBAN</source>
        <translation>not an IBAN</translation>
    </message>
    <message>
        <source>the IBAN&apos;s check digits are wrong</source>
        <translation>the IBAN&apos;s check digits are wrong</translation>
    </message>
    <message>
        <source>give street and house number first, each address in quotes: &quot;Markt 1, 02763 Zittau&quot;</source>
        <translation>give street and house number first, each address in quotes: &quot;Markt 1, 02763 Zittau&quot;</translation>
    </message>
    <message>
        <source>the value is longer than 4000 characters</source>
        <translation>the value is longer than 4000 characters</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entry &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>only the system file (IT) can set this setting; ignored</source>
        <translation>only the system file (IT) can set this setting; ignored</translation>
    </message>
    <message>
        <source>write the domain without &quot;@&quot;</source>
        <translation>write the domain without &quot;@&quot;</translation>
    </message>
    <message>
        <source>not the start of an office&apos;s numbers like &quot;03583 752&quot; (at least six digits: an area code alone would cover every private number there)</source>
        <translation>not the start of an office&apos;s numbers like &quot;03583 752&quot; (at least six digits: an area code alone would cover every private number there)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>expected a whole number from %1 to %2, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 is outside the allowed range %2 to %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a full file path nor a postgresql:// address</source>
        <translation>&quot;%1&quot; is neither a full file path nor a postgresql:// address</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden: ein Ordner auf dem Weg zu ihr darf von diesem Benutzerkonto nicht geöffnet werden (keine Berechtigung)</source>
        <translation>the file cannot be read: a folder on the way to it may not be opened by this user account (no permission)</translation>
    </message>
    <message>
        <source>die Datei ist eine symbolische Verknüpfung, deren Ziel es nicht gibt</source>
        <translation>the file is a symbolic link whose target does not exist</translation>
    </message>
    <message>
        <source>an der Stelle der Datei steht ein Ordner oder eine Sonderdatei, keine normale Datei</source>
        <translation>a folder or a special file stands in the place of the file, not a regular file</translation>
    </message>
    <message>
        <source>die Datei ist größer als 1 MB</source>
        <translation>the file is larger than 1 MB</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden (keine Leseberechtigung)</source>
        <translation>the file cannot be read (no read permission)</translation>
    </message>
    <message>
        <source>die Datei kann nicht gelesen werden (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>die Datei ist kein UTF-8-Text (in einem anderen Zeichensatz gespeichert oder beschädigt)</source>
        <translation>the file is not UTF-8 text (saved in another character set, or damaged)</translation>
    </message>
    <message>
        <source>die Datei ist keine gültige Einstellungsdatei (INI-Format): die Zeile ist weder „[Abschnitt]“ noch „Schlüssel=Wert“</source>
        <translation>the file is not a valid settings file (INI format): the line is neither “[section]” nor “key=value”</translation>
    </message>
    <message>
        <source>die Datei ist keine gültige Einstellungsdatei (INI-Format)</source>
        <translation>the file is not a valid settings file (INI format)</translation>
    </message>
    <message>
        <source>gesperrt (locked), aber die Datei setzt keinen Wert dafür; ohne Wert liefe KI-Lotse mit einem Ersatz (Demo-Verzeichnis oder anderes Regelwerk)</source>
        <translation>locked, but the file sets no value for it; without a value KI-Lotse would run with a substitute (demo registry or another policy pack)</translation>
    </message>
    <message>
        <source>gesperrt (locked), aber die Datei setzt keinen Wert dafür; die Einstellung bleibt leer</source>
        <translation>locked, but the file sets no value for it; the setting stays empty</translation>
    </message>
    <message>
        <source>%1, Zeile %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>Die Einstellungen der IT (%1) können nicht verwendet werden: %2.</source>
        <translation>The IT department’s settings (%1) cannot be used: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Weitere Fehler dieser Art: %n.</source>
        <translation>
            <numerusform>Further errors of this kind: %n.</numerusform>
            <numerusform>Further errors of this kind: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>KI-Lotse startet nicht mit Ersatzwerten. Bitte wenden Sie sich an Ihre IT-Abteilung (alle Fehler zeigt „ki-lotse-cli config check“).</source>
        <translation>KI-Lotse does not start with substitute values. Please contact your IT department (“ki-lotse-cli config check” shows all errors).</translation>
    </message>
</context>
<context>
    <name>kilotse::ImportSource</name>
    <message>
        <source>this is not a regular file but %1: give the path of a .csv or .json file</source>
        <translation>this is not a regular file but %1: give the path of a .csv or .json file</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it into several files</source>
        <translation>the file is larger than %1 MiB: split it into several files</translation>
    </message>
    <message>
        <source>save it as UTF-8 and import it again (Excel: Datei → Speichern unter → Dateityp &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;; LibreOffice: Datei → Speichern unter, &quot;Filtereinstellungen bearbeiten&quot;, Zeichensatz &quot;Unicode (UTF-8)&quot;), or confirm the conversion (ki-lotse-cli registry import --encoding %1)</source>
        <translation>save it as UTF-8 and import it again (Excel: Datei → Speichern unter → Dateityp &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;; LibreOffice: Datei → Speichern unter, &quot;Filtereinstellungen bearbeiten&quot;, Zeichensatz &quot;Unicode (UTF-8)&quot;), or confirm the conversion (ki-lotse-cli registry import --encoding %1)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a pipe, device or socket</source>
        <translation>a pipe, device or socket</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>unknown (not a text file)</source>
        <translation>unknown (not a text file)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (known: utf-8, windows-1252, utf-16)</source>
        <translation>unknown encoding &quot;%1&quot; (known: utf-8, windows-1252, utf-16)</translation>
    </message>
    <message>
        <source>the file is not a text file in a known encoding (control bytes or bytes that are neither UTF-8 nor Windows-1252)</source>
        <translation>the file is not a text file in a known encoding (control bytes or bytes that are neither UTF-8 nor Windows-1252)</translation>
    </message>
    <message>
        <source>the file is UTF-8, not %1: import it without --encoding</source>
        <translation>the file is UTF-8, not %1: import it without --encoding</translation>
    </message>
    <message>
        <source>the file is not UTF-8 but apparently %1: %2</source>
        <translation>the file is not UTF-8 but apparently %1: %2</translation>
    </message>
    <message>
        <source>the file is apparently %1, not %2: check the file or the --encoding given</source>
        <translation>the file is apparently %1, not %2: check the file or the --encoding given</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>the file is not valid %1</translation>
    </message>
</context>
<context>
    <name>kilotse::Permission</name>
    <message>
        <source>nicht freigegeben (Pilot, ausgesetzt oder außer Betrieb)</source>
        <translation>not approved (pilot, suspended or retired)</translation>
    </message>
    <message>
        <source>nicht für diese Schutzstufe freigegeben</source>
        <translation>not approved for this protection level</translation>
    </message>
    <message>
        <source>nicht für diesen Anwendungsfall freigegeben</source>
        <translation>not approved for this use case</translation>
    </message>
    <message>
        <source>Prüfung überfällig</source>
        <translation>review overdue</translation>
    </message>
    <message>
        <source>nicht für personenbezogene Daten freigegeben</source>
        <translation>not approved for personal data</translation>
    </message>
    <message>
        <source>Datenrückfluss an den Anbieter nicht ausgeschlossen</source>
        <translation>data flowing back to the vendor not excluded</translation>
    </message>
    <message>
        <source>Verarbeitungsort nicht zulässig</source>
        <translation>processing location not permitted</translation>
    </message>
    <message>
        <source>kein Auftragsverarbeitungsvertrag</source>
        <translation>no data processing agreement</translation>
    </message>
    <message>
        <source>keine Datenschutz-Folgenabschätzung</source>
        <translation>no data protection impact assessment</translation>
    </message>
    <message>
        <source>Personalrat nicht beteiligt</source>
        <translation>staff council not involved</translation>
    </message>
    <message>
        <source>nicht für Daten unter besonderem Berufs- oder Amtsgeheimnis freigegeben (Sozial-, Steuer-, Meldegeheimnis, § 203 StGB)</source>
        <translation>not cleared for data under special professional or official secrecy (social, tax, registration secrecy, § 203 StGB)</translation>
    </message>
</context>
<context>
    <name>kilotse::PolicyLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 bytes are accepted</source>
        <translation>the file is %1 bytes; at most %2 bytes are accepted</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>internal error while checking the file: %1</source>
        <translation>internal error while checking the file: %1</translation>
    </message>
    <message>
        <source>duplicate scenario id &quot;%1&quot;</source>
        <translation>duplicate scenario id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown source document &quot;%1&quot; (not listed in the sources file)</source>
        <translation>unknown source document &quot;%1&quot; (not listed in the sources file)</translation>
    </message>
    <message>
        <source>level %1 is not defined in the classification file</source>
        <translation>level %1 is not defined in the classification file</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unknown use case &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>unknown question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot; (options: %3)</source>
        <translation>question &quot;%1&quot; has no option &quot;%2&quot; (options: %3)</translation>
    </message>
    <message>
        <source>the answer to &quot;%1&quot; is missing (a scenario answers every question)</source>
        <translation>the answer to &quot;%1&quot; is missing (a scenario answers every question)</translation>
    </message>
    <message>
        <source>with the files this pack replaces, %1</source>
        <translation>with the files this pack replaces, %1</translation>
    </message>
    <message>
        <source>%1 refers to the unknown question &quot;%2&quot;</source>
        <translation>%1 refers to the unknown question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 refers to the unknown option &quot;%2&quot; of &quot;%3&quot;</source>
        <translation>%1 refers to the unknown option &quot;%2&quot; of &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 refers to the unknown use case &quot;%2&quot;</source>
        <translation>%1 refers to the unknown use case &quot;%2&quot;</translation>
    </message>
    <message>
        <source>classification rule &quot;%1&quot;</source>
        <translation>classification rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance rule &quot;%1&quot;</source>
        <translation>guidance rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance rule &quot;%1&quot; refers to the unknown level %2</source>
        <translation>guidance rule &quot;%1&quot; refers to the unknown level %2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; refers to the unknown use case &quot;%2&quot;</source>
        <translation>template &quot;%1&quot; refers to the unknown use case &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;counts_as&quot; must name another option of this question; &quot;%1&quot; is not one (options: %2)</source>
        <translation>&quot;counts_as&quot; must name another option of this question; &quot;%1&quot; is not one (options: %2)</translation>
    </message>
    <message>
        <source>&quot;counts_as&quot; must not point to an option that itself counts as another</source>
        <translation>&quot;counts_as&quot; must not point to an option that itself counts as another</translation>
    </message>
    <message>
        <source>level %1 is defined twice</source>
        <translation>level %1 is defined twice</translation>
    </message>
    <message>
        <source>default level %1 is not among the defined levels</source>
        <translation>default level %1 is not among the defined levels</translation>
    </message>
    <message>
        <source>level %1 is not defined in &quot;levels&quot;</source>
        <translation>level %1 is not defined in &quot;levels&quot;</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot; (not listed in &quot;areas&quot;)</source>
        <translation>unknown area &quot;%1&quot; (not listed in &quot;areas&quot;)</translation>
    </message>
    <message>
        <source>malformed placeholder &quot;%1&quot; (write {{name}} with a lowercase name)</source>
        <translation>malformed placeholder &quot;%1&quot; (write {{name}} with a lowercase name)</translation>
    </message>
    <message>
        <source>the prompt uses {{%1}}, which is not declared in &quot;placeholders&quot;</source>
        <translation>the prompt uses {{%1}}, which is not declared in &quot;placeholders&quot;</translation>
    </message>
    <message>
        <source>placeholder &quot;%1&quot; is declared but the prompt never uses {{%1}}</source>
        <translation>placeholder &quot;%1&quot; is declared but the prompt never uses {{%1}}</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; (questions: %2)</source>
        <translation>unknown question &quot;%1&quot; (questions: %2)</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>category &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the wording must contain %1 where the cue or name is inserted</source>
        <translation>the wording must contain %1 where the cue or name is inserted</translation>
    </message>
    <message>
        <source>a choice placeholder needs &quot;choices&quot;</source>
        <translation>a choice placeholder needs &quot;choices&quot;</translation>
    </message>
    <message>
        <source>&quot;choices&quot; is only allowed for type &quot;choice&quot;</source>
        <translation>&quot;choices&quot; is only allowed for type &quot;choice&quot;</translation>
    </message>
    <message>
        <source>&quot;min&quot;/&quot;max&quot; are only allowed for type &quot;number&quot;</source>
        <translation>&quot;min&quot;/&quot;max&quot; are only allowed for type &quot;number&quot;</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; is greater than &quot;max&quot;</translation>
    </message>
    <message>
        <source>the example is not a valid value of this placeholder (%1)</source>
        <translation>the example is not a valid value of this placeholder (%1)</translation>
    </message>
    <message>
        <source>{{%1}} is not available here (available: %2)</source>
        <translation>{{%1}} is not available here (available: %2)</translation>
    </message>
    <message>
        <source>malformed placeholder &quot;%1&quot;</source>
        <translation>malformed placeholder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>duplicate %1 id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the policy folder does not exist or is not a folder</source>
        <translation>the policy folder does not exist or is not a folder</translation>
    </message>
    <message>
        <source>unknown base pack &quot;%1&quot; (a pack can only extend the bundled pack &quot;%2&quot;)</source>
        <translation>unknown base pack &quot;%1&quot; (a pack can only extend the bundled pack &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing (only a pack with &quot;extends&quot; may leave it out)</source>
        <translation>required field &quot;%1&quot; is missing (only a pack with &quot;extends&quot; may leave it out)</translation>
    </message>
    <message>
        <source>the file is listed for &quot;%1&quot; in the manifest but says &quot;%2&quot;</source>
        <translation>the file is listed for &quot;%1&quot; in the manifest but says &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected the translated text (a non-empty string)</source>
        <translation>expected the translated text (a non-empty string)</translation>
    </message>
    <message>
        <source>the translation must keep the placeholders of the text (%1)</source>
        <translation>the translation must keep the placeholders of the text (%1)</translation>
    </message>
    <message>
        <source>the rule has no effect: give a level, &quot;escalate&quot;: true, &quot;blocked&quot;: true or &quot;special_secrecy&quot;: true</source>
        <translation>the rule has no effect: give a level, &quot;escalate&quot;: true, &quot;blocked&quot;: true or &quot;special_secrecy&quot;: true</translation>
    </message>
    <message>
        <source>a condition is exactly one of: {&quot;question&quot;, &quot;is&quot;}, {&quot;question&quot;, &quot;chosen&quot;}, {&quot;use_case&quot;}, {&quot;all&quot;}, {&quot;any&quot;} or {&quot;not&quot;}</source>
        <translation>a condition is exactly one of: {&quot;question&quot;, &quot;is&quot;}, {&quot;question&quot;, &quot;chosen&quot;}, {&quot;use_case&quot;}, {&quot;all&quot;}, {&quot;any&quot;} or {&quot;not&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 precedes the source &quot;%2&quot; of %3 that the pack cites</source>
        <translation>%1 precedes the source &quot;%2&quot; of %3 that the pack cites</translation>
    </message>
    <message>
        <source>the file could not be read completely (%1); nothing of the pack is loaded</source>
        <translation>the file could not be read completely (%1); nothing of the pack is loaded</translation>
    </message>
    <message>
        <source>the file could not be read completely (%1)</source>
        <translation>the file could not be read completely (%1)</translation>
    </message>
</context>
<context>
    <name>kilotse::Registry</name>
    <message>
        <source>Server nicht erreichbar – angezeigt wird die lokale Kopie des Verzeichnisses, Stand: %1. Änderungen sind nicht möglich; die Verbindung wird automatisch erneut versucht.</source>
        <translation>Server not reachable – showing the local copy of the registry as of %1. Changes are not possible; the connection is retried automatically.</translation>
    </message>
    <message>
        <source>Achtung: Diese Kopie ist älter als erlaubt und kann überholte Freigaben enthalten. Fragen Sie im Zweifel Ihre IT-Administration.</source>
        <translation>Caution: this copy is older than allowed and may contain outdated approvals. If in doubt, ask your IT administration.</translation>
    </message>
    <message>
        <source>Der Eintrag wurde inzwischen von jemand anderem geändert. Laden Sie das Verzeichnis neu, prüfen Sie die Änderung und tragen Sie Ihre Angaben erneut ein.</source>
        <translation>The entry has been changed by someone else in the meantime. Reload the registry, check the change and enter your details again.</translation>
    </message>
    <message>
        <source>Sie dürfen das Verzeichnis nur lesen. Änderungen nimmt die IT-Administration vor.</source>
        <translation>You may only read the registry. Changes are made by the IT administration.</translation>
    </message>
    <message>
        <source>Einige Angaben sind ungültig. Korrigieren Sie die markierten Felder.</source>
        <translation>Some details are invalid. Correct the marked fields.</translation>
    </message>
    <message>
        <source>Der Dienst ist nicht mehr im Verzeichnis (inzwischen entfernt). Laden Sie das Verzeichnis neu.</source>
        <translation>The service is no longer in the registry (removed in the meantime). Reload the registry.</translation>
    </message>
    <message>
        <source>Ein Dienst mit diesem Namen ist bereits eingetragen (Groß- und Kleinschreibung zählt nicht). Wählen Sie einen anderen Namen oder bearbeiten Sie den vorhandenen Eintrag.</source>
        <translation>A service with this name is already registered (upper and lower case do not count). Choose another name or edit the existing entry.</translation>
    </message>
    <message>
        <source>Das Verzeichnis ist gerade gesperrt, weil ein anderes Programm darin schreibt oder es sichert. Warten Sie einen Moment und versuchen Sie es dann erneut; es wurde nichts geändert.</source>
        <translation>The registry is locked at the moment because another program is writing to it or backing it up. Wait a moment and then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Der Verzeichnis-Server ist nicht erreichbar. Änderungen sind erst wieder möglich, wenn die Verbindung besteht; es wurde nichts geändert.</source>
        <translation>The registry server cannot be reached. Changes are possible again once the connection is back; nothing was changed.</translation>
    </message>
    <message>
        <source>Die angegebene Datei ist kein Dienste-Verzeichnis von KI-Lotse (sie gehört zu einem anderen Programm oder ist beschädigt). Sie wurde nicht verändert. Prüfen Sie den Pfad.</source>
        <translation>The file given is not a KI-Lotse service registry (it belongs to another program or is damaged). It was not changed. Check the path.</translation>
    </message>
    <message>
        <source>Dies ist das Demo-Verzeichnis. Verlassen Sie zuerst den Demo-Modus.</source>
        <translation>This is the demo registry. Leave demo mode first.</translation>
    </message>
    <message>
        <source>Das Verzeichnis meldet einen Fehler. Die Einzelheiten stehen im Protokoll; es wurde nichts geändert.</source>
        <translation>The registry reports an error. The details are in the log; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kilotse::RegistryImport</name>
    <message>
        <source>the name &quot;%1&quot; appears twice in the file (first in line %2; names are compared ignoring case and Unicode normalisation)</source>
        <translation>the name &quot;%1&quot; appears twice in the file (first in line %2; names are compared ignoring case and Unicode normalisation)</translation>
    </message>
    <message>
        <source>approved for level %1, but the MUST items of the approval checklist are not all answered &quot;yes&quot; or &quot;n/a&quot;: %2. Answer them in the checklist field, or import the service with status &quot;pilot&quot; and approve it in the form</source>
        <translation>approved for level %1, but the MUST items of the approval checklist are not all answered &quot;yes&quot; or &quot;n/a&quot;: %2. Answer them in the checklist field, or import the service with status &quot;pilot&quot; and approve it in the form</translation>
    </message>
    <message>
        <source>Nothing was imported. The registry was changed meanwhile: run the import again (a service that exists by then is updated instead of added).</source>
        <translation>Nothing was imported. The registry was changed meanwhile: run the import again (a service that exists by then is updated instead of added).</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it into several files</source>
        <translation>the file is larger than %1 MiB: split it into several files</translation>
    </message>
    <message>
        <source>the registry is the demo of the fictional Musterstadt: say what becomes of its services (--leave-demo retire: they are set to retired, recommended; --leave-demo keep: they stay approved); nothing was changed</source>
        <translation>the registry is the demo of the fictional Musterstadt: say what becomes of its services (--leave-demo retire: they are set to retired, recommended; --leave-demo keep: they stay approved); nothing was changed</translation>
    </message>
</context>
<context>
    <name>kilotse::SchemaValidator</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>value %1 is not allowed (allowed: %2)</source>
        <translation>value %1 is not allowed (allowed: %2)</translation>
    </message>
    <message>
        <source>value %1 is not allowed (expected %2)</source>
        <translation>value %1 is not allowed (expected %2)</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>the text must not be empty</translation>
    </message>
    <message>
        <source>the text needs at least %1 characters</source>
        <translation>the text needs at least %1 characters</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>the text has %1 characters; at most %2 are allowed</translation>
    </message>
    <message>
        <source>value %1 does not have the required form (pattern %2)</source>
        <translation>value %1 does not have the required form (pattern %2)</translation>
    </message>
    <message>
        <source>value %1 is out of range (%2 to %3)</source>
        <translation>value %1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>the list needs at least %1 entries, it has %2</source>
        <translation>the list needs at least %1 entries, it has %2</translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed</source>
        <translation>the list has %1 entries; at most %2 are allowed</translation>
    </message>
    <message>
        <source>the object needs at least %1 member(s)</source>
        <translation>the object needs at least %1 member(s)</translation>
    </message>
    <message>
        <source>the object has %1 members; at most %2 are allowed</source>
        <translation>the object has %1 members; at most %2 are allowed</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>required field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (allowed: %2)</source>
        <translation>unknown field &quot;%1&quot; (allowed: %2)</translation>
    </message>
    <message>
        <source>member name: %1</source>
        <translation>member name: %1</translation>
    </message>
</context>
<context>
    <name>kilotse::Service</name>
    <message>
        <source>the field is required</source>
        <translation>the field is required</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>list entries must be non-empty single lines of at most 200 characters without &quot;|&quot;</source>
        <translation>list entries must be non-empty single lines of at most 200 characters without &quot;|&quot;</translation>
    </message>
    <message>
        <source>the highest level is 0, 1 or 2</source>
        <translation>the highest level is 0, 1 or 2</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unknown use case &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an approved service needs the date of its next review</source>
        <translation>an approved service needs the date of its next review</translation>
    </message>
    <message>
        <source>the next review cannot be before the approval date</source>
        <translation>the next review cannot be before the approval date</translation>
    </message>
    <message>
        <source>a service cleared for data under a special secrecy law must also be cleared for personal data and for level 2</source>
        <translation>a service cleared for data under a special secrecy law must also be cleared for personal data and for level 2</translation>
    </message>
    <message>
        <source>the address is longer than 500 characters</source>
        <translation>the address is longer than 500 characters</translation>
    </message>
    <message>
        <source>the address must be a complete URL such as https://ki.example.org</source>
        <translation>the address must be a complete URL such as https://ki.example.org</translation>
    </message>
    <message>
        <source>the address contains a user name before &quot;@&quot;, which hides the real server %1: give the address without it</source>
        <translation>the address contains a user name before &quot;@&quot;, which hides the real server %1: give the address without it</translation>
    </message>
    <message>
        <source>the address must use https:// (an encrypted connection), also in the intranet; http:// is accepted only for this computer (localhost)</source>
        <translation>the address must use https:// (an encrypted connection), also in the intranet; http:// is accepted only for this computer (localhost)</translation>
    </message>
    <message>
        <source>the address must be an https:// URL such as https://ki.example.org</source>
        <translation>the address must be an https:// URL such as https://ki.example.org</translation>
    </message>
    <message>
        <source>control character %1 at character %2: not allowed in registry text</source>
        <translation>control character %1 at character %2: not allowed in registry text</translation>
    </message>
    <message>
        <source>the name contains the invisible or look-alike character %1 at character %2: use ordinary letters, spaces and the hyphen &quot;-&quot;</source>
        <translation>the name contains the invisible or look-alike character %1 at character %2: use ordinary letters, spaces and the hyphen &quot;-&quot;</translation>
    </message>
</context>
<context>
    <name>kilotse::ServiceIo</name>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>value not allowed</source>
        <translation>value not allowed</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2</source>
        <translation>expected 0, 1 or 2</translation>
    </message>
    <message>
        <source>expected entries id=yes|no|n/a</source>
        <translation>expected entries id=yes|no|n/a</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>the file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>expected {&quot;format&quot;: &quot;ki-lotse-registry&quot;, &quot;version&quot;: 1, &quot;services&quot;: [...]}</source>
        <translation>expected {&quot;format&quot;: &quot;ki-lotse-registry&quot;, &quot;version&quot;: 1, &quot;services&quot;: [...]}</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>only version 1 is supported</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>required field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: not a CSV text file</source>
        <translation>the file contains NUL bytes: not a CSV text file</translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation>a quoted cell is not closed</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>column &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected the field names of an export)</source>
        <translation>unknown column &quot;%1&quot; (expected the field names of an export)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>the row has %1 cells, the header %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>an array of strings</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true or false (without quotes)</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; (or &quot;&quot; for none)</source>
        <translation>a date &quot;YYYY-MM-DD&quot; (or &quot;&quot; for none)</translation>
    </message>
    <message>
        <source>the number 0, 1 or 2 (without quotes)</source>
        <translation>the number 0, 1 or 2 (without quotes)</translation>
    </message>
    <message>
        <source>an object of item ids with &quot;yes&quot;, &quot;no&quot; or &quot;n/a&quot;</source>
        <translation>an object of item ids with &quot;yes&quot;, &quot;no&quot; or &quot;n/a&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; must be %2</translation>
    </message>
    <message>
        <source>list entries must be non-empty and without &quot;|&quot;</source>
        <translation>list entries must be non-empty and without &quot;|&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected format, version and services)</source>
        <translation>unknown field &quot;%1&quot; (expected format, version and services)</translation>
    </message>
</context>
<context>
    <name>kilotse::TemplateFill</name>
    <message>
        <source>required value &quot;%1&quot; is missing</source>
        <translation>required value &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a single line; use a multiline field for longer text</source>
        <translation>&quot;%1&quot; takes a single line; use a multiline field for longer text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a number</source>
        <translation>&quot;%1&quot; expects a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; must be between %2 and %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>&quot;%1&quot; expects a date (YYYY-MM-DD or DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>&quot;%1&quot; must be one of: %2</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; has no placeholder &quot;%2&quot;</source>
        <translation>template &quot;%1&quot; has no placeholder &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>kilotse::Tools</name>
    <message>
        <source>Hinweis: Dies ist das Demo-Verzeichnis der fiktiven Stadt Musterstadt, keine Freigabe Ihrer Verwaltung.</source>
        <translation>Note: this is the demo registry of the fictional town of Musterstadt, not an approval by your administration.</translation>
    </message>
    <message>
        <source>Nach Klärung: Die folgenden Dienste kommen erst infrage, wenn die Rücksprache stattgefunden hat und der Einsatz freigegeben ist.</source>
        <translation>After clearance: the following services only come into question once the consultation has taken place and the use has been cleared.</translation>
    </message>
    <message>
        <source>Die Auswahl ist eingeschränkt: Angeboten werden nur Dienste, die Ihre Verwaltung ausdrücklich für Daten unter Sozial-, Steuer- oder Meldegeheimnis oder unter Berufsgeheimnis (§ 203 StGB) freigegeben hat.</source>
        <translation>The choice is restricted: only services that your administration has explicitly cleared for data under social, tax or registration secrecy or professional secrecy (§ 203 StGB) are offered.</translation>
    </message>
    <message>
        <source>Für Schutzstufe 1 ist im Verzeichnis kein Dienst für „%1“ eingetragen. Die Wahl des Werkzeugs ist frei – im Rahmen der Grundsätze Ihrer Verwaltung: kein privates Konto, keine personenbezogenen Daten, Ergebnis prüfen.</source>
        <translation>The registry lists no service for “%1” at protection level 1. You may choose the tool freely – within your administration&apos;s principles: no private account, no personal data, check the result.</translation>
    </message>
    <message>
        <source>Stufe %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Für „%1“ ist auf %2 kein Dienst freigegeben. Freigegebene Dienste gibt es für: %3. Passt Ihr Vorhaben zu keinem davon, geben Sie die Daten in kein KI-Werkzeug ein und fragen Sie Ihre IT-Administration.</source>
        <translation>No service is approved for “%1” at %2. Approved services exist for: %3. If your task fits none of these, do not enter the data into any AI tool and ask your IT administration.</translation>
    </message>
    <message>
        <source>Auf %1 ist derzeit kein Dienst freigegeben, der zu dieser Prüfung passt. Geben Sie die Daten in kein KI-Werkzeug ein und fragen Sie Ihre IT-Administration oder die oder den KI-Beauftragten.</source>
        <translation>At %1 no service fitting this check is currently approved. Do not enter the data into any AI tool and ask your IT administration or the AI officer.</translation>
    </message>
</context>
<context>
    <name>kilotse::cli</name>
    <message numerus="yes">
        <source>Fehler: Das Regelwerk ist ungültig (%n Fehler):</source>
        <translation>
            <numerusform>Error: The policy pack is invalid (%n error):</numerusform>
            <numerusform>Error: The policy pack is invalid (%n errors):</numerusform>
        </translation>
    </message>
    <message>
        <source>Fehler: Die Standardeingabe kann nicht gelesen werden.</source>
        <translation>Error: Standard input cannot be read.</translation>
    </message>
    <message>
        <source>Fehler: %1: Die Antwortdatei kann nicht gelesen werden (%2).</source>
        <translation>Error: %1: The answer file cannot be read (%2).</translation>
    </message>
    <message>
        <source>Fehler: Die Antworten sind unvollständig oder ungültig:</source>
        <translation>Error: The answers are incomplete or invalid:</translation>
    </message>
    <message>
        <source>--format erwartet „text“ oder „json“.</source>
        <translation>--format expects “text” or “json”.</translation>
    </message>
    <message>
        <source>--%1 erwartet eine Zahl von %2 bis %3.</source>
        <translation>--%1 expects a number from %2 to %3.</translation>
    </message>
    <message>
        <source>„%1“ braucht einen Unterbefehl (%2).</source>
        <translation>“%1” needs a subcommand (%2).</translation>
    </message>
    <message>
        <source>Unbekannter Unterbefehl „%1 %2“ (%3).</source>
        <translation>Unknown subcommand “%1 %2” (%3).</translation>
    </message>
    <message>
        <source>Die Option „--%1“ passt nicht zu diesem Befehl.</source>
        <translation>The option “--%1” does not apply to this command.</translation>
    </message>
    <message>
        <source>Es fehlt ein Argument.</source>
        <translation>An argument is missing.</translation>
    </message>
    <message>
        <source>Unerwartetes Argument „%1“.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Fehler: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>classify braucht --answers DATEI (oder „-“ für die Standardeingabe).</source>
        <translation>classify needs --answers FILE (or “-” for standard input).</translation>
    </message>
    <message>
        <source>Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); freigegebene Dienste werden nicht angezeigt.</source>
        <translation>Note: The AI service registry is not available (%1); approved services are not shown.</translation>
    </message>
    <message>
        <source>Regelwerk gültig: %1 %2 (%3 Fragen, %4 Anwendungsfälle, %5 Regeln zur Einstufung, %6 Verhaltensregeln, %7 Vorlagen)</source>
        <translation>Policy pack valid: %1 %2 (%3 questions, %4 use cases, %5 classification rules, %6 rules of conduct, %7 templates)</translation>
    </message>
    <message>
        <source>Warnung: Workshop-Szenario „%1“: %2</source>
        <translation>Warning: workshop scenario “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Regelwerk ungültig: %n Fehler in %1</source>
        <translation>
            <numerusform>Policy pack invalid: %n error in %1</numerusform>
            <numerusform>Policy pack invalid: %n errors in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--audience erwartet clerk, admin oder trainer.</source>
        <translation>--audience expects clerk, admin or trainer.</translation>
    </message>
    <message>
        <source>Unbekannter Bereich „%1“.</source>
        <translation>Unknown area “%1”.</translation>
    </message>
    <message>
        <source>Fehler: Unbekannte Regel „%1“.</source>
        <translation>Error: Unknown rule “%1”.</translation>
    </message>
    <message>
        <source>Unbekannter Anwendungsfall „%1“.</source>
        <translation>Unknown use case “%1”.</translation>
    </message>
    <message>
        <source>Fehler: Unbekannte Vorlage „%1“.</source>
        <translation>Error: Unknown template “%1”.</translation>
    </message>
    <message>
        <source>--set erwartet NAME=WERT, nicht „%1“.</source>
        <translation>--set expects NAME=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>Fehler: Die Vorlage „%1“ kann so nicht ausgefüllt werden:</source>
        <translation>Error: The template “%1” cannot be filled in like this:</translation>
    </message>
    <message>
        <source>Hinweis: Mit diesem Inhalt gilt Schutzstufe 2 (möglicherweise personenbezogene Daten in: %1).</source>
        <translation>Note: With this content, protection level 2 applies (possibly personal data in: %1).</translation>
    </message>
    <message>
        <source>--format erwartet text, long, html, markdown, email oder jsonld.</source>
        <translation>--format expects text, long, html, markdown, email or jsonld.</translation>
    </message>
    <message>
        <source>--public-interest setzt --audience public voraus.</source>
        <translation>--public-interest requires --audience public.</translation>
    </message>
    <message>
        <source>--date erwartet ein Datum im Format JJJJ-MM-TT.</source>
        <translation>--date expects a date in the format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Fehler: Das Regelwerk enthält keine Texte für Transparenzhinweise.</source>
        <translation>Error: The policy pack contains no texts for transparency labels.</translation>
    </message>
    <message>
        <source>label braucht --tool NAME.</source>
        <translation>label needs --tool NAME.</translation>
    </message>
    <message>
        <source>--involvement erwartet: %1.</source>
        <translation>--involvement expects: %1.</translation>
    </message>
    <message>
        <source>--language erwartet de oder en.</source>
        <translation>--language expects de or en.</translation>
    </message>
    <message>
        <source>Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: ja</source>
        <translation>Labelling obligation under Art. 50(4) AI Act: yes</translation>
    </message>
    <message>
        <source>Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: nein</source>
        <translation>Labelling obligation under Art. 50(4) AI Act: no</translation>
    </message>
    <message>
        <source>tools braucht --level 1 oder --level 2.</source>
        <translation>tools needs --level 1 or --level 2.</translation>
    </message>
    <message>
        <source>--format erwartet „json“ oder „csv“.</source>
        <translation>--format expects “json” or “csv”.</translation>
    </message>
    <message numerus="yes">
        <source>Import abgelehnt, nichts wurde geändert (%n Fehler):</source>
        <translation>
            <numerusform>Import rejected, nothing was changed (%n error):</numerusform>
            <numerusform>Import rejected, nothing was changed (%n errors):</numerusform>
        </translation>
    </message>
    <message>
        <source>Probelauf ohne Fehler: %1 neu, %2 aktualisiert (nichts geändert).</source>
        <translation>Dry run without errors: %1 new, %2 updated (nothing changed).</translation>
    </message>
    <message>
        <source>Import abgeschlossen: %1 neu, %2 aktualisiert.</source>
        <translation>Import complete: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>Keine Prüfung überfällig.</source>
        <translation>No reviews overdue.</translation>
    </message>
    <message>
        <source>Überfällig: %1 (nächste Prüfung: %2; zuständig: %3 %4)</source>
        <translation>Overdue: %1 (next review: %2; responsible: %3 %4)</translation>
    </message>
    <message>
        <source>nicht gesetzt</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Fehler: Unbekannter Dienst „%1“.</source>
        <translation>Error: Unknown service “%1”.</translation>
    </message>
    <message>
        <source>Fehler: %1: Die Datei kann nicht gelesen werden (%2).</source>
        <translation>Error: %1: The file cannot be read (%2).</translation>
    </message>
    <message>
        <source>Fehler: %1: %2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <source>Hinweis: %1 ist kein UTF-8; gelesen als %2.</source>
        <translation>Note: %1 is not UTF-8; read as %2.</translation>
    </message>
    <message>
        <source>Fehler: Das Regelwerk „%1“ enthält keine Prüfregeln für Entwürfe (Datei „scan“ im Manifest).</source>
        <translation>Error: The policy pack “%1” contains no check rules for drafts (file “scan” in the manifest).</translation>
    </message>
    <message>
        <source>Keine personenbezogenen Daten oder Vermerke erkannt. Das ersetzt nicht Ihre eigene Prüfung.</source>
        <translation>No personal data or markings detected. This does not replace your own check.</translation>
    </message>
    <message>
        <source>Fehler: %1: Die Zuordnung kann nicht geschrieben werden (%2).</source>
        <translation>Error: %1: The mapping cannot be written (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n Stelle(n) ersetzt.</source>
        <translation>
            <numerusform>%n occurrence replaced.</numerusform>
            <numerusform>%n occurrences replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>restore braucht --mapping DATEI (geschrieben von „pseudonymise --mapping“).</source>
        <translation>restore needs --mapping FILE (written by “pseudonymise --mapping”).</translation>
    </message>
    <message>
        <source>Fehler: %1: Die Zuordnung kann nicht gelesen werden (%2).</source>
        <translation>Error: %1: The mapping cannot be read (%2).</translation>
    </message>
    <message>
        <source>Hinweis: unbekannte Platzhalter: %1</source>
        <translation>Note: unknown placeholders: %1</translation>
    </message>
    <message>
        <source>Fehler: Die Ausgabe kann nicht geschrieben werden.</source>
        <translation>Error: The output cannot be written.</translation>
    </message>
    <message>
        <source>Fehler: %1: Die Datei kann nicht geschrieben werden (%2).</source>
        <translation>Error: %1: The file cannot be written (%2).</translation>
    </message>
    <message>
        <source>Fehler: %1: Der Prüfvermerk kann nicht gelesen werden (%2).</source>
        <translation>Error: %1: The check record cannot be read (%2).</translation>
    </message>
    <message>
        <source>Fehler: Der Prüfvermerk ist ungültig:</source>
        <translation>Error: The check record is invalid:</translation>
    </message>
    <message>
        <source>Hinweis: Das Regelwerk „%1“ enthält keine Workshop-Szenarien.</source>
        <translation>Note: The policy pack “%1” contains no workshop scenarios.</translation>
    </message>
    <message numerus="yes">
        <source>Fehler: Die Szenariodatei ist ungültig (%n Fehler):</source>
        <translation>
            <numerusform>Error: The scenario file is invalid (%n error):</numerusform>
            <numerusform>Error: The scenario file is invalid (%n errors):</numerusform>
        </translation>
    </message>
    <message>
        <source>nicht zulässig</source>
        <translation>not permitted</translation>
    </message>
    <message>
        <source>Schutzstufe %1, Rücksprache</source>
        <translation>Protection level %1, consultation</translation>
    </message>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Protection level %1</translation>
    </message>
    <message>
        <source>report braucht --format pdf, html oder json.</source>
        <translation>report needs --format pdf, html or json.</translation>
    </message>
    <message>
        <source>report braucht -o DATEI (oder „-o -“ für die Standardausgabe).</source>
        <translation>report needs -o FILE (or “-o -” for standard output).</translation>
    </message>
    <message>
        <source>report braucht entweder --answers DATEI (neuer Vermerk) oder --record DATEI (vorhandenen Vermerk neu ausgeben und mit dem aktuellen Regelwerk abgleichen).</source>
        <translation>report needs either --answers FILE (new record) or --record FILE (output an existing record again and compare it with the current policy pack).</translation>
    </message>
    <message>
        <source>--purpose, --draft, --label-tool und --with-user gelten nur zusammen mit --answers.</source>
        <translation>--purpose, --draft, --label-tool and --with-user only apply together with --answers.</translation>
    </message>
    <message>
        <source>Hinweis: Der Zweck wurde auf eine Zeile mit höchstens %1 Zeichen gekürzt.</source>
        <translation>Note: The purpose was shortened to one line of at most %1 characters.</translation>
    </message>
    <message>
        <source>Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); der Vermerk nennt keine Dienste.</source>
        <translation>Note: The AI service registry is not available (%1); the record names no services.</translation>
    </message>
    <message>
        <source>Fehler: Der Transparenzhinweis kann nicht erstellt werden (%1).</source>
        <translation>Error: The transparency label cannot be created (%1).</translation>
    </message>
    <message>
        <source>Prüfvermerk geschrieben: %1</source>
        <translation>Check record written: %1</translation>
    </message>
    <message>
        <source>Vermerk vom %1: %2</source>
        <translation>Record dated %1: %2</translation>
    </message>
    <message>
        <source>Regelwerk unverändert (%1 %2).</source>
        <translation>Policy pack unchanged (%1 %2).</translation>
    </message>
    <message>
        <source>Neu bewerten nicht möglich: Die Antworten passen nicht mehr zum Fragebogen.</source>
        <translation>Cannot re-evaluate: the answers no longer match the questionnaire.</translation>
    </message>
    <message>
        <source>GEÄNDERT – heute: %1</source>
        <translation>CHANGED – now: %1</translation>
    </message>
    <message>
        <source>  neu greifende Regeln: %1</source>
        <translation>  rules that now apply: %1</translation>
    </message>
    <message>
        <source>  nicht mehr greifende Regeln: %1</source>
        <translation>  rules that no longer apply: %1</translation>
    </message>
    <message>
        <source>Unverändert – heute dasselbe Ergebnis.</source>
        <translation>Unchanged – same result today.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 von %2 Szenarien ergeben mit dem Regelwerk das erwartete Ergebnis.</source>
        <translation>%1 of %2 scenarios give the expected result with the policy pack.</translation>
    </message>
    <message>
        <source>Fehler: Unbekanntes Szenario „%1“ (vorhanden: %2).</source>
        <translation>Error: Unknown scenario “%1” (available: %2).</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>Frage: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Anwendungsfall: %1</source>
        <translation>Use case: %1</translation>
    </message>
    <message>
        <source>Auflösung: %1</source>
        <translation>Reveal: %1</translation>
    </message>
    <message>
        <source>Merksatz: %1</source>
        <translation>Key point: %1</translation>
    </message>
    <message>
        <source>Zur Diskussion: %1</source>
        <translation>For discussion: %1</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Warnung: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Hinweis: Demo-Verzeichnis der fiktiven Stadt Musterstadt.</source>
        <translation>Note: demo registry of the fictional town of Musterstadt.</translation>
    </message>
    <message>
        <source>Kein freigegebener Dienst passt.</source>
        <translation>No approved service matches.</translation>
    </message>
    <message>
        <source>Einschränkungen: %1</source>
        <translation>Restrictions: %1</translation>
    </message>
    <message>
        <source>Ergebnis: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Gründe:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Keine Regel greift; es gilt die Grundstufe.</source>
        <translation>No rule applies; the base level applies.</translation>
    </message>
    <message>
        <source>%1 (zählt als „%2“)</source>
        <translation>%1 (counts as “%2”)</translation>
    </message>
    <message>
        <source>Ausgelöst durch: %1 = %2</source>
        <translation>Triggered by: %1 = %2</translation>
    </message>
    <message>
        <source>Was tun: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Freigegebene Dienste:</source>
        <translation>Approved services:</translation>
    </message>
    <message>
        <source>Regelwerk: %1 %2 (%3)</source>
        <translation>Policy pack: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Herausgeber: %1</source>
        <translation>Publisher: %1</translation>
    </message>
    <message>
        <source>Gültig ab: %1</source>
        <translation>Valid from: %1</translation>
    </message>
    <message>
        <source>Herkunft: %1 (%2)</source>
        <translation>Origin: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Fragen:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Anwendungsfälle:</source>
        <translation>Use cases:</translation>
    </message>
    <message>
        <source>Regeln:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <source>Keine passenden Regeln.</source>
        <translation>No matching rules.</translation>
    </message>
    <message>
        <source>Anzahl Regeln: %1; [1] = besonders wichtig. Regelwerk: %2 %3</source>
        <translation>Number of rules: %1; [1] = particularly important. Policy pack: %2 %3</translation>
    </message>
    <message>
        <source>Bereich: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Für: %1 · Priorität: %2</source>
        <translation>For: %1 · Priority: %2</translation>
    </message>
    <message>
        <source>Aus dem Regelwerk: %1</source>
        <translation>From the policy pack: %1</translation>
    </message>
    <message>
        <source>Keine passenden Vorlagen.</source>
        <translation>No matching templates.</translation>
    </message>
    <message>
        <source>[kann personenbezogene Daten enthalten → Schutzstufe 2]</source>
        <translation>[may contain personal data → protection level 2]</translation>
    </message>
    <message>
        <source>Platzhalter:</source>
        <translation>Placeholders:</translation>
    </message>
    <message>
        <source>, Pflicht</source>
        <translation>, required</translation>
    </message>
    <message>
        <source>, kann personenbezogen sein</source>
        <translation>, may be personal data</translation>
    </message>
    <message>
        <source>-o erwartet einen Dateinamen.</source>
        <translation>-o expects a file name.</translation>
    </message>
    <message>
        <source>--%1 erwartet einen Wert.</source>
        <translation>--%1 expects a value.</translation>
    </message>
    <message>
        <source>Kein Befehl angegeben.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unbekannter Befehl „%1“.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>Übersetzung „%1“ (%2): %3 Texte übersetzt, %4 ohne Übersetzung (erscheinen in der Sprache des Regelwerks)</source>
        <translation>Translation “%1” (%2): %3 texts translated, %4 without translation (shown in the language of the policy pack)</translation>
    </message>
    <message numerus="yes">
        <source>Warnung: %1: %n Einträge passen zu keinem Text des Regelwerks, z. B. „%2“</source>
        <translation>
            <numerusform>Warning: %1: %n entry does not match any text in the policy pack, e.g. “%2”</numerusform>
            <numerusform>Warning: %1: %n entries do not match any text in the policy pack, e.g. “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>Einstellungen in Ordnung (System: %1, Benutzer: %2).</source>
        <translation>Settings OK (system: %1, user: %2).</translation>
    </message>
    <message>
        <source>keine Datei</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>Systemweite Einstellungen: %1%2</source>
        <translation>System-wide settings: %1%2</translation>
    </message>
    <message>
        <source> (nicht vorhanden)</source>
        <translation> (not present)</translation>
    </message>
    <message>
        <source>Eigene Einstellungen:      %1%2</source>
        <translation>Your own settings:    %1%2</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>default</translation>
    </message>
    <message>
        <source>System</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>user</translation>
    </message>
    <message>
        <source>, gesperrt</source>
        <translation>, locked</translation>
    </message>
    <message>
        <source>--audience erwartet internal, individual oder public.</source>
        <translation>--audience expects internal, individual or public.</translation>
    </message>
    <message>
        <source>--medium erwartet text, image, audio oder video.</source>
        <translation>--medium expects text, image, audio or video.</translation>
    </message>
    <message>
        <source>--deepfake gilt nur für --medium image, audio oder video.</source>
        <translation>--deepfake only applies to --medium image, audio or video.</translation>
    </message>
    <message>
        <source>--artistic setzt --deepfake voraus.</source>
        <translation>--artistic requires --deepfake.</translation>
    </message>
    <message>
        <source>nach Klärung</source>
        <translation>after clearance</translation>
    </message>
    <message>
        <source>Was Sie jetzt tun:</source>
        <translation>What to do now:</translation>
    </message>
    <message>
        <source>Rechtsstand: %1</source>
        <translation>Legal status: %1</translation>
    </message>
    <message>
        <source>Funde: %1 – vorgeschlagen: %2</source>
        <translation>Findings: %1 – suggested: %2</translation>
    </message>
    <message>
        <source>Warnung: Der Zweck enthält offenbar Angaben, die Personen erkennbar machen (%1). Der Vermerk kommt in die Akte – bitte ohne Namen, Anschriften oder Kennnummern formulieren.</source>
        <translation>Warning: the purpose appears to contain details that identify people (%1). The record goes into the file – please word it without names, addresses or ID numbers.</translation>
    </message>
    <message>
        <source>--format erwartet „text“, „json“ oder „ndjson“.</source>
        <translation>--format expects “text”, “json” or “ndjson”.</translation>
    </message>
    <message>
        <source>--pretty gilt nur zusammen mit --format json.</source>
        <translation>--pretty only goes with --format json.</translation>
    </message>
    <message>
        <source>Fehler: Die Ausgabe konnte nicht geschrieben werden.</source>
        <translation>Error: the output could not be written.</translation>
    </message>
    <message>
        <source>Fehler: Das Verzeichnis der KI-Dienste kann nicht geöffnet werden: %1 (%2)</source>
        <translation>Error: The AI service registry cannot be opened: %1 (%2)</translation>
    </message>
    <message>
        <source>Hinweis: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Mit diesen Einstellungen starten KI-Lotse und ki-lotse-cli nicht (keine Ersatzwerte, kein Demo-Verzeichnis). Den Start verhindert: %1</source>
        <translation>With these settings KI-Lotse and ki-lotse-cli do not start (no substitute values, no demo registry). What prevents the start: %1</translation>
    </message>
    <message>
        <source>--leave-demo erwartet „retire“ (Demo-Dienste außer Betrieb nehmen) oder „keep“ (Demo-Dienste behalten).</source>
        <translation>--leave-demo expects “retire” (decommission the demo services) or “keep” (keep the demo services).</translation>
    </message>
    <message>
        <source>Import abgelehnt, nichts wurde geändert:</source>
        <translation>Import refused, nothing was changed:</translation>
    </message>
    <message>
        <source>--encoding erwartet „utf-8“, „windows-1252“ oder „utf-16“.</source>
        <translation>--encoding expects “utf-8”, “windows-1252” or “utf-16”.</translation>
    </message>
    <message>
        <source>Import: %1 %</source>
        <translation>Import: %1 %</translation>
    </message>
    <message>
        <source>Speichern Sie die Datei als UTF-8, oder bestätigen Sie die Umwandlung mit --encoding (z. B. --encoding windows-1252).</source>
        <translation>Save the file as UTF-8, or confirm the conversion with --encoding (e.g. --encoding windows-1252).</translation>
    </message>
    <message>
        <source>--format erwartet „text“, „json“ oder „csv“.</source>
        <translation>--format expects “text”, “json” or “csv”.</translation>
    </message>
    <message>
        <source>--%1 erwartet ein Datum in der Form JJJJ-MM-TT, z. B. 2026-12-01.</source>
        <translation>--%1 expects a date in the form YYYY-MM-DD, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <source>--to liegt vor --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>Fehler: Das Änderungsprotokoll kann nicht gelesen werden: %1 (%2)</source>
        <translation>Error: The change log cannot be read: %1 (%2)</translation>
    </message>
    <message>
        <source>Fehler: %1 ist ein Ordner. Mit --recursive werden die Dateien darin geprüft.</source>
        <translation>Error: %1 is a folder. With --recursive the files in it are checked.</translation>
    </message>
    <message>
        <source>keine Funde</source>
        <translation>no findings</translation>
    </message>
    <message>
        <source>1 Fund</source>
        <translation>1 finding</translation>
    </message>
    <message>
        <source>%L1 Funde</source>
        <translation>%L1 findings</translation>
    </message>
    <message>
        <source>1 Datei</source>
        <translation>1 file</translation>
    </message>
    <message>
        <source>%L1 Dateien</source>
        <translation>%L1 files</translation>
    </message>
    <message>
        <source>%1, 1 Seite</source>
        <translation>%1, 1 page</translation>
    </message>
    <message>
        <source>%1, %L2 Seiten</source>
        <translation>%1, %L2 pages</translation>
    </message>
    <message>
        <source>%1, 1 Tabelle</source>
        <translation>%1, 1 sheet</translation>
    </message>
    <message>
        <source>%1, %L2 Tabellen</source>
        <translation>%1, %L2 sheets</translation>
    </message>
    <message>
        <source>Text, %1</source>
        <translation>Text, %1</translation>
    </message>
    <message>
        <source>Die Standardeingabe („-“) kann nur einmal geprüft werden.</source>
        <translation>Standard input (“-”) can only be checked once.</translation>
    </message>
    <message>
        <source>Fehler: Im Ordner liegen keine Dateien.</source>
        <translation>Error: There are no files in the folder.</translation>
    </message>
    <message>
        <source>Fehler: %1: nicht geprüft – %2</source>
        <translation>Error: %1: not checked – %2</translation>
    </message>
    <message>
        <source>Fehler: %1: nicht geprüft – keine Textebene (ein Scan oder nur Bilder); Text in Bildern kann nicht geprüft werden.</source>
        <translation>Error: %1: not checked – no text layer (a scan or pictures only); text in pictures cannot be checked.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 – vorgeschlagen: %4</source>
        <translation>%1 (%2): %3 – suggested: %4</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Zusammen: %1 geprüft; %2 – vorgeschlagen: %3</source>
        <translation>In total: %1 checked; %2 – suggested: %3</translation>
    </message>
    <message>
        <source>Zusammen: %1, davon %2 nicht geprüft; %3 – vorgeschlagen für die geprüften: %4</source>
        <translation>In total: %1, %2 of them not checked; %3 – suggested for the checked ones: %4</translation>
    </message>
    <message>
        <source>Zusammen: %1, keine davon geprüft.</source>
        <translation>In total: %1, none of them checked.</translation>
    </message>
    <message>
        <source>Im lesbaren Text nichts erkannt. Was nicht gelesen wurde (siehe „Hinweis“), prüfen Sie bitte selbst.</source>
        <translation>Nothing found in the readable text. Please check yourself what could not be read (see “Note”).</translation>
    </message>
    <message>
        <source>Fehler: Der Prüfvermerk kann nicht erstellt werden: %1</source>
        <translation>Error: The check record cannot be created: %1</translation>
    </message>
    <message>
        <source>Aufruf: ki-lotse-cli &lt;Befehl&gt; [Optionen]

Befehle:
  classify --answers DATEI|-          Prüfung aus einer Antwortdatei (JSON) auswerten
  policy validate ORDNER               Regelwerk vollständig prüfen
  policy show                          Aktives Regelwerk anzeigen
  rules list [--level N] [--audience clerk|admin|trainer] [--area ID]
             [--search TEXT] [--answers DATEI|-]
                                       Verhaltensregeln auflisten (mit --answers: die Regeln
                                       dieser Prüfung)
  rules show ID                        Eine Regel mit Erläuterung und Quelle
  templates list [--use-case ID] [--level N] [--search TEXT]
  templates show ID                    Vorlage mit Platzhaltern anzeigen
  templates fill ID --set NAME=WERT …  Vorlage ausfüllen
  label --tool NAME [--model M] [--involvement generated|assisted|translated|
        summarised|ideas|manipulated] [--reviewer R] [--date JJJJ-MM-TT]
        [--audience internal|individual|public] [--public-interest]
        [--medium text|image|audio|video] [--deepfake] [--artistic] [--language de|en]
        [--format text|long|html|markdown|email|jsonld]
                                       Transparenzhinweis erzeugen
  tools --level 1|2 [--use-case ID] [--personal-data] [--all]
                                       Freigegebene KI-Dienste für eine Schutzstufe
  registry export [--format json|csv]  Verzeichnis der KI-Dienste exportieren
  registry import DATEI [--dry-run] [--encoding windows-1252|utf-16]
                  [--leave-demo retire|keep]
                                       Importieren (alles oder nichts; nur UTF-8, andere
                                       Kodierung nur mit --encoding; ins Demo-Verzeichnis
                                       nur mit --leave-demo)
  registry reviews                     Überfällige Prüfungen (Exit-Code 3, wenn welche fällig)
  registry audit [--service NAME] [--actor WER] [--from JJJJ-MM-TT]
                 [--to JJJJ-MM-TT] [--limit N] [--format text|json|csv]
                                       Änderungsprotokoll (deutsch, gefiltert;
                                       csv für die Tabellenkalkulation)
  scan [--format text|json|ndjson] [--pretty] [--recursive] DATEI…|ORDNER…|-
                                       Entwurf oder Dateien (PDF, DOCX, XLSX, ODT, ODS,
                                       EML, Text) lokal auf personenbezogene Daten und
                                       Geheimhaltungsvermerke prüfen (JSON kompakt,
                                       mit --pretty eingerückt; ndjson: ein Fund je Zeile)
  pseudonymise [--mapping AUS.json] DATEI|-
                                       Funde durch Platzhalter ersetzen ([PERSON_1] …);
                                       --mapping schreibt die Zuordnung (enthält die Originale!)
  restore --mapping DATEI.json DATEI|- Platzhalter in einer Antwort zurückersetzen
  report --answers DATEI|- --format pdf|html|json -o AUS [--purpose TEXT]
         [--with-user] [--label-tool NAME] [--draft DATEI]
                                       Prüfvermerk erstellen (der Entwurf selbst kommt nie
                                       hinein, nur die Zahl der Funde je Art)
  report --record VERMERK.json --format pdf|html|json -o AUS
                                       Vermerk neu ausgeben, mit Abgleich zum Regelwerk
  recheck VERMERK.json                 Vermerk gegen das aktuelle Regelwerk prüfen
                                       (Exit-Code 3, wenn sich das Ergebnis ändert oder die
                                       Antworten nicht mehr zum Fragebogen passen)
  demo list|check [--demos DATEI]      Workshop-Szenarien auflisten / Erwartungen prüfen
  demo show ID [--demos DATEI]         Ein Szenario mit Auflösung
  config show|check [--system-file DATEI] [--user-file DATEI]
                                       Einstellungen anzeigen / prüfen (systemweite Datei
                                       der IT und eigene; Exit-Code 2 bei Fehlern)
  native-host [URSPRUNG]               Native-Messaging-Host der Browser-Erweiterung
                                       (startet der Browser über /usr/lib/ki-lotse/native-host;
                                       Nachrichten auf stdin/stdout)

Optionen:
  --policy ORDNER     Regelwerk aus diesem Ordner (sonst $KI_LOTSE_POLICY_DIR, Einstellung
                      policy/dir, Systemordner, mitgeliefertes Regelwerk)
  --format text|json  Ausgabeformat (Standard: text)
  --registry ORT      Verzeichnis der KI-Dienste: SQLite-Datei oder postgresql://-URL
                      (sonst $KI_LOTSE_REGISTRY, Einstellung registry/location, sonst die
                      Datei im Benutzerordner; gesperrte Einstellungen gehen vor)
  --lang de|en        Sprache der Ausgabe (sonst $KI_LOTSE_LANG, Einstellung ui/language)
  --version           Version ausgeben
  --help              Diese Hilfe

Exit-Codes: 0 erfolgreich, 1 Laufzeitfehler, 2 ungültige Eingabe oder Aufruf,
            3 Prüfungen überfällig (registry reviews), Ergebnis geändert (recheck)
            oder Funde (scan).
Antwortdatei: {&quot;use_case&quot;: &quot;drafting&quot;, &quot;answers&quot;: {&quot;personal_data&quot;: &quot;no&quot;, ...}}
</source>
        <translation>Usage: ki-lotse-cli &lt;command&gt; [options]

Commands:
  classify --answers FILE|-            Evaluate a check from an answer file (JSON)
  policy validate FOLDER               Check a policy pack completely
  policy show                          Show the active policy pack
  rules list [--level N] [--audience clerk|admin|trainer] [--area ID]
             [--search TEXT] [--answers FILE|-]
                                       List the rules of conduct (with --answers: the rules
                                       for this check)
  rules show ID                        One rule with explanation and source
  templates list [--use-case ID] [--level N] [--search TEXT]
  templates show ID                    Show a template with its placeholders
  templates fill ID --set NAME=VALUE … Fill in a template
  label --tool NAME [--model M] [--involvement generated|assisted|translated|
        summarised|ideas|manipulated] [--reviewer R] [--date YYYY-MM-DD]
        [--audience internal|individual|public] [--public-interest]
        [--medium text|image|audio|video] [--deepfake] [--artistic] [--language de|en]
        [--format text|long|html|markdown|email|jsonld]
                                       Create a transparency label
  tools --level 1|2 [--use-case ID] [--personal-data] [--all]
                                       Approved AI services for a protection level
  registry export [--format json|csv]  Export the AI service registry
  registry import FILE [--dry-run] [--encoding windows-1252|utf-16]
                  [--leave-demo retire|keep]
                                       Import (all or nothing; UTF-8 only, another
                                       encoding only with --encoding; into the demo
                                       registry only with --leave-demo)
  registry reviews                     Overdue reviews (exit code 3 if any are due)
  registry audit [--service NAME] [--actor WHO] [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--limit N] [--format text|json|csv]
                                       Change log (readable, filtered;
                                       csv for spreadsheets)
  scan [--format text|json|ndjson] [--pretty] [--recursive] FILE…|FOLDER…|-
                                       Check a draft or files (PDF, DOCX, XLSX, ODT, ODS,
                                       EML, text) locally for personal data and
                                       confidentiality markings (JSON compact,
                                       indented with --pretty; ndjson: one finding per line)
  pseudonymise [--mapping OUT.json] FILE|-
                                       Replace findings with placeholders ([PERSON_1] …);
                                       --mapping writes the mapping (contains the originals!)
  restore --mapping FILE.json FILE|-   Put the original values back into a response
  report --answers FILE|- --format pdf|html|json -o OUT [--purpose TEXT]
         [--with-user] [--label-tool NAME] [--draft FILE]
                                       Create a check record (the draft itself is never
                                       included, only the number of findings per type)
  report --record RECORD.json --format pdf|html|json -o OUT
                                       Output a record again, compared with the policy pack
  recheck RECORD.json                  Check a record against the current policy pack
                                       (exit code 3 if the result changes or the
                                       answers no longer match the questionnaire)
  demo list|check [--demos FILE]       List workshop scenarios / check expectations
  demo show ID [--demos FILE]          One scenario with its reveal
  config show|check [--system-file FILE] [--user-file FILE]
                                       Show / check settings (the IT department’s system-wide
                                       file and your own; exit code 2 on errors)
  native-host [ORIGIN]                 Native messaging host of the browser extension
                                       (the browser starts it through /usr/lib/ki-lotse/native-host;
                                       messages on stdin/stdout)

Options:
  --policy FOLDER     Policy pack from this folder (otherwise $KI_LOTSE_POLICY_DIR, setting
                      policy/dir, system folder, bundled policy pack)
  --format text|json  Output format (default: text)
  --registry LOCATION AI service registry: SQLite file or postgresql:// URL
                      (otherwise $KI_LOTSE_REGISTRY, setting registry/location, otherwise the
                      file in the user folder; locked settings take precedence)
  --lang de|en        Output language (otherwise $KI_LOTSE_LANG, setting ui/language)
  --version           Show the version
  --help              This help

Exit codes: 0 success, 1 runtime error, 2 invalid input or usage,
            3 reviews overdue (registry reviews), result changed (recheck)
            or findings (scan).
Answer file: {&quot;use_case&quot;: &quot;drafting&quot;, &quot;answers&quot;: {&quot;personal_data&quot;: &quot;no&quot;, ...}}</translation>
    </message>
    <message>
        <source>Fehler: Eine Nachricht gibt eine Länge über 64 MiB an; die Verbindung wird beendet.</source>
        <translation>Error: a message announces a length above 64 MiB; the connection is closed.</translation>
    </message>
</context>
<context>
    <name>kilotse::documents</name>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>last modified by</source>
        <translation>last modified by</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>printed by</source>
        <translation>printed by</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2</source>
        <translation>sheet “%1”, cell %2</translation>
    </message>
    <message>
        <source>name of sheet “%1”</source>
        <translation>name of sheet “%1”</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>footer</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>footnote</translation>
    </message>
    <message>
        <source>comment on sheet “%1”, cell %2</source>
        <translation>comment on sheet “%1”, cell %2</translation>
    </message>
    <message>
        <source>comment on page %1</source>
        <translation>comment on page %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>tracked change</source>
        <translation>tracked change</translation>
    </message>
    <message>
        <source>document property “%1”</source>
        <translation>document property “%1”</translation>
    </message>
    <message>
        <source>mail header “%1”</source>
        <translation>mail header “%1”</translation>
    </message>
    <message>
        <source>mail text</source>
        <translation>mail text</translation>
    </message>
    <message>
        <source>mail text (part %1)</source>
        <translation>mail text (part %1)</translation>
    </message>
    <message>
        <source>name of attachment “%1”</source>
        <translation>name of attachment “%1”</translation>
    </message>
    <message>
        <source>attachment “%1”</source>
        <translation>attachment “%1”</translation>
    </message>
    <message>
        <source>page %1 has no text layer (a scan or picture) – not checked</source>
        <translation>page %1 has no text layer (a scan or picture) – not checked</translation>
    </message>
    <message>
        <source>the document has no text layer (a scan or pictures only) – not checked</source>
        <translation>the document has no text layer (a scan or pictures only) – not checked</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) – text in pictures is not checked</source>
        <translation>
            <numerusform>%n picture – text in pictures is not checked</numerusform>
            <numerusform>%n pictures – text in pictures is not checked</numerusform>
        </translation>
    </message>
    <message>
        <source>attachment “%1” not checked</source>
        <translation>attachment “%1” not checked</translation>
    </message>
    <message numerus="yes">
        <source>%n embedded object(s) – not checked</source>
        <translation>
            <numerusform>%n embedded object – not checked</numerusform>
            <numerusform>%n embedded objects – not checked</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” skipped</source>
        <translation>“%1” skipped</translation>
    </message>
    <message>
        <source>the file holds more than %L1 characters of text; at most %L1 can be checked at once – split the file</source>
        <translation>the file holds more than %L1 characters of text; at most %L1 can be checked at once – split the file</translation>
    </message>
    <message>
        <source>the file has more than %L1 separate pieces of text (cells, paragraphs); split the file</source>
        <translation>the file has more than %L1 separate pieces of text (cells, paragraphs); split the file</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>attachments nested more than %n level(s) deep are not read</source>
        <translation>
            <numerusform>attachments nested more than %n level deep are not read</numerusform>
            <numerusform>attachments nested more than %n levels deep are not read</numerusform>
        </translation>
    </message>
    <message>
        <source>not a readable document type</source>
        <translation>not a readable document type</translation>
    </message>
    <message>
        <source>attachment “%1”: %2</source>
        <translation>attachment “%1”: %2</translation>
    </message>
    <message>
        <source>not a text file in a known encoding (UTF-8, UTF-16, Windows-1252)</source>
        <translation>not a text file in a known encoding (UTF-8, UTF-16, Windows-1252)</translation>
    </message>
    <message>
        <source>character %L1: control character 0x%2 – this is not a text file</source>
        <translation>character %L1: control character 0x%2 – this is not a text file</translation>
    </message>
    <message>
        <source>the file is %L1 MB; at most %L2 MB can be checked</source>
        <translation>the file is %L1 MB; at most %L2 MB can be checked</translation>
    </message>
    <message>
        <source>the Office file is password-protected; remove the protection to check it</source>
        <translation>the Office file is password-protected; remove the protection to check it</translation>
    </message>
    <message>
        <source>an old Word or Excel file (.doc, .xls) – save it as DOCX or XLSX (or ODT, ODS) to check it</source>
        <translation>an old Word or Excel file (.doc, .xls) – save it as DOCX or XLSX (or ODT, ODS) to check it</translation>
    </message>
    <message>
        <source>a picture – text in pictures cannot be checked</source>
        <translation>a picture – text in pictures cannot be checked</translation>
    </message>
    <message>
        <source>a ZIP archive that is no DOCX, XLSX, ODT or ODS – unpack it and check the files</source>
        <translation>a ZIP archive that is no DOCX, XLSX, ODT or ODS – unpack it and check the files</translation>
    </message>
    <message>
        <source>not a readable document type (readable: PDF, DOCX, XLSX, ODT, ODS, EML and text)</source>
        <translation>not a readable document type (readable: PDF, DOCX, XLSX, ODT, ODS, EML and text)</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>a folder, not a file</translation>
    </message>
    <message>
        <source>not a regular file but a pipe, device or socket</source>
        <translation>not a regular file but a pipe, device or socket</translation>
    </message>
    <message>
        <source>the e-mail has more than %L1 MIME parts</source>
        <translation>the e-mail has more than %L1 MIME parts</translation>
    </message>
    <message>
        <source>MIME part %1: multipart parts nested more than %L2 levels deep</source>
        <translation>MIME part %1: multipart parts nested more than %L2 levels deep</translation>
    </message>
    <message>
        <source>the content is encrypted (OpenPGP or S/MIME)</source>
        <translation>the content is encrypted (OpenPGP or S/MIME)</translation>
    </message>
    <message>
        <source>MIME part %1</source>
        <translation>MIME part %1</translation>
    </message>
    <message>
        <source>the attached e-mail cannot be decoded</source>
        <translation>the attached e-mail cannot be decoded</translation>
    </message>
    <message>
        <source>MIME part %1 cannot be decoded</source>
        <translation>MIME part %1 cannot be decoded</translation>
    </message>
    <message>
        <source>the e-mail cannot be read into memory</source>
        <translation>the e-mail cannot be read into memory</translation>
    </message>
    <message>
        <source>not an e-mail: it does not start with header lines (From:, To:, Subject: …)</source>
        <translation>not an e-mail: it does not start with header lines (From:, To:, Subject: …)</translation>
    </message>
    <message>
        <source>the Word document has no main part (entry word/document.xml is missing)</source>
        <translation>the Word document has no main part (entry word/document.xml is missing)</translation>
    </message>
    <message>
        <source>the Excel workbook has no main part (entry xl/workbook.xml is missing)</source>
        <translation>the Excel workbook has no main part (entry xl/workbook.xml is missing)</translation>
    </message>
    <message>
        <source>the part of sheet “%1” is missing (entry %2)</source>
        <translation>the part of sheet “%1” is missing (entry %2)</translation>
    </message>
    <message>
        <source>the OpenDocument file is password-protected; remove the protection to check it</source>
        <translation>the OpenDocument file is password-protected; remove the protection to check it</translation>
    </message>
    <message>
        <source>the OpenDocument file has no content (entry content.xml is missing)</source>
        <translation>the OpenDocument file has no content (entry content.xml is missing)</translation>
    </message>
    <message>
        <source>cells repeated more than %L1 times in all are not read again (they repeat the same text)</source>
        <translation>cells repeated more than %L1 times in all are not read again (they repeat the same text)</translation>
    </message>
    <message>
        <source>repeated cells</source>
        <translation>repeated cells</translation>
    </message>
    <message>
        <source>the PDF is too large to be read</source>
        <translation>the PDF is too large to be read</translation>
    </message>
    <message>
        <source>the PDF is incomplete (its end is missing) – it was probably cut off while saving or downloading; save it again</source>
        <translation>the PDF is incomplete (its end is missing) – it was probably cut off while saving or downloading; save it again</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or not a PDF) – open and save it again</source>
        <translation>the PDF cannot be read (damaged or not a PDF) – open and save it again</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the protection or check it unencrypted</source>
        <translation>the PDF is password-protected; remove the protection or check it unencrypted</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <source>the PDF has %L1 pages; at most %L2 can be checked at once – split the file</source>
        <translation>the PDF has %L1 pages; at most %L2 can be checked at once – split the file</translation>
    </message>
    <message>
        <source>the ZIP container is damaged or truncated (its table of contents cannot be read)</source>
        <translation>the ZIP container is damaged or truncated (its table of contents cannot be read)</translation>
    </message>
    <message>
        <source>the ZIP container has %L1 entries; at most %L2 can be read</source>
        <translation>the ZIP container has %L1 entries; at most %L2 can be read</translation>
    </message>
    <message>
        <source>the ZIP container has more than %L1 entries; at most %L1 can be read</source>
        <translation>the ZIP container has more than %L1 entries; at most %L1 can be read</translation>
    </message>
    <message>
        <source>the ZIP container is damaged: entry %L1 of its table of contents cannot be read</source>
        <translation>the ZIP container is damaged: entry %L1 of its table of contents cannot be read</translation>
    </message>
    <message>
        <source>the ZIP container is damaged: its table of contents ends after %L1 entries</source>
        <translation>the ZIP container is damaged: its table of contents ends after %L1 entries</translation>
    </message>
    <message>
        <source>the entry %1 is missing from the ZIP container</source>
        <translation>the entry %1 is missing from the ZIP container</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted (password-protected); remove the protection to check the file</source>
        <translation>the entry %1 is encrypted (password-protected); remove the protection to check the file</translation>
    </message>
    <message>
        <source>the entry %1 uses compression method %2, which cannot be read</source>
        <translation>the entry %1 uses compression method %2, which cannot be read</translation>
    </message>
    <message>
        <source>the entry %1 unpacks to more than %L2 bytes from %L3 compressed bytes – a ZIP bomb is not read</source>
        <translation>the entry %1 unpacks to more than %L2 bytes from %L3 compressed bytes – a ZIP bomb is not read</translation>
    </message>
    <message>
        <source>the entries of the ZIP container unpack to more than %L1 MB (at entry %2) – a ZIP bomb is not read</source>
        <translation>the entries of the ZIP container unpack to more than %L1 MB (at entry %2) – a ZIP bomb is not read</translation>
    </message>
    <message>
        <source>the entry %1 of the ZIP container is damaged</source>
        <translation>the entry %1 of the ZIP container is damaged</translation>
    </message>
    <message>
        <source>checksum error in entry %1 – the file is damaged</source>
        <translation>checksum error in entry %1 – the file is damaged</translation>
    </message>
    <message>
        <source>the entry %1 is damaged or truncated (ZIP error %2)</source>
        <translation>the entry %1 is damaged or truncated (ZIP error %2)</translation>
    </message>
    <message>
        <source>the entry %1 is damaged or truncated</source>
        <translation>the entry %1 is damaged or truncated</translation>
    </message>
    <message>
        <source>XML with a document type declaration (DTD) in entry %1 – not read (entity expansion)</source>
        <translation>XML with a document type declaration (DTD) in entry %1 – not read (entity expansion)</translation>
    </message>
    <message>
        <source>the XML in entry %1 is nested more than %L2 levels deep (line %L3)</source>
        <translation>the XML in entry %1 is nested more than %L2 levels deep (line %L3)</translation>
    </message>
    <message>
        <source>XML with an entity reference in entry %1, line %L2 – not read</source>
        <translation>XML with an entity reference in entry %1, line %L2 – not read</translation>
    </message>
    <message>
        <source>malformed XML in entry %1, line %L2: %3</source>
        <translation>malformed XML in entry %1, line %L2: %3</translation>
    </message>
    <message>
        <source>an Outlook message (.msg) – save it as an .eml file or print it to PDF to check it</source>
        <translation>an Outlook message (.msg) – save it as an .eml file or print it to PDF to check it</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::AboutDialog</name>
    <message>
        <source>Über KI-Lotse</source>
        <translation>About KI-Lotse</translation>
    </message>
    <message>
        <source>nicht verfügbar: %1</source>
        <translation>not available: %1</translation>
    </message>
    <message>
        <source>keines eingerichtet</source>
        <translation>none set up</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Regelwerk</source>
        <translation>Policy pack</translation>
    </message>
    <message>
        <source>Ordner des Regelwerks</source>
        <translation>Policy pack folder</translation>
    </message>
    <message>
        <source>Prüfsumme (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Verzeichnis der KI-Dienste</source>
        <translation>AI service registry</translation>
    </message>
    <message>
        <source>Systemweite Einstellungen</source>
        <translation>System-wide settings</translation>
    </message>
    <message>
        <source>keine (%1 fehlt)</source>
        <translation>none (%1 is missing)</translation>
    </message>
    <message>
        <source>Von der IT festgelegt</source>
        <translation>Locked by IT</translation>
    </message>
    <message>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>KI-Beauftragte Stelle</source>
        <translation>AI officer</translation>
    </message>
    <message>
        <source>nicht eingetragen – fragen Sie Ihre IT-Abteilung</source>
        <translation>not entered – ask your IT department</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>KI-Lotse %1</source>
        <translation>KI-Lotse %1</translation>
    </message>
    <message>
        <source>Prüft vor dem Einsatz generativer KI, welche Schutzstufe nach der VITAKO/KGSt-Guideline „Generative KI in Kommunalverwaltungen“ gilt, welche Dienste freigegeben sind und welche Regeln gelten. Ihre Eingaben verlassen diesen Rechner nicht.</source>
        <translation>Before generative AI is used, checks which protection level applies under the VITAKO/KGSt guideline “Generative KI in Kommunalverwaltungen” (generative AI in municipal administrations), which services are approved and which rules apply. Your entries do not leave this computer.</translation>
    </message>
    <message>
        <source>Angaben &amp;kopieren</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Kopiert Version, Regelwerk und Verzeichnis als Text, etwa für eine Anfrage an die IT.</source>
        <translation>Copies the version, policy pack and registry as text, e.g. for a request to IT.</translation>
    </message>
    <message>
        <source>Schließt dieses Fenster.</source>
        <translation>Closes this window.</translation>
    </message>
    <message>
        <source>Eigene Organisation</source>
        <translation>Own organisation</translation>
    </message>
    <message>
        <source>nicht eingerichtet – Anschriften, Postfächer, Rufnummern und Konten Ihrer Verwaltung erkennt die Entwurfsprüfung nur an Hinweisen wie „Rathaus“</source>
        <translation>not set up – the draft check recognises your administration&apos;s addresses, mailboxes, phone numbers and accounts only by cues such as “Rathaus” (town hall)</translation>
    </message>
    <message>
        <source>(kein Name eingetragen)</source>
        <translation>(no name set)</translation>
    </message>
    <message>
        <source>Eigene E-Mail-Domains</source>
        <translation>Own e-mail domains</translation>
    </message>
    <message>
        <source>Eigene Anschriften</source>
        <translation>Own addresses</translation>
    </message>
    <message>
        <source>Eigene Rufnummern (Anfang)</source>
        <translation>Own phone numbers (start)</translation>
    </message>
    <message>
        <source>Eigene Konten</source>
        <translation>Own accounts</translation>
    </message>
    <message>
        <source>Eigene Ämter und Einrichtungen</source>
        <translation>Own offices and facilities</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Diese Angaben meldet die Entwurfsprüfung nie als personenbezogen. Sie stehen in den systemweiten Einstellungen; nur Ihre IT kann sie ändern.</source>
        <translation>The draft check never reports these details as personal data. They are in the system-wide settings; only your IT department can change them.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::AuditDialog</name>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Datum im Format TT.MM.JJJJ; „offen“ (kleinster Wert, Taste Pos1) schränkt nicht ein.</source>
        <translation>Date in the format DD.MM.YYYY; “open” (lowest value, Home key) sets no limit.</translation>
    </message>
    <message>
        <source>Änderungsprotokoll</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Nach Dienst filtern</source>
        <translation>Filter by service</translation>
    </message>
    <message>
        <source>Zeigt nur die Einträge des gewählten Dienstes.</source>
        <translation>Shows only the entries of the selected service.</translation>
    </message>
    <message>
        <source>Alle Dienste</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Nach Person filtern (Wer)</source>
        <translation>Filter by person (Who)</translation>
    </message>
    <message>
        <source>Zeigt nur die Änderungen dieser Person oder Datenbankrolle.</source>
        <translation>Shows only the changes made by this person or database role.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Von (erster Tag)</source>
        <translation>From (first day)</translation>
    </message>
    <message>
        <source>Bis (letzter Tag)</source>
        <translation>To (last day)</translation>
    </message>
    <message>
        <source>&amp;Dienst:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Wer:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset filter</translation>
    </message>
    <message>
        <source>Zeigt wieder alle Einträge.</source>
        <translation>Shows all entries again.</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Vorher</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Nachher</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Jede Änderung am Verzeichnis, die neueste zuerst: wann, wer, was, an welchem Dienst und Feld, vorher und nachher.</source>
        <translation>Every change to the registry, newest first: when, who, what, on which service and field, before and after.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Als &amp;CSV exportieren …</source>
        <translation>Export as &amp;CSV …</translation>
    </message>
    <message>
        <source>Speichert die gefilterten Einträge als CSV-Datei für die Tabellenkalkulation.</source>
        <translation>Saves the filtered entries as a CSV file for spreadsheets.</translation>
    </message>
    <message>
        <source>Änderungsprotokoll: %1</source>
        <translation>Change log: %1</translation>
    </message>
    <message>
        <source>Der Zeitraum ist leer: „Von“ liegt nach „Bis“.</source>
        <translation>The period is empty: “From” is after “To”.</translation>
    </message>
    <message>
        <source>Das Änderungsprotokoll kann nicht gelesen werden: %1</source>
        <translation>The change log cannot be read: %1</translation>
    </message>
    <message>
        <source>Keine Einträge: Das Änderungsprotokoll liegt auf dem Server, der gerade nicht erreichbar ist.</source>
        <translation>No entries: the change log is kept on the server, which cannot be reached at the moment.</translation>
    </message>
    <message>
        <source>Keine Einträge für diesen Filter.</source>
        <translation>No entries for this filter.</translation>
    </message>
    <message>
        <source>Die neuesten %1 Einträge werden gezeigt; engen Sie den Filter ein, um ältere zu sehen. Der Export enthält alle passenden Einträge.</source>
        <translation>The newest %1 entries are shown; narrow the filter to see older ones. The export contains all matching entries.</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Änderungsprotokoll exportieren</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <source>CSV für Tabellenkalkulation (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Das Änderungsprotokoll wurde nicht gespeichert: %1 kann nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.</source>
        <translation>The change log was not saved: %1 cannot be written (%2). Choose another folder, for example “Documents”.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::CheckWizard</name>
    <message>
        <source>Aus dem Entwurf erkannt: „%1“ (%2). Bitte bestätigen oder korrigieren Sie die Antwort.</source>
        <translation>Detected in the draft: “%1” (%2). Please confirm or correct the answer.</translation>
    </message>
    <message>
        <source>Ihre vorherige Antwort war „%1“.</source>
        <translation>Your previous answer was “%1”.</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Schritt 1 von %1: Anwendungsfall</source>
        <translation>Step 1 of %1: use case</translation>
    </message>
    <message>
        <source>Schritt %1 von %2: Frage %3 von %4</source>
        <translation>Step %1 of %2: question %3 of %4</translation>
    </message>
    <message>
        <source>&amp;Auswerten &gt;</source>
        <translation>&amp;Evaluate &gt;</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ChecklistDialog</name>
    <message>
        <source>Freigabe-Checkliste für Schutzstufe %1</source>
        <translation>Approval checklist for protection level %1</translation>
    </message>
    <message>
        <source>MUSS</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>SOLL</source>
        <translation>SHOULD</translation>
    </message>
    <message>
        <source>&amp;Antwort:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beantworten Sie jedes Kriterium. Pflichtkriterien (MUSS) brauchen „ja“ oder „entfällt“, damit der Dienst für diese Stufe freigegeben werden kann. Was das Formular schon sagt, ist eingetragen und markiert. Die Antworten werden mit dem Eintrag gespeichert.</source>
        <translation>Answer each criterion. Mandatory criteria (MUST) need “yes” or “not applicable” so that the service can be approved for this level. What the form already says is filled in and marked. The answers are saved with the entry.</translation>
    </message>
    <message>
        <source>Fortschritt der Checkliste</source>
        <translation>Checklist progress</translation>
    </message>
    <message>
        <source>&amp;Nächster offener Pflichtpunkt</source>
        <translation>&amp;Next open mandatory item</translation>
    </message>
    <message>
        <source>Springt zum nächsten Pflichtkriterium ohne „ja“ oder „entfällt“.</source>
        <translation>Jumps to the next mandatory criterion without “yes” or “not applicable”.</translation>
    </message>
    <message>
        <source>alle Pflichtpunkte erfüllt</source>
        <translation>all mandatory items met</translation>
    </message>
    <message>
        <source>1 Pflichtpunkt offen</source>
        <translation>1 mandatory item open</translation>
    </message>
    <message>
        <source>%1 Pflichtpunkte offen</source>
        <translation>%1 mandatory items open</translation>
    </message>
    <message>
        <source>%1 von %2 beantwortet · %3</source>
        <translation>%1 of %2 answered · %3</translation>
    </message>
    <message>
        <source>%1 – %2 von %3 beantwortet</source>
        <translation>%1 – %2 of %3 answered</translation>
    </message>
    <message>
        <source>, 1 Pflichtpunkt offen</source>
        <translation>, 1 mandatory item open</translation>
    </message>
    <message>
        <source>, %1 Pflichtpunkte offen</source>
        <translation>, %1 mandatory items open</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ClipboardCheckDialog</name>
    <message>
        <source>Zwischenablage geprüft – KI-Lotse</source>
        <translation>Clipboard checked – KI-Lotse</translation>
    </message>
    <message>
        <source>&amp;Pseudonymisiert kopieren</source>
        <translation>Copy &amp;pseudonymised</translation>
    </message>
    <message>
        <source>Ersetzt Namen, Nummern und Anschriften im Text der Zwischenablage durch Platzhalter wie [PERSON_1].</source>
        <translation>Replaces names, numbers and addresses in the clipboard&apos;s text with placeholders such as [PERSON_1].</translation>
    </message>
    <message>
        <source>Im &amp;Entwurf prüfen</source>
        <translation>Check in &amp;draft</translation>
    </message>
    <message>
        <source>Öffnet den Text auf der Seite „Entwurf prüfen“ mit allen Funden und ihren Stellen.</source>
        <translation>Opens the text on the “Check draft” page with every finding and its place.</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ClipboardGuard</name>
    <message>
        <source>Zwischenablage &amp;prüfen</source>
        <translation>&amp;Check clipboard</translation>
    </message>
    <message>
        <source>Platzhalter in der Zwischenablage zurück&amp;setzen</source>
        <translation>Restore &amp;placeholders in the clipboard</translation>
    </message>
    <message>
        <source>KI-Lotse ö&amp;ffnen</source>
        <translation>&amp;Open KI-Lotse</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>KI-Lotse – Zwischenablage prüfen</source>
        <translation>KI-Lotse – check clipboard</translation>
    </message>
    <message>
        <source>Zwischenablage prüfen</source>
        <translation>Check clipboard</translation>
    </message>
    <message>
        <source>Das geladene Regelwerk enthält keine Regeln für die Entwurfsprüfung.</source>
        <translation>The loaded policy pack has no rules for the draft check.</translation>
    </message>
    <message>
        <source>In der Zwischenablage steht kein Text. Kopieren Sie den Text, den Sie einem KI-Dienst geben wollen, und prüfen Sie dann erneut.</source>
        <translation>There is no text on the clipboard. Copy the text you want to give to an AI service, then check again.</translation>
    </message>
    <message>
        <source>Der Text in der Zwischenablage ist mit %L1 Zeichen zu lang für die schnelle Prüfung. Fügen Sie ihn auf der Seite „Entwurf prüfen“ ein.</source>
        <translation>At %L1 characters, the text on the clipboard is too long for the quick check. Paste it on the “Check draft” page.</translation>
    </message>
    <message>
        <source>✓ Nichts erkannt – vorgeschlagen: %1</source>
        <translation>✓ Nothing found – suggested: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Fund(e) – vorgeschlagen: %1</source>
        <translation>
            <numerusform>⚠ %n finding – suggested: %1</numerusform>
            <numerusform>⚠ %n findings – suggested: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enthält: %1.</source>
        <translation>Contains: %1.</translation>
    </message>
    <message>
        <source>Keine Namen, Nummern, Anschriften oder Geheimhaltungshinweise erkannt. Das ersetzt nicht Ihre eigene Prüfung: KI-Lotse erkennt nur, was einem bekannten Muster folgt.</source>
        <translation>No names, numbers, addresses or secrecy markings found. This does not replace your own check: KI-Lotse only finds what follows a known pattern.</translation>
    </message>
    <message>
        <source>Für diesen Text darf keine KI genutzt werden.</source>
        <translation>AI must not be used for this text.</translation>
    </message>
    <message>
        <source>Vor der Nutzung einer KI: Rücksprache mit der oder dem KI- oder Datenschutzbeauftragten.</source>
        <translation>Before using an AI: consult the AI officer or the data protection officer.</translation>
    </message>
    <message>
        <source>Das Verzeichnis der KI-Dienste ist nicht verfügbar; welche Dienste freigegeben sind, kann KI-Lotse gerade nicht sagen.</source>
        <translation>The registry of AI services is not available; KI-Lotse cannot say right now which services are approved.</translation>
    </message>
    <message>
        <source>Kein Dienst im Verzeichnis Ihrer Verwaltung ist für Schutzstufe %1 freigegeben.</source>
        <translation>No service in your administration&apos;s registry is approved for protection level %1.</translation>
    </message>
    <message numerus="yes">
        <source>und %n weitere(r)</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Für Schutzstufe %1 freigegeben (welcher Dienst passt, hängt von der Aufgabe ab): %2.</source>
        <translation>Approved for protection level %1 (which service fits depends on the task): %2.</translation>
    </message>
    <message numerus="yes">
        <source>In die Zwischenablage kopiert: %n Stelle(n) durch Platzhalter ersetzt. Die Zuordnung bleibt nur in KI-Lotse, bis Sie es beenden.</source>
        <translation>
            <numerusform>Copied to the clipboard: %n place replaced with a placeholder. The mapping stays in KI-Lotse only, until you quit it.</numerusform>
            <numerusform>Copied to the clipboard: %n places replaced with placeholders. The mapping stays in KI-Lotse only, until you quit it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hinweise auf besondere Kategorien, Verschlusssachen oder Geschäftsgeheimnisse bleiben stehen: Der Inhalt selbst ist schutzbedürftig.</source>
        <translation>Indications of special categories, classified information or trade secrets remain in place: the content itself needs protection.</translation>
    </message>
    <message>
        <source>Platzhalter zurücksetzen</source>
        <translation>Restore placeholders</translation>
    </message>
    <message>
        <source>Es gibt keine Zuordnung: Kopieren Sie zuerst einen Text pseudonymisiert.</source>
        <translation>There is no mapping: first copy a text pseudonymised.</translation>
    </message>
    <message>
        <source>In der Zwischenablage steht kein Platzhalter der letzten Pseudonymisierung. Kopieren Sie die Antwort des KI-Dienstes und wählen Sie dann erneut „Platzhalter zurücksetzen“.</source>
        <translation>The clipboard holds no placeholder of the last pseudonymisation. Copy the AI service&apos;s answer, then choose “Restore placeholders” again.</translation>
    </message>
    <message numerus="yes">
        <source>%n Platzhalter ersetzt: Die Zwischenablage enthält wieder die ursprünglichen Angaben.</source>
        <translation>
            <numerusform>%n placeholder restored: the clipboard holds the original details again.</numerusform>
            <numerusform>%n placeholders restored: the clipboard holds the original details again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbekannt geblieben: %1</source>
        <translation>Left unresolved: %1</translation>
    </message>
    <message>
        <source>Unter Wayland sieht KI-Lotse die Zwischenablage nur, wenn sein Fenster im Vordergrund ist. Wählen Sie jetzt im Fenster von KI-Lotse Datei → Zwischenablage prüfen (Strg+Umschalt+K).</source>
        <translation>Under Wayland, KI-Lotse sees the clipboard only while its window is in front. Now choose File → Check clipboard (Ctrl+Shift+K) in the KI-Lotse window.</translation>
    </message>
    <message numerus="yes">
        <source>„Pseudonymisiert kopieren“ ersetzt %n Stelle(n) in der Zwischenablage durch Platzhalter. Die Angaben in der Antwort der KI setzt „Platzhalter in der Zwischenablage zurücksetzen“ wieder ein (Menü Datei oder Symbol im Infobereich).</source>
        <translation>
            <numerusform>“Copy pseudonymised” replaces %n place in the clipboard with a placeholder. “Restore placeholders in the clipboard” (File menu or tray icon) puts the details back into the AI's answer.</numerusform>
            <numerusform>“Copy pseudonymised” replaces %n places in the clipboard with placeholders. “Restore placeholders in the clipboard” (File menu or tray icon) puts the details back into the AI's answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Die Zwischenablage hat sich seit der Prüfung geändert; es wurde nichts kopiert. Prüfen Sie bitte erneut.</source>
        <translation>The clipboard has changed since the check; nothing was copied. Please check again.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::DraftEditor</name>
    <message>
        <source>Nur Dateien auf diesem Rechner können geprüft werden.</source>
        <translation>Only files on this computer can be checked.</translation>
    </message>
    <message>
        <source>Die Datei ist mit %1 MB zu groß (höchstens %2 MB).</source>
        <translation>The file is too large at %1 MB (maximum %2 MB).</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>Das ist keine Textdatei (Steuerzeichen bei Byte %1). Speichern Sie das Dokument als .txt und ziehen Sie diese Datei hierher.</source>
        <translation>This is not a text file (control character at byte %1). Save the document as .txt and drag that file here.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::DraftFilesPanel</name>
    <message>
        <source>Zeile %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Dateityp nicht lesbar</source>
        <translation>file type not readable</translation>
    </message>
    <message>
        <source>keine gewöhnliche Datei</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>nicht lesbar</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>zu groß</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>passwortgeschützt</source>
        <translation>password-protected</translation>
    </message>
    <message>
        <source>beschädigt</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>verdächtig stark gepackt</source>
        <translation>suspiciously highly compressed</translation>
    </message>
    <message>
        <source>zu tief verschachtelt</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Dateien &amp;hinzufügen …</source>
        <translation>&amp;Add files …</translation>
    </message>
    <message>
        <source>PDF-, Word-, Excel-, LibreOffice-, E-Mail- oder Textdateien zum Prüfen auswählen (Strg+Umschalt+O)</source>
        <translation>Select PDF, Word, Excel, LibreOffice, e-mail or text files to check (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Die ausgewählte Datei und ihre Funde aus der Prüfung nehmen (Entf)</source>
        <translation>Take the selected file and its findings out of the check (Del)</translation>
    </message>
    <message>
        <source>A&amp;lle entfernen</source>
        <translation>Remove a&amp;ll</translation>
    </message>
    <message>
        <source>Alle Dateien und ihre Funde aus der Prüfung nehmen</source>
        <translation>Take all files and their findings out of the check</translation>
    </message>
    <message>
        <source>Lesen a&amp;bbrechen</source>
        <translation>&amp;Cancel reading</translation>
    </message>
    <message>
        <source>Das Lesen aller Dateien beenden, die noch gelesen werden; sie bleiben ungeprüft in der Liste</source>
        <translation>Stop reading all files that are still being read; they stay in the list unchecked</translation>
    </message>
    <message>
        <source>Datei / Fundstelle</source>
        <translation>File / place</translation>
    </message>
    <message>
        <source>Ergebnis / Art</source>
        <translation>Result / kind</translation>
    </message>
    <message>
        <source>Gefunden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Geprüfte Dateien und ihre Funde</source>
        <translation>Checked files and their findings</translation>
    </message>
    <message>
        <source>Je Datei das Ergebnis, darunter die Funde mit ihrer Stelle und was nicht gelesen werden konnte; Eingabetaste zeigt die Einzelheiten, Entf entfernt die Datei</source>
        <translation>The result for each file, below it the findings with their place and what could not be read; Enter shows the details, Del removes the file</translation>
    </message>
    <message>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Einzelheiten zur ausgewählten Datei oder zum ausgewählten Fund</source>
        <translation>Details of the selected file or finding</translation>
    </message>
    <message>
        <source>Dokumente (%1);;PDF (*.pdf);;Word und LibreOffice (*.docx *.odt);;Excel und LibreOffice (*.xlsx *.ods);;E-Mails (*.eml);;Alle Dateien (*)</source>
        <translation>Documents (%1);;PDF (*.pdf);;Word and LibreOffice (*.docx *.odt);;Excel and LibreOffice (*.xlsx *.ods);;E-mails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <source>Dateien prüfen</source>
        <translation>Check files</translation>
    </message>
    <message>
        <source>nur Dateien auf diesem Rechner können geprüft werden</source>
        <translation>only files on this computer can be checked</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Wird gelesen … %1 %</source>
        <translation>Reading … %1%</translation>
    </message>
    <message>
        <source>Wird gelesen …</source>
        <translation>Reading …</translation>
    </message>
    <message numerus="yes">
        <source>%n Fund(e) – %1</source>
        <translation>
            <numerusform>%n finding – %1</numerusform>
            <numerusform>%n findings – %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Keine Funde – %1</source>
        <translation>No findings – %1</translation>
    </message>
    <message>
        <source>; nicht alles gelesen</source>
        <translation>; not everything read</translation>
    </message>
    <message>
        <source>Keine Textebene (Scan) – nicht geprüft</source>
        <translation>No text layer (scan) – not checked</translation>
    </message>
    <message>
        <source>Nicht geprüft: %1</source>
        <translation>Not checked: %1</translation>
    </message>
    <message>
        <source>Abgebrochen – nicht geprüft</source>
        <translation>Cancelled – not checked</translation>
    </message>
    <message>
        <source>Kein lesbarer Text, nur Bilder – nicht geprüft</source>
        <translation>No readable text, pictures only – not checked</translation>
    </message>
    <message>
        <source>Abgebrochen – erneut hinzufügen, um die Datei zu prüfen</source>
        <translation>Cancelled – add it again to check the file</translation>
    </message>
    <message numerus="yes">
        <source>… und %n weitere(r) Fund(e), in der Zusammenfassung mitgezählt</source>
        <translation>
            <numerusform>… and %n more finding, counted in the summary</numerusform>
            <numerusform>… and %n more findings, counted in the summary</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 – %3: „%4“ – %5 (Sicherheit %6 %)</source>
        <translation>%1, %2 – %3: “%4” – %5 (confidence %6%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Nicht geprüft – %2</source>
        <translation>%1: Not checked – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n Seite(n)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Tabelle(n)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Zeichen gelesen</source>
        <translation>%1 characters read</translation>
    </message>
    <message>
        <source>Daraus erkannt: %1</source>
        <translation>Detected from it: %1</translation>
    </message>
    <message>
        <source>KI-Lotse kann Text in Bildern und eingescannten Seiten nicht prüfen: Prüfen Sie den Inhalt selbst, bevor Sie die Datei weitergeben.</source>
        <translation>KI-Lotse cannot check text in pictures and scanned pages: check the content yourself before you pass the file on.</translation>
    </message>
    <message>
        <source>Prüfen Sie den Inhalt selbst, bevor Sie die Datei weitergeben.</source>
        <translation>Check the content yourself before you pass the file on.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht geprüft. Fügen Sie sie erneut hinzu, um sie zu prüfen.</source>
        <translation>The file has not been checked. Add it again to check it.</translation>
    </message>
    <message>
        <source>Was nicht gelesen werden konnte, prüfen Sie bitte selbst.</source>
        <translation>Please check yourself what could not be read.</translation>
    </message>
    <message>
        <source>Ziehen Sie Dateien hierher oder wählen Sie „Dateien hinzufügen …“. Gelesen werden PDF, Word (DOCX), Excel (XLSX), LibreOffice (ODT, ODS), E-Mails (EML) und Textdateien – nur auf diesem Rechner, nichts davon wird gespeichert. Text in Bildern und eingescannte Seiten ohne Textebene kann KI-Lotse nicht prüfen.</source>
        <translation>Drag files here or choose “Add files …”. PDF, Word (DOCX), Excel (XLSX), LibreOffice (ODT, ODS), e-mails (EML) and text files are read – on this computer only, none of it is saved. KI-Lotse cannot check text in pictures or scanned pages without a text layer.</translation>
    </message>
    <message numerus="yes">
        <source>%n Datei(en)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geprüft</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wird/werden gelesen</source>
        <translation>
            <numerusform>%n being read</numerusform>
            <numerusform>%n being read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nicht oder nicht vollständig geprüft</source>
        <translation>
            <numerusform>%n not or not fully checked</numerusform>
            <numerusform>%n not or not fully checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::DraftPage</name>
    <message>
        <source>Entwurf prüfen</source>
        <translation>Check draft</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Text für die KI; Funde werden markiert und rechts erklärt</source>
        <translation>Text for the AI; findings are highlighted and explained on the right</translation>
    </message>
    <message>
        <source>Pseudonymisierter Text</source>
        <translation>Pseudonymised text</translation>
    </message>
    <message>
        <source>Text k&amp;opieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Pseudonymisierten Text in die Zwischenablage kopieren</source>
        <translation>Copy the pseudonymised text to the clipboard</translation>
    </message>
    <message>
        <source>Pseudonymisiert</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <source>Fügen Sie die Antwort des KI-Dienstes ein: KI-Lotse setzt für die Platzhalter ([PERSON_1] …) wieder die ursprünglichen Angaben ein. Die Zuordnung besteht nur, solange KI-Lotse geöffnet ist.</source>
        <translation>Paste the AI service’s response: KI-Lotse puts the original details back in place of the placeholders ([PERSON_1] …). The mapping only exists while KI-Lotse is open.</translation>
    </message>
    <message>
        <source>Antwort des KI-Dienstes hier einfügen …</source>
        <translation>Paste the AI service’s response here …</translation>
    </message>
    <message>
        <source>Antwort des KI-Dienstes</source>
        <translation>AI service response</translation>
    </message>
    <message>
        <source>Originalwerte &amp;einsetzen</source>
        <translation>&amp;Restore original values</translation>
    </message>
    <message>
        <source>Zuordnung ver&amp;werfen</source>
        <translation>&amp;Discard mapping</translation>
    </message>
    <message>
        <source>Die Zuordnung von Platzhaltern zu Originalwerten sofort löschen</source>
        <translation>Delete the mapping of placeholders to original values immediately</translation>
    </message>
    <message>
        <source>Die Zuordnung wurde verworfen.</source>
        <translation>The mapping has been discarded.</translation>
    </message>
    <message>
        <source>Antwort mit Originalwerten</source>
        <translation>Response with original values</translation>
    </message>
    <message>
        <source>Antwort k&amp;opieren</source>
        <translation>Cop&amp;y response</translation>
    </message>
    <message>
        <source>Antwort zurückführen</source>
        <translation>Restore response</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fundstelle</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Funde im Entwurf</source>
        <translation>Findings in the draft</translation>
    </message>
    <message>
        <source>Eingabetaste springt zur Stelle im Entwurf; Entf ignoriert den Fund</source>
        <translation>Enter jumps to the location in the draft; Del ignores the finding</translation>
    </message>
    <message>
        <source>&amp;Ignorieren</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>Diesen Fund für diesen Text nicht berücksichtigen (oder wieder berücksichtigen)</source>
        <translation>Do not take this finding into account for this text (or take it into account again)</translation>
    </message>
    <message>
        <source>P&amp;seudonymisieren</source>
        <translation>&amp;Pseudonymise</translation>
    </message>
    <message>
        <source>Funde durch Platzhalter wie [PERSON_1] ersetzen</source>
        <translation>Replace findings with placeholders such as [PERSON_1]</translation>
    </message>
    <message>
        <source>Antworten in die Prüfung &amp;übernehmen</source>
        <translation>&amp;Apply answers to the check</translation>
    </message>
    <message>
        <source>Die aus dem Entwurf erkannten Antworten im Fragebogen vorbelegen; Sie bestätigen oder korrigieren sie dort</source>
        <translation>Pre-fill the questionnaire with the answers detected in the draft; you confirm or correct them there</translation>
    </message>
    <message>
        <source>Datei nicht übernommen</source>
        <translation>File not loaded</translation>
    </message>
    <message>
        <source>„%1“ wurde nicht übernommen: %2</source>
        <translation>“%1” was not loaded: %2</translation>
    </message>
    <message>
        <source>Wieder &amp;berücksichtigen</source>
        <translation>I&amp;nclude again</translation>
    </message>
    <message>
        <source>%1: „%2“ – %3 (Sicherheit %4 %)</source>
        <translation>%1: “%2” – %3 (confidence %4%)</translation>
    </message>
    <message>
        <source>Das geladene Regelwerk enthält keine Regeln für die Entwurfsprüfung.</source>
        <translation>The loaded policy pack contains no rules for the draft check.</translation>
    </message>
    <message>
        <source>Prüfe %1 Zeichen …</source>
        <translation>Checking %1 characters …</translation>
    </message>
    <message numerus="yes">
        <source>%n Fund(e), geprüft in %1 ms – nur auf diesem Rechner.</source>
        <translation>
            <numerusform>%n finding, checked in %1 ms – on this computer only.</numerusform>
            <numerusform>%n findings, checked in %1 ms – on this computer only.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ignoriert)</source>
        <translation>%1 (ignored)</translation>
    </message>
    <message>
        <source>Noch kein Text – fügen Sie Ihren Entwurf links ein.</source>
        <translation>No text yet – paste your draft on the left.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Nichts erkannt – vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;Das ersetzt nicht Ihre eigene Prüfung: Beantworten Sie die Fragen trotzdem sorgfältig.</source>
        <translation>&lt;b&gt;✓ Nothing detected – suggested: %1&lt;/b&gt;&lt;br&gt;This does not replace your own check: please still answer the questions carefully.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund(e). Aus dem Entwurf erkannt: %2</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ Suggested: %1&lt;/b&gt;&lt;br&gt;%n finding. Detected in the draft: %2</numerusform>
            <numerusform>&lt;b&gt;⚠ Suggested: %1&lt;/b&gt;&lt;br&gt;%n findings. Detected in the draft: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Stelle(n) durch Platzhalter ersetzt. </source>
        <translation>
            <numerusform>%n passage replaced by a placeholder. </numerusform>
            <numerusform>%n passages replaced by placeholders. </numerusform>
        </translation>
    </message>
    <message>
        <source>Ihre Verwaltung erlaubt den pseudonymisierten Text auch in Diensten der Schutzstufe 1, sofern keine Hinweise auf besondere Kategorien oder Geheimhaltung stehen bleiben.</source>
        <translation>Your administration also permits the pseudonymised text in protection level 1 services, provided no indications of special categories or confidentiality remain.</translation>
    </message>
    <message>
        <source>Hinweise auf besondere Kategorien, Verschlusssachen oder Geschäftsgeheimnisse bleiben stehen: Der Inhalt selbst ist schutzbedürftig.</source>
        <translation>Indications of special categories, classified information or trade secrets remain in place: the content itself needs protection.</translation>
    </message>
    <message>
        <source>Es gibt keine Zuordnung: Pseudonymisieren Sie zuerst den Entwurf.</source>
        <translation>There is no mapping: pseudonymise the draft first.</translation>
    </message>
    <message numerus="yes">
        <source>%n Platzhalter ersetzt.</source>
        <translation>
            <numerusform>%n placeholder replaced.</numerusform>
            <numerusform>%n placeholders replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbekannt geblieben: %1</source>
        <translation>Left unresolved: %1</translation>
    </message>
    <message>
        <source>In die Zwischenablage kopiert.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <source>Wechselt zwischen dem Entwurf, dem pseudonymisierten Text und dem Zurückführen der KI-Antwort.</source>
        <translation>Switches between the draft, the pseudonymised text and restoring the AI response.</translation>
    </message>
    <message>
        <source>Fügen Sie den Text ein, den Sie einer KI geben möchten, oder ziehen Sie Dateien hierher (PDF, Word, Excel, LibreOffice, E-Mail, Text). KI-Lotse prüft sie nur auf diesem Rechner auf personenbezogene Daten und Geheimhaltungsvermerke – nichts davon wird gespeichert oder übertragen.</source>
        <translation>Paste the text you want to give to an AI, or drag files here (PDF, Word, Excel, LibreOffice, e-mail, text). KI-Lotse checks them for personal data and confidentiality markings on this computer only – none of it is saved or transmitted.</translation>
    </message>
    <message>
        <source>Entwurf hier einfügen oder Dateien hierher ziehen …</source>
        <translation>Paste your draft here or drag files here …</translation>
    </message>
    <message>
        <source>Dateien</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&amp;Funde im Entwurf</source>
        <translation>&amp;Findings in the draft</translation>
    </message>
    <message>
        <source>Dateien (%1)</source>
        <translation>Files (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n Datei(en) nicht oder nicht vollständig geprüft</source>
        <translation>
            <numerusform>%n file not or not fully checked</numerusform>
            <numerusform>%n files not or not fully checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⏳ %n Datei(en) werden noch gelesen – der Vorschlag kann sich noch ändern.</source>
        <translation>
            <numerusform>⏳ %n file is still being read – the suggestion may still change.</numerusform>
            <numerusform>⏳ %n files are still being read – the suggestion may still change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Datei(en) nicht oder nicht vollständig geprüft (Reiter „Dateien“): Was dort nicht gelesen werden konnte, prüfen Sie bitte selbst.</source>
        <translation>
            <numerusform>⚠ %n file not or not fully checked (“Files” tab): please check yourself what could not be read there.</numerusform>
            <numerusform>⚠ %n files not or not fully checked (“Files” tab): please check yourself what could not be read there.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Noch nichts geprüft.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nothing checked yet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nichts erkannt im lesbaren Text – vorgeschlagen: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nothing detected in the readable text – suggested: %1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund(e), davon %3 in Dateien. Aus Entwurf und Dateien erkannt: %2</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ Suggested: %1&lt;/b&gt;&lt;br&gt;%n finding (%3 in files). Detected in the draft and files: %2</numerusform>
            <numerusform>&lt;b&gt;⚠ Suggested: %1&lt;/b&gt;&lt;br&gt;%n findings (%3 in files). Detected in the draft and files: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ExportRecordDialog</name>
    <message>
        <source>Prüfvermerk exportieren</source>
        <translation>Export check record</translation>
    </message>
    <message>
        <source>Der Vermerk hält fest, wann und wie Sie diese KI-Nutzung geprüft haben: Antworten, Ergebnis mit Begründung, freigegebene Dienste, Regeln und das verwendete Regelwerk. &lt;b&gt;Der Text Ihres Entwurfs wird nie übernommen.&lt;/b&gt;</source>
        <translation>The record captures when and how you checked this AI use: answers, result with reasoning, approved services, rules and the policy pack used. &lt;b&gt;The text of your draft is never included.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>z. B. Entwurf einer Antwort zur Sperrmüllabholung</source>
        <translation>e.g. draft reply about a bulky waste collection</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Eine Zeile, höchstens %1 Zeichen; bitte ohne Namen oder Aktenzeichen.</source>
        <translation>One line, at most %1 characters; please do not include names or file references.</translation>
    </message>
    <message>
        <source>&amp;Zweck (eine Zeile):</source>
        <translation>P&amp;urpose (one line):</translation>
    </message>
    <message>
        <source>Benutzernamen aufnehmen (unbekannt)</source>
        <translation>Include user name (unknown)</translation>
    </message>
    <message>
        <source>Meinen Benutzernamen aufnehmen („%1“)</source>
        <translation>Include my user name (“%1”)</translation>
    </message>
    <message>
        <source>&amp;Transparenzhinweis aufnehmen</source>
        <translation>Include transparency &amp;label</translation>
    </message>
    <message>
        <source>Werkzeug für den Transparenzhinweis</source>
        <translation>Tool for the transparency label</translation>
    </message>
    <message>
        <source>&amp;Werkzeug im Hinweis:</source>
        <translation>&amp;Tool in the label:</translation>
    </message>
    <message>
        <source>&amp;Fundzahlen der Entwurfsprüfung aufnehmen (nur Anzahl je Art)</source>
        <translation>Include &amp;finding counts from the draft check (number per type only)</translation>
    </message>
    <message>
        <source>Es wurde noch kein Entwurf geprüft.</source>
        <translation>No draft has been checked yet.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF (zum Ablegen und Drucken)</source>
        <translation>&amp;PDF (for filing and printing)</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;JSON (wieder einlesbar)</source>
        <translation>&amp;JSON (can be read in again)</translation>
    </message>
    <message>
        <source>&amp;Speichern …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Prüfvermerk speichern</source>
        <translation>Save check record</translation>
    </message>
    <message>
        <source>Prüfvermerk (*.%1)</source>
        <translation>Check record (*.%1)</translation>
    </message>
    <message>
        <source>Schreibt Ihren Anmeldenamen in den Vermerk; ohne Häkchen bleibt er ohne Namen.</source>
        <translation>Writes your login name into the record; without the tick, the record contains no name.</translation>
    </message>
    <message>
        <source>Fügt dem Vermerk einen Hinweis auf die KI-Nutzung mit dem darunter genannten Werkzeug hinzu.</source>
        <translation>Adds a label on the use of AI, naming the tool given below, to the record.</translation>
    </message>
    <message>
        <source>Name des KI-Werkzeugs, das im Hinweis genannt wird.</source>
        <translation>Name of the AI tool named in the label.</translation>
    </message>
    <message>
        <source>Übernimmt nur, wie viele Funde es je Art gab – nie den Text oder die gefundenen Angaben.</source>
        <translation>Includes only how many findings there were of each type – never the text or the details found.</translation>
    </message>
    <message>
        <source>Ergibt eine Datei mit festem Layout, wie ein Schriftstück für die Akte.</source>
        <translation>Produces a file with a fixed layout, like a document for the records.</translation>
    </message>
    <message>
        <source>Ergibt eine Webseite, die jeder Browser anzeigt.</source>
        <translation>Produces a web page that any browser can display.</translation>
    </message>
    <message>
        <source>Ergibt eine maschinenlesbare Datei, die KI-Lotse später öffnen und mit dem Regelwerk abgleichen kann.</source>
        <translation>Produces a machine-readable file that KI-Lotse can open later and compare with the policy pack.</translation>
    </message>
    <message>
        <source>Fragt nach dem Speicherort und speichert den Vermerk im gewählten Format.</source>
        <translation>Asks where to save the record and saves it in the selected format.</translation>
    </message>
    <message>
        <source>Schließt den Dialog, ohne einen Vermerk zu speichern.</source>
        <translation>Closes the dialog without saving a record.</translation>
    </message>
    <message>
        <source>Der Zweck enthält offenbar Angaben, die Personen erkennbar machen (%1). Der Vermerk kommt in die Akte – bitte ohne Namen, Anschriften oder Kennnummern formulieren.</source>
        <translation>The purpose appears to contain details that identify people (%1). The record goes into the file – please word it without names, addresses or ID numbers.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::GuidanceRuleModel</name>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Clerks</translation>
    </message>
    <message>
        <source>IT-Administration</source>
        <translation>IT administration</translation>
    </message>
    <message>
        <source>Schulung</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Prio.</source>
        <translation>Prio.</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Für</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Regelwerk</source>
        <translation>Policy pack</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::HelpDialog</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Entwurf prüfen</source>
        <translation>Check draft</translation>
    </message>
    <message>
        <source>Regeln</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Kennzeichnung</source>
        <translation>Labelling</translation>
    </message>
    <message>
        <source>Dienste</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>KI-Lotse – Hilfe</source>
        <translation>KI-Lotse – Help</translation>
    </message>
    <message>
        <source>Hilfethemen</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <source>Wählen Sie ein Thema; der Text erscheint rechts daneben.</source>
        <translation>Choose a topic; the text appears on the right.</translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Der Hilfetext zum gewählten Thema. Mit Tab wechseln Sie zur Themenliste.</source>
        <translation>The help text for the selected topic. Press Tab to switch to the list of topics.</translation>
    </message>
    <message>
        <source>Schließt die Hilfe.</source>
        <translation>Closes the help.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::HistoryDialog</name>
    <message>
        <source>Verlauf der Prüfungen</source>
        <translation>Check history</translation>
    </message>
    <message>
        <source>Abgeschlossene Prüfungen auf diesem Rechner im &amp;Verlauf speichern</source>
        <translation>Save completed checks in the &amp;history on this computer</translation>
    </message>
    <message>
        <source>Gespeichert werden Antworten, Ergebnis und Zweck – kein Entwurfstext, kein Name, kein Transparenzhinweis.</source>
        <translation>Answers, result and purpose are saved – no draft text, no name, no transparency label.</translation>
    </message>
    <message>
        <source>Gespeichert werden nur Antworten, Ergebnis, Regelwerk und die Zweckzeile – nie der Text eines Entwurfs. Ordner: %1</source>
        <translation>Only answers, result, policy pack and the purpose line are saved – never the text of a draft. Folder: %1</translation>
    </message>
    <message>
        <source>Gespeicherte Prüfungen</source>
        <translation>Saved checks</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Anwendungsfall</source>
        <translation>Use case</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Alle löschen …</source>
        <translation>Delete &amp;all …</translation>
    </message>
    <message>
        <source>(ohne Zweckangabe)</source>
        <translation>(no purpose given)</translation>
    </message>
    <message numerus="yes">
        <source>%n Eintrag/Einträge.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Eintrag/Einträge; %1 Datei(en) nicht lesbar.</source>
        <translation>
            <numerusform>%n entry; %1 file(s) could not be read.</numerusform>
            <numerusform>%n entries; %1 file(s) could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Der Eintrag kann nicht geöffnet werden: %1</source>
        <translation>The entry cannot be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>Alle %n Einträge des Verlaufs endgültig löschen?</source>
        <translation>
            <numerusform>Permanently delete the %n entry in the history?</numerusform>
            <numerusform>Permanently delete all %n entries in the history?</numerusform>
        </translation>
    </message>
    <message>
        <source>Diese Einstellung hat Ihre IT-Abteilung festgelegt.</source>
        <translation>This setting has been set by your IT department.</translation>
    </message>
    <message>
        <source>Frühere Prüfungen mit Datum, Ergebnis und Zweck; die Eingabetaste öffnet den markierten Vermerk.</source>
        <translation>Previous checks with date, result and purpose; Enter opens the selected record.</translation>
    </message>
    <message>
        <source>Schließt den Verlauf.</source>
        <translation>Closes the history.</translation>
    </message>
    <message>
        <source>Zeigt den markierten Prüfvermerk und gleicht ihn mit dem aktuellen Regelwerk ab.</source>
        <translation>Shows the selected check record and compares it with the current policy pack.</translation>
    </message>
    <message>
        <source>Entfernt den markierten Eintrag endgültig aus dem Verlauf.</source>
        <translation>Permanently removes the selected entry from the history.</translation>
    </message>
    <message>
        <source>Entfernt nach einer Rückfrage alle gespeicherten Prüfungen aus dem Verlauf.</source>
        <translation>Removes all saved checks from the history after asking you to confirm.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::IntroTour</name>
    <message>
        <source>Einführung in KI-Lotse</source>
        <translation>Introduction to KI-Lotse</translation>
    </message>
    <message>
        <source>Willkommen bei KI-Lotse</source>
        <translation>Welcome to KI-Lotse</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bevor Sie eine generative KI nutzen, klärt KI-Lotse mit Ihnen in einer Minute: Welche Schutzstufe gilt nach der VITAKO/KGSt-Guideline? Welche KI-Dienste hat Ihre Verwaltung dafür freigegeben? Welche Regeln gelten?&lt;/p&gt;&lt;p&gt;Diese Einführung zeigt in drei Schritten, was KI-Lotse für die &lt;b&gt;Sachbearbeitung&lt;/b&gt;, die &lt;b&gt;IT-Administration&lt;/b&gt; und für &lt;b&gt;Trainerinnen und Trainer&lt;/b&gt; bereithält.&lt;/p&gt;&lt;p&gt;Was Sie eingeben, bleibt auf diesem Rechner: Nichts wird gespeichert, protokolliert oder gesendet, solange Sie es nicht selbst exportieren.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Before you use generative AI, KI-Lotse helps you clarify in one minute: which protection level applies under the VITAKO/KGSt guideline? Which AI services has your administration approved for this? Which rules apply?&lt;/p&gt;&lt;p&gt;In three steps, this introduction shows what KI-Lotse offers &lt;b&gt;clerks&lt;/b&gt;, &lt;b&gt;IT administrators&lt;/b&gt; and &lt;b&gt;trainers&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;What you enter stays on this computer: nothing is saved, logged or sent unless you export it yourself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Für die Sachbearbeitung</source>
        <translation>For clerks</translation>
    </message>
    <message>
        <source>Für die IT-Administration</source>
        <translation>For IT administrators</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dienste&lt;/b&gt; (Strg+6): das Verzeichnis der freigegebenen KI-Dienste pflegen – Freigabe je Schutzstufe mit Checkliste, Prüftermine, Änderungsprotokoll, Import und Export.&lt;/li&gt;&lt;li&gt;Zentral einstellen: In &lt;i&gt;/etc/xdg/ki-lotse/ki-lotse.conf&lt;/i&gt; legen Sie Regelwerk, Verzeichnis (SQLite oder PostgreSQL) und die Kontaktdaten der KI-Beauftragten fest und sperren Einstellungen.&lt;/li&gt;&lt;li&gt;Für Skripte: &lt;i&gt;ki-lotse-cli&lt;/i&gt; prüft Regelwerke, Einstellungen und Verzeichnisse.&lt;/li&gt;&lt;li&gt;Details im Admin-Handbuch (docs/admin.md).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Services&lt;/b&gt; (Ctrl+6): maintain the registry of approved AI services – approval per protection level with a checklist, review dates, change log, import and export.&lt;/li&gt;&lt;li&gt;Central configuration: in &lt;i&gt;/etc/xdg/ki-lotse/ki-lotse.conf&lt;/i&gt; you set the policy pack, the registry (SQLite or PostgreSQL) and the contact details of the AI officer, and lock settings.&lt;/li&gt;&lt;li&gt;For scripts: &lt;i&gt;ki-lotse-cli&lt;/i&gt; checks policy packs, settings and registries.&lt;/li&gt;&lt;li&gt;Details in the admin handbook (docs/admin.md).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Für Trainerinnen und Trainer</source>
        <translation>For trainers</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Workshop&lt;/b&gt; (Strg+7): Fallbeispiele auswählen oder eine eigene Szenario-Datei laden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt; startet die Präsentation im Vollbild: Situation, Frage an die Runde mit Abstimmung, Auflösung und Ergebnis. Leertaste oder → weiter, ← zurück, Esc beendet.&lt;/li&gt;&lt;li&gt;Die Hilfe zu jeder Seite öffnen Sie mit &lt;b&gt;F1&lt;/b&gt;; diese Einführung finden Sie wieder unter Hilfe → Einführung.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Workshop&lt;/b&gt; (Ctrl+7): select case studies or load your own scenario file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt; starts the full-screen presentation: situation, question to the group with a vote, reveal and result. Space or → next, ← back, Esc ends.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;F1&lt;/b&gt; to open the help for any page; you can find this introduction again under Help → Introduction.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Beim nächsten Start &amp;nicht mehr zeigen</source>
        <translation>&amp;Do not show again at the next start</translation>
    </message>
    <message>
        <source>Die Einführung bleibt über Hilfe → Einführung erreichbar.</source>
        <translation>The introduction remains available under Help → Introduction.</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Zeigt den vorigen Schritt der Einführung.</source>
        <translation>Shows the previous step of the introduction.</translation>
    </message>
    <message>
        <source>Zeigt den nächsten Schritt oder schließt die Einführung.</source>
        <translation>Shows the next step or closes the introduction.</translation>
    </message>
    <message>
        <source>Schritt %1 von %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Prüfung&lt;/b&gt; (Strg+1): Anwendungsfall wählen, kurze Fragen beantworten – „Unsicher“ zählt wie die strengere Antwort. Das Ergebnis nennt Schutzstufe, freigegebene Dienste und die Regeln zum Abhaken.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entwurf prüfen&lt;/b&gt; (Strg+2): Ihr Text wird lokal auf Namen, Kennnummern und Vermerke geprüft; Funde lassen sich durch Platzhalter ersetzen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vorlagen&lt;/b&gt; und &lt;b&gt;Kennzeichnung&lt;/b&gt; (Strg+4, Strg+5): gute Prompts und der Transparenzhinweis für das Ergebnis.&lt;/li&gt;&lt;li&gt;Mit &lt;b&gt;Prüfvermerk exportieren&lt;/b&gt; halten Sie das Ergebnis als PDF fest – ohne Ihren Entwurf.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Check&lt;/b&gt; (Ctrl+1): choose a use case and answer short questions – “Unsure” counts like the stricter answer. The result names the protection level, the approved services and the rules to tick off.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check draft&lt;/b&gt; (Ctrl+2): your text is checked locally for names, ID numbers and markings; findings can be replaced with placeholders.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Templates&lt;/b&gt; and &lt;b&gt;Labelling&lt;/b&gt; (Ctrl+4, Ctrl+5): good prompts and the transparency label for the result.&lt;/li&gt;&lt;li&gt;With &lt;b&gt;Export check record&lt;/b&gt; you keep a PDF record of the result – without your draft.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::LabelPage</name>
    <message>
        <source>Vollständig von KI erstellt</source>
        <translation>Fully generated by AI</translation>
    </message>
    <message>
        <source>KI-Entwurf, von Menschen überarbeitet</source>
        <translation>AI draft, revised by a person</translation>
    </message>
    <message>
        <source>Von KI übersetzt</source>
        <translation>Translated by AI</translation>
    </message>
    <message>
        <source>Von KI zusammengefasst</source>
        <translation>Summarised by AI</translation>
    </message>
    <message>
        <source>Nur Ideen von KI</source>
        <translation>Ideas from AI only</translation>
    </message>
    <message>
        <source>Nur intern</source>
        <translation>Internal only</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Kurz</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Ausführlich</source>
        <translation>Detailed</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON-LD</source>
        <translation>JSON-LD</translation>
    </message>
    <message>
        <source>Vorschau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Das Regelwerk enthält keine Texte für Transparenzhinweise.</source>
        <translation>The policy pack contains no texts for transparency labels.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, mit welchem Werkzeug das Ergebnis entstanden ist.</source>
        <translation>Enter the tool that was used to produce the result.</translation>
    </message>
    <message>
        <source>⚠ Gesetzliche Kennzeichnungspflicht (Art. 50 Abs. 4 KI-VO)</source>
        <translation>⚠ Legal labelling obligation (Art. 50(4) AI Act)</translation>
    </message>
    <message>
        <source>Keine gesetzliche Pflicht nach Art. 50 Abs. 4 KI-VO – interne Regeln beachten</source>
        <translation>No legal obligation under Art. 50(4) AI Act – follow internal rules</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Der fertige Hinweis in diesem Format, nur zum Lesen; mit „Kopieren“ übernehmen Sie ihn in die Zwischenablage.</source>
        <translation>The finished label in this format, read-only; “Copy” puts it on the clipboard.</translation>
    </message>
    <message>
        <source>Wählt das Format des Hinweises, das darunter angezeigt und kopiert wird.</source>
        <translation>Selects the label format that is shown and copied below.</translation>
    </message>
    <message>
        <source>Mit KI verändert (z. B. Bild bearbeitet)</source>
        <translation>Altered with AI (e.g. edited image)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Bild</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Tonaufnahme</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Einzelne Empfänger (z. B. Schreiben an eine Bürgerin)</source>
        <translation>Individual recipients (e.g. a letter to a citizen)</translation>
    </message>
    <message>
        <source>Veröffentlichung (Website, Presse, Amtsblatt)</source>
        <translation>Publication (website, press, official gazette)</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::MainWindow</name>
    <message>
        <source>per --policy angegeben</source>
        <translation>specified via --policy</translation>
    </message>
    <message>
        <source>per KI_LOTSE_POLICY_DIR angegeben</source>
        <translation>specified via KI_LOTSE_POLICY_DIR</translation>
    </message>
    <message>
        <source>systemweit eingerichtet</source>
        <translation>set up system-wide</translation>
    </message>
    <message>
        <source>mitgeliefert</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>kein Verzeichnis eingerichtet</source>
        <translation>no registry set up</translation>
    </message>
    <message>
        <source>&amp;Prüfung</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>En&amp;twurf prüfen</source>
        <translation>Check &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Regeln</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>&amp;Vorlagen</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>&amp;Kennzeichnung</source>
        <translation>&amp;Labelling</translation>
    </message>
    <message>
        <source>W&amp;orkshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Dienst(e) mit überfälliger Prüfung</source>
        <translation>
            <numerusform>⚠ %n service with overdue review</numerusform>
            <numerusform>⚠ %n services with overdue review</numerusform>
        </translation>
    </message>
    <message>
        <source>Regelwerk: %1 %2 (%3)</source>
        <translation>Policy pack: %1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Das Regelwerk in „%1“ (%2) ist fehlerhaft und wurde nicht geladen (%n Fehler). KI-Lotse verwendet stattdessen das mitgelieferte Standardregelwerk. Bitte informieren Sie Ihre IT-Administration.</source>
        <translation>
            <numerusform>⚠ The policy pack in “%1” (%2) is faulty and was not loaded (%n error). KI-Lotse is using the built-in default policy pack instead. Please inform your IT administration.</numerusform>
            <numerusform>⚠ The policy pack in “%1” (%2) is faulty and was not loaded (%n errors). KI-Lotse is using the built-in default policy pack instead. Please inform your IT administration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prüfvermerk ö&amp;ffnen …</source>
        <translation>&amp;Open check record …</translation>
    </message>
    <message>
        <source>&amp;Verlauf der Prüfungen …</source>
        <translation>Check h&amp;istory …</translation>
    </message>
    <message>
        <source>Prüfvermerk öffnen</source>
        <translation>Open check record</translation>
    </message>
    <message>
        <source>Prüfvermerk (*.json);;Alle Dateien (*)</source>
        <translation>Check record (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>KI-Lotse – Prüfung vor der KI-Nutzung</source>
        <translation>KI-Lotse – check before using AI</translation>
    </message>
    <message numerus="yes">
        <source>%n Antwort(en) aus dem Entwurf vorbelegt – bitte im Fragebogen bestätigen.</source>
        <translation>
            <numerusform>%n answer pre-filled from the draft – please confirm it in the questionnaire.</numerusform>
            <numerusform>%n answers pre-filled from the draft – please confirm them in the questionnaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prüfvermerk gespeichert: %1</source>
        <translation>Check record saved: %1</translation>
    </message>
    <message>
        <source>%1 kann nicht gelesen werden: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ist kein gültiger Prüfvermerk von KI-Lotse (%n Fehler).</source>
        <translation>
            <numerusform>%1 is not a valid KI-Lotse check record (%n error).</numerusform>
            <numerusform>%1 is not a valid KI-Lotse check record (%n errors).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fehlerhaftes Regelwerk</source>
        <translation>Faulty policy pack</translation>
    </message>
    <message>
        <source>Das Regelwerk in „%1“ wurde wegen der folgenden Probleme nicht geladen. Jede Zeile nennt Datei, Zeile:Spalte und die betroffene Stelle (JSON-Pointer).</source>
        <translation>The policy pack in “%1” was not loaded because of the following problems. Each line names the file, line:column and the affected location (JSON pointer).</translation>
    </message>
    <message>
        <source>Regelwerk</source>
        <translation>Policy pack</translation>
    </message>
    <message>
        <source>in den Einstellungen festgelegt</source>
        <translation>specified in the settings</translation>
    </message>
    <message>
        <source>Wechselt zwischen den Bereichen: Prüfung, Entwurf prüfen, Regeln, Vorlagen, Kennzeichnung, Dienste und Workshop (Strg+1 bis Strg+7).</source>
        <translation>Switches between the areas: Check, Check draft, Rules, Templates, Labelling, Services and Workshop (Ctrl+1 to Ctrl+7).</translation>
    </message>
    <message>
        <source>D&amp;ienste</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Hilfe zu dieser Seite</source>
        <translation>&amp;Help for this page</translation>
    </message>
    <message>
        <source>&amp;Einführung …</source>
        <translation>&amp;Introduction …</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Einstellung nicht gespeichert</source>
        <translation>Setting not saved</translation>
    </message>
    <message>
        <source>Einstellung gespeichert</source>
        <translation>Setting saved</translation>
    </message>
    <message>
        <source>Die Änderung wird beim nächsten Start von KI-Lotse wirksam.</source>
        <translation>The change takes effect the next time KI-Lotse starts.</translation>
    </message>
    <message>
        <source>Diese Einstellung hat Ihre IT-Abteilung festgelegt.</source>
        <translation>This setting has been set by your IT department.</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Farbschema</source>
        <translation>&amp;Colour scheme</translation>
    </message>
    <message>
        <source>&amp;Hell</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dunkel</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Hoher &amp;Kontrast</source>
        <translation>High &amp;contrast</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kennung: %2&lt;br&gt;Version: %3&lt;br&gt;Herausgeber: %4&lt;br&gt;Gültig ab: %5&lt;br&gt;Rechtsstand: %9&lt;br&gt;Herkunft: %6&lt;br&gt;Ordner: %7&lt;br&gt;SHA-256: %8&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ID: %2&lt;br&gt;Version: %3&lt;br&gt;Issuer: %4&lt;br&gt;Valid from: %5&lt;br&gt;Legal status: %9&lt;br&gt;Origin: %6&lt;br&gt;Folder: %7&lt;br&gt;SHA-256: %8&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nicht angegeben</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Hinweis zum Dienste-Verzeichnis</source>
        <translation>Note on the service registry</translation>
    </message>
    <message>
        <source>Erneut &amp;verbinden</source>
        <translation>Reco&amp;nnect</translation>
    </message>
    <message>
        <source>Dienste-Verzeichnis &amp;aktualisieren</source>
        <translation>&amp;Refresh service registry</translation>
    </message>
    <message>
        <source>Dienste-Verzeichnis wird aktualisiert …</source>
        <translation>Refreshing the service registry …</translation>
    </message>
    <message>
        <source>Dienste-Verzeichnis aktualisiert.</source>
        <translation>Service registry refreshed.</translation>
    </message>
    <message>
        <source>&amp;Dateien prüfen …</source>
        <translation>Check &amp;files …</translation>
    </message>
    <message>
        <source>PDF-, Word-, Excel-, LibreOffice-, E-Mail- oder Textdateien vor dem Hochladen prüfen</source>
        <translation>Check PDF, Word, Excel, LibreOffice, e-mail or text files before uploading</translation>
    </message>
    <message>
        <source>&amp;Zwischenablage prüfen …</source>
        <translation>Check &amp;clipboard …</translation>
    </message>
    <message>
        <source>Den Text in der Zwischenablage prüfen, bevor Sie ihn in ein anderes Programm einfügen</source>
        <translation>Check the text on the clipboard before you paste it into another program</translation>
    </message>
    <message>
        <source>KI-Lotse läuft weiter</source>
        <translation>KI-Lotse keeps running</translation>
    </message>
    <message>
        <source>Der Wächter für die Zwischenablage bleibt im Infobereich. Zum Beenden: Rechtsklick auf das Symbol, dann „Beenden“.</source>
        <translation>The clipboard guard stays in the system tray. To quit: right-click the icon, then “Quit”.</translation>
    </message>
    <message>
        <source>&amp;Zwischenablage-Wächter im Infobereich</source>
        <translation>Clipboard &amp;guard in the system tray</translation>
    </message>
    <message>
        <source>Ein Symbol im Infobereich prüft die Zwischenablage auf Klick oder Tastenkürzel.</source>
        <translation>An icon in the system tray checks the clipboard on a click or a keyboard shortcut.</translation>
    </message>
    <message>
        <source>Kein Infobereich</source>
        <translation>No system tray</translation>
    </message>
    <message>
        <source>Ihr Desktop zeigt keinen Infobereich für Programmsymbole. Die Zwischenablage prüfen Sie mit Datei → Zwischenablage prüfen (Strg+Umschalt+K) oder mit einem Tastenkürzel Ihres Desktops für „ki-lotse --check-clipboard“ (siehe Hilfe).</source>
        <translation>Your desktop shows no system tray for program icons. Check the clipboard with File → Check clipboard (Ctrl+Shift+K) or with a keyboard shortcut of your desktop for “ki-lotse --check-clipboard” (see the help).</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::PresentationWindow</name>
    <message>
        <source>KI-Lotse – Workshop</source>
        <translation>KI-Lotse – Workshop</translation>
    </message>
    <message>
        <source>Schutzstufe 1</source>
        <translation>Protection level 1</translation>
    </message>
    <message>
        <source>Schutzstufe 2</source>
        <translation>Protection level 2</translation>
    </message>
    <message>
        <source>Rücksprache nötig</source>
        <translation>Consultation required</translation>
    </message>
    <message>
        <source>Nicht zulässig</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>Stimmen für „%1“</source>
        <translation>Votes for “%1”</translation>
    </message>
    <message>
        <source>Leertaste / → weiter   ·   ← zurück   ·   Esc beenden</source>
        <translation>Space / → next   ·   ← back   ·   Esc exit</translation>
    </message>
    <message>
        <source>✔ Schutzstufe %1</source>
        <translation>✔ Protection level %1</translation>
    </message>
    <message>
        <source>✖ Nicht zulässig</source>
        <translation>✖ Not permitted</translation>
    </message>
    <message>
        <source>⚠ Schutzstufe %1 – Rücksprache nötig</source>
        <translation>⚠ Protection level %1 – consultation required</translation>
    </message>
    <message>
        <source>● Schutzstufe %1 – nur freigegebene Dienste</source>
        <translation>● Protection level %1 – approved services only</translation>
    </message>
    <message>
        <source>Anwendungsfall: %1</source>
        <translation>Use case: %1</translation>
    </message>
    <message>
        <source>Was meinen Sie? Wer sagt Schutzstufe 1, wer Schutzstufe 2 – oder braucht es eine Rücksprache, oder ist es gar nicht zulässig? Zählen Sie die Handzeichen und tippen Sie sie unten ein.</source>
        <translation>What do you think? Who says protection level 1, who says protection level 2 – or is consultation required, or is it not permitted at all? Count the raised hands and type the numbers in below.</translation>
    </message>
    <message>
        <source>Eine sorgfältige Sachbearbeiterin beantwortet alle Fragen mit „Nein“.</source>
        <translation>A careful clerk answers every question with “No”.</translation>
    </message>
    <message>
        <source>Mit „Ja“ beantwortet: </source>
        <translation>Answered “Yes”: </translation>
    </message>
    <message>
        <source>keine – diese Nutzung ist mit keinem Werkzeug erlaubt</source>
        <translation>none – this use is not permitted with any tool</translation>
    </message>
    <message>
        <source>(kein Verzeichnis der KI-Dienste verfügbar)</source>
        <translation>(no AI service registry available)</translation>
    </message>
    <message>
        <source>frei wählbar, z. B. %1</source>
        <translation>free choice, e.g. %1</translation>
    </message>
    <message>
        <source>jedes dienstlich zugelassene Werkzeug</source>
        <translation>any tool approved for official use</translation>
    </message>
    <message>
        <source>kein Dienst im Verzeichnis freigegeben – KI-Beauftragte fragen</source>
        <translation>no service approved in the registry – ask the AI officer</translation>
    </message>
    <message>
        <source>Erlaubte Werkzeuge:</source>
        <translation>Permitted tools:</translation>
    </message>
    <message>
        <source>Wichtigste Regeln:</source>
        <translation>Key rules:</translation>
    </message>
    <message>
        <source>Merksatz:</source>
        <translation>Remember:</translation>
    </message>
    <message>
        <source>Zur Diskussion:</source>
        <translation>For discussion:</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>✖ nicht zulässig</source>
        <translation>✖ not permitted</translation>
    </message>
    <message>
        <source>⚠ Stufe %1, Rücksprache</source>
        <translation>⚠ Level %1, consultation</translation>
    </message>
    <message>
        <source>Stufe %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1 von %2 richtig</source>
        <translation>%1 of %2 correct</translation>
    </message>
    <message>
        <source>Insgesamt %1 von %2 Einschätzungen lagen richtig.</source>
        <translation>Overall, %1 of %2 assessments were correct.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Auflösung</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Workshop · Zusammenfassung</source>
        <translation>Workshop · Summary</translation>
    </message>
    <message>
        <source>Leertaste / Esc beenden   ·   ← zurück</source>
        <translation>Space / Esc exit   ·   ← back</translation>
    </message>
    <message>
        <source>Szenario %1 von %2 · %3</source>
        <translation>Scenario %1 of %2 · %3</translation>
    </message>
    <message>
        <source>erst nach der Rücksprache – %1</source>
        <translation>only after the consultation – %1</translation>
    </message>
    <message>
        <source>Zahl eintippen oder mit Pfeil hoch/runter ändern; Leertaste oder Pfeil rechts geht weiter.</source>
        <translation>Type in the number or change it with the up/down arrows; Space or right arrow continues.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::QuestionPage</name>
    <message>
        <source>Frage %1 von %2 · %3</source>
        <translation>Question %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Beispiele:</source>
        <translation>Examples:</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source> – wird wie „%1“ gewertet</source>
        <translation> – counts as “%1”</translation>
    </message>
    <message>
        <source>%1, wird wie „%2“ gewertet</source>
        <translation>%1, counts as “%2”</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::RecordViewerDialog</name>
    <message>
        <source>Prüfvermerk vom %1</source>
        <translation>Check record of %1</translation>
    </message>
    <message>
        <source>Inhalt des Prüfvermerks</source>
        <translation>Content of the check record</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mit Abgleich als &amp;PDF speichern …</source>
        <translation>Save with comparison as &amp;PDF …</translation>
    </message>
    <message>
        <source>Prüfvermerk speichern</source>
        <translation>Save check record</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>⚠ Die Antworten dieses Vermerks passen nicht mehr zum aktuellen Fragebogen – bitte führen Sie die Prüfung neu durch.</source>
        <translation>⚠ The answers in this record no longer match the current questionnaire – please carry out the check again.</translation>
    </message>
    <message>
        <source>⚠ Mit dem aktuellen Regelwerk ergäbe sich ein anderes Ergebnis: %1 (damals: %2). Einzelheiten unten unter „Abgleich mit dem aktuellen Regelwerk“.</source>
        <translation>⚠ The current policy pack would give a different result: %1 (at the time: %2). See “Comparison with the current policy pack” below for details.</translation>
    </message>
    <message>
        <source>✔ Das Regelwerk hat sich seitdem geändert, das Ergebnis bleibt gleich: %1.</source>
        <translation>✔ The policy pack has changed since then, but the result stays the same: %1.</translation>
    </message>
    <message>
        <source>✔ Mit dem aktuellen Regelwerk ergibt sich dasselbe Ergebnis: %1.</source>
        <translation>✔ The current policy pack gives the same result: %1.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::RegistryPage</name>
    <message>
        <source>Jemand anderes hat diesen Dienst inzwischen geändert. Ihre Eingaben sind nicht verloren: Prüfen Sie den aktuellen Stand und speichern Sie erneut.</source>
        <translation>Someone else has changed this service in the meantime. Your entries are not lost: check the current state and save again.</translation>
    </message>
    <message>
        <source>Sie haben nur Lesezugriff auf das Verzeichnis.</source>
        <translation>You only have read access to the registry.</translation>
    </message>
    <message>
        <source>Ein Dienst mit diesem Namen ist bereits verzeichnet.</source>
        <translation>A service with this name is already in the registry.</translation>
    </message>
    <message>
        <source>Der Dienst ist nicht mehr im Verzeichnis.</source>
        <translation>The service is no longer in the registry.</translation>
    </message>
    <message>
        <source>Einige Angaben sind ungültig.</source>
        <translation>Some details are invalid.</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Das Verzeichnis der KI-Dienste ist nicht verfügbar: %1</source>
        <translation>The AI service registry is not available: %1</translation>
    </message>
    <message>
        <source>Demo-Verzeichnis der fiktiven Stadt Musterstadt – ersetzen Sie es durch Ihre eigenen Freigaben (Importieren) oder richten Sie ein gemeinsames Verzeichnis ein.</source>
        <translation>Demo registry of the fictitious town of Musterstadt – replace it with your own approvals (Import) or set up a shared registry.</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: Änderungen nimmt die IT-Administration vor.</source>
        <translation>Read access only: changes are made by your IT administration.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Prüfung überfällig bei %n Dienst(en) im Einsatz.</source>
        <translation>
            <numerusform>⚠ Review overdue for %n service in use.</numerusform>
            <numerusform>⚠ Review overdue for %n services in use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ort: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>kein Verzeichnis</source>
        <translation>no registry</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>„%1“ ist jetzt: %2</source>
        <translation>“%1” is now: %2</translation>
    </message>
    <message>
        <source>Inzwischen hat jemand anderes diesen Dienst geändert:
%1
Ihre Eingaben stehen unten; prüfen Sie sie und speichern Sie erneut.</source>
        <translation>Someone else has changed this service in the meantime:
%1
Your entries are shown below; check them and save again.</translation>
    </message>
    <message>
        <source>Nicht geändert</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Verzeichnis importieren</source>
        <translation>Import registry</translation>
    </message>
    <message>
        <source>Verzeichnis (*.json *.csv);;Alle Dateien (*)</source>
        <translation>Registry (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import abgelehnt</source>
        <translation>Import rejected</translation>
    </message>
    <message numerus="yes">
        <source>Die Datei enthält %n Fehler. Es wurde nichts geändert.</source>
        <translation>
            <numerusform>The file contains %n error. Nothing was changed.</numerusform>
            <numerusform>The file contains %n errors. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probelauf ohne Fehler: %1 neue und %2 geänderte Dienste. Jetzt importieren?</source>
        <translation>Dry run without errors: %1 new and %2 changed services. Import now?</translation>
    </message>
    <message>
        <source>Der Import ist fehlgeschlagen; es wurde nichts geändert.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Verzeichnis exportieren</source>
        <translation>Export registry</translation>
    </message>
    <message>
        <source>CSV für Tabellenkalkulation (*.csv);;JSON (*.json)</source>
        <translation>CSV for spreadsheets (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Die Datei kann nicht geschrieben werden: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Demo-Verzeichnis verlassen?</source>
        <translation>Leave the demo registry?</translation>
    </message>
    <message>
        <source>Dies ist das Demo-Verzeichnis der fiktiven Musterstadt. Seine Dienste sind Beispiele: Niemand hat sie für Ihre Verwaltung freigegeben.</source>
        <translation>This is the demo registry of the fictional town of Musterstadt. Its services are examples: nobody has approved them for your administration.</translation>
    </message>
    <message>
        <source>Mit Ihrer ersten Änderung wird daraus das Verzeichnis Ihrer Verwaltung. Nehmen Sie die Demo-Dienste außer Betrieb, damit sie Beschäftigten nicht mehr als freigegeben angezeigt werden; die Einträge und ihr Änderungsprotokoll bleiben erhalten. Diese Frage kommt nur einmal.</source>
        <translation>With your first change it becomes your administration’s registry. Decommission the demo services so that staff no longer see them as approved; the entries and their change log are kept. This question is asked only once.</translation>
    </message>
    <message>
        <source>Demo-Dienste &amp;außer Betrieb nehmen und fortfahren</source>
        <translation>&amp;Decommission demo services and continue</translation>
    </message>
    <message>
        <source>Setzt alle Demo-Dienste auf „außer Betrieb“ und macht das Verzeichnis zu Ihrem eigenen.</source>
        <translation>Sets all demo services to “decommissioned” and makes the registry your own.</translation>
    </message>
    <message>
        <source>Demo-Dienste &amp;behalten</source>
        <translation>&amp;Keep demo services</translation>
    </message>
    <message>
        <source>Macht das Verzeichnis zu Ihrem eigenen; die Demo-Dienste bleiben mit ihrem Status stehen.</source>
        <translation>Makes the registry your own; the demo services keep their status.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ändert nichts; das Verzeichnis bleibt im Demo-Modus.</source>
        <translation>Changes nothing; the registry stays in demo mode.</translation>
    </message>
    <message>
        <source>Demo-Verzeichnis</source>
        <translation>Demo registry</translation>
    </message>
    <message>
        <source>1 Demo-Dienst wurde außer Betrieb genommen.</source>
        <translation>1 demo service was decommissioned.</translation>
    </message>
    <message>
        <source>%1 Demo-Dienste wurden außer Betrieb genommen.</source>
        <translation>%1 demo services were decommissioned.</translation>
    </message>
    <message>
        <source>Die Demo-Dienste bleiben im Verzeichnis; prüfen Sie ihren Status.</source>
        <translation>The demo services stay in the registry; check their status.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht importiert werden.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <source>Die Datei ist nicht als UTF-8 gespeichert, sondern offenbar als %1 (so speichert z. B. Excel „CSV (Trennzeichen-getrennt)“). Umlaute kämen sonst falsch an. Soll KI-Lotse die Datei beim Import aus %1 umwandeln? Prüfen Sie danach im Probelauf, ob die Namen stimmen. (Besser: in Excel „CSV UTF-8“ wählen.)</source>
        <translation>The file is not saved as UTF-8 but apparently as %1 (Excel, for example, saves “CSV (Comma delimited)” this way). Umlauts would otherwise come out wrong. Should KI-Lotse convert the file from %1 during the import? Afterwards, check in the dry run that the names are right. (Better: choose “CSV UTF-8” in Excel.)</translation>
    </message>
    <message>
        <source>Dienste werden importiert …</source>
        <translation>Importing services …</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ResultPage</name>
    <message>
        <source>Ergebnis der Prüfung</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Stufe %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Diese Nutzung ist nicht erlaubt.</source>
        <translation>This use is not permitted.</translation>
    </message>
    <message>
        <source>%1 – vor der Nutzung klären</source>
        <translation>%1 – clarify before use</translation>
    </message>
    <message>
        <source>Nur freigegebene Dienste verwenden.</source>
        <translation>Only use approved services.</translation>
    </message>
    <message>
        <source>Freie Wahl des Werkzeugs – die Grundsätze der Verwaltung gelten.</source>
        <translation>Free choice of tool – the administration’s principles apply.</translation>
    </message>
    <message>
        <source>Keine Regel verlangt mehr als die Grundstufe: Ihre Antworten enthalten weder personenbezogene Daten noch Geheimnisse.</source>
        <translation>No rule requires more than the basic level: your answers contain neither personal data nor secrets.</translation>
    </message>
    <message>
        <source>nicht zulässig</source>
        <translation>not permitted</translation>
    </message>
    <message>
        <source>Rücksprache</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>%1 (zählt als „%2“)</source>
        <translation>%1 (counts as “%2”)</translation>
    </message>
    <message>
        <source>Ausgelöst durch: %1 – %2</source>
        <translation>Triggered by: %1 – %2</translation>
    </message>
    <message>
        <source>Anwendungsfall: %1</source>
        <translation>Use case: %1</translation>
    </message>
    <message>
        <source>Was tun: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Anwendungsfall</source>
        <translation>Use case</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Regelwerk: %1, Version %2</source>
        <translation>Policy pack: %1, version %2</translation>
    </message>
    <message>
        <source>Das Verzeichnis der freigegebenen Dienste ist nicht verfügbar (%1). Fragen Sie Ihre IT-Administration, welche Dienste freigegeben sind.</source>
        <translation>The registry of approved services is not available (%1). Ask your IT administration which services are approved.</translation>
    </message>
    <message>
        <source>Einschränkungen: %1</source>
        <translation>Restrictions: %1</translation>
    </message>
    <message>
        <source>Zugang: %1</source>
        <translation>Access: %1</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 öffnen</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>… und %1 weitere.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Besonders wichtig. %1</source>
        <translation>Particularly important. %1</translation>
    </message>
    <message>
        <source>Wichtig: %1</source>
        <translation>Important: %1</translation>
    </message>
    <message>
        <source>Öffnet die Vorlage zum Ausfüllen</source>
        <translation>Opens the template for filling in</translation>
    </message>
    <message>
        <source>Rechtsstand: %1</source>
        <translation>Legal status: %1</translation>
    </message>
    <message>
        <source>nach Klärung</source>
        <translation>after clearance</translation>
    </message>
    <message>
        <source>%1: erst nach der Rücksprache</source>
        <translation>%1: only after the consultation</translation>
    </message>
    <message>
        <source>Erst nach der Rücksprache mit der oder dem KI-Beauftragten nutzen.</source>
        <translation>Use only after consulting the AI officer.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::RulesPage</name>
    <message>
        <source>Alle Bereiche</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Alle Zielgruppen</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>Alle Schutzstufen</source>
        <translation>All protection levels</translation>
    </message>
    <message>
        <source>%1 von %2 Regeln</source>
        <translation>%1 of %2 rules</translation>
    </message>
    <message>
        <source>Keine Regel ausgewählt.</source>
        <translation>No rule selected.</translation>
    </message>
    <message>
        <source>Bereich: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Für: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Gilt: %1</source>
        <translation>Applies: %1</translation>
    </message>
    <message>
        <source>in jeder Schutzstufe</source>
        <translation>at every protection level</translation>
    </message>
    <message>
        <source>nur bei bestimmten Antworten oder Anwendungsfällen</source>
        <translation>only for certain answers or use cases</translation>
    </message>
    <message>
        <source>Priorität: %1 (1 = besonders wichtig)</source>
        <translation>Priority: %1 (1 = particularly important)</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Aus dem Regelwerk: %1</source>
        <translation>From the policy pack: %1</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ServiceDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anbieter/Betreiber</source>
        <translation>Provider/operator</translation>
    </message>
    <message>
        <source>Produkt</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Modelle</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Anwendungsfälle</source>
        <translation>Use cases</translation>
    </message>
    <message>
        <source>Einschränkungen</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Zugangsvoraussetzungen</source>
        <translation>Access requirements</translation>
    </message>
    <message>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Freigegeben am</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>AVV-Datum</source>
        <translation>DPA date</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ein freigegebener Dienst braucht ein Datum für die nächste Prüfung.</source>
        <translation>An approved service needs a date for the next review.</translation>
    </message>
    <message>
        <source>„%1“ fehlt.</source>
        <translation>“%1” is missing.</translation>
    </message>
    <message>
        <source>„%1“ ist zu lang.</source>
        <translation>“%1” is too long.</translation>
    </message>
    <message>
        <source>„%1“ muss mit https:// oder http:// beginnen, z. B. https://ki.example.org.</source>
        <translation>“%1” must start with https:// or http://, e.g. https://ki.example.org.</translation>
    </message>
    <message>
        <source>„%1“: Jede Zeile höchstens 200 Zeichen und ohne „|“.</source>
        <translation>“%1”: each line at most 200 characters and without “|”.</translation>
    </message>
    <message>
        <source>Die nächste Prüfung kann nicht vor der Freigabe liegen.</source>
        <translation>The next review cannot be before the approval.</translation>
    </message>
    <message>
        <source>Unbekannter Anwendungsfall.</source>
        <translation>Unknown use case.</translation>
    </message>
    <message>
        <source>„%1“ ist ungültig.</source>
        <translation>“%1” is invalid.</translation>
    </message>
    <message>
        <source>Neuen KI-Dienst erfassen</source>
        <translation>Add new AI service</translation>
    </message>
    <message>
        <source>KI-Dienst bearbeiten: %1</source>
        <translation>Edit AI service: %1</translation>
    </message>
    <message>
        <source>Betreiber (Nutzung eines fremden Systems)</source>
        <translation>Operator (use of a third-party system)</translation>
    </message>
    <message>
        <source>Anbieter (eigener Name oder eigene Anpassung)</source>
        <translation>Provider (own name or own modification)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>“%1” is not a valid date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>Für Schutzstufe %1 fehlen Pflichtkriterien: %2. Der Dienst kann so nicht für diese Stufe freigegeben werden; wählen Sie eine niedrigere Stufe oder den Status „Pilot“.</source>
        <translation>Mandatory criteria for protection level %1 are missing: %2. The service cannot be approved for this level like this; choose a lower level or the status “Pilot”.</translation>
    </message>
    <message>
        <source>Prüft die Angaben und speichert den Dienst im Verzeichnis.</source>
        <translation>Checks the details and saves the service in the registry.</translation>
    </message>
    <message>
        <source>Schließt den Dialog, ohne Änderungen zu speichern.</source>
        <translation>Closes the dialog without saving changes.</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ServiceTableModel</name>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>ausgesetzt</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>außer Betrieb</source>
        <translation>decommissioned</translation>
    </message>
    <message>
        <source>öffentlicher Webdienst</source>
        <translation>public web service</translation>
    </message>
    <message>
        <source>Software-Dienst (SaaS)</source>
        <translation>software service (SaaS)</translation>
    </message>
    <message>
        <source>eigener Cloud-Mandant</source>
        <translation>own cloud tenant</translation>
    </message>
    <message>
        <source>eigener Betrieb</source>
        <translation>self-hosted</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>außerhalb der EU</source>
        <translation>outside the EU</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Stufe %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>nicht gesetzt</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>⚠ %1 – überfällig</source>
        <translation>⚠ %1 – overdue</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Höchste Stufe</source>
        <translation>Highest level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::TemplateListModel</name>
    <message>
        <source>%1 (Stufe 2 möglich)</source>
        <translation>%1 (level 2 possible)</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::TemplatesPage</name>
    <message>
        <source>Alle Anwendungsfälle</source>
        <translation>All use cases</translation>
    </message>
    <message>
        <source>Alle Vorlagen</source>
        <translation>All templates</translation>
    </message>
    <message>
        <source>Nur ohne personenbezogene Angaben (Schutzstufe 1)</source>
        <translation>Only without personal details (protection level 1)</translation>
    </message>
    <message>
        <source>Keine Vorlage ausgewählt</source>
        <translation>No template selected</translation>
    </message>
    <message>
        <source>Anwendungsfall: %1 · Quelle: %2</source>
        <translation>Use case: %1 · Source: %2</translation>
    </message>
    <message>
        <source>Nachfragen, um das Ergebnis zu verbessern:</source>
        <translation>Follow-up prompts to improve the result:</translation>
    </message>
    <message>
        <source>Prüfen Sie das Ergebnis:</source>
        <translation>Check the result:</translation>
    </message>
    <message>
        <source>z. B. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>(ggf. personenbezogen)</source>
        <translation>(may be personal)</translation>
    </message>
    <message>
        <source>Diese Vorlage hat keine Felder.</source>
        <translation>This template has no fields.</translation>
    </message>
    <message>
        <source>„%1“ fehlt noch.</source>
        <translation>“%1” is still missing.</translation>
    </message>
    <message>
        <source>„%1“ darf nur eine Zeile lang sein.</source>
        <translation>“%1” may only be one line long.</translation>
    </message>
    <message>
        <source>„%1“ ist zu lang.</source>
        <translation>“%1” is too long.</translation>
    </message>
    <message>
        <source>„%1“ erwartet eine Zahl.</source>
        <translation>“%1” expects a number.</translation>
    </message>
    <message>
        <source>„%1“ muss zwischen %2 und %3 liegen.</source>
        <translation>“%1” must be between %2 and %3.</translation>
    </message>
    <message>
        <source>„%1“ erwartet ein Datum (TT.MM.JJJJ).</source>
        <translation>“%1” expects a date (DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>„%1“: Bitte einen der Einträge wählen.</source>
        <translation>“%1”: please choose one of the entries.</translation>
    </message>
    <message>
        <source>„%1“ ist ungültig.</source>
        <translation>“%1” is invalid.</translation>
    </message>
    <message>
        <source>kein freigegebener Dienst für Stufe %1</source>
        <translation>no approved service for level %1</translation>
    </message>
    <message>
        <source>⚠ Mit diesem Inhalt gilt Schutzstufe 2: „%1“ kann personenbezogene Daten enthalten. Nutzen Sie dafür nur einen freigegebenen Dienst.</source>
        <translation>⚠ With this content, protection level 2 applies: “%1” may contain personal data. Only use an approved service for it.</translation>
    </message>
    <message>
        <source>Wert für den Platzhalter „%1“</source>
        <translation>Value for the placeholder “%1”</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::UseCasePage</name>
    <message>
        <source>&amp;Entwurf prüfen …</source>
        <translation>&amp;Check draft …</translation>
    </message>
    <message>
        <source>Den geplanten Text auf personenbezogene Daten und Geheimhaltungsvermerke prüfen lassen</source>
        <translation>Have the planned text checked for personal data and confidentiality markings</translation>
    </message>
    <message>
        <source>Sie haben den Text schon? KI-Lotse erkennt darin Namen, Kennnummern und Vermerke und schlägt die Antworten vor.</source>
        <translation>Already have the text? KI-Lotse detects names, ID numbers and markings in it and suggests the answers.</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Anwendungsfall, um seine Beschreibung und Beispiele zu sehen.</source>
        <translation>Choose a use case on the left to see its description and examples.</translation>
    </message>
    <message>
        <source>Beispiele:</source>
        <translation>Examples:</translation>
    </message>
</context>
<context>
    <name>kilotse::gui::WorkshopPage</name>
    <message>
        <source>✖ nicht zulässig</source>
        <translation>✖ not permitted</translation>
    </message>
    <message>
        <source>⚠ Stufe %1, Rücksprache</source>
        <translation>⚠ Level %1, consultation</translation>
    </message>
    <message>
        <source>Stufe %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Workshop-Modus für Schulungen: Wählen Sie die Szenarien aus und starten Sie die Präsentation (Vollbild, große Schrift). Die Szenarien sind erfunden und enthalten keine echten Daten; im Vollbild lässt sich nichts bearbeiten.</source>
        <translation>Workshop mode for training sessions: select the scenarios and start the presentation (full screen, large font). The scenarios are fictitious and contain no real data; nothing can be edited in full screen.</translation>
    </message>
    <message>
        <source>&amp;Szenarien (Häkchen = wird gezeigt):</source>
        <translation>&amp;Scenarios (ticked = shown):</translation>
    </message>
    <message>
        <source>Szenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Erwartet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Szenarien</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;Vorschau:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <source>Vorschau des Szenarios</source>
        <translation>Scenario preview</translation>
    </message>
    <message>
        <source>Eigene Szenario&amp;datei laden …</source>
        <translation>Load your own scenario &amp;file …</translation>
    </message>
    <message>
        <source>Lädt Szenarien im Format von demos.json und prüft sie wie jede Regelwerksdatei.</source>
        <translation>Loads scenarios in the demos.json format and checks them like any policy pack file.</translation>
    </message>
    <message>
        <source>&amp;Mitgelieferte Szenarien</source>
        <translation>&amp;Built-in scenarios</translation>
    </message>
    <message>
        <source>Präsentation &amp;starten (F5)</source>
        <translation>Start &amp;presentation (F5)</translation>
    </message>
    <message>
        <source>„%1“: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Bei %n Szenario(s) weicht das erwartete Ergebnis vom Regelwerk ab. In der Präsentation gilt das Ergebnis des Regelwerks.
</source>
        <translation>
            <numerusform>For %n scenario, the expected result differs from the policy pack. In the presentation, the policy pack’s result applies.
</numerusform>
            <numerusform>For %n scenarios, the expected result differs from the policy pack. In the presentation, the policy pack’s result applies.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Das Regelwerk „%1“ enthält keine Szenarien. Laden Sie eine Szenariodatei.</source>
        <translation>The policy pack “%1” contains no scenarios. Load a scenario file.</translation>
    </message>
    <message numerus="yes">
        <source>%n Szenario(s) aus dem Regelwerk „%1“.</source>
        <translation>
            <numerusform>%n scenario from the policy pack “%1”.</numerusform>
            <numerusform>%n scenarios from the policy pack “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… und %n weitere(r) Fehler</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Die Szenariodatei wurde nicht geladen (%n Fehler):
</source>
        <translation>
            <numerusform>The scenario file was not loaded (%n error):
</numerusform>
            <numerusform>The scenario file was not loaded (%n errors):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Szenario(s) aus %1.</source>
        <translation>
            <numerusform>%n scenario from %1.</numerusform>
            <numerusform>%n scenarios from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Szenariodatei laden</source>
        <translation>Load scenario file</translation>
    </message>
    <message>
        <source>Szenarien (*.json);;Alle Dateien (*)</source>
        <translation>Scenarios (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Frage:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Erwartet:</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>Zur Diskussion:</source>
        <translation>For discussion:</translation>
    </message>
    <message>
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Situation, Frage, erwartetes Ergebnis und Lernziel des markierten Szenarios.</source>
        <translation>Situation, question, expected result and learning objective of the selected scenario.</translation>
    </message>
    <message>
        <source>Ersetzt die Liste durch die Szenarien aus dem geladenen Regelwerk.</source>
        <translation>Replaces the list with the scenarios from the loaded policy pack.</translation>
    </message>
    <message>
        <source>Zeigt die angehakten Szenarien im Vollbild mit großer Schrift; Escape beendet die Präsentation.</source>
        <translation>Shows the ticked scenarios in full screen with large text; Escape ends the presentation.</translation>
    </message>
    <message>
        <source>Erwartete Stu&amp;fe:</source>
        <translation>E&amp;xpected level:</translation>
    </message>
    <message>
        <source>Filter nach erwarteter Stufe</source>
        <translation>Filter by expected level</translation>
    </message>
    <message>
        <source>Zeigt nur Szenarien mit diesem erwarteten Ergebnis; Häkchen ausgeblendeter Szenarien bleiben.</source>
        <translation>Shows only scenarios with this expected result; hidden scenarios keep their ticks.</translation>
    </message>
    <message>
        <source>Th&amp;ema:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Filter nach Thema</source>
        <translation>Filter by topic</translation>
    </message>
    <message>
        <source>Zeigt nur Szenarien zu diesem Anwendungsfall; Häkchen ausgeblendeter Szenarien bleiben.</source>
        <translation>Shows only scenarios for this use case; hidden scenarios keep their ticks.</translation>
    </message>
    <message>
        <source>Leertaste setzt oder entfernt das Häkchen, Pfeiltasten oder die Anfangsbuchstaben eines Titels wechseln das Szenario; die Vorschau zeigt das markierte Szenario.</source>
        <translation>Space sets or removes the tick, the arrow keys or the first letters of a title change the scenario; the preview shows the selected scenario.</translation>
    </message>
    <message>
        <source>A&amp;lle auswählen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Setzt das Häkchen bei allen Szenarien, die die Filter zeigen.</source>
        <translation>Ticks all scenarios that the filters show.</translation>
    </message>
    <message>
        <source>Alle a&amp;bwählen</source>
        <translation>D&amp;eselect all</translation>
    </message>
    <message>
        <source>Entfernt das Häkchen bei allen Szenarien, die die Filter zeigen.</source>
        <translation>Removes the tick from all scenarios that the filters show.</translation>
    </message>
    <message>
        <source>Alle Stufen</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Alle Themen</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Schutzstufe %1</source>
        <translation>Protection level %1</translation>
    </message>
    <message>
        <source>Rücksprache nötig</source>
        <translation>Consultation required</translation>
    </message>
    <message>
        <source>Nicht zulässig</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>%1 von 1 Szenario ausgewählt</source>
        <translation>%1 of 1 scenario selected</translation>
    </message>
    <message>
        <source>%1 von %2 Szenarien ausgewählt</source>
        <translation>%1 of %2 scenarios selected</translation>
    </message>
    <message>
        <source>%1 · %2 angezeigt (Filter)</source>
        <translation>%1 · %2 shown (filter)</translation>
    </message>
</context>
<context>
    <name>kilotse::json</name>
    <message>
        <source>the file contains a NUL byte (binary data, not a JSON text file)</source>
        <translation>the file contains a NUL byte (binary data, not a JSON text file)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is not allowed</source>
        <translation>nesting deeper than %1 levels is not allowed</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 bytes are accepted</source>
        <translation>the file is %1 bytes; at most %2 bytes are accepted</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>a value cannot be represented (for example a number that is too large)</source>
        <translation>a value cannot be represented (for example a number that is too large)</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>the member name appears twice in the same object</source>
        <translation>the member name appears twice in the same object</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KI-Lotse – prüft eine geplante KI-Nutzung und ermittelt die Schutzstufe.</source>
        <translation>KI-Lotse – checks a planned use of AI and determines the protection level.</translation>
    </message>
    <message>
        <source>Regelwerk aus ORDNER laden (sonst KI_LOTSE_POLICY_DIR, Systemordner, mitgeliefertes Regelwerk).</source>
        <translation>Load the policy pack from FOLDER (otherwise KI_LOTSE_POLICY_DIR, system folder, bundled policy pack).</translation>
    </message>
    <message>
        <source>ORDNER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Vollständig starten, Zustand als eine JSON-Zeile ausgeben und beenden (Exit-Code 0 = in Ordnung).</source>
        <translation>Start fully, output the status as a single JSON line and exit (exit code 0 = OK).</translation>
    </message>
    <message>
        <source>Verzeichnis der KI-Dienste: SQLite-Datei oder postgresql://-URL (sonst KI_LOTSE_REGISTRY, sonst Datei im Benutzerordner).</source>
        <translation>AI service registry: SQLite file or postgresql:// URL (otherwise KI_LOTSE_REGISTRY, otherwise the file in the user folder).</translation>
    </message>
    <message>
        <source>ORT</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>Sprache: de oder en (sonst KI_LOTSE_LANG, sonst Einstellung ui/language).</source>
        <translation>Language: de or en (otherwise KI_LOTSE_LANG, otherwise the ui/language setting).</translation>
    </message>
    <message>
        <source>SPRACHE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Farben: light, dark oder high-contrast (sonst KI_LOTSE_THEME, sonst Einstellung ui/theme).</source>
        <translation>Colours: light, dark or high-contrast (otherwise KI_LOTSE_THEME, otherwise the ui/theme setting).</translation>
    </message>
    <message>
        <source>FARBEN</source>
        <translation>COLOURS</translation>
    </message>
    <message>
        <source>KI-Lotse startet nicht</source>
        <translation>KI-Lotse does not start</translation>
    </message>
    <message>
        <source>Den Text in der Zwischenablage prüfen (für ein Tastenkürzel des Desktops; nutzt ein laufendes KI-Lotse; Einstellung clipboard/guard).</source>
        <translation>Check the text on the clipboard (for a desktop keyboard shortcut; uses a running KI-Lotse; setting clipboard/guard).</translation>
    </message>
    <message>
        <source>Zwischenablage prüfen</source>
        <translation>Check clipboard</translation>
    </message>
    <message>
        <source>Der Zwischenablage-Wächter (Symbol und Tastenkürzel) ist in Ihrer Verwaltung ausgeschaltet (Einstellung clipboard/guard). In KI-Lotse prüfen Sie die Zwischenablage mit Datei → Zwischenablage prüfen.</source>
        <translation>The clipboard guard (icon and shortcut) is switched off in your administration (setting clipboard/guard). In KI-Lotse, check the clipboard with File → Check clipboard.</translation>
    </message>
    <message>
        <source>Der Zwischenablage-Wächter (Symbol und Tastenkürzel) ist ausgeschaltet. Schalten Sie ihn in KI-Lotse unter Ansicht → Zwischenablage-Wächter im Infobereich ein, oder prüfen Sie mit Datei → Zwischenablage prüfen.</source>
        <translation>The clipboard guard (icon and shortcut) is switched off. Switch it on in KI-Lotse under View → Clipboard guard in the system tray, or check with File → Check clipboard.</translation>
    </message>
</context>
</TS>
