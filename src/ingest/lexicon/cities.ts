/**
 * Capitals and the other cities that host or have hosted diplomatic posts, by ISO 3166-1
 * alpha-2 code; Korean names carry their English name after a slash. `*` marks a capital (a capital also stands for its government: "Pyongyang
 * plans to ...").
 */
const CITIES_EN = `
KP: *Pyongyang, Rason, Sinuiju, Kaesong, Wonsan, Chongjin, Hamhung, Nampo
KR: *Seoul, Busan, Incheon
CN: *Beijing, *Peking, Shanghai, Shenyang, Dandong, Guangzhou, Shenzhen, Chengdu, Dalian, Yanji, Hunchun
HK: *Hong Kong
MO: *Macau, *Macao
TW: *Taipei
JP: *Tokyo, Osaka, Niigata
RU: *Moscow, Vladivostok, Nakhodka, Khabarovsk, St. Petersburg, Saint Petersburg
MN: *Ulaanbaatar, *Ulan Bator
VN: *Hanoi, Ho Chi Minh City, Saigon
LA: *Vientiane
KH: *Phnom Penh
TH: *Bangkok
MM: *Naypyidaw, *Nay Pyi Taw, Yangon, Rangoon
MY: *Kuala Lumpur, Putrajaya
SG: *Singapore
ID: *Jakarta, Surabaya
PH: *Manila, Cebu
IN: *New Delhi, Mumbai, Kolkata, Chennai
PK: *Islamabad, Karachi, Lahore
BD: *Dhaka, Chittagong, Chattogram
NP: *Kathmandu
LK: *Colombo
AF: *Kabul
IR: *Tehran
IQ: *Baghdad, Erbil, Basra
SY: *Damascus
LB: *Beirut
JO: *Amman
KW: *Kuwait City
QA: *Doha
AE: *Abu Dhabi, Dubai
SA: *Riyadh, Jeddah
OM: *Muscat
YE: *Sanaa, Aden
TR: *Ankara, Istanbul
IL: *Jerusalem, Tel Aviv
PS: *Ramallah
EG: *Cairo
LY: *Tripoli, Benghazi
TN: *Tunis
DZ: *Algiers
MA: *Rabat, Casablanca
SD: *Khartoum, Port Sudan
SS: *Juba
ET: *Addis Ababa
ER: *Asmara
UG: *Kampala
KE: *Nairobi, Mombasa
TZ: *Dodoma, Dar es Salaam
RW: *Kigali
BI: *Gitega, Bujumbura
CD: *Kinshasa
CG: *Brazzaville
AO: *Luanda
ZM: *Lusaka
ZW: *Harare
MZ: *Maputo
NA: *Windhoek
ZA: *Pretoria, Johannesburg, Cape Town, Durban
BW: *Gaborone
MG: *Antananarivo
NG: *Abuja, Lagos
GH: *Accra
GN: *Conakry
SN: *Dakar
ML: *Bamako
BF: *Ouagadougou
NE: *Niamey
TD: *N'Djamena
CM: *Yaounde, *Yaoundé, Douala
GQ: *Malabo
GA: *Libreville
BJ: *Porto-Novo, Cotonou
TG: *Lome, *Lomé
CI: *Yamoussoukro, Abidjan
LR: *Monrovia
SL: *Freetown
GW: *Bissau
MR: *Nouakchott
ES: *Madrid, Barcelona
PT: *Lisbon
IT: *Rome, Milan
VA: *Vatican City
FR: *Paris, Marseille, Lyon, Strasbourg
DE: *Berlin, Bonn, Frankfurt, Munich, Hamburg
GB: *London
IE: *Dublin
NL: *The Hague, Amsterdam
BE: *Brussels
CH: *Bern, *Berne, Geneva, Zurich
AT: *Vienna
SE: *Stockholm
NO: *Oslo
DK: *Copenhagen
FI: *Helsinki
PL: *Warsaw
CZ: *Prague
SK: *Bratislava
HU: *Budapest
RO: *Bucharest
BG: *Sofia
RS: *Belgrade
HR: *Zagreb
GR: *Athens
BY: *Minsk
UA: *Kyiv, *Kiev
KZ: *Astana, *Nur-Sultan, Almaty
UZ: *Tashkent
KG: *Bishkek
TJ: *Dushanbe
TM: *Ashgabat, *Ashkhabad
AZ: *Baku
GE: *Tbilisi
AM: *Yerevan
US: *Washington, New York, Los Angeles, San Francisco, Chicago
CA: *Ottawa, Toronto, Vancouver, Montreal
MX: *Mexico City, Guadalajara, Monterrey
CU: *Havana
NI: *Managua
VE: *Caracas
BR: *Brasilia, *Brasília, São Paulo, Sao Paulo, Rio de Janeiro
PE: *Lima
BO: *La Paz, *Sucre
CO: *Bogotá, *Bogota, Medellín, Medellin
EC: *Quito, Guayaquil
UY: *Montevideo
PY: *Asunción, *Asuncion
CR: *San José, *San Jose
PA: *Panama City
GT: *Guatemala City
DO: *Santo Domingo
AR: *Buenos Aires
CL: *Santiago, Valparaíso, Valparaiso
AU: *Canberra, Sydney, Melbourne
NZ: *Wellington, Auckland
MD: *Chisinau, *Chișinău
IS: *Reykjavik, *Reykjavík
ST: *São Tomé, *Sao Tome
MV: *Malé
`;

