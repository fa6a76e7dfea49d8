#pragma once

#include <QChar>
#include <QStringView>

// How German personal identifiers are written in letters, as pure functions for the draft
// scanner: each `...At` function looks at `text` from `pos` and returns the length of the written
// identifier that starts there (0 when none). They never read outside `text` and never allocate
// (fixed stack buffers only): the scanner calls them in its hot loop. A match starts and ends at a
// word boundary (no letter or digit right before or after it).
//
// The check digits of IdNr, RVNR, KVNR and the ICAO weighting live in scan/Checksums.h; this file
// adds the written layouts and the identifiers whose rules are longer (IBAN registry, the Länder
// Steuernummern, document numbers and MRZ lines, BSNR/LANR). Sources are named at each function
// and in tests/data/identifiers/vectors.json.
namespace kilotse::ident {

// ---- IBAN (ISO 13616-1, SWIFT IBAN Registry Release 100) -----------------------------------------

// One country of the SWIFT IBAN registry: its IBAN length and its BBAN structure in registry
// notation ("8!n10!n": n digits, a upper-case letters, c letters or digits; "!" fixed length).
struct IbanCountry
{
    char code[3];
    int length;
    const char* bban;
};
// The registry entry of a country code (case-insensitive), nullptr when the code issues no IBAN.
// All 89 countries of Release 100; territories that use their parent's code (GF, GP, … use FR;
// IM, JE, GG use GB; AX uses FI) have no entry of their own.
const IbanCountry* ibanCountry(char16_t c1, char16_t c2);

// An IBAN in compact form (letters in any case, no separators): known country, the registered
// length, check digits 02..98, the BBAN structure character by character, and ISO 7064 MOD 97-10
// (the rearranged number mod 97 is 1).
bool ibanValid(QStringView compact);

struct IbanMatch
{
    qsizetype length = 0; // characters of the written IBAN from pos (0: not IBAN-shaped)
    bool valid = false;   // false with a length: IBAN-shaped but invalid (a look-alike to consume)
};
// An IBAN as written at `pos`: compact ("DE89370400440532013000"); in groups of four separated by
// one blank (also a no-break or narrow space), one hyphen or one dot, the same separator
// throughout, the last group shorter ("DE89 3704 0044 0532 0130 00"); with a blank after the
// country code ("DE 89 3704 …"); in lower or mixed case. The match stops at the registered length
// (a following " 12 Euro" is not swallowed) and must end at a word boundary. A shape with a known
// country code, check digits and 15 or more characters that fails (wrong check digits, length or
// BBAN structure) is returned with valid = false so the scanner can consume it without reporting
// it; mixed separators and other groupings are no IBAN shape at all (length 0).
IbanMatch ibanAt(QStringView text, qsizetype pos);

// ---- Steuernummer (tax number of the Finanzamt; not the IdNr) --------------------------------------

struct TaxNumberMatch
{
    qsizetype length = 0;
    bool checkDigitVerified = false; // the check digit fits the procedure of (one of) its Land (Länder)
};
// A Steuernummer at `pos` in one of the written forms of the Länder (ELSTER "Prüfung der Steuer-
// und Steueridentifikationsnummer", chapters 3-7; examples of de.wikipedia "Steuernummer"):
//   BW FFBBB/UUUUP   BY FFF/BBB/UUUUP  BE FF/BBB/UUUUP   BB 0FF/BBB/UUUUP  HB FF BBB UUUUP
//   HH FF/BBB/UUUUP  HE 0FF BBB UUUUP  MV 0FF/BBB/UUUUP  NI FF/BBB/UUUUP   NW FFF/BBBB/UUUP
//   RP FF/BBB/UUUU/P SL 0FF/BBB/UUUUP  SN 2FF/BBB/UUUUP  ST 1FF/BBB/UUUUP  SH FF/BBB/UUUUP
//   TH 1FF/BBB/UUUUP
// also printed with a blank before the check digit ("181/815/0815 5"), and the 13-digit ELSTER
// form FFFF0BBBUUUUP (NW FFFF0BBBBUUUP) whose Finanzamt number starts with the Land's prefix
// (BW 28, BY 9, BE 11, BB 30, HB 24, HH 22, HE 26, MV 40, NI 23, NW 5, RP 27, SL 10, SN 32,
// ST 31, SH 21, TH 41). Checked: the Finanzamt number range of the Land, the district (not 000,
// 998, 999), and the check digit of every Land (11er procedure BY BB MV SL SN ST TH HB HH NI BE
// with Berlin's two weightings, NW's variant, RP's modified procedure, 2er procedure BW HE SH).
// A layout that several Länder share is verified when the check digit fits one of them.
// `cued` (a cue word such as "Steuernummer", "St.-Nr." before it): only then are the unseparated
// 10/11-digit forms, the blank-separated forms and a check digit that does not fit accepted.
// Without a cue only the slash layouts and the 13-digit form match, and only with a fitting
// check digit.
TaxNumberMatch taxNumberAt(QStringView text, qsizetype pos, bool cued);

// The 13-digit ELSTER form alone (digits only): Land prefix, Finanzamt range, the "0", district
// and the check digit of that Land.
bool elsterTaxNumberValid(QStringView digits13);

// ---- ID card and passport numbers (ICAO Doc 9303, PAuswG § 2 Abs. 8, PassG § 4) -------------------

enum class DocumentKind
{
    Unknown,
    IdCard,
    Passport
};
struct DocumentMatch
{
    qsizetype length = 0;
    bool checkDigit = false; // a check digit was written and is right (ICAO 9303 Part 3 § 4.9)
    DocumentKind kindHint = DocumentKind::Unknown;
};
// A document number at `pos`. Since November 2010 (ID card) and November 2007 (passport): nine
// characters of the digits and C F G H J K L M N P R T V W X Y Z (no vowels, no B D Q S), the
// first a letter (passport C F G H J K, ID card L M N P R T V W X Y), at least one digit,
// optionally followed by the check digit as a tenth character. Older documents: ten digits
// (nine and the check digit, also with a blank before the check digit) and "one letter and
// eight digits". Without a cue only the nine-character form with its right check digit matches;
// with a cue ("Ausweisnummer", "Passnummer", "Dokumentennummer" …) also the nine characters
// alone, one letter + eight digits, and the old all-digit numbers with their check digit. A
// written check digit that is wrong never matches; words (lower case, letters outside the
// alphabet, no digit) never match.
DocumentMatch documentNumberAt(QStringView text, qsizetype pos, bool cued);

// A line of a machine-readable zone at `pos`: TD1 (3 × 30, ID card, ICAO 9303 Part 5), TD2
// (2 × 36, the German ID card before 2010, Part 6) or TD3 (2 × 44, passport, Part 4). Lines with
// check digits ("IDD<<T220001293<<<<<<<<<<<<<<<", "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4")
// match when well-formed and at least one check digit is right; the name lines, which carry no
// check digit ("P<D<<MUSTERMANN<<ERIKA<<<<…"), match on structure alone (document code and
// issuing state for the first line, letters and fillers with a "<<" separator). Returns the line
// length or 0.
qsizetype mrzLineAt(QStringView text, qsizetype pos);

// ---- Practice numbers (KBV Arztnummern-Richtlinie nach § 75 Abs. 7 SGB V) -------------------------

// LANR: 6-digit number, check digit (digits 1-6 weighted 4, 9, 4, 9, 4, 9; 10 minus the sum mod
// 10, 10 becomes 0), 2-digit Arztgruppe.
bool lanrValid(QStringView digits9);
// BSNR: the first two digits a KV Landes- or Bezirksstelle key, then seven digits.
bool bsnrWellFormed(QStringView digits9);
// Nine digits at `pos` that are a LANR with its right check digit or a BSNR with a known KV key:
// 9, else 0. For use after a cue ("BSNR", "Betriebsstättennummer", "LANR", "Arztnummer").
qsizetype practiceNumberAt(QStringView text, qsizetype pos);

} // namespace kilotse::ident
