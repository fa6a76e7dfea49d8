<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckRecord</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> und %n weitere</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRender</name>
    <message numerus="yes">
        <source>%n Fund(e)</source>
        <translation>
            <numerusform>%n Fund</numerusform>
            <numerusform>%n Funde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::Config</name>
    <message numerus="yes">
        <source>Weitere Fehler dieser Art: %n.</source>
        <translation>
            <numerusform>Weitere Fehler dieser Art: %n.</numerusform>
            <numerusform>Weitere Fehler dieser Art: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::cli</name>
    <message numerus="yes">
        <source>Fehler: Das Regelwerk ist ungültig (%n Fehler):</source>
        <translation>
            <numerusform>Fehler: Das Regelwerk ist ungültig (%n Fehler):</numerusform>
            <numerusform>Fehler: Das Regelwerk ist ungültig (%n Fehler):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fehler: Die Szenariodatei ist ungültig (%n Fehler):</source>
        <translation>
            <numerusform>Fehler: Die Szenariodatei ist ungültig (%n Fehler):</numerusform>
            <numerusform>Fehler: Die Szenariodatei ist ungültig (%n Fehler):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnung: %1: %n Einträge passen zu keinem Text des Regelwerks, z. B. „%2“</source>
        <translation>
            <numerusform>Warnung: %1: %n Eintrag passt zu keinem Text des Regelwerks: „%2“</numerusform>
            <numerusform>Warnung: %1: %n Einträge passen zu keinem Text des Regelwerks, z. B. „%2“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regelwerk ungültig: %n Fehler in %1</source>
        <translation>
            <numerusform>Regelwerk ungültig: %n Fehler in %1</numerusform>
            <numerusform>Regelwerk ungültig: %n Fehler in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Stelle(n) ersetzt.</source>
        <translation>
            <numerusform>%n Stelle ersetzt.</numerusform>
            <numerusform>%n Stellen ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import abgelehnt, nichts wurde geändert (%n Fehler):</source>
        <translation>
            <numerusform>Import abgelehnt, nichts wurde geändert (%n Fehler):</numerusform>
            <numerusform>Import abgelehnt, nichts wurde geändert (%n Fehler):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::documents</name>
    <message numerus="yes">
        <source>%n picture(s) – text in pictures is not checked</source>
        <translation>
            <numerusform>%n Bild – Text in Bildern wird nicht geprüft</numerusform>
            <numerusform>%n Bilder – Text in Bildern wird nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n embedded object(s) – not checked</source>
        <translation>
            <numerusform>%n eingebettetes Objekt – nicht geprüft</numerusform>
            <numerusform>%n eingebettete Objekte – nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attachments nested more than %n level(s) deep are not read</source>
        <translation>
            <numerusform>Anhänge, die mehr als %n Ebene tief verschachtelt sind, werden nicht gelesen</numerusform>
            <numerusform>Anhänge, die mehr als %n Ebenen tief verschachtelt sind, werden nicht gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::ClipboardGuard</name>
    <message numerus="yes">
        <source>⚠ %n Fund(e) – vorgeschlagen: %1</source>
        <translation>
            <numerusform>⚠ %n Fund – vorgeschlagen: %1</numerusform>
            <numerusform>⚠ %n Funde – vorgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>und %n weitere(r)</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In die Zwischenablage kopiert: %n Stelle(n) durch Platzhalter ersetzt. Die Zuordnung bleibt nur in KI-Lotse, bis Sie es beenden.</source>
        <translation>
            <numerusform>In die Zwischenablage kopiert: %n Stelle durch einen Platzhalter ersetzt. Die Zuordnung bleibt nur in KI-Lotse, bis Sie es beenden.</numerusform>
            <numerusform>In die Zwischenablage kopiert: %n Stellen durch Platzhalter ersetzt. Die Zuordnung bleibt nur in KI-Lotse, bis Sie es beenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Platzhalter ersetzt: Die Zwischenablage enthält wieder die ursprünglichen Angaben.</source>
        <translation>
            <numerusform>%n Platzhalter ersetzt: Die Zwischenablage enthält wieder die ursprünglichen Angaben.</numerusform>
            <numerusform>%n Platzhalter ersetzt: Die Zwischenablage enthält wieder die ursprünglichen Angaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>„Pseudonymisiert kopieren“ ersetzt %n Stelle(n) in der Zwischenablage durch Platzhalter. Die Angaben in der Antwort der KI setzt „Platzhalter in der Zwischenablage zurücksetzen“ wieder ein (Menü Datei oder Symbol im Infobereich).</source>
        <translation>
            <numerusform>„Pseudonymisiert kopieren“ ersetzt %n Stelle in der Zwischenablage durch einen Platzhalter. Die Angaben in der Antwort der KI setzt „Platzhalter in der Zwischenablage zurücksetzen“ wieder ein (Menü Datei oder Symbol im Infobereich).</numerusform>
            <numerusform>„Pseudonymisiert kopieren“ ersetzt %n Stellen in der Zwischenablage durch Platzhalter. Die Angaben in der Antwort der KI setzt „Platzhalter in der Zwischenablage zurücksetzen“ wieder ein (Menü Datei oder Symbol im Infobereich).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::DraftFilesPanel</name>
    <message numerus="yes">
        <source>%n Fund(e) – %1</source>
        <translation>
            <numerusform>%n Fund – %1</numerusform>
            <numerusform>%n Funde – %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… und %n weitere(r) Fund(e), in der Zusammenfassung mitgezählt</source>
        <translation>
            <numerusform>… und %n weiterer Fund, in der Zusammenfassung mitgezählt</numerusform>
            <numerusform>… und %n weitere Funde, in der Zusammenfassung mitgezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Seite(n)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Tabelle(n)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Datei(en)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geprüft</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wird/werden gelesen</source>
        <translation>
            <numerusform>%n wird gelesen</numerusform>
            <numerusform>%n werden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nicht oder nicht vollständig geprüft</source>
        <translation>
            <numerusform>%n nicht oder nicht vollständig geprüft</numerusform>
            <numerusform>%n nicht oder nicht vollständig geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::DraftPage</name>
    <message numerus="yes">
        <source>%n Datei(en) nicht oder nicht vollständig geprüft</source>
        <translation>
            <numerusform>%n Datei nicht oder nicht vollständig geprüft</numerusform>
            <numerusform>%n Dateien nicht oder nicht vollständig geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Fund(e), geprüft in %1 ms – nur auf diesem Rechner.</source>
        <translation>
            <numerusform>%n Fund, geprüft in %1 ms – nur auf diesem Rechner.</numerusform>
            <numerusform>%n Funde, geprüft in %1 ms – nur auf diesem Rechner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⏳ %n Datei(en) werden noch gelesen – der Vorschlag kann sich noch ändern.</source>
        <translation>
            <numerusform>⏳ %n Datei wird noch gelesen – der Vorschlag kann sich noch ändern.</numerusform>
            <numerusform>⏳ %n Dateien werden noch gelesen – der Vorschlag kann sich noch ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Datei(en) nicht oder nicht vollständig geprüft (Reiter „Dateien“): Was dort nicht gelesen werden konnte, prüfen Sie bitte selbst.</source>
        <translation>
            <numerusform>⚠ %n Datei nicht oder nicht vollständig geprüft (Reiter „Dateien“): Was dort nicht gelesen werden konnte, prüfen Sie bitte selbst.</numerusform>
            <numerusform>⚠ %n Dateien nicht oder nicht vollständig geprüft (Reiter „Dateien“): Was dort nicht gelesen werden konnte, prüfen Sie bitte selbst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund(e), davon %3 in Dateien. Aus Entwurf und Dateien erkannt: %2</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund, davon %3 in Dateien. Aus Entwurf und Dateien erkannt: %2</numerusform>
            <numerusform>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Funde, davon %3 in Dateien. Aus Entwurf und Dateien erkannt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund(e). Aus dem Entwurf erkannt: %2</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Fund. Aus dem Entwurf erkannt: %2</numerusform>
            <numerusform>&lt;b&gt;⚠ Vorgeschlagen: %1&lt;/b&gt;&lt;br&gt;%n Funde. Aus dem Entwurf erkannt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Stelle(n) durch Platzhalter ersetzt. </source>
        <translation>
            <numerusform>%n Stelle durch Platzhalter ersetzt. </numerusform>
            <numerusform>%n Stellen durch Platzhalter ersetzt. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Platzhalter ersetzt.</source>
        <translation>
            <numerusform>%n Platzhalter ersetzt.</numerusform>
            <numerusform>%n Platzhalter ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n Eintrag/Einträge.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Eintrag/Einträge; %1 Datei(en) nicht lesbar.</source>
        <translation>
            <numerusform>%n Eintrag; nicht lesbare Dateien: %1.</numerusform>
            <numerusform>%n Einträge; nicht lesbare Dateien: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alle %n Einträge des Verlaufs endgültig löschen?</source>
        <translation>
            <numerusform>Den %n Eintrag des Verlaufs endgültig löschen?</numerusform>
            <numerusform>Alle %n Einträge des Verlaufs endgültig löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::MainWindow</name>
    <message numerus="yes">
        <source>⚠ Das Regelwerk in „%1“ (%2) ist fehlerhaft und wurde nicht geladen (%n Fehler). KI-Lotse verwendet stattdessen das mitgelieferte Standardregelwerk. Bitte informieren Sie Ihre IT-Administration.</source>
        <translation>
            <numerusform>⚠ Das Regelwerk in „%1“ (%2) ist fehlerhaft und wurde nicht geladen (%n Fehler). KI-Lotse verwendet stattdessen das mitgelieferte Standardregelwerk. Bitte informieren Sie Ihre IT-Administration.</numerusform>
            <numerusform>⚠ Das Regelwerk in „%1“ (%2) ist fehlerhaft und wurde nicht geladen (%n Fehler). KI-Lotse verwendet stattdessen das mitgelieferte Standardregelwerk. Bitte informieren Sie Ihre IT-Administration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Antwort(en) aus dem Entwurf vorbelegt – bitte im Fragebogen bestätigen.</source>
        <translation>
            <numerusform>%n Antwort aus dem Entwurf vorbelegt – bitte im Fragebogen bestätigen.</numerusform>
            <numerusform>%n Antworten aus dem Entwurf vorbelegt – bitte im Fragebogen bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Dienst(e) mit überfälliger Prüfung</source>
        <translation>
            <numerusform>⚠ %n Dienst mit überfälliger Prüfung</numerusform>
            <numerusform>⚠ %n Dienste mit überfälliger Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ist kein gültiger Prüfvermerk von KI-Lotse (%n Fehler).</source>
        <translation>
            <numerusform>%1 ist kein gültiger Prüfvermerk von KI-Lotse (%n Fehler).</numerusform>
            <numerusform>%1 ist kein gültiger Prüfvermerk von KI-Lotse (%n Fehler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::RegistryPage</name>
    <message numerus="yes">
        <source>⚠ Prüfung überfällig bei %n Dienst(en) im Einsatz.</source>
        <translation>
            <numerusform>⚠ Prüfung überfällig bei %n Dienst im Einsatz.</numerusform>
            <numerusform>⚠ Prüfung überfällig bei %n Diensten im Einsatz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Die Datei enthält %n Fehler. Es wurde nichts geändert.</source>
        <translation>
            <numerusform>Die Datei enthält %n Fehler. Es wurde nichts geändert.</numerusform>
            <numerusform>Die Datei enthält %n Fehler. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kilotse::gui::WorkshopPage</name>
    <message numerus="yes">
        <source>Bei %n Szenario(s) weicht das erwartete Ergebnis vom Regelwerk ab. In der Präsentation gilt das Ergebnis des Regelwerks.
</source>
        <translation>
            <numerusform>Bei %n Szenario weicht das erwartete Ergebnis vom Regelwerk ab. In der Präsentation gilt das Ergebnis des Regelwerks.
</numerusform>
            <numerusform>Bei %n Szenarien weicht das erwartete Ergebnis vom Regelwerk ab. In der Präsentation gilt das Ergebnis des Regelwerks.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Szenario(s) aus dem Regelwerk „%1“.</source>
        <translation>
            <numerusform>%n Szenario aus dem Regelwerk „%1“.</numerusform>
            <numerusform>%n Szenarien aus dem Regelwerk „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… und %n weitere(r) Fehler</source>
        <translation>
            <numerusform>… und %n weiterer Fehler</numerusform>
            <numerusform>… und %n weitere Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Die Szenariodatei wurde nicht geladen (%n Fehler):
</source>
        <translation>
            <numerusform>Die Szenariodatei wurde nicht geladen (%n Fehler):
</numerusform>
            <numerusform>Die Szenariodatei wurde nicht geladen (%n Fehler):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Szenario(s) aus %1.</source>
        <translation>
            <numerusform>%n Szenario aus %1.</numerusform>
            <numerusform>%n Szenarien aus %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
