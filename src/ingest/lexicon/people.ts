/** Romanised Korean surnames, as news writes them ("Kim", "Ri", "Thae", "O"). */
export const KOREAN_SURNAMES = new Set(
  `Kim Gim Lee Yi Ri Rhee Park Pak Bak Choi Choe Chwe Jung Jeong Chung Jong Kang Gang Cho Jo Cho Yoon Yun Jang Chang
  Lim Im Rim Han Oh O Seo Suh So Shin Sin Kwon Gwon Hwang Ahn An Song Ryu Yoo Yu Hong Jeon Jun Chon Ko Go Moon Mun
  Yang Ryang Son Sohn Bae Pae Baek Paek Paik Heo Hur Ho Nam Noh Roh No Ha Kwak Sung Seong Cha Joo Ju Chu Woo U Min
  Thae Tae Hyun Hyon Byun Pyon Kye Gye Jin Chin Kil Gil Won Chae Pang Bang Kong Gong Do To Ma Maeng Sol Seol Tak
  Yeom Yom Pyo Ok Myong Myung Hyeon Ri Kyun Geum Kum Cheon Chun Eom Um Ro Yeo Yo Sim Shim Hwangbo Namgung`.split(
    /\s+/,
  ),
);

/**
 * One romanised Korean syllable (McCune–Reischauer, Revised Romanization and common
 * spellings): "Jong", "Un", "Sang", "bum", "Yong", "Ho", "Ju", "ae", "Kwang", "Jin".
 */
const SYLLABLE =
  '(?:ch|kk|pp|ss|tt|jj|ph|th|kh|[bcdghjkmnprstwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|ea|a|e|i|o|u)(?:ng|k|n|l|m|p|t|r)?';
