"""Dutch time-expression cases: published | text | expected span | value | granularity.

A value of "-" means no time with a calendar value may overlap the span (traps); a published
date of "-" means the document has none. Dates used: 2022-09-26 is a Monday, 2022-11-05 a
Saturday, 2023-03-15 a Wednesday, 2024-05-12 a Sunday.
"""

TABLE = """
# --- absolute dates
2022-09-26 | Het gebeurde op 21 september 2022. | 21 september 2022 | 2022-09-21 | day
2022-09-26 | De wet ging in op 1 januari 2023. | 1 januari 2023 | 2023-01-01 | day
2022-09-26 | Op 3 maart werd hij gearresteerd. | 3 maart | 2022-03-03 | day
2022-09-26 | Op 3 december werd hij gearresteerd. | 3 december | 2021-12-03 | day
2022-09-26 | Op 3 december wordt de uitslag bekendgemaakt. | 3 december | 2022-12-03 | day
2022-09-26 | De top zal op 12 oktober plaatsvinden. | 12 oktober | 2022-10-12 | day
2022-12-10 | Maandag 5 december demonstreerden boeren in Den Haag. | Maandag 5 december | 2022-12-05 | day
2022-09-26 | Zondag 25 september gingen mensen de straat op. | Zondag 25 september | 2022-09-25 | day
2022-09-26 | De brief is gedateerd 3-3-2022. | 3-3-2022 | 2022-03-03 | day
2022-09-26 | De brief is gedateerd 03-03-2022. | 03-03-2022 | 2022-03-03 | day
2022-09-26 | Het vonnis van 15/08/2021 werd vernietigd. | 15/08/2021 | 2021-08-15 | day
2022-09-26 | Het vonnis van 15.08.2021 werd vernietigd. | 15.08.2021 | 2021-08-15 | day
2022-09-26 | Het rapport verscheen op 2022-09-21 online. | 2022-09-21 | 2022-09-21 | day
2022-09-26 | Het gebeurde op 21 sept. 2022 in Moskou. | 21 sept. 2022 | 2022-09-21 | day
2022-09-26 | Het gebeurde op 21 sep 2022 in Moskou. | 21 sep 2022 | 2022-09-21 | day
2022-09-26 | De stembusgang was op 1 okt. 2021. | 1 okt. 2021 | 2021-10-01 | day
2022-09-26 | Op zo. 25 sept. is er een markt. | zo. 25 sept | 2022-09-25 | day
2022-09-26 | Het akkoord werd op drieëntwintig maart 2021 getekend. | drieëntwintig maart 2021 | 2021-03-23 | day
2022-09-26 | Het akkoord werd op drieentwintig maart 2021 getekend. | drieentwintig maart 2021 | 2021-03-23 | day
2022-09-26 | Op 4 juli 1776 werd de onafhankelijkheid uitgeroepen. | 4 juli 1776 | 1776-07-04 | day
2022-11-05 | De aanslag van 21 september jl. werd opgeëist. | 21 september jl | 2022-09-21 | day
2022-11-05 | De uitspraak volgt op 5 december a.s. in Den Haag. | 5 december a.s. | 2022-12-05 | day
2022-09-26 | Op 1 januari vorig jaar ging de wet in. | 1 januari vorig jaar | 2021-01-01 | day
2022-09-26 | Op 14 februari 2020 trouwden ze. | 14 februari 2020 | 2020-02-14 | day
2022-09-26 | Sinds 1 juni mogen de winkels weer open. | 1 juni | 2022-06-01 | day
2022-09-26 | Vanaf 1 november mogen de winkels weer open. | 1 november | 2022-11-01 | day
2022-09-26 | De verkiezingen waren op 17 maart 2021. | 17 maart 2021 | 2021-03-17 | day
2022-09-26 | Op 29 februari 2020 werd de eerste besmetting gemeld. | 29 februari 2020 | 2020-02-29 | day
2022-09-26 | Op 24 februari viel Rusland Oekraïne binnen. | 24 februari | 2022-02-24 | day
2022-09-26 | Op 30 sept. eindigt de termijn. | 30 sept | 2022-09-30 | day
2022-09-26 | De vergadering van woensdag 14 september werd afgelast. | woensdag 14 september | 2022-09-14 | day
2022-09-26 | Op 11 november 1918 eindigde de oorlog. | 11 november 1918 | 1918-11-11 | day
2022-09-26 | Op de eerste januari begint het nieuwe beleid. | eerste januari | 2023-01-01 | day
2022-09-26 | Sinds 6 jan. 2021 staat het onderzoek stil. | 6 jan. 2021 | 2021-01-06 | day
2022-09-26 | Hij werd op 12 mrt 2019 benoemd. | 12 mrt 2019 | 2019-03-12 | day
2022-09-26 | Hij werd op 12 mrt. 2019 benoemd. | 12 mrt. 2019 | 2019-03-12 | day
2022-09-26 | Het schip vertrok op 2 aug. uit Odessa. | 2 aug | 2022-08-02 | day
2022-09-26 | De brand brak uit op 31-12-2021. | 31-12-2021 | 2021-12-31 | day
2022-09-26 | Op 8 mei 1945 capituleerde Duitsland. | 8 mei 1945 | 1945-05-08 | day
2022-09-26 | Op 9 november 1989 viel de Muur. | 9 november 1989 | 1989-11-09 | day
# --- months
2022-09-26 | De prijzen stegen in maart 2021 sterk. | maart 2021 | 2021-03 | month
2022-09-26 | Het bedrijf ging in september 2022 failliet. | september 2022 | 2022-09 | month
2022-09-26 | Het rapport van sept. 2022 is openbaar. | sept. 2022 | 2022-09 | month
2022-09-26 | In oktober vorig jaar begonnen de gesprekken. | oktober vorig jaar | 2021-10 | month
2022-09-26 | In maart werden de eerste troepen gestuurd. | maart | 2022-03 | month
2022-09-26 | In december werd het akkoord gesloten. | december | 2021-12 | month
2022-09-26 | Het kabinet zal in december beslissen. | december | 2022-12 | month
2022-11-05 | Medio oktober sloegen de partizanen toe. | Medio oktober | 2022-10 | month
2022-09-26 | Begin september vielen de eerste aanslagen. | Begin september | 2022-09 | month
2022-09-26 | Eind augustus brak de opstand uit. | Eind augustus | 2022-08 | month
2022-11-05 | Half oktober vluchtten duizenden mensen. | Half oktober | 2022-10 | month
2022-09-26 | Afgelopen mei werden zij gearresteerd. | Afgelopen mei | 2022-05 | month
2022-09-26 | Vorige maand werd het verbod ingevoerd. | Vorige maand | 2022-08 | month
2022-09-26 | Deze maand stijgen de prijzen verder. | Deze maand | 2022-09 | month
2022-09-26 | Volgende maand gaat de school weer open. | Volgende maand | 2022-10 | month
2022-09-26 | Eind vorige maand sloot de fabriek. | Eind vorige maand | 2022-08 | month
2022-09-26 | Begin deze maand werden de eerste reservisten opgeroepen. | Begin deze maand | 2022-09 | month
2022-09-26 | Het plan wordt eind deze maand gepresenteerd. | eind deze maand | 2022-09 | month
2023-03-15 | In januari 2023 daalde de inflatie. | januari 2023 | 2023-01 | month
2023-03-15 | In februari kwamen de boeren in actie. | februari | 2023-02 | month
2023-03-15 | In juni zullen de verkiezingen plaatsvinden. | juni | 2023-06 | month
2023-03-15 | In juli was het onrustig in de stad. | juli | 2022-07 | month
2022-09-26 | Half mei begon het offensief. | Half mei | 2022-05 | month
2022-09-26 | Eind van de maand valt het besluit. | Eind van de maand | 2022-09 | month
2007-10-17 | Het nieuwe station opent volgend jaar in januari zijn deuren. | volgend jaar in januari | 2008-01 | month
2022-09-26 | Vroeger dit jaar werd de wet aangenomen. | Vroeger dit jaar | 2022 | year
# --- years
2022-11-05 | Zo kwam het in 2020 tot massale rellen. | 2020 | 2020 | year
2022-09-26 | Sinds 1945 is er vrede. | 1945 | 1945 | year
2022-09-26 | Het jaar 2019 was rampzalig. | 2019 | 2019 | year
2022-09-26 | Begin 2021 sloten de scholen. | Begin 2021 | 2021 | year
2022-09-26 | Eind 2023 moet de brug klaar zijn. | Eind 2023 | 2023 | year
2022-09-26 | Medio 2024 begint de bouw. | Medio 2024 | 2024 | year
2022-09-26 | Vorig jaar vielen er meer doden. | Vorig jaar | 2021 | year
2022-09-26 | Dit jaar vluchtten al duizenden mensen. | Dit jaar | 2022 | year
2022-09-26 | Volgend jaar volgt een nieuwe wet. | Volgend jaar | 2023 | year
2022-09-26 | Eind vorig jaar werd het hoofdkantoor verplaatst. | Eind vorig jaar | 2021 | year
2022-09-26 | Begin dit jaar startte de campagne. | Begin dit jaar | 2022 | year
2022-09-26 | Het afgelopen jaar werden veel mensen opgepakt. | afgelopen jaar | 2021 | year
2022-09-26 | Komend jaar gaat de belasting omhoog. | Komend jaar | 2023 | year
2022-09-26 | De verkiezingen van 2021 waren rustig. | 2021 | 2021 | year
2022-09-26 | Tussen 2015 en 2020 groeide de stad. | 2015 | 2015 | year
2022-09-26 | Tussen 2015 en 2020 groeide de stad. | 2020 | 2020 | year
2022-09-26 | In 2014 annexeerde Rusland de Krim. | 2014 | 2014 | year
2022-09-26 | In de periode 1950-1954 regeerde de CVP. | 1954 | 1954 | year
2022-09-26 | Tot 2030 blijft het verbod van kracht. | 2030 | 2030 | year
2022-09-26 | Olympische Spelen 2024 | 2024 | 2024 | year
2022-09-26 | Het WK van 2022 wordt in Qatar gehouden. | 2022 | 2022 | year
2022-09-26 | In 1989 viel de Muur. | 1989 | 1989 | year
2022-09-26 | Vanaf 2025 geldt een nieuwe regel. | 2025 | 2025 | year
2022-09-26 | Halverwege 2022 kwam de ommekeer. | Halverwege 2022 | 2022 | year
2022-09-26 | In 2021 verdubbelde het aantal aanvragen. | 2021 | 2021 | year
# --- decades and centuries
2022-09-26 | In de jaren negentig viel de Sovjet-Unie uit elkaar. | de jaren negentig | 199 | decade
2022-09-26 | De jaren tachtig waren woelig. | De jaren tachtig | 198 | decade
2022-09-26 | Het nummer werd in de jaren '90 een hit. | de jaren '90 | 199 | decade
2022-09-26 | In de jaren 70 was de stad arm. | de jaren 70 | 197 | decade
2022-09-26 | In de jaren 1960 groeide de economie. | de jaren 1960 | 196 | decade
2022-09-26 | Eind jaren negentig begon de oorlog. | Eind jaren negentig | 199 | decade
2022-09-26 | In de jaren twintig van de vorige eeuw was het crisis. | de jaren twintig van de vorige eeuw | 192 | decade
2022-09-26 | De jaren zestig brachten protest. | De jaren zestig | 196 | decade
2022-09-26 | De 21e eeuw begon met een aanslag. | De 21e eeuw | 20 | century
2022-09-26 | In de twintigste eeuw woedden twee wereldoorlogen. | de twintigste eeuw | 19 | century
2022-09-26 | In de 19de eeuw kwam de spoorlijn. | de 19de eeuw | 18 | century
2022-09-26 | De kerk stamt uit de zeventiende eeuw. | de zeventiende eeuw | 16 | century
2022-09-26 | Vorige eeuw was de stad veel kleiner. | Vorige eeuw | 19 | century
2022-09-26 | Het is het grootste conflict van deze eeuw. | deze eeuw | 20 | century
2022-09-26 | In de 18e eeuw werd de stad gesticht. | de 18e eeuw | 17 | century
# --- seasons, quarters, halves, weeks
2022-09-26 | In het voorjaar begon de oorlog. | het voorjaar | 2022-SP | quarter
2022-09-26 | Deze zomer was het droog. | Deze zomer | 2022-SU | quarter
2022-09-26 | Afgelopen zomer trokken zij naar de hoofdstad. | Afgelopen zomer | 2022-SU | quarter
2022-09-26 | Vorige winter vielen de stroomstoringen. | Vorige winter | 2021-WI | quarter
2022-09-26 | Komende winter dreigt een energiecrisis. | Komende winter | 2022-WI | quarter
2022-09-26 | In de zomer van 2021 brak de brand uit. | de zomer van 2021 | 2021-SU | quarter
2022-09-26 | Het festival van zomer 2020 werd afgelast. | zomer 2020 | 2020-SU | quarter
2022-09-26 | Het kabinet zal in het najaar een besluit nemen. | het najaar | 2022-FA | quarter
2022-09-26 | Vorig najaar liep het overleg vast. | Vorig najaar | 2021-FA | quarter
2022-09-26 | In de lente van 2019 begonnen de protesten. | de lente van 2019 | 2019-SP | quarter
2022-09-26 | In het eerste kwartaal van 2022 daalde de omzet. | het eerste kwartaal van 2022 | 2022-Q1 | quarter
2022-11-05 | In het derde kwartaal steeg de winst. | het derde kwartaal | 2022-Q3 | quarter
2022-09-26 | De cijfers over Q2 2021 vielen tegen. | Q2 2021 | 2021-Q2 | quarter
2022-09-26 | In het laatste kwartaal van vorig jaar kromp de economie. | het laatste kwartaal van vorig jaar | 2021-Q4 | quarter
2022-09-26 | In de eerste helft van 2022 vluchtten miljoenen mensen. | de eerste helft van 2022 | 2022-H1 | quarter
2022-09-26 | In week 38 werden de meeste oproepen verstuurd. | week 38 | 2022-W38 | week
2023-03-15 | In week 12 van 2023 begint de campagne. | week 12 van 2023 | 2023-W12 | week
2022-09-26 | In het eerste halfjaar daalde de omzet. | het eerste halfjaar | 2022-H1 | quarter
# --- holidays
2022-09-26 | Op Koningsdag was het druk in Amsterdam. | Koningsdag | 2022-04-27 | day
2022-09-26 | Met kerst werden de grenzen gesloten. | kerst | 2021-12-25 | day
2022-09-26 | Het kabinet zal met kerst de regels versoepelen. | kerst | 2022-12-25 | day
2022-09-26 | Kerst 2021 vierden ze in lockdown. | Kerst 2021 | 2021-12-25 | day
2022-09-26 | Met Pasen gingen de kerken weer open. | Pasen | 2022-04-17 | day
2022-09-26 | Op Hemelvaartsdag 2023 is de winkel dicht. | Hemelvaartsdag 2023 | 2023-05-18 | day
2022-09-26 | Op Koninginnedag 2013 werd Willem-Alexander koning. | Koninginnedag 2013 | 2013-04-30 | day
2022-09-26 | Op Prinsjesdag 2022 werd de begroting gepresenteerd. | Prinsjesdag 2022 | 2022-09-20 | day
2023-03-15 | Op Bevrijdingsdag zullen er festivals zijn. | Bevrijdingsdag | 2023-05-05 | day
2022-09-26 | Op oudejaarsavond ontstonden rellen. | oudejaarsavond | 2021-12-31 | day
2026-03-12 | Vier jongemannen moeten de cel in voor de rellen in de nieuwjaarsnacht. | nieuwjaarsnacht | 2026-01-01 | day
2026-03-12 | In de oudejaarsnacht werden agenten bekogeld. | oudejaarsnacht | 2025-12-31 | day
2023-01-05 | Op tweede kerstdag werd hij opgepakt. | tweede kerstdag | 2022-12-26 | day
2022-09-26 | Met Pinksteren 2024 is er een festival. | Pinksteren 2024 | 2024-05-19 | day
2022-09-26 | Op Goede Vrijdag 2024 zijn de winkels open. | Goede Vrijdag 2024 | 2024-03-29 | day
2022-09-26 | Tijdens Dodenherdenking was het stil op de Dam. | Dodenherdenking | 2022-05-04 | day
2022-09-26 | Op nieuwjaarsdag werd de brand ontdekt. | nieuwjaarsdag | 2022-01-01 | day
2022-09-26 | Met Kerstmis zal de paus spreken. | Kerstmis | 2022-12-25 | day
# --- relative days
2022-09-26 | Een lid van het hogerhuis zei vandaag dat Rusland grenzen moet sluiten. | vandaag | 2022-09-26 | day
2022-09-26 | Gisteren werd een man neergeschoten. | Gisteren | 2022-09-25 | day
2022-09-26 | Eergisteren brak er brand uit. | Eergisteren | 2022-09-24 | day
2022-09-26 | Morgen beslist de rechter. | Morgen | 2022-09-27 | day
2022-09-26 | Overmorgen begint de staking. | Overmorgen | 2022-09-28 | day
2022-09-26 | Gisteravond gingen mensen de straat op. | Gisteravond | 2022-09-25TEV | day
2022-09-26 | Vanavond spreekt de premier het land toe. | Vanavond | 2022-09-26TEV | day
2022-09-26 | Vanochtend werd de verdachte opgepakt. | Vanochtend | 2022-09-26TMO | day
2022-09-26 | Vannacht werd een bom gevonden. | Vannacht | 2022-09-26TNI | day
2022-09-26 | Vanmorgen kwam het bericht binnen. | Vanmorgen | 2022-09-26TMO | day
2022-09-26 | Gistermiddag werd de weg afgesloten. | Gistermiddag | 2022-09-25TAF | day
2022-09-26 | Morgenavond volgt een debat. | Morgenavond | 2022-09-27TEV | day
2022-09-26 | Afgelopen nacht werd een bom gevonden. | Afgelopen nacht | 2022-09-26TNI | day
2022-09-26 | Deze ochtend kwam het bericht binnen. | Deze ochtend | 2022-09-26TMO | day
2022-11-05 | Gisteren werd de verdachte vrijgelaten. | Gisteren | 2022-11-04 | day
2022-11-05 | Vandaag demonstreren duizenden mensen. | Vandaag | 2022-11-05 | day
# --- weeks and weekends
2022-09-26 | Poetin zei vorige week dat het om een gedeeltelijke mobilisatie ging. | vorige week | 2022-W38 | week
2022-11-05 | Deze week werd een opslagtank opgeblazen. | Deze week | 2022-W44 | week
2022-09-26 | Volgende week komt de Kamer bijeen. | Volgende week | 2022-W40 | week
2022-09-26 | Komende week wordt het besluit verwacht. | Komende week | 2022-W40 | week
2022-09-26 | Afgelopen week vielen er tientallen doden. | Afgelopen week | 2022-W38 | week
2022-11-05 | Afgelopen week vielen er tientallen doden. | Afgelopen week | 2022-W44 | week
2022-11-05 | Vorige week vielen er tientallen doden. | Vorige week | 2022-W43 | week
2024-05-12 | Afgelopen weekend vielen er drie doden. | Afgelopen weekend | 2024-W19-WE | week
2022-09-26 | Eind vorige week werd de grens gesloten. | Eind vorige week | 2022-W38 | week
2022-09-26 | Begin deze week werden de eerste mannen opgeroepen. | Begin deze week | 2022-W39 | week
2022-09-26 | Eerder deze week zei de minister dat. | Eerder deze week | 2022-W39 | week
2023-03-15 | Vorige week zaten de boeren nog thuis. | Vorige week | 2023-W10 | week
2023-03-15 | Als het kabinet niet luistert, komen we volgende week terug. | volgende week | 2023-W12 | week
2022-09-26 | Afgelopen weekend gingen duizenden mensen de straat op. | Afgelopen weekend | 2022-W38-WE | week
2022-09-26 | Dit weekend gingen mensen de straat op. | Dit weekend | 2022-W38-WE | week
2022-09-26 | Komend weekend zijn er nieuwe protesten. | Komend weekend | 2022-W39-WE | week
2025-11-18 | Medewerkers worden sinds het weekend online bedreigd. | het weekend | 2025-W46-WE | week
2022-09-26 | In het weekend werden honderden mensen opgepakt. | het weekend | 2022-W38-WE | week
2024-05-12 | Dit weekend vielen er drie doden. | Dit weekend | 2024-W19-WE | week
# --- weekdays, tense-aware
2022-09-26 | Zondag gingen duizenden mensen de straat op. | Zondag | 2022-09-25 | day
2022-09-26 | Novaja Gazeta schatte het aantal vluchtelingen zondag op 261.000. | zondag | 2022-09-25 | day
2022-09-26 | Vrijdag werd hij opgepakt. | Vrijdag | 2022-09-23 | day
2022-09-26 | De minister maakt vrijdag een besluit bekend. | vrijdag | 2022-09-30 | day
2022-09-26 | Het kabinet zal donderdag beslissen. | donderdag | 2022-09-29 | day
2022-09-26 | Donderdag vergadert de Kamer over het voorstel. | Donderdag | 2022-09-29 | day
2022-09-26 | Afgelopen zondag werd er gestemd. | Afgelopen zondag | 2022-09-25 | day
2022-09-26 | Vorige vrijdag werd de grens gesloten. | Vorige vrijdag | 2022-09-23 | day
2022-09-26 | Komende dinsdag stemt de Kamer. | Komende dinsdag | 2022-09-27 | day
2022-09-26 | Aanstaande zaterdag is er een betoging. | Aanstaande zaterdag | 2022-10-01 | day
2022-09-26 | Zaterdag jl. werd een man aangehouden. | Zaterdag jl | 2022-09-24 | day
2022-09-26 | Zaterdag ll. werd een man aangehouden in Gent. | Zaterdag ll | 2022-09-24 | day
2022-11-05 | De aanslag van 21 september ll. werd opgeëist. | 21 september ll | 2022-09-21 | day
2022-09-26 | De rechter doet dinsdag a.s. uitspraak. | dinsdag a.s. | 2022-09-27 | day
2022-09-26 | Zondag vorige week werd een aanslag gepleegd. | Zondag vorige week | 2022-09-25 | day
2022-09-26 | Maandag vorige week vertrok hij. | Maandag vorige week | 2022-09-19 | day
2022-09-26 | Zondagavond gingen mensen de straat op. | Zondagavond | 2022-09-25TEV | day
2022-09-26 | Maandagochtend werd de man opgepakt. | Maandagochtend | 2022-09-26TMO | day
2022-11-05 | Dinsdag werd de verdachte opgepakt. | Dinsdag | 2022-11-01 | day
2022-11-05 | Maandag begint het proces. | Maandag | 2022-11-07 | day
2022-11-05 | Vrijdag vluchtten honderden mensen de stad uit. | Vrijdag | 2022-11-04 | day
2022-11-05 | Zaterdag werd de grens gesloten. | Zaterdag | 2022-11-05 | day
2023-03-15 | Ruim 5000 boeren zijn dinsdag met tractoren naar Den Haag getrokken. | dinsdag | 2023-03-14 | day
2023-03-15 | Minister Jan Bakker zei woensdag dat hij in gesprek wil. | woensdag | 2023-03-15 | day
# a night from one day to the next is one expression, the night of its first day
2024-05-12 | In de nacht van zaterdag op zondag kwamen drie mensen om. | de nacht van zaterdag op zondag | 2024-05-11TNI | day
# ... and its small hours are the next day
2025-10-20 | In de nacht van vrijdag op zaterdag ontplofte rond 3 uur een explosief. | 3 uur | 2025-10-18T03:00 | day
2023-03-15 | Het parlement stemt vrijdag over de wet. | vrijdag | 2023-03-17 | day
2023-03-15 | Maandag heeft de politie tien mensen aangehouden. | Maandag | 2023-03-13 | day
2023-03-15 | De politie heeft maandag tien mensen aangehouden. | maandag | 2023-03-13 | day
# a perfect with an infinitive for its participle ("heeft ... laten aanhouden", "zijn ... gaan staken") is past
2023-03-15 | Het parket heeft twee mannen laten aanhouden voor de schietpartij van maandagavond. | maandagavond | 2023-03-13TEV | day
2023-03-15 | De buschauffeurs zijn vrijdag gaan staken. | vrijdag | 2023-03-10 | day
2023-03-15 | De politie heeft vrijdag de betogers laten gaan. | vrijdag | 2023-03-10 | day
2023-03-15 | De bond wil vrijdag gaan staken. | vrijdag | 2023-03-17 | day
2023-03-15 | De bond is van plan om vrijdag de steun te laten zien. | vrijdag | 2023-03-17 | day
2023-03-15 | Donderdag zullen de boeren opnieuw actievoeren. | Donderdag | 2023-03-16 | day
2023-03-15 | Zaterdag was het rustig in de stad. | Zaterdag | 2023-03-11 | day
2023-03-15 | Komende zaterdag trekken de boeren naar Utrecht. | Komende zaterdag | 2023-03-18 | day
2023-03-15 | Vorige dinsdag begon de actie. | Vorige dinsdag | 2023-03-14 | day
2023-03-15 | Afgelopen woensdag werd het akkoord gesloten. | Afgelopen woensdag | 2023-03-08 | day
2022-09-26 | De politie zegt dat zondag drie mensen zijn opgepakt. | zondag | 2022-09-25 | day
2022-09-26 | Hij zei dat de minister vrijdag zal aftreden. | vrijdag | 2022-09-30 | day
2022-11-15 | In de nacht van dinsdag op woensdag vielen in Charkiv twee doden. | de nacht van dinsdag op woensdag | 2022-11-08TNI | day
2022-11-05 | Zaterdag en zondag gingen duizenden mensen de straat op. | Zaterdag | 2022-10-29 | day
2022-11-05 | Zaterdag en zondag gingen duizenden mensen de straat op. | zondag | 2022-10-30 | day
2022-11-05 | Zaterdag en zondag zullen er acties zijn. | zondag | 2022-11-06 | day
2022-11-15 | Op 24 februari is het precies een jaar geleden dat de oorlog begon. | 24 februari | 2023-02-24 | day
2022-09-26 | Vorige week woensdag werd de man opgepakt. | Vorige week woensdag | 2022-09-21 | day
2022-09-26 | Komende week dinsdag stemt de Kamer. | Komende week dinsdag | 2022-10-04 | day
2022-09-26 | Dat zegt Peskov zondag tegen persbureau Tass. | zondag | 2022-09-25 | day
# --- offsets
2022-09-26 | Twee dagen geleden werd de grens gesloten. | Twee dagen geleden | 2022-09-24 | day
2022-09-26 | Drie weken geleden begon de mobilisatie. | Drie weken geleden | 2022-W36 | week
2022-09-26 | Een maand geleden vielen de eerste bommen. | Een maand geleden | 2022-08 | month
2022-11-05 | Zo luidde het eerste bericht anderhalve maand geleden. | anderhalve maand geleden | 2022-09 | month
2022-09-26 | Twee jaar geleden brak de pandemie uit. | Twee jaar geleden | 2020 | year
2022-09-26 | Een jaar geleden werd hij gekozen. | Een jaar geleden | 2021 | year
2022-09-26 | Tien jaar geleden was de stad nog rustig. | Tien jaar geleden | 2012 | year
2022-09-26 | Ruim een week geleden werd de man opgepakt. | Ruim een week geleden | 2022-W38 | week
2022-09-26 | Zo'n drie maanden geleden begonnen de protesten. | Zo'n drie maanden geleden | 2022-06 | month
2022-09-26 | Een paar dagen geleden kwam het bericht. | Een paar dagen geleden | 2022-09-23 | day
2022-09-26 | Enkele weken geleden werd de grens gesloten. | Enkele weken geleden | 2022-W36 | week
2022-09-26 | Drieëntwintig dagen geleden begon de actie. | Drieëntwintig dagen geleden | 2022-09-03 | day
2022-09-26 | Een half jaar geleden werd de wet aangenomen. | Een half jaar geleden | 2022-03 | month
2022-09-26 | Vijf dagen geleden vertrok hij. | Vijf dagen geleden | 2022-09-21 | day
2022-09-26 | 3 dagen geleden werd hij vrijgelaten. | 3 dagen geleden | 2022-09-23 | day
2022-09-26 | Anderhalf jaar geleden begon het onderzoek. | Anderhalf jaar geleden | 2021-03 | month
2022-09-26 | Over drie weken begint de rechtszaak. | Over drie weken | 2022-W42 | week
2022-09-26 | Ze schreef een boek over twee jaar oorlog. | twee jaar | P2Y | none
2022-09-26 | De rechtszaak begint over drie weken. | over drie weken | 2022-W42 | week
2022-09-26 | Over twee maanden zijn er verkiezingen. | Over twee maanden | 2022-11 | month
2022-09-26 | Over een jaar moet de brug klaar zijn. | Over een jaar | 2023 | year
2022-09-26 | Over vijf dagen loopt het ultimatum af. | Over vijf dagen | 2022-10-01 | day
2022-09-26 | Over vier jaar zijn er weer verkiezingen. | Over vier jaar | 2026 | year
2022-09-26 | Twintig jaar geleden viel het regime. | Twintig jaar geleden | 2002 | year
2023-03-15 | Zes weken geleden begonnen de acties. | Zes weken geleden | 2023-W05 | week
# --- anchored to another time
2022-09-26 | Op 3 maart werd hij opgepakt. Twee dagen later kwam hij vrij. | Twee dagen later | 2022-03-05 | day
2022-09-26 | Op 3 maart werd hij opgepakt. De volgende dag kwam hij vrij. | De volgende dag | 2022-03-04 | day
2022-09-26 | Zondag om 11 uur kwam de ME. Een halfuur later werd de weg vrijgemaakt. | Een halfuur later | 2022-09-25T11:30 | day
2022-09-26 | Zondag om 23.40 uur kwam de ME. Een halfuur later werd de weg vrijgemaakt. | Een halfuur later | 2022-09-26T00:10 | day
2022-09-26 | Zondag om 11 uur kwam de ME. Twee uur later was het rustig. Tien minuten later vertrokken de laatste betogers. | Tien minuten later | 2022-09-25T13:10 | day
2022-09-26 | Zondag kwam de ME. Twee uur later was het rustig. | Twee uur later | 2022-09-25 | day
2022-09-26 | Zondag kwam de ME. Uren later was het rustig. | Uren later | 2022-09-25 | day
2022-09-26 | Zondag om 11 uur kwam de ME. Minuten later vertrokken de laatste betogers. | Minuten later | 2022-09-25 | day
2022-09-26 | Zondag om 11 uur kwam de ME. Enkele uren later vertrokken de laatste betogers. | Enkele uren later | 2022-09-25 | day
2022-09-26 | Op 10 mei 2021 brak de brand uit. Een week later was alles verwoest. | Een week later | 2021-W20 | week
2008-03-01 | Het eerste toestel wordt in 2010 getest en drie jaar later in gebruik genomen. | drie jaar later | 2013 | year
2005-02-17 | De eerste vlucht is gepland voor begin maart. | begin maart | 2005-03 | month
2007-03-19 | De vliegtuigen worden pas in oktober opgeleverd. | oktober | 2007-10 | month
2007-06-09 | Het bedrijf probeert al sinds december Aer Lingus over te nemen. | december | 2006-12 | month
2022-09-26 | Op 3 maart werd hij opgepakt. Diezelfde dag kwam hij vrij. | Diezelfde dag | 2022-03-03 | day
2022-09-26 | Op 3 maart werd hij opgepakt. De volgende ochtend kwam hij vrij. | De volgende ochtend | 2022-03-04 | day
# --- durations
2022-09-26 | Bijna een week na de aankondiging verloopt het chaotisch. | Bijna een week | P1W | none
2022-09-26 | De staking duurde drie dagen. | drie dagen | P3D | none
2022-09-26 | Hij kreeg twee jaar cel. | twee jaar | P2Y | none
2022-09-26 | Het onderzoek duurde anderhalf jaar. | anderhalf jaar | P18M | none
2022-09-26 | Hij zat een half jaar vast. | een half jaar | P6M | none
2022-09-26 | De weg was 24 uur afgesloten. | 24 uur | PT24H | none
2022-09-26 | Na tien minuten was het voorbij. | tien minuten | PT10M | none
2022-09-26 | De gesprekken duurden drie maanden. | drie maanden | P3M | none
2022-09-26 | Het duurde een kwartier. | een kwartier | PT15M | none
2022-09-26 | Het duurde een halfuur. | een halfuur | PT30M | none
2022-09-26 | Al twee decennia is hij aan de macht. | twee decennia | P2DE | none
2022-09-26 | Jarenlang werd het probleem genegeerd. | Jarenlang | PXY | none
2022-09-26 | De tractoren blokkeerden urenlang de weg. | urenlang | PTXH | none
2022-09-26 | De afgelopen twee weken vluchtten duizenden mensen. | De afgelopen twee weken | P2W | none
2022-09-26 | Hij zat ruim een maand vast. | ruim een maand | P1M | none
2022-09-26 | Het bezoek duurde veertien dagen. | veertien dagen | P14D | none
2022-09-26 | Hij was vijfentwintig jaar burgemeester. | vijfentwintig jaar | P25Y | none
2022-09-26 | Al jaren strijden de activisten voor meer vrijheid. | jaren | PXY | none
2022-09-26 | De actie duurde een etmaal. | een etmaal | P1D | none
2022-09-26 | Na twee uur onderhandelen kwam er een akkoord. | twee uur | PT2H | none
2022-09-26 | Hij zat vier weken in de cel. | vier weken | P4W | none
2022-09-26 | De Air Force moet binnen 60 dagen reageren. | 60 dagen | P60D | none
2022-09-26 | Het voorbije weekend was het onrustig in Antwerpen. | voorbije weekend | 2022-W38-WE | week
2022-09-26 | Een decennium geleden begon de burgeroorlog. | Een decennium geleden | 2012 | year
2022-09-26 | Schrijf naar Postbus 2020 in Utrecht. | 2020 | - | -
# --- sets
2022-09-26 | Elke maandag wordt er gedemonstreerd. | Elke maandag | XXXX-WXX-1 | none
2022-09-26 | Iedere zondag komen ze samen. | Iedere zondag | XXXX-WXX-7 | none
2022-09-26 | Elke dag vallen er doden. | Elke dag | P1D | none
2022-09-26 | De krant verschijnt dagelijks. | dagelijks | P1D | none
2022-09-26 | Er is wekelijks overleg. | wekelijks | P1W | none
2022-09-26 | De herdenking vindt jaarlijks plaats. | jaarlijks | P1Y | none
2022-09-26 | Ze komen twee keer per week bijeen. | twee keer per week | P1W | none
2022-09-26 | De markt is op zaterdagen open. | zaterdagen | XXXX-WXX-6 | none
2022-09-26 | De winkel is 's zondags gesloten. | zondags | XXXX-WXX-7 | none
2022-09-26 | Elke ochtend staan er files. | Elke ochtend | XXXX-XX-XXTMO | none
2022-09-26 | Iedere week worden er mensen opgepakt. | Iedere week | P1W | none
2022-09-26 | Elk jaar trekken duizenden mensen naar de hoofdstad. | Elk jaar | P1Y | none
# --- vague references
2022-11-05 | Dit is niet onze oorlog, klinkt nu overal. | nu | PRESENT_REF | none
2022-11-05 | Hoeveel verzetsstrijders momenteel actief zijn, is onbekend. | momenteel | PRESENT_REF | none
2022-09-26 | Vroeger was het hier rustig. | Vroeger | PAST_REF | none
2022-09-26 | Destijds werd dat niet gemeld. | Destijds | PAST_REF | none
2022-09-26 | Binnenkort volgt een besluit. | Binnenkort | FUTURE_REF | none
2022-09-26 | Onlangs werd een nieuwe wet aangenomen. | Onlangs | PAST_REF | none
2022-09-26 | Het besluit wordt in de toekomst herzien. | de toekomst | FUTURE_REF | none
2022-09-26 | Duizenden Russen vluchtten in de afgelopen dagen naar het buitenland. | de afgelopen dagen | PAST_REF | none
2022-09-26 | De komende weken blijft het onrustig. | De komende weken | FUTURE_REF | none
2022-09-26 | Op dit moment zijn daar nog geen besluiten over genomen. | dit moment | PRESENT_REF | none
2022-09-26 | De gewone Rus had tot nu toe nog niet zo veel last van de oorlog. | tot nu toe | PRESENT_REF | none
# a deadline given lies ahead of the giving, whatever the tense; a span's end told in the past does not
2026-06-12 | Hij gaf het kabinet tot maandag de tijd om de korting in te trekken. | maandag | 2026-06-15 | day
2026-06-12 | Het kabinet heeft tot maandag om te reageren. | maandag | 2026-06-15 | day
2026-06-12 | De staking duurde tot maandag om 12 uur. | maandag | 2026-06-08 | day
2022-09-26 | Op langere termijn zal dit zijn positie verzwakken. | langere termijn | FUTURE_REF | none
2022-09-26 | Tegenwoordig werkt hij in Berlijn. | Tegenwoordig | PRESENT_REF | none
2022-09-26 | De laatste jaren groeide de stad snel. | De laatste jaren | PAST_REF | none
# --- clock times
2022-09-26 | De betoging begint om 14.30 uur op de Dam. | 14.30 uur | 2022-09-26T14:30 | day
2026-11-12 | Verzonden: donderdag 12 november 2026 09:14 | 09:14 | 2026-11-12T09:14 | day
2026-10-11 | In de nacht van 27 op 28 september wierpen jongeren wegversperringen op. | de nacht van 27 op 28 september | 2026-09-27TNI | day
2026-11-19 | De politie heeft in de nacht van zaterdag 14 op zondag 15 november de blokkade beëindigd. | de nacht van zaterdag 14 op zondag 15 november | 2026-11-14TNI | day
2026-10-12 | Deze pagina is voor het laatst bewerkt op 11 okt 2026 om 16:27. | 16:27 | 2026-10-11T16:27 | day
2026-11-12 | Aanvang: 20:30, toegang gratis. | 20:30 | 2026-11-12T20:30 | day
2022-09-26 | Zondag om 15.00 uur verzamelden de betogers zich. | 15.00 uur | 2022-09-25T15:00 | day
2022-09-26 | Om acht uur 's avonds werd het stil. | acht uur 's avonds | 2022-09-26T20:00 | day
# ... with a typographic apostrophe as well
2022-09-26 | Om acht uur ’s avonds werd het stil. | acht uur ’s avonds | 2022-09-26T20:00 | day
# a clock time without a day in a past clause is on the day the story tells, not on the publication date
2026-04-13 | Op het Kiel is het zaterdagavond onrustig geweest. Het liep rond 21 uur mis. | 21 uur | 2026-04-11T21:00 | day
2025-11-18 | De groep heeft zondagavond een man gelokt. Daar stonden rond 20.15 uur jongeren klaar. | 20.15 uur | 2025-11-16T20:15 | day
# ... a month told in passing names no day of the story
2026-06-12 | Donderdagochtend hebben ambtenaren gedemonstreerd. De Staten stemden vorige maand in. Rond elf uur 's avonds gooide een jongen stenen. | elf uur 's avonds | 2026-06-11T23:00 | day
# ... after an evening the small hours are the next day
2026-04-13 | Zaterdagavond braken rellen uit. Pas rond 1.30 uur was de rust weergekeerd. | 1.30 uur | 2026-04-12T01:30 | day
# ... up to the early morning after a night of action
2025-12-10 | Boeren blokkeerden sinds dinsdagavond 21.00 uur de poorten. Burgemeester Jan Smit vaardigde om 23.30 uur een noodbevel uit. Om 6.00 uur vroeg hij de boeren te vertrekken. | 6.00 uur | 2025-12-10T06:00 | day
2024-10-07 | Zondagavond raakte een man gewond. Om 21.15 uur werd geschoten. Kort na middernacht hielden agenten twee mannen aan. | middernacht | 2024-10-07T00:00 | day
2026-01-05 | Op oudejaarsavond braken rellen uit. Rond 02.00 uur werd een agent geraakt. | 02.00 uur | 2026-01-01T02:00 | day
# ... the small hours and "die nacht" are in the night the story named, not on the day it is reported from
2026-03-12 | Rellen in de nieuwjaarsnacht. De officier eiste donderdag straffen. Rond 01.30 uur sloeg de vlam in de pan. | 01.30 uur | 2026-01-01T01:30 | day
2026-03-12 | Rellen in de nieuwjaarsnacht. De officier eiste donderdag straffen. De burgemeester had die nacht een noodbevel afgekondigd. | die nacht | 2026-01-01TNI | day
2026-04-15 | Zaterdagavond braken rellen uit. De raad vergaderde maandag. Die nacht werden er mensen opgepakt. | Die nacht | 2026-04-13TNI | day
# ... "die dag" after a clock time left on the publication day is the day the story tells
2026-02-14 | Hij werd op donderdag 29 januari naar een agent gegooid. Rond het middaguur staken boeren banden in brand. Die dag waren 38 mensen opgepakt. | Die dag | 2026-01-29 | day
# ... the day a report came out is not the story's (a present clause); a present clause keeps the publication date
2024-10-07 | Een man is zondagavond gewond geraakt, meldt de politie maandag. Rond 21.15 uur werd geschoten. | 21.15 uur | 2024-10-06T21:15 | day
2026-04-13 | Zaterdag braken rellen uit. De wake begint om 20 uur. | 20 uur | 2026-04-13T20:00 | day
2022-09-26 | De bijeenkomst begint om 9 uur. | 9 uur | 2022-09-26T09:00 | day
2022-09-26 | Rond middernacht werd het schot gelost. | middernacht | 2022-09-26T00:00 | day
2022-09-26 | De betogers verzamelden zich om 15.00 uur op zondag. | 15.00 uur | 2022-09-25T15:00 | day
2022-09-26 | Om 20:15 uur vertrok de trein. | 20:15 uur | 2022-09-26T20:15 | day
# --- no publication date: no guess against today
- | Gisteren werd hij gearresteerd. | Gisteren | PAST_REF | none
- | Vorige week vielen er doden. | Vorige week | PAST_REF | none
- | Volgende week komt de Kamer bijeen. | Volgende week | FUTURE_REF | none
- | Vandaag begint het proces. | Vandaag | PRESENT_REF | none
- | Zondag gingen mensen de straat op. | Zondag | PAST_REF | none
- | Twee dagen geleden werd de grens gesloten. | Twee dagen geleden | PAST_REF | none
- | Op 3 maart werd hij opgepakt. | 3 maart | XXXX-03-03 | day
- | In 2020 kwam het tot rellen. | 2020 | 2020 | year
- | Op 21 september 2022 begon de mobilisatie. | 21 september 2022 | 2022-09-21 | day
- | In maart werden troepen gestuurd. | maart | XXXX-03 | month
- | Dit jaar vluchtten veel mensen. | Dit jaar | PRESENT_REF | none
- | Over drie weken begint de rechtszaak. | Over drie weken | FUTURE_REF | none
# --- traps: no calendar time here
2022-09-26 | Er kwamen 2020 deelnemers naar het congres. | 2020 | - | -
2023-03-15 | Ruim 2000 boeren trokken naar Den Haag. | 2000 | - | -
2022-11-05 | Basjkortostan is de nummer vier op de lijst. | vier | - | -
2022-09-26 | Ajax won met 3-1 van PSV. | 3-1 | - | -
2022-09-26 | Bel 06-12345678 voor informatie. | 06-12345678 | - | -
2022-09-26 | Het nummer is 020-5551234. | 020-5551234 | - | -
2022-11-05 | De kanalen hebben tussen de 1000 en 3000 volgers. | 1000 | - | -
2022-11-05 | De kanalen hebben tussen de 1000 en 3000 volgers. | 3000 | - | -
2022-09-26 | De wedstrijd eindigde in 2-0. | 2-0 | - | -
2022-09-26 | Zo'n 1500 mensen gingen de straat op. | 1500 | - | -
2022-09-26 | Hij verdiende 2019 euro per maand. | 2019 | - | -
2022-09-26 | De 23-jarige man werd aangehouden. | 23-jarige | - | -
2022-09-26 | In 2000 gemeenten wordt gestemd. | 2000 | - | -
2022-09-26 | Goedemorgen, zei de presentator. | Goedemorgen | - | -
2022-09-26 | Op de pagina van NU.nl staat het bericht. | NU.nl | - | -
2022-09-26 | De man kreeg een boete van 1850 euro. | 1850 | - | -
2022-09-26 | Het kostte 3,5 miljoen euro. | 3,5 | - | -
2022-09-26 | Er werden 1200 agenten ingezet. | 1200 | - | -
2022-09-26 | Hij woont op nummer 12 in de Dorpsstraat. | 12 | - | -
2022-09-26 | De uitslag was 12-10 in het voordeel van de thuisploeg. | 12-10 | - | -
2022-09-26 | Bus 2020 rijdt niet meer. | 2020 | - | -
2022-09-26 | Om 2021 mensen te helpen is geld nodig. | 2021 | - | -
2022-09-26 | Hij staat op de 21e plaats. | 21e | - | -
2022-09-26 | De temperatuur was 21,5 graden. | 21,5 | - | -
2022-09-26 | In de Tweede Wereldoorlog was er een simpele oplossing. | Tweede Wereldoorlog | - | -
2022-09-26 | De steun groeit met de dag. | de dag | - | -
2022-09-26 | Het leger zette 1945 soldaten in. | 1945 | - | -
2022-09-26 | Ze zetten de zaak voort, ook al mag het van de rechter niet. | mag | - | -
2022-09-26 | De brief is op maat gemaakt. | maat | - | -
2022-09-26 | Dat staat in De Financiële Morgen van zaterdag. | Morgen | - | -
2022-09-26 | Hun rivaliteit blijft tot op de dag van vandaag bestaan. | vandaag | - | -
2022-09-26 | Het gebeurde in de morgen van de aanslag. | morgen | - | -
2022-09-26 | Volgens de gemeente waren er 8000 deelnemers. | 8000 | - | -
2022-09-26 | Installeer versie 3.5.22 van de app. | 3.5.22 | - | -
2022-09-26 | Jan Bakker zei dat het kabinet luistert. | Jan | - | -
# a past told as reported by "zou ... hebben" + participle (session 17); "zou worden" is still ahead
2026-03-08 | Een politieauto zou vrijdagmiddag een scooterrijder hebben aangereden. | vrijdagmiddag | 2026-03-06TAF | day
2026-03-08 | De vakbond zei dat er zaterdag zou worden gestaakt. | zaterdag | 2026-03-14 | day
# clock times after sinds/omstreeks/a weekday, with a daypart, or told as half/kwart (session 28)
2026-02-10 | Aan de poort stonden sinds 5 uur 's ochtends stakingsposten. | 5 uur 's ochtends | 2026-02-10T05:00 | day
2026-02-10 | Het treinverkeer was sinds maandagavond 22 uur verstoord. | 22 uur | 2026-02-09T22:00 | day
2026-03-12 | Rond kwart voor negen reed een bestelbus in op de menigte. | kwart voor negen | 2026-03-12T08:45 | day
2026-03-12 | De burgemeester liet de weg rond half tien vrijmaken. | half tien | 2026-03-12T09:30 | day
2026-03-12 | Om kwart over acht 's avonds begon de mars. | kwart over acht 's avonds | 2026-03-12T20:15 | day
2026-03-12 | Ze staakten 5 uur lang. | 5 uur lang | PT5H | none
# a wire's dateline: day and month between the place in capitals and the agency (session 28)
2026-02-10 | BRUSSEL 10/02 (BELGA) = Tienduizenden mensen betoogden. | 10/02 | 2026-02-10 | day
2026-02-10 | Kamer 10/02 (oost) is gesloten. | 10/02 | - | -
# a clock time written after its date in a byline (session 28)
2026-03-12 | Jorrit Brouwer 12-03-26, 18:45 Laatste update: 12-03-26, 21:10 | 18:45 | 2026-03-12T18:45 | day
# a weekday with its daypart before a full date is that date; a page's weekday, day/month and clock (session 29)
2026-02-26 | Op donderdagavond 9 oktober 2025 liep de avond uit de hand. | donderdagavond 9 oktober 2025 | 2025-10-09 | day
2026-06-15 | P104  1/3              ma 15/06  17:42 | 15/06 | 2026-06-15 | day
2026-06-15 | P104  1/3              ma 15/06  17:42 | 17:42 | 2026-06-15T17:42 | day
2026-10-06 | Kees heeft op 1-10 een klacht ingediend. | 1-10 | 2026-10-01 | day
2026-10-06 | Vz ontving op 29/9 een anonieme brief. | 29/9 | 2026-09-29 | day
2026-10-06 | Op za 24-10 blokkeert het comité de ingang. | 24-10 | 2026-10-24 | day
2026-10-06 | Ajax zette de stand op 3-1 in de tweede helft. | 3-1 | - | -
2026-10-06 | Er kwamen 8-10 mensen naar de vergadering. | 8-10 | - | -
2026-11-24 | Rapportnummer: 2026/094 | 2026 | - | -
2026-11-24 | Op zaterdag 14 maart 2026 blokkeerden activisten de A12. Rond 13.00 uur zette de politie waterwerpers in. | 13.00 uur | 2026-03-14T13:00 | day
2026-02-10 | BRUSSEL 10/02 (BELGA) = Er werd betoogd. GENT 10/02 (BELGA) = Er werd gestaakt. LUIK 10/02 (BELGA) = Het bleef rustig. | 10/02 | 2026-02-10 | day
2026-10-14 | Trekkers bij het provinciehuis. (1/10) Het regent. (2/10) Correctie op 6/10: vier aanhoudingen. (7/10) | 6/10 | - | -
2026-06-15 | Het is 1/3 van de winst. | 1/3 | - | -
# a night of two dates written with a slash, its month in digits too (session 36)
2026-10-23 | In de nacht van 20/21 oktober gooiden ze stenen. | de nacht van 20/21 oktober | 2026-10-20TNI | day
2026-10-23 | In de nacht van 20 op 21-10-2026 gooiden ze stenen. | de nacht van 20 op 21-10-2026 | 2026-10-20TNI | day
# a log entry's stamp opens its line with day and month before its clock (session 36)
2026-10-13 | [10/10, 06:00] Piendamó – Betogers blokkeren de weg. | 10/10 | 2026-10-10 | day
2026-10-13 | [11/10, 15:40] Piendamó – Betogers bekogelen agenten. | 15:40 | 2026-10-11T15:40 | day
2026-10-13 | 11/10 15:40 Piendamó – Betogers bekogelen agenten. | 11/10 | 2026-10-11 | day
2026-10-13 | Het is 1/3 van de winst, zei hij om 15:40. | 1/3 | - | -
# an invitation names a day to come (session 29)
2026-05-13 | De regering heeft de bonden voor vrijdag uitgenodigd voor overleg. | vrijdag | 2026-05-15 | day
# a day with a capitalised month is part of a name in Dutch, which writes its months in lower case (session 29)
2026-05-13 | Op het Plein van 13 Mei zette de politie traangas in. | 13 Mei | - | -
2026-05-13 | Op 13 mei was er een betoging. | 13 mei | 2026-05-13 | day
# a range of clock times whose end is earlier than its start ends the next morning (session 29)
2026-05-13 | De prefect kondigde dinsdag een avondklok af van 20.00 tot 05.00 uur. | 20.00 | 2026-05-12T20:00 | day
2026-05-13 | De prefect kondigde dinsdag een avondklok af van 20.00 tot 05.00 uur. | 05.00 uur | 2026-05-13T05:00 | day
# a daypart "in de" the story's day (session 30)
2026-11-25 | Op dinsdag blokkeerden dokwerkers de haven; vrachtwagens stonden tot in de namiddag aan te schuiven. | tot in de namiddag | 2026-11-24TAF | day
# een klok tot op de seconde: de kop van een forumbericht, een bewerkingsnotitie (session 37)
2026-11-09 | zaterdag 7 november 2026 @ 18:52:04 #1 | 18:52:04 | 2026-11-07T18:52:04 | day
2026-11-09 | Bericht gewijzigd door Kees op 07-11-2026 19:02:11 | 19:02:11 | 2026-11-07T19:02:11 | day
# een klok met een u of een h tussen uren en minuten (session 38)
2026-11-09 | De stoet vertrok om 14u30 aan het station. | 14u30 | 2026-11-09T14:30 | day
2026-11-24 | Het KPC greep om 21h30 in. | 21h30 | 2026-11-24T21:30 | day
# een dag van de maand waarin het verhaal speelt (session 38)
2026-11-05 | De bond legde op 14 oktober het werk neer. Op de 27e liep het uit de hand. | de 27e | 2026-10-27 | day
2026-11-05 | Ze vergaderden op de 27e verdieping van de toren. | de 27e | - | -
"""
