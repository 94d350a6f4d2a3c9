package sanctionswatch.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sanctionswatch.text.Tokenizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules that find names as news writes them when it does not write them in full: core names and surnames alone
 * with what stands by them, ties, inflected words, other scripts and languages; on real names of the bundled list.
 */
class NewsRulesTest {
    /** The mentions of a text as the scanner finds them: with the countries it names. */
    private static List<Mention> find(String text) {
        return BundledMatching.mentions(text);
    }

    private static List<String> found(String text) {
        return find(text).stream().map(m -> m.entity().id() + "|" + m.rule().label()).toList();
    }

    /** Whether a mention of the entry whose id begins so is found in the text, by any rule. */
    private static boolean findsEntry(String text, String id) {
        return found(text).stream().anyMatch(f -> f.startsWith(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Core names, corroborated by a country of the entry or of its programme, or its trade.
            "Rostec chief Sergei Chemezov spoke in Moscow.|ofac-sdn:17260|core name",
            "Hezbollah fighters fired rockets at Israel.|ofac-sdn:4697|core name",
            "Sanctions hit Metalloinvest, the iron ore miner.|ofac-sdn:42096|core name",
            "Iran's Qods Aviation builds the drones.|ofac-sdn:16418|core name",
            // "Korea" before a North Korean company's own words and "corporation" after them left out of its core
            // (KOREA ROUNSAN TRADING CORPORATION, GREEN PINE ASSOCIATED CORPORATION).
            "The EU sanctioned Korean Rounsan Trading Corp. over North Korea.|ofac-sdn:36299|core name",
            "North Korea's Green Pine sold arms, the UN said of the sanctioned firm.|ofac-sdn:12212|core name",
            // A group's kunya, and a body's name after the Arabic article, before a word no given name (ABU SAYYAF
            // GROUP; AL-QARD AL-HASSAN ASSOCIATION, "association" a generic head news leaves out).
            "Abubakar, an alleged Abu Sayyaf member, was sanctioned.|ofac-sdn:4688|core name",
            "Hezbollah's financial arm Al-Qard Al-Hassan was sanctioned.|ofac-sdn:10416|core name",
            "Dirac Technology, an electronics company, was sanctioned.|ofac-sdn:46920|core name",
            "There is also the company Sewa Security, in the Central African Republic.|ofac-sdn:39618|core name",
            // A name without the honorific the list writes before it (HASHEMI, Seyed Morteza Minaye).
            "Treasury named Morteza Minaye Hashemi, based in China.|ofac-sdn:33258|reordered",
            "US sanctions Garantex for laundering.|ofac-sdn:36025|core name",
            // A possessive inside a name the list writes with one (IRAN'S LAW ENFORCEMENT FORCES).
            "Iran's Law Enforcement Forces cracked down on protesters.|ofac-sdn:12763|alias",
            // The name in lower case only in its web address, which says nothing of it as an ordinary word.
            "The Russian exchange Garantex lost its domain garantex[.]org.|ofac-sdn:36025|core name",
            "Il Tesoro ha imposto sanzioni ai finanziatori di Hezbollah.|ofac-sdn:4697|core name",
            "Fundos para o Hezbollah, o grupo guerrilheiro libanês.|ofac-sdn:4697|core name",
            "Treasury named the Lazarus hackers of North Korea.|ofac-sdn:27307|core name",
            "Sanctioned Russian bank VTB cut its dividend.|ofac-sdn:17013|core name",
            // A weak alias OFAC gives only in the remarks ("a.k.a. 'IRIB'"), where a country of the entry is named.
            "The IRIB aired the speech across Iran.|ofac-sdn:15764|weak alias",
            // A Turkish company without its words of trade and legal form (DEMIRCI BILISIM TICARET SANAYI LIMITED
            // SIRKETI).
            "Turkish exporter Demirci sold drone parts to Russia.|ofac-sdn:44867|core name",
            // A bank in English order whose name has "bank" first: not the IRGC's alias SEPAH before "Bank"; the
            // Persian ezafe (BANK-E SHAHR).
            "Iran's Sepah Bank was sanctioned.|ofac-sdn:25580|partial",
            "Sanctions on Shahr Bank, an Iranian lender.|ofac-sdn:13138|partial",
            // A Russian body's own name after its type and ordinary words (RESEARCH AND PRODUCTION CONCERN BARL).
            "Под санкции попали российская компания АО \"БАРЛ\" и другие в России.|ofac-sdn:40237|core name",
            // A company's one long word in another romanisation, in Latin letters (German "Promsvjazbank").
            "Russian lender Promsvjazbank was sanctioned.|ofac-sdn:34656|core name",
            // One word misspelt by a letter, another romanised otherwise (Felixovich for Feliksovich).
            "Russian billionaire Viktor Felixovich Vekselber was sanctioned.|ofac-sdn:24306|fuzzy",
            // A body of a state's body named by its demonym (FOURTH DIVISION OF THE SYRIAN ARAB ARMY).
            "The Fourth Division runs checkpoints across Syria.|ofac-sdn:29066|core name",
            // A surname alone, and a name in Arabic script of five consonants, corroborated by the body the list
            // links the person to, named in the text, where no country of theirs is (QAOUK, Nabil and QASIM, Naim,
            // both "Linked To: HIZBALLAH").
            "The Hezbollah leadership met on Sunday. Qaouk spoke at a funeral in the south.|ofac-sdn:30218|surname alone",
            "امين عام حزب الله السيد حسن نصرالله ونائبه الشيخ نعيم قاسم|ofac-sdn:24514|transliterated",
            // Abd and the article written apart, as the list's "Abdul" joins them (AL-MOHAMMEDAWI, Abdul Aziz).
            "قائد ميليشيا عبد العزيز المحمداوي في العراق|ofac-sdn:29722|transliterated",
            // Politics "scored a last-minute win": no sports report, whose clubs are no armed groups.
            "The Administration scored a last-minute win when Russia agreed to add a firm owned by Iran's Revolutionary Guards Corps (IRGC) to the list.|ofac-sdn:10391|alias",
            // Surnames alone, corroborated by the person's own country named.
            "Putin's war goes on, Russia said.|ofac-sdn:35096|surname alone",
            "In April, Nabiullina said Russia's reserves were frozen.|ofac-sdn:35797|surname alone",
            "Le gendre de M. Poutine, selon la Russie.|ofac-sdn:35096|surname alone",
            // A head of state's surname, which eleven of his family and two others by given name share; after a
            // sentence's first word.
            "The Assad government fell, Syria's rebels said.|ofac-sdn:12735|surname alone",
            "En Russie: LA RICHESSE OFFSHORE DE POUTINE|ofac-sdn:35096|surname alone",
            // Names declined in Russian and Ukrainian, and in other scripts.
            "Встреча с Евгением Пригожиным в Москве.|ofac-sdn:21171|transliterated",
            "Санкції проти Путіна, заявили в Москві.|ofac-sdn:35096|surname alone",
            // A surname declined and read by its key, not keyed twice (Андрєєва, andreev, ANDREYEV).
            "Санкції проти Антона Андрєєва в Росії.|ofac-sdn:29703|transliterated",
            // A head of state's surname of five letters declined, as his state's regime is named.
            "Санкции против режима Асада в Сирии.|ofac-sdn:12735|surname alone",
            // An age his date of birth gives (2001): the listed man.
            "Zaw Min Tun, 22, was sanctioned in Myanmar.|ofac-sdn:44659|reordered",
            // The Arabic-speaking world's people in Cyrillic, by their consonants, declined too.
            "В список вошли Джаафар аль-Хусейни и другие из Ирака.|ofac-sdn:46077|transliterated",
            "Санкции против Хасаном Мукалледом в Ливане.|ofac-sdn:40536|transliterated",
            // A woman's surname in -ой, not a man's of the same stem; a given name in -ии; a name whose words are
            // their own keys once declined (LVOVA-BELOVA, Maria).
            "Санкции введены против Марии Захаровой в России.|ofac-sdn:37509|partial",
            // A man's name in -ей or -ай declined (Андрея, Николая): Andrey and Nikolay, not Andre and Nikola.
            "Санкции против главы ВТБ Андрея Костина в России.|ofac-sdn:24063|partial",
            "Санкции против президента «Транснефти» Николая Токарева.|ofac-sdn:35084|alias",
            "Санкции против Марии Львовой-Беловой в России.|ofac-sdn:38877|transliterated",
            "Санкції проти Марії Львової-Бєлової з Росії.|ofac-sdn:38877|transliterated",
            // A nominative the list spells otherwise, by its key: Міхєєва, mikhyeyev, is MIKHEEV.
            "Санкції проти Олександра Міхєєва з Росії.|ofac-sdn:35747|transliterated",
            // Ukrainian's -ія where the list writes -ya (ASLANOVA, Darya Dmitriyevna).
            "Санкції проти громадянки Росії Дарії Асланової.|ofac-sdn:29745|partial",
            "북한의 박도춘 비서가 제재 대상이다.|ofac-sdn:15769|transliterated",
            "فرضت عقوبات على قاسم سليماني في إيران.|ofac-sdn:10481|translated",
            // Ali written with its ع is a word of a name of two (REZVANI, Ali), where his country is named.
            "آمریکا علی رضوانی، خبرنگار تلویزیون ایران را تحریم کرد.|ofac-sdn:39938|transliterated",
            "فرضت عقوبات على محمد رضا زاهدي في إيران.|ofac-sdn:12114|transliterated",
            // Persian's ق is the gh Iran's names in Latin letters write (BAZGHANDI, Rouhollah; EGHTESAD NOVIN BANK).
            "آمریکا روحالله بازقندی، مقام ایران، را تحریم کرد.|ofac-sdn:42599|transliterated",
            "آمریکا بانک اقتصاد نوین را تحریم کرد.|ofac-sdn:13131|transliterated",
            // A name of three words or more with Ali, one consonant by these keys, among them.
            "القائد أحمد علي أحسن الحمزي في اليمن.|ofac-sdn:31195|transliterated",
            // Russia's people in Arabic and Persian, by keys of their own: sh, ch and تش one, v no consonant.
            "قال سيرغي تشيميزوف في روسيا.|ofac-sdn:16685|transliterated",
            "قال إيغور شوفالوف في موسكو.|ofac-sdn:35315|transliterated",
            "وزیر خارجه روسیه سرگئی لاوروف گفت.|ofac-sdn:35233|transliterated",
            // A patronymic beginning with و, which is no "and" here; x as ks; a Russian of the non-proliferation
            // programme too.
            "الکسی ویکتورویچ کوزمیچف در روسیه|ofac-sdn:44295|transliterated",
            "الکساندر بورتنیکوف رئیس سرویس امنیت فدرال روسیه|ofac-sdn:31126|transliterated",
            // The FSB in Persian, word for word.
            "سازمان خدمات امنیتی فدرال روسیه|ofac-sdn:21344|translated",
            // The head of state by his surname with its article, where Syria is named; his son by his full name.
            "وأضاف الأسد أن العقوبات عدوان على سوريا.|ofac-sdn:12735|surname alone",
            "عقوبات على ابنه حافظ الأسد في سوريا.|ofac-sdn:29279|transliterated",
            // "And" joined to a name of one word: وحماس, "and Hamas".
            "مع تصاعد التوترات بشأن الحرب بين إسرائيل وحماس.|ofac-sdn:4695|translated",
            "普京表示，俄罗斯将继续。|ofac-sdn:35096|surname alone",
            // Taiwan's press writes names otherwise than the mainland's: 普丁 for 普京, 哈瑪斯 for 哈马斯 (the seventh
            // edition of translated-names.tsv).
            "俄羅斯總統普丁今天表示，將繼續作戰。|ofac-sdn:35096|surname alone",
            "以色列與哈瑪斯在加薩交戰。|ofac-sdn:4695|translated",
            "美國將蓋達組織列為恐怖組織。|ofac-sdn:6366|translated",
            // China's people in their own characters, read in pinyin, where China is named.
            "美国制裁中国公民吴慧慧和郑鸿文。|ofac-sdn:42496|transliterated",
            // Or Hong Kong, the state of the programme (HK-EO13936) of the mainland's officials posted there.
            "美國宣布制裁香港中聯辦副主任張曉明。|ofac-sdn:29259|transliterated",
            // Hong Kong's own officials, whom the list romanises in Cantonese (the twelfth edition of
            // translated-names.tsv): 林鄭月娥 is LAM CHENG, Yuet-ngor; 鄧炳强 TANG, Ping-keung.
            "美國制裁香港特首林鄭月娥等11名官員。|ofac-sdn:29249|translated",
            // Prominent entries by the forms each language's news writes (the thirteenth edition).
            "米国はロシア連邦保安局の職員に制裁を科した。|ofac-sdn:21344|translated",
            "미국은 북한 해킹조직 김수키를 제재했다.|ofac-sdn:45430|translated",
            "美国制裁香港保安局局长邓炳强。|ofac-sdn:29242|translated",
            // The w of a diphthong is no consonant in Chinese characters: SHAWKAT, Asif is 舒卡特, shu-ka-te.
            "美国制裁叙利亚情报官员阿塞夫·舒卡特。|ofac-sdn:9415|transliterated",
            // A North Korean's name in Chinese characters, read as Korean reads them (박도춘, 백세봉), where North Korea
            // is named: the Xinhua-style list of the State Department's designations, and Japanese kanji.
            "国务院则对朝鲜的朴道春、朱奎昌和吴克列等高官采取行动。|ofac-sdn:15769|transliterated",
            "朝鲜第二经济委员会委员长白世峰列入黑名单。|ofac-sdn:15787|transliterated",
            "北朝鮮の金英徹統一戦線部長が訪米した。|ofac-sdn:12211|transliterated",
            "真主党向以色列发射火箭。|ofac-sdn:4697|translated",
            "叙利亚阿拉伯航空公司的航班。|ofac-sdn:13440|translated",
            "イスラム革命防衛隊のコッズ部隊が関与した。|ofac-sdn:10465|translated",
            "정찰총국은 해킹을 주도했다.|ofac-sdn:12210|translated",
            "Die Gruppe Wagner zog ab.|ofac-sdn:22543|translated",
            // CARTEL in Russian (declined) and German (SINALOA CARTEL).
            "США ввели санкции против картеля Sinaloa в Мексике.|ofac-sdn:11440|translated",
            "Sanktionen gegen das Sinaloa-Kartell in Mexiko.|ofac-sdn:11440|translated",
            "Die Führung des Sinaloa-Kartells in Mexiko.|ofac-sdn:11440|translated",
            // In Arabic script, the و of its oa.
            "فرضت واشنطن عقوبات على كارتل سينالوا في المكسيك.|ofac-sdn:11440|translated",
            // Indonesian's sentral beside pusat.
            "Kepala Bank Sentral Iran mengatakan sanksi Amerika Serikat.|ofac-sdn:4632|translated",
            // A translated name's later words in lower case, as French writes a body's name.
            "Un réseau au profit des Gardiens de la révolution islamique.|ofac-sdn:10391|translated",
            "Депутаты Госдумы одобрили закон.|ofac-sdn:35845|translated",
            "Глава ДНР Денис Пушилин заявил.|ofac-sdn:17065|translated",
            // The ninth edition: Ukrainian's Держдума, declined; other spellings of Sberbank, the Quds Force and
            // Hezbollah.
            "Депутати Держдуми Росії ухвалили закон.|ofac-sdn:35845|translated",
            "米国はロシアのスベルバンクに制裁を科した。|ofac-sdn:17018|translated",
            "러시아 최대 은행 스베르뱅크와 거래가 금지됐다.|ofac-sdn:17018|translated",
            "イスラム革命防衛隊のコッズ軍の幹部が制裁された。|ofac-sdn:10465|translated",
            "ABD, Hizbullah'a gelir sağlayan şirketlere yaptırım uyguladı.|ofac-sdn:4697|translated",
            "Irak'ta Ketaib Hizbullah gibi gruplar saldırdı.|ofac-sdn:11462|translated",
            // Short names, standing with corroboration: the Lazarus Group's subgroups, the Blender.io mixer.
            "北朝鮮のハッカー集団ラザルスの下部組織ブルーノロフ、アンダリエルに米財務省が制裁|ofac-sdn:27309|core name",
            "OFAC는 지난 5월 암호화폐 믹서 '블렌더'에도 제재를 가했다.|ofac-sdn:37070|core name",
            "북한 정찰총국 산하 해킹조직 '안다리엘'이 제재 대상이다.|ofac-sdn:27309|core name",
            // A proper word in Arabic script read as Persian sounds it, ض as z (MOSTAZAFAN FOUNDATION).
            "فرضت واشنطن عقوبات على مؤسسة المستضعفين في إيران|ofac-sdn:30346|translated",
            // The state's name as the entry has it, not in the genitive ("Банк России" is the central bank's).
            "Санкции против банка «Россия» продлены.|ofac-sdn:16681|translated",
            // The Wagner Group's Polish name, Wagner's in the genitive, and its first word declined.
            "Przez lata nie przyznawał się do powiązań z Grupą Wagnera.|ofac-sdn:22543|translated",
            "امریکا سه تن از رهبران داعش خراسان را تحریم کرد|ofac-sdn:18647|translated",
            // A translated name holding Hezbollah's, written with Hezbollah's other Russian name.
            "Боевики «Катаиб Хезболлах» атаковали базу в Ираке.|ofac-sdn:11462|translated",
            // Turkish: the IRGC by its name in Turkish, a bank by its words.
            "İran Devrim Muhafızları kontrolündeki banka.|ofac-sdn:10391|translated",
            "İran merkezli Ansar Bankası yaptırım listesinde.|ofac-sdn:12478|translated",
            // The IRGC's Quds Force run on into one word with its parent's name; Iran's police, word for word.
            "美国制裁伊朗革命卫队圣城军指挥官。|ofac-sdn:10465|translated",
            "美国制裁伊朗執法部隊的官员。|ofac-sdn:12763|translated",
            "米財務省はトルネード・キャッシュに制裁を科した。|ofac-sdn:39796|translated",
            // A body's name in Chinese characters after its state's in katakana; 省 a ministry, as Japanese writes it.
            "米国はイラン石油省に制裁を科した。|ofac-sdn:29788|translated",
            "미국 재무부는 토네이도캐시를 제재했다.|ofac-sdn:39796|translated",
            "미국 정부가 러시아 국가두마를 제재했다.|ofac-sdn:35845|translated",
            // Generic names where their state is named; lower-case heads; vessels in appositions.
            "Cuba's Ministry of Interior runs the prisons.|ofac-sdn:30976|exact",
            // A ministry's name up to the "and" of its second field, in British spelling too, where its state is named.
            "Iran's Ministry of Defence signed the contract.|ofac-sdn:10392|partial",
            "Investigators blamed the Lazarus group for the heist.|ofac-sdn:27307|exact",
            "Spain seized the Tango, a $90 million yacht.|ofac-sdn:35740|exact",
            "La nave Maksim Gorky ha trasportato petrolio siriano.|ofac-sdn:29486|exact",
            "Prosecutor Tarek William Saab spoke.|ofac-sdn:22750|partial",
            // German and French spellings of Russian names; a surname alone after a possessive of a word in s.
            "Der russische Präsident Wladimir Putin sprach.|ofac-sdn:35096|transliterated",
            "Alischer Usmanow war in Moskau.|ofac-sdn:35283|transliterated",
            // A year of birth the entry's date of birth has (IVANOV, Andrey Nikolayevich, DOB 13 Apr 1983).
            "Andrey Ivanov, born in 1983, fought for Prigozhin in Russia.|ofac-sdn:43797|partial",
            // A word that is its own key (Dmitri) where the list writes Dmitriy; a Slavic j before a consonant.
            "Le porte-parole Dmitri Peskov a parlé à Moscou.|ofac-sdn:35320|transliterated",
            "Lo yacht di Sulejman Kerimov fu sequestrato.|ofac-sdn:24325|transliterated",
            // A group's branch by its parent's acronym (ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE).
            "Fighters of ISIS-Mozambique attacked the town.|ofac-sdn:31372|partial",
            // A bank by the word its name joins to -bank, where its sentence speaks of banks (SOVCOMBANK).
            "Sanctions hit the Russian banks Sovcom and Novikom.|ofac-sdn:34737|core name",
            "Le président Poutine a parlé à la Russie.|ofac-sdn:35096|surname alone",
            "Relations between Moscow and Belarus’ Lukashenko remain unclear.|ofac-sdn:9760|surname alone",
            // Arabic names in Latin letters with other vowels or without the article.
            "Brigadier General Mohammad Reza Zahedi was killed.|ofac-sdn:12114|transliterated",
            "Al-Qaeda leader Ayman al-Zawahri was killed in Kabul.|ofac-sdn:2676|transliterated",
            "Khalil Rahman Haqqani, the minister for refugees.|ofac-sdn:12561|transliterated",
            "Le président syrien Bachar el-Assad a parlé.|ofac-sdn:12735|transliterated",
            "Hassan Nasrallah, le chef du Hezbollah, a parlé.|ofac-sdn:2686|transliterated",
            // A body of a body of a state, by the words before "of" (STATE DUMA OF THE FEDERAL ASSEMBLY OF ...).
            "The State Duma in Moscow passed the law.|ofac-sdn:35845|core name",
            // A nickname in quotes inside a name; "the" inside an organisation's name.
            "Sinaloa Cartel leader Joaquin “El Chapo” Guzman Loera.|ofac-sdn:6861|reordered",
            "Ahmad “Abu Hussein” al-Hamidawi, the leader of Kataib Hezbollah.|ofac-sdn:28571|reordered",
            "OFAC named the Ministry of the People's Armed Forces.|ofac-sdn:22285|exact",
            // A Russian company's name in quotes, capitalised as Russian writes it; French elision.
            "Санкции против компании «Русские машины» Дерипаски.|ofac-sdn:24229|alias",
            "Igor Rotenberg, le fils d’Arkadi Rotenberg.|ofac-sdn:16669|transliterated",
            // A person's alias with a part left out, where the entry's country is named.
            "Raul Castro, a Sinaloa trafficker, was arrested in Mexico.|ofac-sdn:15016|partial alias",
            // Given names of Russia and Ukraine as each language writes them; a patronymic in another form passed.
            "Peter Fradkov, the head of PSB, spoke in Moscow.|ofac-sdn:34658|transliterated",
            "Dimitro Chernishenko, vice premier russo.|ofac-sdn:39363|transliterated",
            "Міністр оборони Віктор Геннадійович Хренін заявив.|ofac-sdn:34746|partial",
            "Олександр Григорович Вольфович, держсекретар Білорусі.|ofac-sdn:34976|transliterated",
            "Санкції: Володимир Комлєв, голова НСПК Росії.|ofac-sdn:38857|transliterated",
            // Spanish names: a married name after "de", the later of two given names with both surnames.
            "Vice President Rosario Murillo spoke in Managua.|ofac-sdn:26124|partial",
            "His sons Alfredo Guzman Salazar and Ovidio were charged in Mexico.|ofac-sdn:13120|partial",
            // Organisations: compounds written apart, a state body's head after what it is of, dotted legal forms.
            "It traded with Everwin Ship Management of Singapore.|ofac-sdn:37936|partial",
            "Venezuela's Directorate General of Military Counter-Intelligence held him.|ofac-sdn:27008|partial",
            "The Iranian Petroleum Ministry said exports rose.|ofac-sdn:29788|partial",
            "Gulf-based Ali Almutawa Petroleum and Petrochemical Trading was named.|ofac-sdn:37930|partial",
            // Hangul for a North Korean of the non-proliferation programme; five consonants where Syria is named.
            "북한 제2경제위원회 백세봉 위원장이 제재 대상에 올랐다.|ofac-sdn:15787|transliterated",
            "فرضت عقوبات على فواز الأخرس في سوريا.|ofac-sdn:30744|transliterated",
            "عقوبات على فواز الأخرس وسحر الأخرس في سوريا.|ofac-sdn:30745|transliterated",
            // Four consonants, given name then surname, where the person's own country is named (SHERRI, Amin).
            "عقوبات على النائب اللبناني أمين شري في لبنان.|ofac-sdn:26955|transliterated",
            // North Korea's organisations in one word of Korean words and romanised proper words, in Korean order.
            "북한의 조선대성무역총회사가 제재 대상이다.|ofac-sdn:12313|translated",
            "고려상업은행과 진성합영은행은 북한 은행이다.|ofac-sdn:23003|translated",
            // A joint venture's JV or JVC as 합영 ("joint"), TRDG as 무역, guidance, natural science, land and marine
            // transport, air and marine as Korean writes them.
            "북한의 하나전자합영회사가 제재 대상이다.|ofac-sdn:23519|translated",
            "북한의 해양산업무역이 제재 대상이다.|ofac-sdn:23520|translated",
            "북한의 대외건설지도국이 제재 대상이다.|ofac-sdn:23083|translated",
            "북한의 제2자연과학원이 제재 대상이다.|ofac-sdn:12215|translated",
            "북한의 육해운성이 제재 대상이다.|ofac-sdn:23174|translated",
            "북한의 고려항공무역회사가 제재 대상이다.|ofac-sdn:37518|translated",
            // A proper word as Korean says it (압록강, said amnokkang: AMNOKKANG DEVELOPMENT BANK); a particle of two
            // syllables after the name (으로, "to").
            "북한의 압록강개발은행이 제재 대상이다.|ofac-sdn:11647|translated",
            "북한의 고려-글로벌 신용은행은 고려신용개발은행으로 이름을 바꿨다.|ofac-sdn:20569|translated",
            "미국은 로케트공업부를 제재했다.|ofac-sdn:26852|translated",
            // Without the state's name that begins the company's (KOREA NAMGANG TRADING CORPORATION); a syllable's
            // final n before the next one's g romanised "ng" (KOREA UNGUM CORPORATION).
            "북한의 남강무역회사가 제재 대상이다.|ofac-sdn:27383|translated",
            "북한의 조선은금회사가 제재 대상이다.|ofac-sdn:24515|translated",
            // A company of two trades by its first, "ship" for shipping (POCHON SHIPPING & MANAGEMENT).
            "북한의 포천선박회사가 제재 대상에 올랐다.|ofac-sdn:23718|translated",
            // An aspirate the list writes with an h (UNPHA, 은파): KOREA UNPHA SHIPPING & TRADING.
            "북한의 조선은파선박회사가 제재 대상에 올랐다.|ofac-sdn:23710|translated",
            // The proper word apart from its generic words, a particle after them (NAMCHONGANG TRADING CORPORATION).
            "제재 대상은 북한의 남천강 무역회사가 포함됐다.|ofac-sdn:11532|translated",
            // Russia's people in Persian script, by their consonants as the Arabic-speaking world's are.
            "تحریم میخائیل ماراتوویچ فریدمن در روسیه|ofac-sdn:44291|transliterated",
            // "And" joined to a name before a hamza's alif, though the word joined is another name's key (Wahab).
            "وإيهاب مخلوف هو نائب رئيس شركة في سوريا.|ofac-sdn:22260|transliterated",
            // Arabic script read as a romanisation's digraphs write it: دهـ as "dh" (Adham), ظ as Iraq's dh (Kadhim, read
            // d; Daher), the article joined as the list joins it (ALSKENI).
            "فرضت عقوبات على أدهم حسين طباجة في لبنان.|ofac-sdn:18218|transliterated",
            "عقوبات على خالد كاظم جاسم السكيني في العراق.|ofac-sdn:46268|transliterated",
            "عقوبات على إبراهيم علي ظاهر في لبنان.|ofac-sdn:31753|transliterated",
            // Ali's ع, which no key keeps, counts among a name's consonants: five, with the man's country named.
            "فرضت عقوبات على رئيس جهاز الاستخبارات علي مملوك في سورية.|ofac-sdn:12722|transliterated",
            // ص is never a romanised sh: صقر is SAQR, Fadi, not SHUKR, Fu'ad, whose consonants are the same.
            "عقوبات على قائد قوات الدفاع الوطني فادي صقر في سوريا.|ofac-sdn:29407|transliterated",
            // A body and another whose name begins with the first's, "and" joined between: two bodies, not one unit.
            "البنك المركزي قدم مليارات الدولارات للحرس الثوري وفيلق القدس التابع له في إيران|ofac-sdn:10391|translated",
            // A body's Russian name declined, its words after the first in lower case (Сирийская арабская армия).
            "Части Сирийской арабской армии вошли в город.|ofac-sdn:20954|translated",
            // A body of the Arabic-speaking world or Iran whose listed name is Arabic or Persian words romanised, in
            // their script by its consonants (HARAKAT AL-NUJABA; RAYAN ROSHD AFZAR COMPANY, by its alias without it).
            "گروه حرکت النجباء در عراق|ofac-sdn:26446|transliterated",
            "تحریم شرکت رایان رشد افزار در ایران|ofac-sdn:22688|transliterated",
            // Persian's ث, an s where Arabic reads a th (GHAFARI, Sanaullah, "Allah" joined).
            "حکومت ایالات متحده امریکا ثناالله غفاری امیر شاخه خراسان داعش، سلطان عزیز اعظم سخنگوی این گروه|"
                    + "ofac-sdn:33941|transliterated",
            // A Persian plural for the singular, ezafe and all (نیروهای قدس, "the Quds forces", for نیروی قدس).
            "فرمانده نیروهای قدس سپاه پاسداران در ایران|ofac-sdn:10465|translated",
            // "Air" as Arabic writes it by its sound, with the Arabic ya (إير), as Persian does with its own (ایر).
            "فرضت عقوبات على شركة ماهان إير الإيرانية.|ofac-sdn:12927|translated",
            // Persian's title Seyed before a name: a title and a given name are no other man's name of two words.
            "رئیس جمهور ایران سید ابراهیم رئیسی گفت|ofac-sdn:27844|translated",
            // "Allah" joined to the word before it (حزب الله written حزبالله).
            "تحریم حزبالله در لبنان|ofac-sdn:4697|translated",
            // North Korea's people in Arabic and Persian script, where North Korea is named: ng as نج, نغ or نگ.
            "التقى الزعيم الكوري الشمالي كيم جونج أون في هانوي.|ofac-sdn:20157|transliterated",
            "قال تشوي ريونغ هاي في كوريا الشمالية.|ofac-sdn:23213|transliterated",
            "ري بيونغ تشول مسؤول صاروخي في كوريا الشمالية.|ofac-sdn:23215|transliterated",
            "ری پیونگ چول در کره شمالی حضور داشت.|ofac-sdn:23215|transliterated",
            // Ch written ش; the vowel letters deciding between two names of the same consonants (Min, not Mun).
            "ري بيونغ شول مسؤول صاروخي في كوريا الشمالية.|ofac-sdn:23215|transliterated",
            "التقى كيم مين شول في كوريا الشمالية.|ofac-sdn:23092|transliterated",
            // The Romance languages' "of" with an article as the lists' "de".
            "O Banco Central da Venezuela foi sancionado.|ofac-sdn:26727|exact",
            "O Cartel do Golfo foi sancionado.|ofac-sdn:10386|alias",
            "Sanções a três membros do cartel de Sinaloa por tráfico.|ofac-sdn:11440|alias",
            // A state's body after its possessive, its ordinary words in lower case.
            "US imposes sanctions against Iran's morality police.|ofac-sdn:39258|exact",
            // A body two states have by the same ordinary words, where one of the states is named.
            "Branches of North Korea’s state-owned Foreign Trade Bank in Thailand.|ofac-sdn:15603|core name",
            // A group named by one word where the text speaks of its trade.
            "Sinbad, the crypto mixer, was sanctioned by the Treasury.|ofac-sdn:44437|exact",
            // A person's two surnames the other way round from the list's (DELGADO LOPEZ, Ruy).
            "Treasury sanctioned Ruy López Delgado, the head of Eniminas.|ofac-sdn:37577|partial",
            // A designated terrorist organisation by its own one word, with nothing else about it in the text: the
            // words of the news in other languages ("la guerre", "l'attaque") are no trade's words of the table.
            "La guerre entre le Hamas et Israël continue.|ofac-sdn:4695|exact",
            "Hezbollah fired rockets at the north.|ofac-sdn:4697|core name",
            // One person's short alias against another's name without its patronymic: tied, the first designated.
            "OFAC designated Vladimir Bogdanov, the oil tycoon.|ofac-sdn:24317|partial",
            // The father named, not his daughter by the initial of her alias "A. Fawaz al-Akhras".
            "Her father Fawaz Akhras was sanctioned in Syria.|ofac-sdn:30744|partial",
            // Organisations by their words translated, in the language's order, declined, a state word passed over.
            "La Banque centrale syrienne a été visée.|ofac-sdn:30663|translated",
            // A ministry by its first field, as English names it, where its state is named: in the words, or after them
            // (MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS).
            "Le ministère iranien de la Défense a été visé.|ofac-sdn:10392|translated",
            "وقالت وزارة الدفاع الإيرانية إن العقوبات لن تؤثر.|ofac-sdn:10392|translated",
            // 国防部, "national defence ministry", is every state's Ministry of Defence as English names it.
            "伊朗国防部受到制裁。|ofac-sdn:10392|translated",
            "Le Fonds d’investissement direct russe est sanctionné.|ofac-sdn:34036|translated",
            "Il Ministero iraniano del petrolio ha risposto.|ofac-sdn:29788|translated",
            "Sanciones al cartel mexicano de Sinaloa.|ofac-sdn:11440|translated",
            "Die russische Luft- und Weltraumkräfte griffen an.|ofac-sdn:40191|translated",
            "Санкции против Группы ГАЗ в России.|ofac-sdn:24230|translated",
            "Санкції проти Білоруської калійної компанії.|ofac-sdn:33374|translated",
            "Об Ярославском судостроительном заводе.|ofac-sdn:26509|translated",
            // The list's romanised Russian read with its ending (BELARUSSKI AVTOMOBILNYI ZAVOD).
            "Санкції проти Білоруського автомобільного заводу.|ofac-sdn:41319|translated",
            "وزارة النفط الإيرانية أعلنت ذلك.|ofac-sdn:29788|translated",
            // An English word of a company's name as Arabic writes it by its sound, or translated with "for" joined.
            "عقوبات على شركة \"بوشهر\" للبتروكيماويات في إيران.|ofac-sdn:40880|translated",
            "جمعية البستان الخيرية في سوريا.|ofac-sdn:22257|translated",
            // Words of the lists' names by their dictionary meaning: network, post, directorate and general.
            "فرضت واشنطن عقوبات على شبكة حقاني في أفغانستان.|ofac-sdn:15484|translated",
            "Les sanctions visent le réseau Haqqani en Afghanistan.|ofac-sdn:15484|translated",
            "بانک پست ایران تحریم شد.|ofac-sdn:25618|translated",
            "شرکت ملی نفتکش ایران تحریم شد.|ofac-sdn:15117|translated",
            "La Banque postale iranienne est sanctionnée.|ofac-sdn:25618|translated",
            "A Companhia Nacional de Petróleo do Irã foi sancionada.|ofac-sdn:11317|translated",
            "De centrale bank van Iran werd gesanctioneerd.|ofac-sdn:4632|translated",
            "وقالت مديرية المخابرات العامة السورية إن الهجوم فشل.|ofac-sdn:12726|translated",
            "朝鲜国防科学院研制导弹。|ofac-sdn:19492|translated",
            "朝鲜的对外建设指导局受到制裁。|ofac-sdn:23083|translated",
            "朝鲜军事安全司令部的人员。|ofac-sdn:23085|translated",
            "朝鲜第二经济委员会受到制裁。|ofac-sdn:12213|translated",
            "朝鮮偵查總局的黑客。|ofac-sdn:12210|translated",
            "Санкции против Корпуса стражей исламской революции Ирана.|ofac-sdn:10391|translated",
            "وزارت خزانه‌داری آمریکا خبرگزاری تسنیم را در تهران تحریم کرد|ofac-sdn:44926|translated",
            "Die Quds-Einheit der iranischen Revolutionsgarde.|ofac-sdn:10391|translated",
            // A force by another word for a unit, and Arabic's singular of قوات.
            "A unidade Qods da Guarda Revolucionária do Irã foi sancionada.|ofac-sdn:10465|translated",
            "أدرجت الولايات المتحدة قوة القدس التابعة للحرس الثوري الإيراني.|ofac-sdn:10465|translated",
            // A generic last word in the other number; a legal form abbreviated; я written ya or a.
            "Iran's Qods Aviation Industry builds drones.|ofac-sdn:16418|partial",
            // A darknet market's core without "marketplace", its trade named; no ship's former name (HERBY was HYDRA)
            // keeps it from the market.
            "The exchange laundered bitcoin for the darknet marketplace Hydra, the DOJ said.|ofac-sdn:36216|core name",
            // An organisation's name without the Arabic article it begins with.
            "Reuters identified the Qatirji Company as a key intermediary in Syria.|ofac-sdn:24903|partial",
            // A Russian defence concern without its legal form and its word "concern".
            "Sanctions hit part of the holdings of Rostec and Almaz-Antey in Russia.|ofac-sdn:16865|core name",
            "It traded with Korea Ryonbong General Corp in Pyongyang.|ofac-sdn:9347|partial",
            // The article a name joins to its word written apart, as another of the entry's names parts it.
            "He heads the Muhjat Al-Quds Foundation in Gaza.|ofac-sdn:46208|partial",
            "The Al Rowad firm in Sudan was named.|ofac-sdn:37486|partial",
            // Spanish's plural article left out, as English writes "the".
            "He was tied to the Zetas cartel in Mexico.|ofac-sdn:11438|core name",
            // A German title before a name, capitalised as German writes every noun, and its compounds.
            "Betroffen ist auch Verteidigungsminister Vladimir Padrino aus Venezuela.|ofac-sdn:25080|partial",
            "Die USA haben Sanktionen gegen Präsident Nicolás Maduro in Venezuela verhängt.|ofac-sdn:22790|partial",
            "Moscow-based OOO Serniya Engineering was named.|ofac-sdn:35076|transliterated",
            // Ships named one after another after a plural vessel noun, or with their flag after the name.
            "Treasury named the tankers Balita, Domani and Freedom.|ofac-sdn:29485|exact",
            // A party's noun after the name of a group that is a party too: no other body.
            "The Hezbollah party's fighters attacked Israel from Lebanon.|ofac-sdn:4697|core name",
            // A broadcaster's acronym before a noun of the news: a body of its kind.
            "The minister said so, according to Iran's state IRIB TV.|ofac-sdn:15764|weak alias",
            // A ship's name in Latin letters after its Chinese name and 号, the mark of a ship's name.
            "成为打击目标的游艇包括悬挂开曼群岛旗帜的“奥林匹亚号”(Olympia)。|ofac-sdn:37445|exact",
            // A name the ship once bore (HERO II, fka PIONEER), where its state is named.
            "The tanker Pioneer was seized off Iran.|ofac-sdn:15050|alias",
            // A ship in Latin letters in a Chinese or Korean text, its maritime word written in the text's script.
            "名列禁令的船隻分別為朝鮮船隻Ul Ji Bong 6、Rung Ra 2。|ofac-sdn:23525|exact",
            "북한 유조선 Sam Jong 2가 제재 명단에 올랐다.|ofac-sdn:23734|exact",
            "Elle vise l'Olympia, battant pavillon des îles Caïmans.|ofac-sdn:37445|exact",
            // A ship of several words where its paragraph gives its size as the shipping press does.
            "The 116,000-dwt Yasa Golden Bosphorus (built 2007) was hit by sanctions in October.|ofac-sdn:45329|exact",
            // A ship of several words where its paragraph speaks of boats and fleets.
            "Rudi died aboard another boat, the Tian Xiang 16, in the same fleet.|ofac-sdn:33802|exact",
            // A ship of one word with no vessel noun beside it, whose owner the list links it to is named, where the
            // text speaks of ships.
            "The Dilbar is worth $600 million. The superyacht of Alisher Usmanov was seized.|ofac-sdn:35301|exact",
            "The National Iranian Tanker Company said the Sabiti hull was hit.|ofac-sdn:15077|exact",
            // A tanker as the list writes it, though its owner's name, of which it is a part, stands in full later.
            "The vessels NS Champion and HS Atlantica carried oil. HS Atlantica Limited owns it.|ofac-sdn:46613|exact",
            // A company's name with its state in brackets, as a code or a name; the Syrian army by its acronym.
            "Sanctions hit Industrial Resources General Trading (UAE) over Wagner.|ofac-sdn:42023|exact",
            "Clashes with the Syrian Arab Army (SAA) in Syria.|ofac-sdn:20954|exact",
            // A name with a part left out after a compound noun, or after a word of the entry's own names.
            "Firmen, die mit dem Hisbollah-Finanzier Adham Tabaja in Verbindung stehen.|ofac-sdn:18218|partial",
            "OFAC named the leaders of Los Chapitos, Archivaldo Ivan Guzman Salazar and his brother.|ofac-sdn:13148|partial",
            // A nickname in quotes deciding between father and son, whom the name without it fits alike.
            "The sons of Joaquín \"El Chapo\" Guzmán, Joaquín Guzmán López and Ovidio, were charged.|ofac-sdn:6861|partial",
            // A head of state's surname without its Arabic article (AL-ASAD, Bashar).
            "Mahan Air flies to Syria in support of the Asad regime.|ofac-sdn:12735|surname alone",
            // Names declined in Polish, in its own spelling of Russian (w for v, ie for e).
            "Sankcje nałożono na rzecznika Kremla Dmitrija Pieskowa i Władimira Putina.|ofac-sdn:35320|transliterated",
            // A man's instrumental read back to a man's name first: Putinem is Putin, not PUTINA, Yekaterina (an
            // alias of TIKHONOVA, Katerina Vladimirovna).
            "Łukaszenka spotkał się z Władimirem Putinem w Moskwie.|ofac-sdn:35096|transliterated",
            // Polish letters for Russian sounds: ż for ж, an initial j for the y of е (PRIGOZHIN, Yevgeniy).
            "Sankcje objęły firmy związane z Jewgienijem Prigożynem.|ofac-sdn:21171|transliterated",
            // Organisations translated into Russian and Ukrainian with the lists' frequent words (дом, house; народн-,
            // people's), their state after them, the tokenizer's romanisation of Ukrainian (виборча, viborcha).
            "Санкции против Белорусского нефтяного торгового дома.|ofac-sdn:10762|translated",
            "Центральна виборча комісія Білорусі оголосила результати.|ofac-sdn:30627|translated",
            "Санкції проти міністерства народної безпеки КНДР.|ofac-sdn:20118|translated",
            // Given names of the Arabic-speaking world in another spelling; a title the list writes first left out
            // (MAKKI, HAFIZ ABDUL REHMAN); a generic head in lower case.
            "In Pakistan, Muhammad Yahya Aziz was booked.|ofac-sdn:11376|transliterated",
            "Leaders booked include Abdul Rehman Makki in Pakistan.|ofac-sdn:12295|alias",
            "Russia's Yantar shipyard is building the ships.|ofac-sdn:36062|alias",
            // Iran's aviation industry in Persian, by the words its bodies' names are made of (صنایع industries, هوایی
            // aviation, سازمان organization).
            "تحریم صنایع هوایی قدس و سازمان صنایع هوایی ایران توسط آمریکا.|ofac-sdn:16436|translated",
            // A body of a state whose name the list writes with the state's long name, as news writes it with the
            // short one (CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA), in traditional characters too.
            "美國制裁朝鮮中央銀行。|ofac-sdn:23015|translated",
            "Санкции против Центрального банка КНДР.|ofac-sdn:23015|translated",
            // A company's one long word in Cyrillic, which the list romanises otherwise, declined too.
            "В России Внешэкономбанк выдал кредит.|ofac-sdn:17015|transliterated",
            "Акции Совкомбанка в России упали.|ofac-sdn:34737|transliterated",
            // The Spanish-speaking world's people by their Spanish sounds: j as h, z as s (Joaquin Guzman Lopez).
            "호아킨 구스만 로페즈가 멕시코에서 체포됐다.|ofac-sdn:41897|transliterated",
            "멕시코의 오비디오 구스만이 체포됐다.|ofac-sdn:13149|transliterated",
            // In Chinese characters, each character's sound apart: 德斯 is Hernandez's d and s, not a ts.
            "墨西哥毒贩赫苏斯·西斯内罗斯·埃尔南德斯被美国制裁。|ofac-sdn:39958|transliterated",
            // An Iranian's name in katakana, by its consonants as Arabic script writes it (mo-ha-me-do re-za a-n-sa-ri).
            "イランのモハメド・レザー・アンサリ氏が制裁された。|ofac-sdn:42696|transliterated",
            // As Japanese says them: the French ou one u, an h after a vowel unsaid before a consonant (POURSAFI,
            // Shahram; ABDALLAH, Ahmad Jalal Reda).
            "イランのシャーラム・プルサフィ氏を制裁した。|ofac-sdn:42738|transliterated",
            "ヒズボラのアーメド・ジャラル・レダ・アブドッラー氏を制裁した。|ofac-sdn:37416|transliterated",
            // Consonants two people's names share, ق deciding: QASIR, Muhammad, not KHOSRAVI, Mohammad Hossein.
            "فرضت عقوبات على محمد قصير في لبنان.|ofac-sdn:24544|transliterated",
            // A place's adjective for the place the list names (MOSCOW INDUSTRIAL BANK), its state in brackets after.
            "Санкції проти: Московський промисловий банк (Росія).|ofac-sdn:37000|translated",
            // Another entry's acronym spelt out by its name (IRGC AEROSPACE FORCE, IRGC NAVY).
            "Sanctioned: Islamic Revolutionary Guard Corps Aerospace Force.|ofac-sdn:12055|alias",
            "The Islamic Revolutionary Guard Corps Navy seized the tanker.|ofac-sdn:26720|alias",
            // Guard for the list's guards inside a name.
            "Sanctioned: Islamic Revolution Guard Corps Air Force.|ofac-sdn:12055|partial",
            // The French ou of an Arabic name as one u in Hangul (ZAHHAR, Mahmoud Khaled), a Russian's o and u two
            // (BELOUSOV, Andrei).
            "하마스 고위 인사 마흐무드 칼레드 자하르가 제재 대상에 올랐다.|ofac-sdn:9647|transliterated",
            "러시아 국방장관 안드레이 벨로우소프가 제재 대상에 올랐다.|ofac-sdn:39361|transliterated",
            // A vice-president's title is no head of state's (EL AISSAMI, a trafficker); a Chinese name many bear
            // where the text speaks of its bearer's trade.
            "Vice President Tareck El Aissami was sanctioned by the US in Venezuela.|ofac-sdn:20250|alias",
            "Fentanyl trafficker Zhang Jian was sanctioned in China.|ofac-sdn:21042|exact",
            // Or beside an entry the list links its bearer to: the Kings Romans Group (ZHAO WEI TCO) of WEI, Zhao.
            "Casino magnate Zhao Wei, whose Kings Romans Group runs the resort, visited Laos.|ofac-sdn:23647|reordered",
            // A surname with one letter of its doubled pair, the other words romanised otherwise (AL-BAZZAL,
            // Muhammad Qasim), not the shorter QASIM, Mohammed of its first two words.
            "The Treasury sanctioned Mohammed Qassem al-Bazal, a Hezbollah financier in Lebanon."
                    + "|ofac-sdn:26122|transliterated",
            // The Arabic article inside a translated name, which the list's words leave out (AL BILAD ISLAMIC BANK).
            "Санкции против банка Ирака: Исламский банк «Аль-Билад» попал в список.|ofac-sdn:24545|translated",
            // Turkish case endings after an apostrophe on a name's last word ("of the Quds Force", "to Hamas").
            "ABD Hazinesi, Devrim Muhafızları'nın Kudüs Gücü'nün şebekesine yaptırım uyguladı."
                    + "|ofac-sdn:10465|translated",
            "ABD Hazinesi, Hamas'a destek veren kişilere yaptırım uyguladı.|ofac-sdn:4695|exact",
            // The Russian and Ukrainian adjective "revolutionary" in its cases.
            "США ввели санкции против Революционной гвардии Ирана.|ofac-sdn:10391|translated",
            "США запровадили санкції проти Революційної гвардії Ірану.|ofac-sdn:10391|translated",
            // A Russian bank's name joined to "bank" by its sound in Hangul (SOVCOMBANK), Russia named.
            "러시아 금융기관인 소브콤방크의 이사 17명도 제재 대상에 올랐다.|ofac-sdn:34737|translated",
            // Japanese writes "bank" on to a Russian bank's name in katakana as Korean does (ソブコムバンク).
            "ロシアのソブコムバンクとノビコムバンクが制裁対象になった。|ofac-sdn:34737|translated",
            "ロシアのソブコムバンクとノビコムバンクが制裁対象になった。|ofac-sdn:18784|translated",
            // A North Korean body written with the state's short name (CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S
            // REPUBLIC OF KOREA as "Korea central bank"), and an Iranian company's English words in Hangul (로열).
            "북한의 조선중앙은행의 정보도 제재대상에 올렸다.|ofac-sdn:23015|translated",
            "이란의 투자 회사 네긴 사헬 로열 컴퍼니가 제재 대상이다.|ofac-sdn:25042|translated",
            // A Chinese company in Korean, its generic word native Korean (석유화학, petrochemical).
            "미국은 중국의 산둥 치왕와 석유화학 유한공사를 제재했다.|ofac-sdn:28363|translated",
            // "And" joined before a name that is some name's key joined too (وعدنان: a Wadnan, or "and Adnan").
            "أضافت الخزانة يوسف هاشم وعدنان حسين كوثراني ومحمد فرحات في لبنان.|ofac-sdn:26059|transliterated",
            // Q written k, and a vowel other, in an Arabic name (AL-QATIRJI, Muhammad).
            "The Treasury sanctioned Muhammad al-Katerji in Damascus.|ofac-sdn:24902|transliterated",
            // A group's name its language writes as a common noun, in lower case (translated-names.tsv, "noun").
            "Les talibans ont pris Kaboul, en Afghanistan.|ofac-sdn:6636|translated",
            "En Somalie, les shebab ont revendiqué l'attentat.|ofac-sdn:10761|translated",
            // An Iranian airline by the English "Air" Persian and Arabic news keep in its name.
            "آمریکا شرکت پویا ایر را تحریم کرد.|ofac-sdn:13109|translated",
            "فرضت واشنطن عقوبات على ماهان اير.|ofac-sdn:12927|translated",
            // A diphthong written as one vowel: AL-JAWLANI as "al-Jolani", beside a given name spelt otherwise.
            "HTS leader Abu Mohammad al-Jolani spoke in Idlib, Syria.|ofac-sdn:15945|transliterated",
            // A given name "X al-Din" the list writes as one word (HAQQANI, Sirajuddin), in Persian in two.
            "سراج الدین حقانی وزیر کشور طالبان در کابل گفت.|ofac-sdn:10743|transliterated"})
    void findsNamesAsNewsWritesThem(String text, String id, String rule) {
        List<String> found = found(text);
        assertTrue(found.contains(id + "|" + rule), found.toString());
    }

    @org.junit.jupiter.api.Test
    void aParentsNameRunOnIntoItsUnitsIsTheUnit() {
        List<String> found = found("Treasury named the Islamic Revolutionary Guard Corps Quds Force of Iran.");
        assertEquals(List.of("ofac-sdn:10465|alias"), found);
    }

    @org.junit.jupiter.api.Test
    void aParentsAcronymJoinedToItsUnitByAHyphenIsTheUnit() {
        List<String> found = found("An Iraqi bank moved millions for IRGC-Qods Force in Iran.");
        assertEquals(List.of("ofac-sdn:10465|alias"), found);
    }

    @org.junit.jupiter.api.Test
    void aWordOfAnOrganisationNamedInFullIsItsShortFormNotAnothersPartialName() {
        // The bank, named with its legal form abbreviated, then by its word; not OTKRITIE LTD GROUP (OTKRITIE LTD).
        List<String> found = found("The case of PJSC Bank Otkritie Financial Corp. went on in London. The court said "
                + "Otkritie is sanctioned by Russia's enemies.");
        assertEquals(List.of("ofac-sdn:34497|partial", "ofac-sdn:34497|short form"), found);
    }

    @org.junit.jupiter.api.Test
    void anAliasOfOneWordAfterAnotherEntryNamedByItAndGenericWordsIsThatEntry() {
        // "Sepah" after "Bank Sepah" is the bank, not the ISLAMIC REVOLUTIONARY GUARD CORPS, a.k.a. SEPAH.
        List<String> found = found("Treasury designated Bank Sepah of Iran. Sepah provides financial services.");
        assertEquals(List.of("ofac-sdn:25580|exact", "ofac-sdn:25580|short form"), found);
    }

    @org.junit.jupiter.api.Test
    void twoGivenNamesJoinedBeforeOneSurnameAreTwoPeople() {
        // Brothers share their father's name: Boris Romanovich, not Boris's son Boris Borisovich.
        List<String> found = found("Les frères Boris et Arkadi Rotenberg, proches du Kremlin en Russie.");
        assertEquals(List.of("ofac-sdn:16671|partial", "ofac-sdn:16669|transliterated"), found);
    }

    @org.junit.jupiter.api.Test
    void noTranslatedNameRunsOverABracket() {
        // "банк (Росія)" is a bank of Russia, not BANK ROSSIYA.
        List<String> found = found("Санкції проти: Московський промисловий банк (Росія).");
        assertEquals(List.of("ofac-sdn:37000|translated"), found);
    }

    @org.junit.jupiter.api.Test
    void aWordWithAndJoinedBeginsAnotherName() {
        // "كوثراني ومحمد" ends one man's name and begins the next: not KAWTHARANI, Muhammad.
        List<String> found = found("أضافت الخزانة يوسف هاشم وعدنان حسين كوثراني ومحمد عبدالهادي فرحات في لبنان.");
        assertTrue(found.stream().noneMatch(f -> f.startsWith("ofac-sdn:16226|")), found.toString());
    }

    @org.junit.jupiter.api.Test
    void aGivenNameOfTheOtherGenderOrASurnameBeforeAnOilIsNoListedPerson() {
        // Felipa is a woman's name, not REYES MAGANA, Felipe misspelt; Sokol crude is an oil, not SOKOL, Sergey.
        assertEquals(List.of(), found("Felipa Reyes won the race in Mexico."));
        assertEquals(List.of(), found("Tankers loaded 700,000 barrels of Sokol crude in Russia."));
        // Two given names in another spelling than the list's (AMDOUNI, Mehrez, a.k.a. HASSAN, Mohamed).
        assertEquals(List.of(), found("Mohamad Hasan spoke in Tunisia."));
        assertTrue(found("Felipe Reyes Magana was arrested in Mexico.").contains("ofac-sdn:15688|reordered"));
    }

    @org.junit.jupiter.api.Test
    void aHeadOfStatesRegimeNeedsNoOtherCorroboration() {
        // No state named but Russia: "regime di Assad" is AL-ASSAD, Bashar, the President of the Syrian Arab Republic.
        assertEquals(List.of("ofac-sdn:12735|surname alone"),
                found("Il Tesoro accusa la fornitura di armi al regime di Assad."));
        assertEquals(List.of("ofac-sdn:12735|surname alone"), found("The Assad regime bombed the suburbs."));
        // Not a head of state's: Kerimov's surname alone needs his country named.
        assertEquals(List.of(), found("Il regime di Kerimov."));
    }

    @org.junit.jupiter.api.Test
    void anOrganisationsOneWordIsTheParentsTheListLinksItTo() {
        // OTKRITIE LTD GROUP (a.k.a. OTKRITIE LTD) is linked to the bank, whose name has the word: "Otkritie" is the
        // bank's.
        assertEquals(List.of("ofac-sdn:34497|core name"),
                found("Three Russian banks, Otkritie among them, lost access to dollars."));
        // In Cyrillic; and BPS-SBERBANK's alias SBER BANK is SBERBANK OF RUSSIA's word without its -bank.
        assertEquals(List.of("ofac-sdn:34497|core name"), found("«Открытие» попало под санкции России."));
        assertEquals(List.of("ofac-sdn:17018|core name"), found("Санкции затронули российские банки, включая Сбер."));
    }

    @org.junit.jupiter.api.Test
    void elChapoIsGuzmanLoera() {
        assertEquals(List.of("ofac-sdn:6861|translated"), found("The sons of El Chapo run the cartel now."));
    }

    @org.junit.jupiter.api.Test
    void lebanonsSalIsALegalFormAndAGivenNameNoCoreName() {
        // HOKOUL SAL OFFSHORE, a Hizballah front; NOUR HOLDING SAL is not "Nour", a man's name.
        assertEquals(List.of("ofac-sdn:27328|partial"), found("Hokoul SAL was sanctioned in Lebanon."));
        assertEquals(List.of(), found("Nour said the sanctions on Lebanon would hurt."));
    }

    @org.junit.jupiter.api.Test
    void anAcronymInBracketsNoneOfTheEntrysIsAnotherBody() {
        // Ukraine's military intelligence, not Russia's GRU; the GRU by its own acronym stays.
        assertEquals(List.of(), found("Sources from the Main Intelligence Directorate (HUR) told journalists in Kyiv."));
        assertTrue(found("Officers of the Main Intelligence Directorate (GRU) of Russia were charged.")
                .contains("ofac-sdn:21343|exact"));
    }

    @Test
    void noCompanyOfAnEnglishWordSpeltAsItsNameIsRomanised() {
        // PROSPEKT and INVESTTRADEBANK's core INVESTTRADE differ from these words by a k and a doubled letter only.
        assertFalse(findsEntry("Russia's New Prospect for sanctioned firms.", "ofac-sdn:46047"));
        assertFalse(findsEntry("Investrade, a Russian firm, was sanctioned.", "ofac-sdn:34681"));
    }

    @Test
    void aNorthKoreansNameInChineseCharactersStandsOnlyWhereNorthKoreaIsNamed() {
        // 朴道春 read as 박도춘 is PAK, To-Chun only in a text of North Korea; a Korean name in a story of China and
        // South Korea is another man's.
        assertFalse(findsEntry("韩国企业家朴道春在北京投资。", "ofac-sdn:15769"));
        assertTrue(findsEntry("朝鲜官员朴道春受到制裁。", "ofac-sdn:15769"));
        // Surname first, as Chinese writes a Korean's name: 众从金 (중종김) is no KIM, Jung Jong given names first.
        assertFalse(findsEntry("朝鲜民众从金融危机中恢复。", "ofac-sdn:18558"));
    }

    @Test
    void aNorthKoreanOrganisationInChineseCharactersReadAsKoreanWords() {
        // 朝鲜大成银行 is 조선대성은행, KOREA DAESONG BANK; 中央银行 (central bank) is any state's, though North Korea is
        // named; 総, written as Japanese writes it, has no Korean reading: the name is not cut short before it into
        // KOREA TAESONG TRADING COMPANY's.
        assertTrue(findsEntry("美国制裁朝鲜大成银行和朝鲜大成贸易总公司。", "ofac-sdn:12312"));
        assertTrue(findsEntry("美国制裁朝鲜大成银行和朝鲜大成贸易总公司。", "ofac-sdn:12313"));
        assertFalse(findsEntry("朝鲜发射导弹后，日本中央银行维持利率。", "ofac-sdn:23015"));
        assertFalse(findsEntry("北朝鮮の朝鮮大聖貿易総会社が制裁された。", "ofac-sdn:12219"));
    }

    @Test
    void anEnglishWordOfAForeignCompanyInHangulByItsConsonants() {
        // Yonhap: 트릴리언스 석유화학 is TRILIANCE PETROCHEMICAL CO. LTD. of Hong Kong, its vowels as Korean hears them;
        // a word of three consonants or fewer keeps its vowels: "러시아 기업" is no Russian academy's institute.
        assertTrue(findsEntry("홍콩을 기반으로 한 트릴리언스 석유화학이 제재를 받았다.", "ofac-sdn:28348"));
        assertFalse(findsEntry("러시아 기업들이 제재를 받았다.", "ofac-sdn:44082"));
    }

    @Test
    void aCoreOfOrdinaryWordsAfterAnotherStatesNameIsThatStatesBody() {
        // "Korea Mining Development Corporation" (KOMID) is no ZIMBABWE MINING DEVELOPMENT CORPORATION, though the text
        // speaks of sanctions; "Korea" names a state however it is no country mention.
        assertFalse(findsEntry("Tanchon is the financial arm of the Korea Mining Development Corporation (KOMID). "
                + "The sanctions hit it.", "ofac-sdn:10959"));
    }

    @Test
    void noArabicNameEndsWithSonOfNorStartsWithATitleOrSaid() {
        // محمد ابن علي is "Muhammad, son of Ali": no BENHAMMEDI, Mohammed ("Mohammed ben ..."); السيد حسن,
        // "Mr. Hasan", is no HASAN, As'ad of Syria, whose key السيد has.
        assertFalse(findsEntry("فرضت الولايات المتحدة عقوبات على أبو بكر ابن محمد ابن علي مينوكي في العراق.",
                "ofac-sdn:9599"));
        // وقال محمد, "and Muhammad said", is no VAKILI, Mohammad.
        assertFalse(findsEntry("وقال محمد في ليبيا إن العقوبات ظالمة.", "ofac-sdn:26534"));
        assertFalse(findsEntry("وقال السيد حسن إن سوريا لن تتراجع.", "ofac-sdn:21924"));
    }

    @Test
    void aChineseCompanyInArabicByItsMandarinSound() {
        // داليان هايبو is DALIAN HAIBO (the i of "lian" written ي, a syllable of two consonants in a name with a longer
        // one), لياونينج دانشينج LIAONING DANXING (x as ش, ng as نج), after a joined "and"; a joined "and" before one
        // proper word is not passed over: وأنشطة مجموعة ("and the activities of a group") is no INVEST GROUP.
        String text = "قالت وزارة الخزانة إن الشركتين هما داليان هايبو إنترناشونال فرايت المحدودة، "
                + "ولياونينج دانشينج إنترناشونال فورواردينج المحدودة، ومقرهما الصين.";
        assertTrue(findsEntry(text, "ofac-sdn:26243"));
        assertTrue(findsEntry(text, "ofac-sdn:26244"));
        assertFalse(findsEntry("عقوبات روسيا تطال تمويل وأنشطة مجموعة من الشركات.", "ofac-sdn:45996"));
    }

    @Test
    void aChineseCompanyInItsOwnCharactersByItsPinyin() {
        // 上海东风 read shang hai dong feng is SHANGHAI DONGFENG, 航运 its SHPG; 華信 (traditional) HUAXIN, 船務 its
        // SHIPPING, the list's HONGKONG left out; 海運 is HONGXIANG MARINE's "marine"; 丹东鸿祥 with 实业 and 发展
        // DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT; 珠海振戎 with 公司 alone ZHUHAI ZHENRONG COMPANY LIMITED.
        assertTrue(findsEntry("美国财政部制裁了上海东风航运有限公司。", "ofac-sdn:23779"));
        assertTrue(findsEntry("被制裁的包括香港華信船務。", "ofac-sdn:23777"));
        assertTrue(findsEntry("名單包括鴻祥海運。", "ofac-sdn:23765"));
        assertTrue(findsEntry("丹东鸿祥实业发展有限公司被起诉。", "ofac-sdn:20564"));
        assertTrue(findsEntry("美国制裁珠海振戎公司。", "ofac-sdn:27063"));
        // The same sounds with generic words of another meaning are another company: 华信贸易 trades.
        assertFalse(findsEntry("华信贸易有限公司发布财报。", "ofac-sdn:23777"));
        assertFalse(findsEntry("上海东风汽车有限公司发布新车。", "ofac-sdn:23779"));
    }

    @Test
    void theLastWordsOfALongerNameTheTextGivesAreThatName() {
        // "Islamic Jihad" is an alias of HIZBALLAH; beside "Palestinian Islamic Jihad" it is the Palestinian group.
        String text = "The US imposed sanctions on Hamas and Islamic Jihad. The Treasury named a leader of "
                + "Palestinian Islamic Jihad in Gaza.";
        assertTrue(findsEntry(text, "ofac-sdn:4707"));
        assertFalse(findsEntry(text, "ofac-sdn:4697"));
        assertTrue(findsEntry("Islamic Jihad claimed the attack.", "ofac-sdn:4697"));
        // "Sber Bank" and "Sber", BPS-SBERBANK's alias and core, after "Sberbank" are Sberbank's written otherwise.
        for (String sber : List.of("Sber Bank", "Sber")) {
            String about = "Russia's Sberbank was sanctioned. " + sber + " has a branch office in India.";
            assertFalse(findsEntry(about, "ofac-sdn:18714"), sber);
            assertTrue(findsEntry(about, "ofac-sdn:17018"), sber);
        }
    }

    @Test
    void hangulSyllablesAsKoreanSaysThem() {
        // A final k, t or p before n, m or r is said ng, n or m, the r after it n; r after m or ng is n; n and r ll.
        assertEquals("암녹강", KoreanNames.said("압록강").toString());
        assertEquals("뱅마", KoreanNames.said("백마").toString());
        assertEquals("몽난", KoreanNames.said("목란").toString());
        assertEquals("종노", KoreanNames.said("종로").toString());
        assertEquals("실라", KoreanNames.said("신라").toString());
        assertEquals("대성", KoreanNames.said("대성").toString());
    }

    @Test
    void aForeignBankInHangulWithAShortProperWordWhereItsCountryIsNamed() {
        // 빌라드 (b l d) has three consonants, fewer than a name by sound needs alone: it stands with Iraq named and
        // 은행 ("bank") ending the name, as Korean ends one.
        assertTrue(findsEntry("이라크의 알 빌라드 이슬라믹 은행이 제재를 받았다.", "ofac-sdn:24545"));
        assertTrue(findsEntry("러시아의 소빈 방크가 제재를 받았다.", "ofac-sdn:16812"));
        assertFalse(findsEntry("알 빌라드 이슬라믹 은행이 제재를 받았다.", "ofac-sdn:24545"));
    }

    @Test
    void aRussianBodysNameWithItsFirstWordAloneInCapitals() {
        // Russian writes "Конструкторское бюро приборостроения" (KONSTRUKTORSKOE BYURO PRIBOROSTROENIYA) and
        // "Черноморский банк развития и реконструкции" with their later words in lower case.
        assertTrue(findsEntry("Конструкторское бюро приборостроения попало под санкции России.", "ofac-sdn:16864"));
        assertTrue(findsEntry("Черноморский банк развития и реконструкции попал под санкции России.",
                "ofac-sdn:22504"));
    }

    @Test
    void aGermanGenitiveOfAPersonsName() {
        // "Wladimir Putins" (Putin's) in a German text; the -s of "Anbetung Wagners" (the composer's worship) makes no
        // Wagner Group, though Russia is named.
        assertTrue(findsEntry("Der Krieg Wladimir Putins gegen die Ukraine wird für Russland nicht enden, "
                + "und er ist teuer.",
                "ofac-sdn:35096"));
        assertFalse(findsEntry("Russische Gäste und die Anbetung Wagners: der Hügel ist voll, auch mit Politikern.",
                "ofac-sdn:22543"));
        // A name's last word short: "Kim Jong Uns" (Kim Jong Un's).
        assertTrue(findsEntry("Die USA verhängen Sanktionen gegen einen Angehörigen von Kim Jong Uns militärischem "
                + "Geheimdienst, der in Nordkorea arbeitet und auch nicht ausreisen wird.", "ofac-sdn:20157"));
    }

    @Test
    void aNameBeforeAWordOfDigitsOrAGermanNounRunsOnIntoNoLongerName() {
        // The tokenizer counts a word of digits as capitalised: "1990'lardan" ("since the 1990s") is no name's word.
        assertTrue(findsEntry("Rusya Devlet Başkanı Vladimir Putin'in 1990'lardan bu yana yakın çevresinde yer alan "
                + "iş insanları ağır yaptırımlarla karşılaştı.", "ofac-sdn:35096"));
        assertTrue(findsEntry("The fortunes Vladimir Putin 1990s friends made.", "ofac-sdn:35096"));
        // German capitalises its nouns: "Sanktionen" after a name is no surname; "Krisht" still is another man's.
        assertTrue(findsEntry("Die USA haben gegen Venezuelas Vizepräsidenten Tareck El Aissami Sanktionen wegen "
                + "mutmaßlichen Drogenhandels verhängt, teilte das Ministerium mit und es wird nicht bleiben.",
                "ofac-sdn:20250"));
        assertFalse(findsEntry("Genannt werden auch Ali Ahmad Krisht und andere, die für die Hisbollah arbeiten, "
                + "sagte der Sprecher, und es wird nicht enden.", "ofac-sdn:21908"));
        // Nor before a name: "Entwicklung" (development) is no given name of a longer name's.
        assertTrue(findsEntry("Auf die Sanktionsliste wurde auch der russische Minister für wirtschaftliche "
                + "Entwicklung Maxim Reshetnikov gesetzt, und es wird nicht enden.", "ofac-sdn:36500"));
    }

    @Test
    void banksInAListUnderOneHead() {
        // Each word alone is no bank's (SEPAH is the IRGC's alias); under the head, before or after the list, or
        // written once before its first word, each is its bank.
        for (String text : List.of("The US sanctioned Iran's banks Mellat, Saderat and Sepah.",
                "The US sanctioned the Mellat, Saderat and Sepah banks of Iran.")) {
            assertTrue(findsEntry(text, "ofac-sdn:25019"), text);
            assertTrue(findsEntry(text, "ofac-sdn:10368"), text);
            assertTrue(findsEntry(text, "ofac-sdn:25580"), text);
            assertFalse(findsEntry(text, "ofac-sdn:10391"), text);
        }
        String persian = "آمریکا بانک ملی، صادرات، سپه و ملت ایران را تحریم کرد.";
        assertTrue(findsEntry(persian, "ofac-sdn:25580"));
        assertTrue(findsEntry(persian, "ofac-sdn:25019"));
        // A list ends at its word after "and": Mazandaran Cement after Bank Melli is no SAMAN BANK.
        assertFalse(findsEntry("شرکت سرمایه گذاری بانک ملی، سیمان مازندران، سرمایه گذاری توسعه ملی، سیمان شمال "
                + "ایران تحریم شدند.", "ofac-sdn:13135"));
    }

    @Test
    void aRussianNameAsGermanSpellsItsSounds() {
        // German writes х as ch and ц as z: "Sacharow" is ZAKHAROV, "Kusnezow" KUZNETSOV; "Michail" is read as
        // Mikhail already.
        assertTrue(findsEntry("Auf der Liste steht auch der Name Alexander Sacharow: Er ist für den Bau der "
                + "russischen Drohnen verantwortlich, heißt es.", "ofac-sdn:45937"));
        assertEquals("sakharow", Inflection.germanRespelt("sacharow"));
        assertEquals("kusnetsow", Inflection.germanRespelt("kusnezow"));
        assertEquals("jabhat", Inflection.germanRespelt("dschabhat"));
        assertNull(Inflection.germanRespelt("mordaschow"));
    }

    @Test
    void aStatesBodyWithoutItsStatesNameWhereTheTextNamesItElsewhere() {
        // BANK SADERAT IRAN less "Iran", which the text gives as "Iranian": not BANK SADERAT PLC of London, less its
        // legal form, which the list designated first.
        assertEquals(List.of("ofac-sdn:10368|partial"), found("In September, the Treasury cut another large Iranian "
                + "state-owned bank, Bank Saderat, from the U.S. financial system."));
        // A subsidiary abroad keeps its state's name (VTB BANK BELARUS), and a name written whole is its entry's
        // (ISIL's alias ISLAMIC STATE, not ISLAMIC STATE EGYPT).
        assertEquals(List.of("ofac-sdn:17013|alias"), found("Russia's VTB Bank opened a branch in Belarus."));
        assertEquals(List.of("ofac-sdn:8759|alias"), found("Islamic State fighters attacked a town in Egypt."));
    }

    @Test
    void aHeadOfStatesOwnSurnameInATextAboutStates() {
        // 馬杜羅 (Maduro) where only the United States is named (委內瑞拉, Venezuela, not); not الأسد, the lion, in an
        // article on animals that names no state.
        assertTrue(findsEntry("美國財政部宣布制裁馬杜羅的親信。", "ofac-sdn:22790"));
        assertFalse(findsEntry("الأسد، الحيوان الذي يعرف بملك الغابة، يعد واحدًا من أشهر الحيوانات المفترسة في "
                + "العالم.", "ofac-sdn:12735"));
    }

    @Test
    void aGenerationsWordAfterANameAndABodysOwnWordBeforeWhatItIsInLowerCase() {
        // "Jnr" is JUNIOR as the list writes it; "Snr" no other man's surname after the father's name.
        assertEquals(List.of("ofac-sdn:34993|partial"), found("Christopher Kinahan Jnr was sanctioned in Ireland."));
        assertTrue(findsEntry("Christopher Kinahan Snr was sanctioned in Ireland.", "ofac-sdn:34980"));
        // A body's own word, then what it is in lower case, ending in a generic word (KINAHAN ORGANISED CRIME GROUP).
        assertTrue(findsEntry("Three members of the Kinahan organised crime group were sanctioned.",
                "ofac-sdn:34979"));
        // In sentence case, as Italian writes a name (MIDAS RESOURCES); not after a state's word ("Russian financial
        // institutions" is no RUSSIAN FINANCIAL CORPORATION).
        assertTrue(findsEntry("La società mineraria Midas resources, nella Repubblica Centrafricana.", "ofac-sdn:42016"));
        assertFalse(findsEntry("Sanctions hit Russian financial institutions in Russia.", "ofac-sdn:24026"));
    }

    @Test
    void peopleANameInArabicScriptFitsAlikeByKeysToldApartByItsConsonants() {
        // بوتانين writes b t n n, POTANIN's consonants; بوتين b t n, PUTIN's: by keys without vowels both read b t n.
        assertEquals(List.of("ofac-sdn:38241|transliterated"),
                found("فرضت عقوبات على الملياردير الروسي فلاديمير بوتانين في روسيا."));
        assertTrue(findsEntry("قال الرئيس الروسي فلاديمير بوتين في روسيا.", "ofac-sdn:35096"));
    }

    @Test
    void brothersNamedByTheirGivenNamesAndOneSurnameInThePlural() {
        // Ротенбергов, "of the Rotenbergs": Arkady by his name read in the nominative, Boris by his given name beside.
        assertEquals(List.of("ofac-sdn:16671|partial", "ofac-sdn:16669|transliterated"),
                found("Санкции против Бориса и Аркадия Ротенбергов в России."));
    }

    @Test
    void aNewsAgencyNamedAsAReportsSourceIsNotWhatTheReportIsAbout() {
        assertFalse(findsEntry("Iran's semi-official Fars news agency reported last week that the planes landed.",
                "ofac-sdn:45049"));
        assertFalse(findsEntry("به گزارش گروه بین‌الملل خبرگزاری فارس، وزارت خزانه‌داری آمریکا تحریم کرد.",
                "ofac-sdn:45049"));
        assertTrue(findsEntry("The Treasury sanctioned Fars News Agency, the IRGC's outlet in Iran.", "ofac-sdn:45049"));
    }

    @Test
    void aClubPlayingLeagueMatchesIsNoArmedGroup() {
        // Saudi Arabia's Al Shabab, in every sentence of a sports report, is not AL-SHABAAB; the group in Somalia is.
        assertFalse(findsEntry("Al Shabab plays host to Abha in a match of the Pro League. Al Shabab sits second.",
                "ofac-sdn:10761"));
        assertTrue(findsEntry("Al Shabab fighters attacked a base in Somalia.", "ofac-sdn:10761"));
    }

    @Test
    void findsTheHeadOfStateUkrainianWritesInLowerCase() {
        // Ukrainian news writes Putin's name in lower case by choice; other names in lower case stay ordinary words.
        assertTrue(findsEntry("Україна: режим путіна в Росії. Війна путіна триває.", "ofac-sdn:35096"));
        assertFalse(findsEntry("Россия: режим путина в России.", "ofac-sdn:35096"));
    }

    @Test
    void aCompanysBrandStaysTheCompanysName() {
        // "Kalashnikov brand weapons" are the concern's; the thing's name wherever it stands is for other things.
        assertTrue(findsEntry("Up to 200,000 Kalashnikov brand weapons went to Canada. Washington sanctioned Russian "
                + "defense enterprises, including Kalashnikov.", "ofac-sdn:16911"));
    }

    @Test
    void noShipAtTheEndOfAnothersNameAfterOf() {
        // 号 and a name in brackets speak of a ship, but "Power of Siberia 2" is the gas pipeline, not SIBERIA.
        assertFalse(findsEntry("俄罗斯将建西伯利亚力量2号(Power of Siberia 2)管道。", "ofac-sdn:37078"));
    }

    @Test
    void noPersonWhomTheTextGivesAnotherPatronymic() {
        // Evgeny Alexandrovich Lebedev, the newspaper owner, is not LEBEDEV, Yevgeny Viktorovich.
        assertFalse(findsEntry("Evgeny Lebedev facts\nEvgeny Alexandrovich Lebedev, also known as Lord Lebedev, was a "
                + "Russian-British businessman.", "ofac-sdn:35663"));
        assertTrue(findsEntry("Russian lawmaker Evgeny Viktorovich Lebedev was sanctioned. Evgeny Lebedev said so.",
                "ofac-sdn:35663"));
    }

    @Test
    void aCompanysOneShortWordWithoutItsLegalFormNeedsSanctionsSpokenOfNotItsCountryAlone() {
        // OOO MAYAK: "Mayak" is a Russian plutonium site before it is the company, in a text that names Russia.
        String site = "The accident occurred at Mayak, a plutonium production site in Russia.";
        assertFalse(findsEntry(site, "ofac-sdn:44848"));
        assertTrue(findsEntry(site + " The Treasury sanctioned Mayak in 2023.", "ofac-sdn:44848"));
    }

    @Test
    void aYearOfBirthAfterAnotherMansGivenNameAndTheSurnameSaysNothingOfTheEntry() {
        // "Muhammad al-Katerji (b. 1976)" is his brother's year, not that of KATERJI, Hussam (born 1982).
        assertTrue(findsEntry("In Syria, Hussam al-Katerji funded the regime. OFAC designated Muhammad al-Katerji "
                + "(b. 1976), his brother.", "ofac-sdn:30202"));
        assertFalse(findsEntry("In Syria, Hussam al-Katerji (b. 1975) funded the regime.", "ofac-sdn:30202"));
    }

    @Test
    void noOneByASurnameOfAnotherBeforeAndAndAGivenName() {
        // "Daniel Ortega and Rosario Murillo": Ortega and Murillo are ORTEGA MURILLO, Laureano Facundo's surnames,
        // not a given name before "and" of a relative of MURILLO DE ORTEGA, Rosario Maria.
        String text = "He was appointed by the regime of Daniel Ortega and Rosario Murillo in Nicaragua.";
        assertTrue(findsEntry(text, "ofac-sdn:26124"));
        assertFalse(findsEntry(text, "ofac-sdn:26554"));
    }

    @Test
    void noShipOfAPersonnelCarrier() {
        // Armoured personnel carriers are vehicles: Patria, their Finnish maker, is not the tanker PATRIA.
        assertFalse(findsEntry("Finland will buy new armored personnel carriers from Patria.", "ofac-sdn:44248"));
        assertTrue(findsEntry("The oil carrier Patria left the port of Kozmino.", "ofac-sdn:44248"));
    }

    @Test
    void noInitialOfAConjunctionInLowerCase() {
        // "Ким и Шойгу" is "Kim and Shoigu": SHOIGU, Sergei, found by his name in full, not SHOIGU, Irina by an "I.".
        List<String> found = found("Россия: Ким и Шойгу встретились. Министр обороны России Сергей Шойгу прибыл.");
        assertTrue(found.stream().noneMatch(f -> f.startsWith("ofac-sdn:38656")), found.toString());
        assertTrue(findsEntry("Russia: I. Shoigu met.", "ofac-sdn:38656"));
    }

    @Test
    void noArabicNameOfAPrepositionOrOfAnotherLetter() {
        // "در صادرات", "in exports", has the consonants of DHAR, Siddhartha; كاظم, Kadhim, those of QADDOUMI's
        // Qaddoumi, whose q Arabic writes ق, not ك.
        assertEquals(List.of(), found("افزایش تحریم‌ها در صادرات نفت هند"));
        assertEquals(List.of(), found("التقى خالد كاظم بمسؤولين في إيران والعراق."));
        // أصدرت الإدارة ("the administration issued") has DHAR, Siddhartha's consonants; its words begin with an alif
        // and a hamza, a vowel, and his with consonants.
        assertEquals(List.of(), found("أصدرت الإدارة الأمريكية عقوبات على داعش في سوريا.").stream()
                .filter(f -> f.startsWith("ofac-sdn:23445")).toList());
    }

    @Test
    void aNorthKoreanOfTwoSyllablesStandsInARowOfTheListsPeopleOnly() {
        // 유진 is YU, Jin among the officials KCNA names with him; a singer called Yujin beside an actor is no one's.
        assertTrue(findsEntry("조선중앙통신은 \"리병철, 김락겸, 김정식, 정승일, 장창하, 전일호, 유진, 조용원 등이 동행했다\"고 전했다.",
                "ofac-sdn:39497"));
        assertEquals(List.of(), found("가수 유진, 배우 김철 등이 참석했다."));
    }

    @Test
    void noSurnameAloneNorOneWordCoreOfAFormerName() {
        // KRAVTSOV, Sergey Sergeevich was BRAUN (fka): the news names others by that surname.
        assertFalse(findsEntry("The rocket pioneer Braun visited Moscow, Russia.", "ofac-sdn:43110"));
        // GENT ELEKTRIK ENERJISI was BATI ENERJI (fka): "Batı ülkeleri" are the Western countries.
        assertFalse(findsEntry("ABD yaptırım uyguladı. Batı ülkeleri Türkiye'ye baskı yaptı.", "ofac-sdn:36064"));
    }

    @Test
    void noArabicNameOfFiveConsonantsWhereNeitherThePersonsCountryNorHisLinkIsNamed() {
        // نعيم قاسم, QASIM, Naim, stands by Hezbollah named (findsNamesAsNewsWritesThem); without it, and without
        // Lebanon, his few consonants are too many men's.
        assertFalse(findsEntry("ونائبه الشيخ نعيم قاسم", "ofac-sdn:24514"));
    }

    @Test
    void noArabicNameOfFourConsonantsWhereThePersonsCountryIsNotNamed() {
        // أمين شري has SHERRI, Amin's four consonants; a programme's words do not stand by so short a name, his own
        // country (Lebanon) does.
        assertFalse(findsEntry("عقوبات أمريكية على النائب أمين شري وحزب الله.", "ofac-sdn:26955"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rostec is a word nobody here uses.",                       // no corroboration at all
            "Daniil Medvedev beat Rublev in Vienna.",                    // a given name before, no sanctions
            "Rosatom's CEO Alexey Likhachev said Likhachev would stay.", // a namesake named in full
            "Colombia's Ministry of Interior said so.",                  // generic name, another state
            "The comedian Sinbad was on stage.",                         // a person's trade beside a one-word name
            "В 2006 году компания купила банк “Мрія”.",                  // a bank's word, no bank's name (a resort's)
            "Банк России повысил ключевую ставку.",                      // "of Russia", the central bank: no BANK ROSSIYA
            "Lawyers at Chistodoulos G. Vassiliades and Co. LLC in Cyprus.", // a firm's name, no VASSILIADES, Giorgos
            "According to the Egyptian news website, Al-Mourabitoun: trade went on in Syria.", // an outlet's name
            "زلزله در مناطق شرقی ایران رخ داد.",                          // "eastern Iran", no IRAN & SHARGH COMPANY
            "The Houthi movement, also known as Ansar Allah, attacked.", // an alias that names another body
            "Akzo Nobel seals its takeover of ICI, the maker of Dulux.",  // an acronym of three letters alone
            "وقال إن نشر الحروب في السعودية مستمر.",                      // "the wars" ends in no ي (AL-HARBI)
            "كبار مساعدي الرئيس الإيراني في طهران",                       // "senior" ends in no ي (AHMADI)
            "به گزارش ایران، نشر رسید.",                                   // "receipt" ends in no ی (RASHEDI)
            "Lisa Monaco said Monaco would act.",                        // and no country for the person
            "Такое решение приняли в Москве.",                           // a short word read as inflected
            "Ali Hassan Ghali was killed in Gaza.",                      // Ghali is no Ghul, though consonants agree
            "Новые проекты в Москве обсудили.",                         // NOVYE PROEKTY unquoted: "new projects"
            "Raúl Castro steps down as Cuban Communist Party leader.",   // a trafficker's alias; Peru's party
            "Who is Andariel? A demon of the Diablo games.",             // one word, nothing of the hackers
            "ディアブロのボス、アンダリエルを倒した。",                 // the game's demon in katakana
            "디아블로의 보스 안다리엘을 쓰러뜨렸다.",                    // and in Hangul
            "블렌더로 과일 주스를 만들었다.",                             // a kitchen's blender
            "하나은행은 서울의 은행이다.",                                 // "Hana" and "bank", North Korea unnamed
            "A Serb, Fritz, fought for Russia in Ukraine.",              // weak nicknames of one word (MILCHAKOV)
            "The two tankers, Dubai Attraction and Carina Voyager, left.", // a word of another ship's name
            "قال كيم جونج أون إن الطقس جميل.",                           // a Korean name, North Korea unnamed
            "قالت روسيا إن إيران وقّعت الاتفاق.",                          // Irina Kitaeva's consonants, "Iran signed"
            "Russia sanctions hit Absolut, the vodka sold in Moscow.",  // ABSOLUTBANK's word, no bank spoken of
            "Andrei Ivanov (b. 24 XII 1971), a Russian writer. Ivanov lives in Tallinn.", // DOB 1983 in the list
            "The life of Muhammad Ali as a world-class athlete. Syria honoured Muhammad Ali.", // the boxer twice
            "Lena, a student, waited at the port of Sanremo.",          // a ship's name, its owner not named
            "The Houthi movement attacked a ship off Yemen.",            // AL-HUTHI's surname without the article
            "The attackers were named as Osman Ahmed Hassan and Ali Salim in Kenya.", // a longer name's end
            "Justice Sara Cockerill ruled on the sanctioned bank in London.", // a weak alias, a longer name's start
            "An Islamic university with the al-Aqsa Mosque in Jerusalem.",   // named after AL-AQSA
            "The composer Richard Wagner in Russia. Wagner's Ring is long.",  // a given name before, then alone
            "The group's founder, Mohammed Yusuf, died in Nigeria in 2009.",  // a common name two people fit
            "After Hafez al-Assad took power in 1970, Syria changed.",          // AL-ASSAD, Hafez was born in 2001
            "In the 1980s Rifaat, the brother of Hafez al-Assad, ruled Syria.", // a decade, at its last year
            // A surname alone in quotes: a brand's name, the rifles of Kalashnikov (no SOBOL, Alexander).
            "Российский концерн отправлял в США карабины \"Лось\", \"Барс\", \"Соболь\", \"Рекорд\".",
            // A surname before a region's or a place's noun: the place's name (BAKHTIARI, Mashallah, of Iran).
            "Manouchehr Amanollahi, the LEF commander of the Chaharmahal and Bakhtiari province of Iran, was named.",
            // A bank's one word before a noun of another kind of body, the news agency's name wherever it stands.
            "The crew returned to Iran, according to the country's semi-official Mehr news agency. The ministry told "
                    + "Mehr the cargo was free.",
            // And with a capitalised word of that body's name between: the basketball league VTB BANK sponsors.
            "VTB United League club CSKA Moscow reached the final in Russia.",
            // An organisation's word beside a thing's noun is that thing's name wherever it stands alone: the lake,
            // not the guns IZHEVSKY MEKHANICHESKY ZAVOD sells as Baikal.
            "The Baikal River flows from Russia. It runs 870 km before entering Baikal near Irkutsk.",
            // A core of ordinary words after a proper word of no list's name: the end of that company's name.
            "Washington a sanctionné des banques russes et Itkan Real Estate, aux Émirats.",
            "La Ryujong Credit Bank facilita il riciclaggio per la Russia.",
            // An organisation's one word that is the given name of a man named in full (MAHER TRADING AND
            // CONSTRUCTION COMPANY, an Iranian company, in a story that names Iran).
            "Iran backs Maher al-Assad in Syria. The relationship between Maher and Bashar remains harmonious.",
            // A report's writers in its byline (ALAMIN, Mohamed is an alias of AL-AMIN, Muhammad 'Abdallah).
            "Sudan's gold\nBy. Simon Marks and Mohammed Alamin\nDozens of trucks cross the desert in Sudan.",
            // Two given names alone, in another spelling than an alias's (AL-HUSAYNI, Mohammed Hossein).
            "The Jerusalem and Palestinian Mufti, Sheikh Mohammad Hussein, called the worshipers to pray.",
            // An age no date of birth of the entry gives in any year of the news: TUN, Zaw Min was born in 2001.
            "Junta spokesman Zaw Min Tun, 51, said Myanmar would hold elections.",
            "The 45-year-old Zaw Min Tun spoke for Myanmar's army.",
            "In Syria, figures like the Katerji family grew rich.",             // a family, not its first designated
            "In Syria, Reuters named the Katerji Group and the Qaterji network.", // the family's firm and network
            "Abu Ahmed, a trader, met Abu Reihan in Iraq.",                     // a kunya of a given name: thousands'
            "Colombian President Iván Duque confirmed the extradition.",        // a head of state, not the AUC's
            "El presidente Iván Duque confirmó la extradición.",              // the title in lower case, as Spanish writes it
            "전쟁 발발 이후 이란에 대한 제재가 강화됐다.",                      // "outbreak", two syllables: no PARVAR
            "Global Energy prices rose after the Treasury sanctioned oil traders in Colombia.", // ordinary words
            "The US sanctioned North Korean bankers Jang Kuk Chol and Ho Jong Son.", // a Korean given name is one
            "Two Chinese nationals, Zhang Jian and Lu Huaying, laundered crypto for North Korea; the Treasury "
                    + "sanctioned them. Zhang worked in the UAE.",              // a name thousands bear, no drugs
            "Iran and the Finnish Ministry of Defence signed nothing.",        // another state's ministry
            "Главы России банки закрыли, сказал он.",                         // a noun before: no BANK ROSSIYA
            "ロシアはワールドバンクを批判した。",                             // the World Bank: no Russian bank
            "Businessmen support al-Jamal's network, the Treasury said.",      // a man's network: no JAMAL NETWORK
            "Little boats from Hydra Town go to the beaches.",                 // a town: no tanker once HYDRA
            "Hydra is a Greek island in the Aegean Sea, a short ferry ride from Athens.", // nor the darknet market
            "使用的船只是 8 月初被美國封鎖的先鋒號 ( Pioneer )。",               // HERO II was PIONEER; no Iran here
            "Estados Unidos impone sanciones a Siria. Según las cifras de Naciones Unidas, más de 230.000 personas "
                    + "murieron.",                                              // another name's word: no UNIDAS S.A.
            "قال الرئيس السوري محمد إن دمشق سترد.",                          // "the Syrian president": no SURI
            "제재 대상 중에는 중국 기업도 있다.",                            // "among them": no YAN, Zhiyong
            "Maxim Marchenko, head of the Odessa region, said Russia lost a ship. Marchenko added more.",
            "Ukraine hit the cruiser with \u201cNeptune\u201d anti-ship missiles, Iran noted.",  // a missile: no ARNICA
            "Huge Fine Threatened whilst Ship and Crew Remain in Limbo",      // a headline's word: no HUGE
            "وصل اثنان منهم، وهما مصطفى وأحمد، إلى دمشق في سوريا.",          // "the two": no MUSTAFA, Ayham
            "چند مشاور نظامی در ایران و مصر کشته شدند."})                     // "several": no AJNAD MISR
                                                                            // a given name first: no MARCHENKO, Evgeny
    void findsNoEntryWhereTheTextMeansAnother(String text) {
        List<String> found = found(text);
        assertTrue(found.stream().noneMatch(f -> f.contains("core name") || f.contains("surname alone")
                || f.startsWith("ofac-sdn:30976") || f.startsWith("ofac-sdn:44437")
                || f.startsWith("ofac-sdn:38660") || f.startsWith("ofac-sdn:12890")
                || f.startsWith("ofac-sdn:15016") || f.startsWith("ofac-sdn:4715")
                || f.startsWith("ofac-sdn:27309") || f.startsWith("ofac-sdn:22986")
                || f.startsWith("ofac-sdn:15074") || f.startsWith("ofac-sdn:38666")
                || f.startsWith("ofac-sdn:20157") || f.startsWith("ofac-sdn:43797")
                || f.startsWith("ofac-sdn:22113") || f.startsWith("ofac-sdn:35963")
                || f.startsWith("ofac-sdn:17368") || f.startsWith("ofac-sdn:44603")
                || f.startsWith("ofac-sdn:9603") || f.startsWith("ofac-sdn:7641")
                || f.startsWith("ofac-sdn:22543") || f.startsWith("ofac-sdn:21975")
                || f.startsWith("ofac-sdn:29279") || f.startsWith("ofac-sdn:30202")
                || f.startsWith("ofac-sdn:8153") || f.startsWith("ofac-sdn:21042")
                || f.startsWith("ofac-sdn:26394") || f.startsWith("ofac-sdn:19532")
                || f.startsWith("ofac-sdn:27236") || f.startsWith("ofac-sdn:16681")
                || f.startsWith("ofac-sdn:16278") || f.startsWith("ofac-sdn:15057")
                || f.startsWith("ofac-sdn:25490") || f.startsWith("ofac-sdn:7600")
                || f.startsWith("ofac-sdn:37340") || f.startsWith("ofac-sdn:15039")
                || f.startsWith("ofac-sdn:15054") || f.startsWith("ofac-sdn:22023")
                || f.startsWith("ofac-sdn:17567")), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le ministère de la Défense a annoncé des frappes en Syrie.", // any state's ministry: no state word in it
            "La Banque centrale européenne a relevé ses taux.",           // a word of no table in lower case
            "El Ministerio de Defensa de Colombia lo confirmó.",          // the state is not the entry's
            "俄罗斯军事安全司令部的人员。",                                // another state's body of the same words
            "Сталь и нефть: Газпром нефть растёт.",                      // ordinary words, no name of them
            "Санкции против российских финансовых институтов в России."}) // adjectives, their noun after them
    void findsNoOrganisationByTranslatedWordsWhereTheyAreAnyStatesOrNoName(String text) {
        List<String> found = found(text);
        assertTrue(found.stream().noneMatch(f -> f.endsWith("|translated")), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Россия и КНДР подписали договор.|RU KP",
            "Sanktionen gegen Venezolaner und Syrer.|VE SY",
            "Statele Unite au impus sancţiuni Rusiei şi Iranului.|US RU IR",
            "Het Amerikaanse ministerie en een Russische bank in Moskou.|US RU",
            "Sanzionati dagli Usa, già colpiti dalle misure varate da Bruxelles.|US BE",
            "制裁対象となった企業は中央アフリカなどを拠点とする。|CF",
            "美國財政部宣布對俄羅斯、阿聯的四家公司實施制裁。|US RU AE",
            "Die Wirtschaft Venezuelas und Russlands ist nicht stabil, sagte der Außenminister.|VE RU",
            "Визит российского министра в Пхеньян.|RU KP",
            "Санкції проти Росії.|RU",
            "북한과 러시아가 협정을 맺었다.|KP RU",
            "朝鲜与俄罗斯签署协议。|KP RU",
            "وقعت إيران وروسيا اتفاقا.|IR RU",
            "La Corea del Norte y Estados Unidos.|KP US",
            "Люксембургский и кипрские банки, компания из ЦАР.|LU CY CF",
            "L’invasion de l’Ukraine par Moscou.|UA RU",
            "美國財政部制裁俄羅斯和北韓。|US RU KP",
            "إلى اليمن والإمارات.|YE AE",
            // Arabic demonyms indefinite and plural, Persian ones in ی: an Iranian official, Iranian airlines.
            "قال مسؤول إيراني إن الإسرائيليين والأمريكيين يعرفون ذلك.|IR IL US",
            "ایرلاین های ایرانی و شرکت های عراقی و چینی|IR IQ CN",
            "홍콩 회사와 하노이 회담.|HK VN",
            // Declined where the name reads as the English one (Иран, Судан) or is short (Куба), or is a word of
            // another state's name (Китаю, of Hong Kong's); Japanese.
            "Санкции против Ирана, война в Сирии, поставки из Судана на Кубе.|IR SY SD CU",
            "Санкції проти Китаю і постачання в Нігерію.|CN NG",
            "米財務省は北朝鮮とロシアの企業を制裁した。|US KP RU",
            // Demonyms in each form the language writes, and the short names news writes for a formal CLDR name.
            "El buque, de bandera panameña, fue detenido a petición de un tribunal brasileño.|PA BR",
            "Dos ciudadanos palestinos y un empresario egipcio figuran en la lista.|PS EG",
            "Las sanciones de Gran Bretaña alcanzan a empresas de los Emiratos y de Arabia Saudita.|GB AE SA",
            "Un pétrolier sous pavillon camerounais, affrété par une société émiratie, a été saisi en Grèce.|CM AE GR",
            "L’Arabie saoudite et les Émirats arabes unis ont salué l’accord.|SA AE",
            "Le ressortissant libanais et son associé togolais ont été arrêtés.|LB TG",
            "Ein liberianisch beflaggter Tanker lief einen Hafen in Großbritannien an.|LR GB",
            "Griechische Reeder verkauften Tanker an Firmen in Hongkong und den Vereinigten Arabischen Emiraten.|GR HK AE",
            "Sono stati arrestati un cittadino italiano e uno svizzero; la nave batteva bandiera camerunese.|IT CH CM",
            "Un imprenditore egiziano e due palestinesi residenti a Hong Kong.|EG PS HK",
            "A empresa brasileira vendeu petróleo a compradores iranianos e a um armador grego.|BR IR GR",
            "Os Emirados e a Grã-Bretanha congelaram os bens.|AE GB",
            // Russian adjectives in the feminine accusative and the genitive plural; Ukrainian's lower-case росія.
            "Санкции затронули китайскую компанию и двух палестинских активистов.|CN PS",
            "Южная Корея и Белоруссия осудили удары по Палестине.|KR BY PS",
            "Нові санкції проти росії вдарили по російських банках.|RU",
            "Делегації Палестини та Бірми прибули до Женеви.|PS MM",
            "팔레스타인과 사우디, 튀르키예 외교장관이 만났다.|PS SA TR",
            "인도 정부는 수단 군부를 비판했다.|IN SD",
            // Korean's one-syllable abbreviations joined by a middle dot, and where they are no states: "towards the
            // North, towards the US", "middle and high school", "the North and the Middle East".
            "북·중·러를 겨냥한 제재와 한ㆍ미 간 협의.|KP CN RU KR US",
            "대북·대미 정책과 중·고교 교육, 북·중동 정세.|''",
            "香港和阿联酋的公司向巴勒斯坦提供资金。|HK AE PS",
            "寮國、印尼和沙烏地阿拉伯的官員出席。|LA ID SA",
            "調查德國公司。|DE",
            "パレスチナと香港、サウジの企業。|PS HK SA",
            "وقالت وكالة الصحافة الفرنسية إن السعودية وسورية وقعتا اتفاقا.|FR SA SY",
            "وزیر خارجه عربستان و مقامات امارات درباره فلسطین گفتگو کردند.|SA AE PS",
            // Words that are a state's name in another language or begin one, and mean something else here: given
            // names (Salvador, Mauricio, Giordano, Greco), a nisba (al-Masri), Korean "humanitarian", "means",
            // "arrogant", "to stop", Persian "financial", Chinese "the Middle East steps up", Hong Kong's Lion Rock.
            // Turkish, Dutch, Indonesian; Polish and Czech declined.
            "Rusya ve İran yaptırımları genişletti.|RU IR",
            // Turkish case endings after an apostrophe; Arabic demonyms; a flag state in free association.
            "ABD’den Kuzey Kore’ye yaptırımlar ve Kongo Demokratik Cumhuriyeti'nde inşaat.|US KP CD",
            "قال رجل أعمال مصري إن الحكم السعودي غادر.|EG SA",
            "The Cook Islands-flagged tanker sailed on.|CK",
            "Sancties tegen Rusland en Noord-Korea.|RU KP",
            "Sanksi terhadap Tiongkok dan Korea Utara.|CN KP",
            "Sankcje wobec Rosji i Iranu, łączna kwota, żaden świadek.|RU IR",
            "Sankce proti Rusku, řekl ředitel, Ukrajině a Íránu, žádný úřad.|RU UA IR",
            // The plural names declined, each word (Zjednoczone Emiraty Arabskie; Czech Spojené arabské emiráty), and
            // the forms endings do not read back: a stem that changes, a genitive plural without an ending.
            "Firmy ze Zjednoczonych Emiratów Arabskich, ze Stanów Zjednoczonych, w Indiach i we Włoszech, z RPA i "
                    + "Brytyjskich Wysp Dziewiczych, łączna kwota.|AE US IN IT ZA VG",
            "Firmy ze Spojených arabských emirátů, řekl ředitel, žádný úřad.|AE",
            // -ach, -ich and -ów of words that are no plural of a state's name: a surname, a town.
            "Rozmowa z Bachach, Kowalskich i Dąbrowskich w Łodzi, żaden świadek.|''",
            "Lo dijo Salvador Illa tras reunirse con Mauricio Macri.|''",
            "Norfolk Southern hired a Columbia graduate for the Reunion tour.|''",
            "Lo ha detto Giordano Greco ai giornalisti.|''",
            "قال أبو حفص المصري ذلك.|''",
            "인도적 지원과 제재 수단을 두고 오만한 태도를 말리는 사람도 있었다.|''",
            "تحریم‌های مالی جدید|''",
            "中東加強合作，獅子山下精神。|''",
            "Fighting in Crimea and Gaza went on.|''",
            "Deputy Attorney General Lisa Monaco said so.|''",
            "무엇이란 말인가.|''"})
    void findsStatesInTheLanguagesSanctionsNewsIsWrittenIn(String text, String codes) {
        List<String> found = BundledMatching.COUNTRIES.find(text, Tokenizer.tokenize(text)).stream().map(CountryMention::code)
                .distinct().toList();
        assertEquals(codes.isEmpty() ? List.of() : List.of(codes.split(" ")), found);
    }

    @Test
    void aNameTwoEntriesFitAsWellIsOneMentionOfTheFirstDesignatedScoredLower() {
        List<Mention> found = find("Boris Rotenberg left Moscow.");
        assertEquals(1, found.size(), found.toString());
        Mention m = found.get(0);
        assertEquals("ofac-sdn:16671", m.entity().id());
        assertTrue(m.score() < MatchRule.PARTIAL.score());
        assertTrue(m.evidence().contains("ofac-sdn:35314 ROTENBERG, Boris Borisovich"), m.evidence());
    }

    @Test
    void theCountriesNamedDecideBetweenEntriesOfOneName() {
        // PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA (Moscow) and JOINT STOCK COMPANY SBERBANK (Kyiv).
        assertEquals(List.of("ofac-sdn:17018|partial"), found("Sberbank, Russia's largest lender, was cut off."));
    }

    @Test
    void arabicScriptWordsSpacedOtherwiseThanTheListsAreReadAsTheyAre() {
        // آمنه‌سادات ذبیح‌پور (ZABIHPOUR, Ameneh Sadat) copied without its zero-width non-joiners: the mention at the
        // offsets of the text as it is, its words as the text has them.
        String text = "تحریم آمنهسادات ذبیحپور در ایران";
        List<Mention> found = find(text);
        assertEquals(List.of("ofac-sdn:39939|transliterated"), found(text));
        assertEquals("آمنهسادات ذبیحپور", found.get(0).matched());
        assertEquals(text.indexOf("آمنه"), found.get(0).start());
        assertEquals(text.indexOf(" در"), found.get(0).end());
        // A translated name written with a joiner (خامنه‌ای) run together: Khamenei in full, then his surname.
        assertEquals(List.of("ofac-sdn:26945|translated", "ofac-sdn:26945|surname"),
                found("آیتالله علی خامنهای رهبر ایران گفت. خامنهای افزود."));
        // Halves that are words of a name the news gives in Persian before halves that have keys: کیم جونگاون is
        // کیم جونگ اون (KIM, Jong Un), not جون and گاون.
        assertEquals(List.of("ofac-sdn:20157|translated"), found("رهبر کره شمالی کیم جونگاون گفت."));
        // A name's word and "Allah" written apart, where the list writes one word (ZARGHAMI, Ezzatollah; SALEH, Ali
        // Abdullah): read as one, at the text's offsets; a tatweel stretching a word is no letter of it (حزبـالله).
        assertEquals(List.of("ofac-sdn:15553|transliterated"), found("رئیس صدا و سیما عزت الله ضرغامي گفت."));
        String saleh = "قال الرئيس اليمني السابق علي عبد الله صالح إن اليمن";
        List<Mention> yemen = find(saleh);
        assertEquals("ofac-sdn:17387", yemen.get(0).entity().id(), yemen.toString());
        assertEquals("علي عبد الله صالح", yemen.get(0).matched());
        assertEquals(List.of("ofac-sdn:4697|translated"), found("عقوبات على حزبـالله في لبنان"));
        // Ordinary words run together so are no one's name: "the Treasury Department" and "new sanctions".
        assertEquals(List.of(), found("وزارت خزانهداری آمریکا تحریمهای جدید علیه ایران اعلام کرد."));
    }

    @Test
    void weakMentionsSayWhatStoodByThem() {
        Mention putin = find("Putin spoke in Russia.").get(0);
        assertEquals("RU named", putin.evidence());
        Mention hezbollah = find("Hezbollah fighters fired rockets.").get(0);
        assertEquals("'fighters' in the text, of FTO", hezbollah.evidence());
    }
}