const GIVEN = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'i');
const HYPHENATED = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`, 'i');
// Module-level: the build (esbuild, target node20.10) turns a `\p{…}` literal into `new RegExp`,
// which inside a function would be built again on every call.
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A token that can be (part of) a romanised Korean given name: "Jong", "Sang-bum", "Ju-ae". */
export function isKoreanGivenName(token: string): boolean {
  if (!CAPITALISED.test(token)) return false;
  return token.includes('-') ? HYPHENATED.test(token) : GIVEN.test(token) && token.length <= 7;
}

/** Common given names in English-language news (Western, Russian, Chinese, Japanese). */
export const FIRST_NAMES = new Set(
  `Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alexei Alexey Alfred Ali Alice Alison Amanda Amy Andrea
  Andrew Andrei Andrey Angela Ann Anna Anne Anthony Antonio Anton Ari Arthur Ashley Barbara Ben Benjamin Bernard
  Beth Bill Bob Boris Brad Brian Bruce Bruno Carl Carlos Caroline Catherine Charles Charlie Chris Christian
  Christina Christopher Claire Colin Craig Dan Daniel David Dennis Diana Dmitry Dmitri Donald Douglas Duncan Ed
  Edward Elena Elizabeth Emily Emma Eric Erik Evan Evans Frank Fred Gary George Georgy Gerald Gordon Grace Greg
  Gregory Hannah Harry Heather Helen Henry Hugh Ian Igor Ivan Jack Jacob James Jane Janet Jason Jean Jeff Jeffrey
  Jennifer Jenny Jeremy Jessica Jim Joan Joe Joel Johan John Jonathan Joseph Josh Joshua Juan Judith Julia Julian
  Julie Justin Karen Karl Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Kim Kirill Konstantin Laura Lauren
  Leon Leonid Linda Lisa Louis Lucy Luis Luke Maria Marie Mark Martin Mary Matt Matthew Max Maxim Megan Melissa
  Michael Michelle Mike Mikhail Mohammed Muhammad Nancy Natalia Nathan Neil Nicholas Nick Nicole Nikolai Oleg
  Oliver Olga Pablo Patrick Paul Peter Philip Pierre Rachel Ralph Rebecca Richard Robert Roger Ronald Ruth Ryan
  Sam Samantha Samuel Sarah Scott Sean Sebastian Sergei Sergey Sharon Simon Sophie Stephanie Stephen Steve Steven
  Susan Thomas Tim Timothy Tom Tony Valentina Valery Victor Viktor Vladimir Walter Wendy William Yuri Yury Zoe
  Jake Nathaniel Jenna Bruce Lindsey Victoria Marcus Marco Ahmed Hassan Omar Fatima Xi Li Wang Zhang Liu Chen
  Hiroshi Kenji Shinzo Fumio Yoshihide Taro Yoko Naoko Akira Takeshi Hideki Dana Haoran Wei Ming Jun Hui`.split(
    /\s+/,
  ),
);

/**
 * Well-known people often written by surname alone ("Putin", "Lavrov"). Full names of the
 * Kim family are recognised by the Korean name rule.
 */
export const KNOWN_PEOPLE = new Set(
  `Putin Lavrov Shoigu Medvedev Peskov Zelensky Zelenskyy Xi Biden Trump Obama Blinken Kishida Abe Suga Guterres
  Stalin Mao Castro Lukashenko Belousov`.split(/\s+/),
);

/** Title words that head a person's name ("Foreign Minister", "Defector", "Professor"). */
export const TITLE_WORDS = new Set(
  `President Vice Prime Minister Deputy Foreign Defense Defence Finance Unification Trade Interior Secretary
  General State Chairman Chairwoman Chair Leader Supreme Premier Ambassador Envoy Consul Spokesman Spokeswoman
  Spokesperson Director Chief Head Commander Colonel Col. Gen. Lieutenant Lt. Captain Capt. Major Maj. Admiral
  Marshal Defector Lawmaker Rep. Sen. Senator Representative Professor Prof. Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Sir Comrade Former
  Acting First Counsellor Counselor Diplomat Analyst Researcher Senior Special Executive Attaché Officer Official
  Pope Dictator Chancellor Governor Mayor Judge Justice Agent Sgt. Assistant Attorney Associate Solicitor Prosecutor
  Inspector Commissioner Undersecretary Magistrate Sheriff Superintendent Supt Supt. Constable Sergeant Corporal
  Hon. Honourable Honorable Mme. Sheikh Lord Baroness Baron Lady Dame Earl Viscount Viscountess
  Councillor Councilor Alderman Alderwoman`.split(/\s+/),
);

/** Peers are named by title and one name: "Lord Ashcombe-Reid", "Baroness Kemp". */
export const PEERAGE = new Set([
  'Lord',
  'Baroness',
  'Baron',
  'Lady',
  'Dame',
  'Earl',
  'Viscount',
  'Viscountess',
]);

/** Lower-case nouns that, right before a capitalised name, say it is a person. */
export const PERSON_CUES =
  /\b(?:lawmaker|legislator|minister|leader|defector|diplomat|official|ambassador|envoy|analyst|researcher|professor|spokesperson|spokesman|spokeswoman|president|chairman|chairwoman|director|expert|scholar|colonel|general|named|dictator|premier|secretary|commentator|journalist|reporter|activist|lawyer|economist|fellow|sister|daughter|son|wife|husband|brother|father|successor|ruler|counsellor|counselor|attaché|defectors?|chief|head|former|late|deputy|vice|prime|foreign|defense|defence)\s*,?\s*$/i;

/**
 * Common Chinese surnames in pinyin. Left out: ones that are also common words or place parts in
 * English-language news from the region ("Long", "Dong", "He", "Sun", "Fan", "Ma").
 */
export const CHINESE_SURNAMES = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Zheng Liang Xie Tang Feng Deng Cao
  Peng Zeng Xiao Tian Yuan Pan Jiang Cai Jia Ding Wei Xue Ye Yan Shen Ren Lu Du Qian Fu Cui Kang Mao Qiu Qin
  Shi Gu Hou Shao Meng Duan Lei Hao Kong Bai Tan Wen Gao Yin Xiong Qiao Lai Zou Fang Xia Geng Chang Wan Qi Niu`.split(
    /\s+/,
  ),
);

const PINYIN =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)';
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN}){1,2}$`, 'i');

/** A Chinese given name in pinyin, written as one word: "Wenjie", "Liqun", "Yi". */
export function isChineseGivenName(token: string): boolean {
  return CAPITALISED_WORD.test(token) && token.length <= 8 && PINYIN_GIVEN.test(token);
}
