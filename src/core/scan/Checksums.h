#pragma once

#include <QStringView>

// Check-digit algorithms of the identifiers the draft scanner knows. Each takes the identifier
// without separators (spaces already removed) and returns whether it is well-formed and its check
// digit is right. Pure functions, no allocation: they run in the scanner's hot loop.
namespace kilotse::checksum {

// ISO 13616 IBAN: country code, two check digits, BBAN; mod 97 of the rearranged number is 1.
// Also checks the length registered for the country (when the country is known).
bool ibanValid(QStringView iban);
// Registered IBAN length of a country ("DE" → 22), or 0 when the country is not in the table.
int ibanLength(QChar c1, QChar c2);

// German tax identification number (Steuerliche Identifikationsnummer, 11 digits): first digit
// not 0; in the first ten digits exactly one digit appears twice or three times (three times
// not all adjacent) and every other digit at most once; check digit by ISO 7064 MOD 11,10.
bool taxIdValid(QStringView digits);
// ISO 7064 MOD 11,10 check digit of `digits` (0-9).
int iso7064Mod1110(QStringView digits);

// Rentenversicherungsnummer: 2 digits area, 6 digits date of birth (DDMMYY; day or month 00 when
// unknown, day + 32, + 64 or + 96 when the serial numbers of a birthday are used up), 1 letter,
// 2 digits serial, 1 check digit (VKVV § 2 Abs. 6: weights 2,1,2,5,7,1,2,1,2,1,2,1 over the digits
// with the letter as its two-digit alphabet position; sum of digit sums mod 10).
bool pensionNumberValid(QStringView number);

// Krankenversichertennummer (KVNR): 1 letter + 9 digits; the letter as its two-digit alphabet
// position and the first 8 digits, weighted 1,2,1,2…, sum of digit sums mod 10 = last digit.
bool healthInsuranceNumberValid(QStringView number);

// ICAO 9303 check digit (weights 7,3,1; digits as value, A=10 … Z=35, '<' = 0), or -1 for a
// character outside that alphabet.
int icaoCheckDigit(QStringView chars);

} // namespace kilotse::checksum