const CITIES_KO = `
KP: *평양/Pyongyang, 나선/Rason, 신의주/Sinuiju, 개성/Kaesong
KR: *서울/Seoul, 부산/Busan
CN: *베이징/Beijing, *북경/Beijing, 상하이/Shanghai, 선양/Shenyang, 심양/Shenyang, 단둥/Dandong, 광저우/Guangzhou, 선전/Shenzhen
HK: *홍콩/Hong Kong
MO: *마카오/Macau
JP: *도쿄/Tokyo, 오사카/Osaka
RU: *모스크바/Moscow, 블라디보스토크/Vladivostok, 나홋카/Nakhodka, 하바롭스크/Khabarovsk
MN: *울란바토르/Ulaanbaatar
VN: *하노이/Hanoi
LA: *비엔티안/Vientiane
KH: *프놈펜/Phnom Penh
TH: *방콕/Bangkok
MM: 양곤/Yangon
MY: *쿠알라룸푸르/Kuala Lumpur
ID: *자카르타/Jakarta
PH: *마닐라/Manila
TL: *딜리/Dili
IN: *뉴델리/New Delhi
PK: *이슬라마바드/Islamabad
BD: *다카/Dhaka
NP: *카트만두/Kathmandu
QA: *도하/Doha
KZ: *아스타나/Astana, 알마티/Almaty
KG: *비슈케크/Bishkek
UZ: *타슈켄트/Tashkent
IR: *테헤란/Tehran
SY: *다마스쿠스/Damascus
EG: *카이로/Cairo
LY: *트리폴리/Tripoli
ET: *아디스아바바/Addis Ababa
ER: *아스마라/Asmara
UG: *캄팔라/Kampala
TZ: 다르에스살람/Dar es Salaam
CD: *킨샤사/Kinshasa
CG: *브라자빌/Brazzaville
AO: *루안다/Luanda
ZW: *하라레/Harare
MZ: *마푸투/Maputo
NA: *빈트후크/Windhoek
ZA: *프리토리아/Pretoria
NG: *아부자/Abuja
GN: *코나크리/Conakry
SN: *다카르/Dakar
BF: *와가두구/Ouagadougou
ES: *마드리드/Madrid
PT: *리스본/Lisbon
IT: *로마/Rome
FR: *파리/Paris
DE: *베를린/Berlin
GB: *런던/London
CH: *베른/Bern, 제네바/Geneva
SE: *스톡홀름/Stockholm
PL: *바르샤바/Warsaw
CZ: *프라하/Prague
BG: *소피아/Sofia
RO: *부쿠레슈티/Bucharest
HU: *부다페스트/Budapest
RS: *베오그라드/Belgrade
BY: *민스크/Minsk
US: *워싱턴/Washington, 뉴욕/New York
CU: *아바나/Havana
NI: *마나과/Managua
VE: *카라카스/Caracas
SD: *하르툼/Khartoum, 포트수단/Port Sudan
DZ: *알제/Algiers
TN: *튀니스/Tunis
MA: *라바트/Rabat
TR: *앙카라/Ankara, 이스탄불/Istanbul
IQ: *바그다드/Baghdad
LB: *베이루트/Beirut
SA: *리야드/Riyadh
AE: *아부다비/Abu Dhabi, 두바이/Dubai
AF: *카불/Kabul
LK: *콜롬보/Colombo
MM: *네피도/Naypyidaw
TJ: *두샨베/Dushanbe
TM: *아시가바트/Ashgabat
AZ: *바쿠/Baku
GE: *트빌리시/Tbilisi
AM: *예레반/Yerevan
UA: *키이우/Kyiv, *키예프/Kyiv
NO: *오슬로/Oslo
DK: *코펜하겐/Copenhagen
FI: *헬싱키/Helsinki
IE: *더블린/Dublin
BE: *브뤼셀/Brussels
NL: *헤이그/The Hague, 암스테르담/Amsterdam
GR: *아테네/Athens
CA: *오타와/Ottawa
MX: *멕시코시티/Mexico City
BR: *브라질리아/Brasília
AR: *부에노스아이레스/Buenos Aires
PE: *리마/Lima
BO: *라파스/La Paz
CL: *산티아고/Santiago
AU: *캔버라/Canberra
KE: *나이로비/Nairobi
GH: *아크라/Accra
ML: *바마코/Bamako
NE: *니아메/Niamey
CM: *야운데/Yaoundé
TG: *로메/Lomé
BJ: 코토누/Cotonou
RW: *키갈리/Kigali
BI: *기테가/Gitega, 부줌부라/Bujumbura
ZM: *루사카/Lusaka
MG: *안타나나리보/Antananarivo
BW: *가보로네/Gaborone
GQ: *말라보/Malabo
GA: *리브르빌/Libreville
`;

export interface CityEntry {
  name: string;
  /** The English name, for cities listed in Korean (`홍콩` → `Hong Kong`). */
  english: string;
  code: string;
  capital: boolean;
}

function parse(table: string): CityEntry[] {
  const out: CityEntry[] = [];
  for (const line of table.split('\n')) {
    const m = /^([A-Z]{2}):\s*(.+)$/.exec(line.trim());
    if (!m?.[1] || !m[2]) continue;
    for (const raw of m[2].split(',')) {
      const item = raw.trim();
      const capital = item.startsWith('*');
      const [name = '', english = name] = (capital ? item.slice(1) : item).split('/');
      out.push({ name, english, code: m[1], capital });
    }
  }
  return out;
}

export const CITIES: readonly CityEntry[] = [...parse(CITIES_EN), ...parse(CITIES_KO)];
