/**
 * The words around a capitalised name that tell a place from a person, an organisation or a
 * common word. All lower case; compared with the exact key of the text.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * English function words, news vocabulary, months and weekdays that are also towns somewhere ("Of"
 * in Turkey, "Most" in Czechia, "Police" in Poland, "March" in England). Never a place on their own.
 */
export const NEVER_PLACES = words(`
a an the of in on at to by for from with and or but not no yes all any each most many more some such this that these
those during after before under over since until among against despite without within about it its he she they we you i me my his her our their who what when where why how which while as if so than then
there here now also only just even still very well say said says tell told ask see saw go goes went come came make
made take took give gave get got let put set run ran show try call use used may might can could will would shall
should must do does did done be been being is are was were has have had one two three four five six seven eight nine
ten first last next new old good great best fair sure least police state states islamic army government president
minister ministry official officials spokesman forces force troops militants fighters rebels people city town
village province region district country nation world war peace day week month year today tomorrow yesterday morning
evening night time news report reports media press agency union council deal plan talks meeting summit conference
ceasefire truce attack attacks bomb blast strike strikes god allah church mosque university college school company
bank hospital department security interior foreign affairs defence defense justice
territory secretary treasury commerce energy health labor labour home office command reuters afp ap
north south east west northern southern eastern western central middle upper lower greater little
african european asian arab
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Common words and people's names that are real towns ("Nice", "Reading", "Mobile", "Hussein",
 * "Obama"): a place only right after a place cue ("in Nice").
 */
export const CUE_ONLY = words(`
nice reading mobile hope faith joy unity liberty independence freedom justice progress victory triumph
mr mrs ms dr sir lord king queen prince general gen col colonel major captain sergeant
obama hussein saddam bush trump clinton kerry putin assad mohammed muhammad ahmed ali omar hassan mustafa abdullah
john james david michael george paul peter mark victor jean pierre christian victoria florence salem
`);

/** Words just before a name that make it a place: "in Sirte", "near Aleppo", "the town of Zubair". */
export const PLACE_CUES = words(`
in near outside around across into inside from to toward towards via at through between
of north south east west northeast northwest southeast southwest city town village port capital province
district region governorate suburb outskirts hometown border
`);

/** Words after a name that make it part of an organisation's or facility's name ("Aleppo University"). */
export const ORG_WORDS = words(`
university college school institute academy company co corp corporation inc ltd oil gas petroleum refinery bank
brigade brigades battalion battalions regiment division council front army forces force militia movement party
government authority committee commission agency ministry office center centre group airport airbase base port
harbour harbor stadium hospital museum prison club dam field fields terminal terminals declaration accord accords
agreement process conference summit talks statute court police guard guards shield operations room defence defense
revolutionaries martyrs shura times post news herald tribune daily radio tv television fc federation league union
association society foundation fund trust network observatory convention conventions protocol pact treaty
`);

/** Titles before a person's name: "President Obama", "Gen. Hussein". */
export const TITLES = words(`
president minister prime secretary senator sen rep representative gov governor mayor general gen colonel col major
lt lieutenant capt captain sgt sergeant commander chief king queen prince sheikh emir imam ayatollah pope judge
mr mrs ms dr sir lord lady saint st spokesman spokeswoman ambassador envoy
`);

/** Lower-case words that may sit inside a place name: "Deir al-Zor", "Bosnia and Herzegovina". */
export const NAME_CONNECTORS = words(`al el ad adh ar as ash at ath az ed er es et ez en de del la le of and the`);

/** Capitalised words before a name that do not make it part of a longer proper name. */
export const OPEN_WORDS = words(`
the in on at near outside from to into across and but or as while after before since during for with by of around
north south east west northern southern eastern western central northeast northwest southeast southwest greater
then when if some many most all both neighbouring neighboring nearby besieged rebel-held government-held
`);

/** Capitalised connectors that are English words: a name may not start with them unless hyphened ("al-Foua", not "As Damascus"). */
export const ENGLISH_CONNECTORS = words(`a an and as at of the`);

/** Generic words after a place name that keep it a plain place: "Idlib Province", "Rakhine State". */
export const PLACE_SUFFIXES = words(`
province governorate region district county state city town village river valley desert mountains mountain basin
countryside plain coast gulf sea lake island islands peninsula border crossing road highway
`);

/** Lower-case words before a name that make it a person's or a company's: "company Weatherford", "spokesman Mahmoud". */
export const ROLE_NOUNS = words(`
company firm group contractor spokesman spokeswoman leader commander chief president minister secretary official
ambassador envoy general colonel analyst researcher director reporter correspondent founder owner son daughter
brother wife husband named dubbed alias
`);

/** Names of institutions that are also towns somewhere ("White House", Tennessee): never a place here. */
export const METONYMS = new Set([
  'white house',
  'pentagon',
  'kremlin',
  'capitol hill',
  'downing street',
  'wall street',
  'whitehall',
  'elysee',
  'quai d orsay',
  'foggy bottom',
]);
