/**
 * What news calls countries besides their ISO names: short names and the adjectives of nationality
 * ("Syrian", "Libyan", "Iraqi"). Plurals ("Syrians") are derived in the finder. Kept general: every
 * country a wire story is likely to name, not just the first dataset's.
 */

const DEMONYMS = `
AF Afghan; AL Albanian; DZ Algerian; AO Angolan; AR Argentine|Argentinian; AM Armenian; AU Australian;
AT Austrian; AZ Azerbaijani; BH Bahraini; BD Bangladeshi; BY Belarusian; BE Belgian; BJ Beninese;
BO Bolivian; BA Bosnian; BW Botswanan; BR Brazilian; BG Bulgarian; BF Burkinabe; BI Burundian;
KH Cambodian; CM Cameroonian; CA Canadian; CF Central African; TD Chadian; CL Chilean; CN Chinese;
CO Colombian; CD Congolese; CR Costa Rican; HR Croatian; CU Cuban; CY Cypriot; CZ Czech; DK Danish;
DJ Djiboutian; DO Dominican; EC Ecuadorean|Ecuadorian; EG Egyptian; SV Salvadoran; ER Eritrean;
EE Estonian; ET Ethiopian; FI Finnish; FR French; GA Gabonese; GM Gambian; GE Georgian; DE German;
GH Ghanaian; GR Greek; GT Guatemalan; GN Guinean; HT Haitian; HN Honduran; HU Hungarian; IS Icelandic;
IN Indian; ID Indonesian; IR Iranian; IQ Iraqi; IE Irish; IL Israeli; IT Italian; CI Ivorian;
JM Jamaican; JP Japanese; JO Jordanian; KZ Kazakh; KE Kenyan; XK Kosovar; KW Kuwaiti; KG Kyrgyz;
LA Laotian; LV Latvian; LB Lebanese; LR Liberian; LY Libyan; LT Lithuanian; LU Luxembourgish;
MK Macedonian; MG Malagasy; MW Malawian; MY Malaysian; MV Maldivian; ML Malian; MT Maltese;
MR Mauritanian; MX Mexican; MD Moldovan; MN Mongolian; ME Montenegrin; MA Moroccan; MZ Mozambican;
MM Burmese; NA Namibian; NP Nepalese|Nepali; NL Dutch; NZ New Zealander; NI Nicaraguan; NE Nigerien;
NG Nigerian; KP North Korean; NO Norwegian; OM Omani; PK Pakistani; PS Palestinian; PA Panamanian;
PY Paraguayan; PE Peruvian; PH Filipino|Philippine; PL Polish; PT Portuguese; QA Qatari; RO Romanian;
RU Russian; RW Rwandan; SA Saudi; SN Senegalese; RS Serbian; SL Sierra Leonean; SG Singaporean;
SK Slovak; SI Slovenian; SO Somali; ZA South African; KR South Korean; SS South Sudanese;
ES Spanish; LK Sri Lankan; SD Sudanese; SE Swedish; CH Swiss; SY Syrian; TW Taiwanese; TJ Tajik;
TZ Tanzanian; TH Thai; TG Togolese; TN Tunisian; TR Turkish; TM Turkmen; UG Ugandan; UA Ukrainian;
AE Emirati; GB British; US American; UY Uruguayan; UZ Uzbek; VE Venezuelan; VN Vietnamese;
YE Yemeni; ZM Zambian; ZW Zimbabwean`;

/** Names the ISO list lacks or buries ("Syria" beside "Syrian Arab Republic"). */
const SHORT_NAMES = `
SY Syria; IR Iran; RU Russia; LA Laos; MD Moldova; KR South Korea; KP North Korea; VN Vietnam;
BO Bolivia; VE Venezuela; TZ Tanzania; TW Taiwan; BN Brunei; CZ Czech Republic; MK Macedonia;
CV Cape Verde; SZ Swaziland; VA Vatican; GB Britain|Great Britain|UK|U.K.; US United States|USA|U.S.A.;
CD DR Congo|DRC; CG Congo-Brazzaville; CI Ivory Coast; TR Turkey; NL Holland|Netherlands;
PS Palestine|Gaza Strip|West Bank; MM Burma; AE UAE; FM Micronesia; SS South Sudan`;

function parseTable(table: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of table.split(';')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const iso2 = trimmed.slice(0, 2);
    map.set(iso2, [...(map.get(iso2) ?? []), ...trimmed.slice(3).split('|')]);
  }
  return map;
}

export const COUNTRY_DEMONYMS: ReadonlyMap<string, string[]> = parseTable(DEMONYMS);
export const COUNTRY_SHORT_NAMES: ReadonlyMap<string, string[]> = parseTable(SHORT_NAMES);

/** "Syrian" → "Syrians", "Iraqi" → "Iraqis"; "Lebanese", "French", "Swiss" have no plural in -s. */
export function demonymPlural(demonym: string): string | undefined {
  if (/(?:ese|ch|sh|ss)$/.test(demonym)) return undefined;
  return /[aeiouny]$/.test(demonym) ? `${demonym}s` : undefined;
}
