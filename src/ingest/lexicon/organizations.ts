/** Words that make a capitalised phrase the name of an organisation ("Unification Ministry"). */
export const ORG_KEYWORDS = new Set(
  `Ministry Agency Council Panel Institute Office Corp Corp. Corporation Group Associated Company Co. Ltd Ltd. Inc.
  Inc Bank Army Navy Force Forces Command Post Times Journal News Radio Television TV Broadcasting Broadcast Center
  Centre University Party Department Commission Committee Service Services Staff House Network Foundation Trust
  Daily Ilbo Sinmun Shimbun Review Enterprise Enterprises Association Federation Assembly Bureau Administration
  Authority Court Organization Organisation Programme Fund Airlines Airways Trading Industries Holdings Projects
  Secretariat Academy College School Society Police Customs Parliament Congress Senate Cabinet Politburo Presidium
  Directorate Division Laboratory Labs Consortium Alliance Coalition Movement Treasury Intelligence
  Agencies Herald Gazette Press Tribune Telegraph Monitor Observer Broadcasting Communications Exchange Mining
  Shipping Trust Observatory Initiative Foundation JSC LLC LLP PLC GmbH Limited Team Railways Railway
  Analytics Construction Logistics Consulting Board
  Société Compagnie Entreprise Entreprises Banque Groupe Sociedad Compañía Empresa Banco Companhia Gesellschaft
  Denizcilik Gemicilik Ticaret Sanayi`.split(/\s+/),
);

/** Organisations often named without a keyword ("Yonhap", "Chainalysis", "Air Koryo"). */
export const KNOWN_ORGS = new Set([
  'Yonhap',
  'Yomiuri',
  'Asahi',
  'Mainichi',
  'Nikkei',
  'Kyodo',
  'Reuters',
  'AFP',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'KCNA',
  'Rodong Sinmun',
  'Minju Joson',
  'Uriminzokkiri',
  'NK News',
  'Daily NK',
  '38 North',
  'Chainalysis',
  'Elliptic',
  'RUSI',
  'CSIS',
  'Brookings',
  'Stimson',
  'Mandiant',
  'Air Koryo',
  'Mansudae',
  'Green Pine',
  'KOMID',
  'Ryonha',
  'Lazarus',
  'OFAC',
  'FBI',
  'CIA',
  'FinCEN',
  'FATF',
  'Europol',
  'Treasury',
  'Homeland Security Investigations',
  'IAEA',
  'Interpol',
  'White House',
  'Blue House',
  'Pentagon',
  'Chongryon',
  'Hankyoreh',
  'JoongAng',
  'Donga',
  'Chosun',
  'Kookmin',
]);

/** Bodies left out of entities: the UN as a whole, alliances, and governments by metonym. */
export const NOT_ENTITIES = new Set(
  [
    'UN',
    'U.N.',
    'United Nations',
    'NATO',
    'EU',
    'European Union',
    'Soviet Union',
    'USSR',
    'Kremlin',
    'ASEAN',
    'Africa',
    'Asia',
    'Europe',
    'Middle East',
    'East Africa',
    'West Africa',
    'Southeast Asia',
    'Northeast Asia',
    'Latin America',
    'Cold War',
    'Korean War',
    'Korean Peninsula',
    'West',
    // A gazette is where an act is published, not an actor.
    'Official Journal of the European Union',
    'Official Journal',
    // A company's own board is part of it, not another actor.
    'Board of Directors',
  ].map((s) => s.toLowerCase()),
);

// The first two letters of the bodies left out, as `firstPair` reads them.
const NOT_ENTITY_PAIRS = new Set([...NOT_ENTITIES].map((s) => firstPair(s)));

/**
 * The first two characters of an ASCII name, lower-cased (`c | 0x20` lower-cases a letter and
 * is the same for a name as for its lower-case form); -1 when either is not ASCII.
 */
function firstPair(name: string): number {
  const a = name.charCodeAt(0);
  const b = name.charCodeAt(1);
  return a < 128 && b < 128 ? ((a | 0x20) << 7) | (b | 0x20) : -1;
}

/** Whether a name is one of the bodies left out, in any case ("UN", "the West"). */
export function isNotEntity(name: string): boolean {
  // Most names share no first two letters with any of them, and lower-casing them costs more.
  const pair = firstPair(name);
  if (pair >= 0 && !NOT_ENTITY_PAIRS.has(pair)) return false;
  return NOT_ENTITIES.has(name.toLowerCase());
}

/** Lower-case descriptors that, right before a name, say it is an organisation. */
export const ORG_CUES =
  /\b(?:news agency|agency|newspaper|daily|broadcaster|think tank|think-tank|company|firm|entity|outlet|group|organi[sz]ation|bank|arms dealer|state media|trading company|front company|shipping company|construction company|insurer|airline|carrier|website|portal|institute|watchdog|network)\s+(?:the\s+)?$/i;
/** Lower-case nouns that, right after a name, say it is an organisation ("Yomiuri newspaper"). */
export const ORG_CUES_AFTER =
  /^(?:\s+(?:newspaper|daily|news agency|broadcaster|wire service|think tank|think-tank)\b|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:news service|news agency|newspaper|broadcaster|think tank|website|firm|company|research group|monitoring group|consultancy|outlet)\b(?!\s+(?:spokes|official|executive|director|manager|employee|worker|lawyer|boss|owner|chief|head|founder|insider|source|analyst|researcher|fellow|reporter|editor))|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:intelligence service|intelligence agency|spy agency|agency|ministry|regulator|watchdog|authority)(?=\s*[,.;)]))/iu;

/** Korean organisations by name (suffix rules would catch too many common words). */
export const KOREAN_ORGS = [
  '외교부',
  '통일부',
  '국방부',
  '국가정보원',
  '국정원',
  '합동참모본부',
  '합참',
  '외무성',
  '조선중앙통신',
  '노동신문',
  '연합뉴스',
  '자유아시아방송',
  '미국의소리',
  '요미우리신문',
  '교도통신',
  '아사히신문',
  '안전보장이사회',
  '안보리',
  '전문가 패널',
  '국가안보전략연구원',
  '아산정책연구원',
  '세종연구소',
  '고려항공',
  '만수대창작사',
  '조선노동당',
  '노동당',
  '재무부',
  '백악관',
  // The same bodies in Chinese characters, as an editorial in mixed script (國漢文) writes them.
  '外交部',
  '統一部',
  '國防部',
  '國家情報院',
  '國情院',
  '合同參謀本部',
  '外務省',
  '朝鮮中央通信',
  '勞動新聞',
  '安保理',
];
